// review16: refactors that keep the output; each test pins the behaviour the refactor must keep.
import { describe, expect, it } from 'vitest';
import { rateUnit } from '../../shared/extraction/units.js';

describe('rateUnit names a length per time as the speed the unit table lists', () => {
  it.each([
    ['km', 'second', 'km/s'],
    ['m', 'second', 'm/s'],
    ['km', 'hour', 'km/h'],
    ['mile', 'hour', 'mph'],
    // no speed in the table: the rate as read
    ['km', 'day', 'km/day'],
    ['currency:USD', 'barrel', 'currency:USD/barrel'],
  ])('%s per %s -> %s', (unit, per, expected) => {
    expect(rateUnit(unit, per)).toBe(expected);
  });

  it('keeps a unit with no "per"', () => {
    expect(rateUnit('km', null)).toBe('km');
  });
});
