// Tenth round of units (issue 10): the unit or counted noun of a value that matches, on modern news. Each reading quotes
// a development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('a hyphened adjective between a number and a unit named in full (dev copy: San Diego Union-Tribune)', () => {
  it('reads "132 city-owned acres" as acres', () => {
    // parsernews-dev pn-sandiegouniontribune-sdsu-stadium-10.
    expect(
      unitsOf(
        'The request for proposals comes as the university is working to buy 132 city-owned acres of land in Mission Valley for a stadium.',
      ),
    ).toEqual([['132 city-owned acres', 'acre', null]]);
  });

  it('reads other measures the same way and leaves counted nouns to their head (invented)', () => {
    expect(unitsOf('He drove 300 snow-covered miles.')).toEqual([['300 snow-covered miles', 'mile', null]]);
    expect(unitsOf('The state sold 40 state-owned companies.')).toEqual([['40 state-owned companies', 'count', 'company']]);
    expect(unitsOf('He scored 24 first-half points.')).toEqual([['24 first-half points', 'count', 'point']]);
    expect(unitsOf('They bought 5 one-way tickets.')).toEqual([['5 one-way tickets', 'count', 'ticket']]);
  });
});

describe('a toll, count or tally of deaths, cases or votes names what its number counts (dev copy: NDTV)', () => {
  it('counts deaths in "The coronavirus death count has crossed 10,000-mark", not marks', () => {
    // parsernews-dev pn-ndtv-trump-india-15.
    const [level] = extractQuantities(
      'The coronavirus death count has crossed 10,000-mark in US; over 366,000 have contracted infection so far.',
    );
    expect([level?.value, level?.unit, level?.counted]).toEqual([10000, 'count', 'death']);
  });

  it('reads a toll that moves or stands at a number, and no other level (invented)', () => {
    expect(unitsOf('The death toll from the earthquake rose to 50 on Monday.')).toEqual([['50', 'count', 'death']]);
    expect(unitsOf('The case count stood at about 1,200.')).toEqual([['1,200', 'count', 'case']]);
    expect(unitsOf('The death toll has passed the 1,000 mark.')).toEqual([['1,000', 'count', 'death']]);
    // A mark with no toll before it counts nothing; a toll of another noun lends none.
    expect(unitsOf('Sales hit the 1 million mark in May.')).toEqual([['1 million', 'count', null]]);
    expect(unitsOf('The toll road carried 40,000 on Monday.')).toEqual([['40,000', 'count', null]]);
    expect(unitsOf('The team posted a 10-3 mark.')).toEqual([
      ['10', 'count', 'win'],
      ['3', 'count', 'loss'],
    ]);
  });
});

describe('a cricket total "173 for 2" counts wickets after "for" (dev copy: heldout-i, written here)', () => {
  it('reads "reached 173 for 2" as 173 runs for 2 wickets', () => {
    // heldout-i hi-129.
    expect(unitsOf('England were bowled out for 172 in 42 overs before Australia reached 173 for 2.').slice(2)).toEqual([
      ['173', 'count', 'run'],
      ['2', 'count', 'wicket'],
    ]);
  });

  it('needs a total of 30 or more and a cricket sentence (invented)', () => {
    expect(unitsOf('India declared on 450 for 7 after tea.').at(-1)).toEqual(['7', 'count', 'wicket']);
    expect(unitsOf('The council voted 40 for 2 against the plan.').map(([, , counted]) => counted)).not.toContain('wicket');
    expect(unitsOf('Reach 173 for 2 prizes.').map(([, , counted]) => counted)).not.toContain('wicket');
  });
});

describe('pence that move a tax rate are percentage points (dev copy: heldout-f, written here, UK budget news)', () => {
  it('reads "cut national insurance by 2p to 10 per cent" as 2 percentage points', () => {
    // heldout-f hf-111.
    expect(
      unitsOf(
        'Chancellor Jeremy Hunt cut national insurance by 2p to 10 per cent, a move worth £450 a year to the average worker on £35,000.',
      ).slice(0, 2),
    ).toEqual([
      ['2p', 'percentage-point', null],
      ['10 per cent', 'percent', null],
    ]);
    expect(unitsOf('The chancellor announced a 1p cut in the basic rate of income tax.')).toEqual([['1p', 'percentage-point', null]]);
  });

  it('keeps pence of prices and pence a tax is worth (invented)', () => {
    expect(unitsOf('Its shares rose 2p to 318p.')).toEqual([
      ['2p', 'currency:GBP-penny', null],
      ['318p', 'currency:GBP-penny', null],
    ]);
    expect(unitsOf('Fuel duty was frozen at 52.95p a litre, the basic rate unchanged.')).toEqual([
      ['52.95p a litre', 'currency:GBP-penny/litre', null],
    ]);
    expect(unitsOf('The income tax cut is worth 50p a week.')).toEqual([['50p a week', 'currency:GBP-penny/week', null]]);
  });
});

describe("a results line's attendance and a poll's sample count spectators and respondents (dev copy: heldout-f, written here)", () => {
  it('reads "(att: 26,114)" and "sample 2,012"', () => {
    // heldout-f hf-066 and hf-098.
    expect(unitsOf('Results: Leeds 2-1 Hull; Sunderland 0-0 Stoke (att: 26,114)').at(-1)).toEqual(['26,114', 'count', 'spectator']);
    expect(unitsOf('Labour leads on 44pc, Tories on 23pc, Reform 14pc (YouGov, fieldwork Jan 10-11, sample 2,012)').at(-1)).toEqual([
      '2,012',
      'count',
      'respondent',
    ]);
  });

  it('reads "a sample of 1,000" and leaves a numbered sample alone (invented)', () => {
    expect(unitsOf('The poll, with a sample of 1,000, found support at 40%.')[0]).toEqual(['1,000', 'count', 'respondent']);
    expect(unitsOf('The lab tested sample 3 twice.')).toEqual([['3', 'count', null]]);
    expect(unitsOf('The ticket office sold 3,000 at the gate.')).toEqual([['3,000', 'count', null]]);
  });
});
