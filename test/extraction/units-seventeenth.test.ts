// Seventeenth round of units (issue 10): value-right, unit-wrong pairs counted across the development sets. Each reading
// quotes a development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('oil said per day apart from "a day" is barrels a day', () => {
  it('reads "barrels of crude daily" as barrels a day (dev copy: othernews-dev)', () => {
    expect(
      unitsOf(
        'He denied Kuwait was pumping above its quota of 948,000 barrels of crude daily (bpd) set under self-imposed production limits of the 13-nation organisation.',
      )[0]?.[1],
    ).toBe('barrel/day');
  });

  it('reads the longest names of the table whole: crude oil, oil, "daily" (invented)', () => {
    expect(unitsOf('Iraq pumped 4.3 million barrels of crude oil a day in May.')[0]?.[1]).toBe('barrel/day');
    expect(unitsOf('Output held at 1.2 million barrels of oil a day.')[0]?.[1]).toBe('barrel/day');
    expect(unitsOf('The field produces 90,000 barrels daily.')[0]?.[1]).toBe('barrel/day');
    // A stock of oil is no rate.
    expect(unitsOf('Reserves stood at 2 billion barrels of crude in June.')[0]?.[1]).toBe('barrel');
  });

  it('reads "daily output of N barrels" as barrels a day (dev copy: heldout-g)', () => {
    expect(
      unitsOf(
        "The Federal Government's 2025 budget of N49.7 trillion assumes daily output of 2.06 million barrels, with inflation projected to ease to 15.75 per cent.",
      )[1],
    ).toEqual(['2.06 million barrels', 'barrel/day', null]);
  });

  it('leaves an output named without "daily", and a daily output of anything but oil (invented)', () => {
    expect(unitsOf('Daily exports were about 1.5 million barrels last month.')[0]?.[1]).toBe('barrel/day');
    expect(unitsOf('Output of 2 million barrels was lost to the strike.')[0]?.[1]).toBe('barrel');
    expect(unitsOf('The mill has a daily output of 40,000 tonnes.')[0]?.[1]).toBe('tonne');
  });
});

describe('the nautical mile is written nmi, as the golden format names it', () => {
  it('reads "4,000 nautical miles" as nmi (dev copy: heldout-f)', () => {
    expect(
      unitsOf('The German frigate, displacing 7,200 tonnes, can sail at 26 knots and has a range of 4,000 nautical miles.')[2],
    ).toEqual(['4,000 nautical miles', 'nmi', null]);
  });

  it('reads the symbol, and leaves a statute mile a mile (invented)', () => {
    expect(unitsOf('The drone has a range of 1,500 nmi.')[0]?.[1]).toBe('nmi');
    expect(unitsOf('The road runs 40 miles to the coast.')[0]?.[1]).toBe('mile');
  });
});
