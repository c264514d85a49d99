// Sixteenth round of units (issue 10): the unit taken from the wrong word and ages read as counts. Each reading quotes a
// development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('a second move to a bare level shares the unit of the first', () => {
  it('reads "and to 68" as the age "to 67" names (dev copy: heldout-c)', () => {
    expect(
      unitsOf(
        'Under the plan, the state pension age will rise to 67 between 2026 and 2028 and to 68 from 2044, affecting about 9.5 million people.',
      ).slice(0, 2),
    ).toEqual([
      ['67', 'year', null],
      ['68', 'year', null],
    ]);
  });

  it('shares a measure or a currency, and leaves a level joined by anything else (invented)', () => {
    expect(unitsOf('The limit will fall to 50 mph next year and to 40 in 2027.')[1]).toEqual(['40', 'mph', null]);
    expect(unitsOf('The fare rises to $3 in May, then to 4 in June.')[1]?.[1]).toBe('currency:USD');
    // A first level with no unit lends nothing; a number not after "to" borrows as before.
    expect(unitsOf('The score went to 3 and to 4 after the break, with 9 players left.')[1]).toEqual(['4', 'count', 'player']);
    expect(unitsOf('Prices rose to $3 in May and 4 shops closed.')[1]).toEqual(['4 shops', 'count', 'shop']);
  });
});

describe('a sentence opening on "Of those," counts a part of the whole said before', () => {
  it('reads "Of those, 38" as the events of the sentence before, not the observations after (dev copy: benchnews2-dev)', () => {
    expect(
      unitsOf(
        'In total, Ludlow’s team observed 48 volcanic events between the years 431 and 1649. Of those, 38 correlated closely in time with 37 extreme Irish climate observations.',
      ),
    ).toEqual([
      ['48 volcanic events', 'count', 'event'],
      ['38', 'count', 'event'],
      ['37 extreme Irish climate observations', 'count', 'observation'],
    ]);
  });

  it('keeps borrowing in a sentence that opens otherwise (invented)', () => {
    expect(unitsOf('Police arrested 40 people. Later, 12 were freed along with 3 suspects.')[1]).toEqual(['12', 'count', 'suspect']);
  });
});

describe('"at" a bare number after people, or in a "those who" clause, is their age', () => {
  it('reads "men at 30," and "those who complained ... at 80 were" as ages (dev copy: othernews-dev, benchnews-dev)', () => {
    expect(
      unitsOf("Mays and Mantle, both 10-year men at 30, have so much ability that, baseball men agree, they've never hit the heights."),
    ).toContainEqual(['30', 'year', null]);
    expect(
      unitsOf(
        'A study of 2,230 mentally healthy Germans found that those who complained of memory problems at 80 were more likely to have those problems at 88 than those without the complaints.',
      )[1],
    ).toEqual(['80', 'year', null]);
  });

  it('keeps a counted noun, a trade price and an "at" after other words (invented)', () => {
    expect(unitsOf('Workers at 30 sites were told to stay home.')[0]).toEqual(['30 sites', 'count', 'site']);
    expect(unitsOf('Those who bought the shares at 80 have lost money.')[0]?.[1]).not.toBe('year');
    expect(unitsOf('The index closed at 80, up from 75 in May.')[0]?.[1]).not.toBe('year');
  });
});

describe("a golfer's total of four rounds counts strokes", () => {
  it('reads "a total of 277" in a golf sentence as strokes, not the shots of the margin (dev copy: heldout-i)', () => {
    expect(unitsOf('Scheffler won the Masters by four shots with a total of 277, collecting $3.6m from a record purse of $20m')[1]).toEqual(
      ['277', 'count', 'stroke'],
    );
  });

  it('keeps a total with its own noun, and a total of another size (invented)', () => {
    expect(unitsOf('The golf club sold a total of 277 season tickets.')[0]).toEqual(['277 season tickets', 'count', 'ticket']);
    // A golf crowd is no four-round total.
    expect(unitsOf('The Masters drew a total of 1,200 to the 18th hole.')[0]?.[2]).not.toBe('stroke');
  });
});

describe('a deficit in a game counts what the game is scored in', () => {
  it('reads "rallied from 18 down" as points, not the rebounds before it (dev copy: heldout-a)', () => {
    expect(
      unitsOf('LeBron James scored 31 points and grabbed 11 rebounds as the Lakers rallied from 18 down to beat the Celtics 112-108.')[2],
    ).toEqual(['18', 'count', 'point']);
  });

  it('leaves a move "from 18 down to 12" and a deficit in a sentence that scores in nothing (invented)', () => {
    expect(unitsOf('Prices fell from 18 down to 12 dollars, with 5 points of margin.')[0]?.[2]).not.toBe('point');
    expect(unitsOf('The team was 10 down at half-time after 4 rebounds.')[0]?.[2]).not.toBe('point');
  });
});
