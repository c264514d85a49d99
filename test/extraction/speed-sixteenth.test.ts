// Sixteenth speed round: the scan for three digits or more after a name is led by the digits and reads the name behind
// them (mentions.ts, DIGITS_AFTER_NAME). Outputs are unchanged; these pin the edges the rewritten pattern must keep.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

const LATER = " Basically, don't expect your entire 360 library to get enhanced.";

describe('digits written after a name name the product wherever else they stand alone', () => {
  it.each([
    // a name after a comma, and a name with a letter outside ASCII, hide the bare number later
    [`He plays games, Xbox 360 titles mostly.${LATER}`, []],
    [`The new \u0160koda 360 is fast.${LATER}`, []],
    // four digits: the whole run is the product's number, not its first three
    ["He still plays the Nokia 3310 daily. Basically, don't expect your entire 3310 library to get enhanced.", []],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });

  it.each([
    // a name opened by a bracket, a name in capitals and a longer run name no product of the bare 360
    [`He plays (Xbox 360 titles mostly).${LATER}`],
    [`He plays XBOX 360 titles mostly.${LATER}`],
    [`He plays Xbox 3601 titles mostly.${LATER}`],
  ])('%s', (text) => {
    expect(countedReadings(text).some(([written]) => written === '360')).toBe(true);
  });
});
