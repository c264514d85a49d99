// review16: refactors that keep the output; each test pins the behaviour the refactor must keep.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
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

describe('a capitalised word hyphened to a number is a name, skipped to its end', () => {
  it.each([
    ['He walked into a 7-Eleven store with 3 friends.', ['3']],
    ['The 3-Day walk drew 40 people.', ['40']],
  ])('%s', (text, expected) => {
    expect(extractQuantities(text).map((quantity) => quantity.text.replace(/\D/g, ''))).toEqual(expected);
  });
});
