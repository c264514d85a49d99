// Eighth round of units on real copy (issue 10): each reading quotes a development record and keeps an invented
// counter-example it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { readings } from './readings.js';

/** The counted noun of each quantity found in the text, by its words. */
function countedNouns(text: string): [string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.counted]);
}

describe('a bare count counts the one plural noun the sentence just before counts (dev copy: State of the Union, Brown)', () => {
  it('counts troops in "Today, fewer than 15,000 remain"', () => {
    // speeches-dev sp-2015-02.
    expect(
      countedNouns('Six years ago, nearly 180,000 American troops served in Iraq and Afghanistan. Today, fewer than 15,000 remain.'),
    ).toContainEqual(['15,000', 'troop']);
  });

  it('counts games in "dropped 11 of their first 13"', () => {
    // othernews-dev on-brown-ca15-27 (Brown corpus sports copy).
    const nouns = countedNouns(
      "Those Dodgers won their first 10 games and owned a 21-2 mark and a nine-game lead by May 8. The club that overcame the worst start in a comparable period to win the pennant was New York's '51 Giants, who dropped 11 of their first 13.",
    );
    expect(nouns).toContainEqual(['11', 'game']);
    expect(nouns).toContainEqual(['13', 'game']);
  });

  it('gives no noun when the sentence before counts two, one thing, or a time (invented)', () => {
    expect(countedNouns('Police arrested 20 protesters and 3 journalists. Later, 5 were released.').at(-1)).toEqual(['5', null]);
    expect(countedNouns('At least one hotel was turned into a jail. More than 1,000 were held there.').at(-1)).toEqual(['1,000', null]);
    expect(countedNouns('The club sold 300 tickets by noon. After 5, it sold none.').at(-1)).toEqual(['5', null]);
    // A paragraph break no longer stops the reading (units18): "Only 12 were left" after it counts the tickets.
    expect(countedNouns('The club sold 300 tickets.\n\nOnly 12 were left.').at(-1)).toEqual(['12', 'ticket']);
  });

  it('leaves a count that names its own noun (invented)', () => {
    expect(countedNouns('The club sold 300 tickets. Then 5 new stands opened.').at(-1)).toEqual(['5 new stands', 'stand']);
  });
});

describe('"N of them" counts a part of a whole said before, not the subject of its own sentence', () => {
  // No development record has the subject form; the part of a whole in the same sentence is as in heldout-i hi-059:
  // "Hospitals recorded 1,715 patients with flu on Thursday, ..., and 120 of them were in intensive care".
  it('takes the whole from the sentence before (invented)', () => {
    expect(countedNouns('Police arrested 20 protesters on Monday. Officers said 12 of them were later released.').at(-1)).toEqual([
      '12',
      'protester',
    ]);
  });

  it('gives none when no whole is said, and keeps a whole in its own sentence (invented)', () => {
    expect(countedNouns('Officers said 12 of them were later released.')).toEqual([['12', null]]);
    expect(countedNouns('Police held 40 protesters; more than 20 of them were students.').at(-1)).toEqual(['20', 'protester']);
  });
});

describe('"the number of" a capitalized people counts them (dev copy: BBC)', () => {
  it('counts Americans in "the number of Americans killed ... less than 100"', () => {
    // realnews-dev rn-bbc-1-16.
    expect(
      countedNouns(
        '"If you look at the number of Americans killed since 9/11 by terrorism, it\'s less than 100. If you look at the number that have been killed by gun violence, it\'s in the tens of thousands," Mr Obama said.',
      )[0],
    ).toEqual(['100', 'american']);
  });

  it('reads no name in -s as the counted people (invented)', () => {
    expect(countedNouns('The number of Texas residents rose to 300.')).toEqual([['300', 'resident']]);
    expect(countedNouns('The number of Reuters readers rose to 300.')).toEqual([['300', 'reader']]);
    expect(countedNouns('The number of Peters was put at 300.')).toEqual([['300', null]]);
  });
});

describe('a share of a point moving a rate is a percentage point, in a market story too (dev copy: Reuters in recentnews)', () => {
  it('reads "raised interest rates by a quarter point" under "stocks fell"', () => {
    // recentnews-dev rc-reuters-com-25.
    expect(
      readings(
        'NEW YORK U.S. stocks fell the most in two months on Wednesday after the Federal Reserve raised interest rates by a quarter point and signaled hikes could come next year at a faster pace than some expected.',
      ),
    ).toContainEqual(['a quarter point', 0.25, 'percentage-point']);
  });

  it('keeps a share of a point of an index, and a point not right after the rate (invented)', () => {
    expect(readings('The Dow fell a quarter point on Wednesday.')).toEqual([['a quarter point', 0.25, 'index-point']]);
    expect(readings('Stocks rose as rates fell 0.25 point.')).toEqual([['0.25 point', 0.25, 'index-point']]);
  });
});

describe("a bomb's yield in kilotons and megatons (dev copy: Gothamist in recentnews)", () => {
  it('reads "10 kilotons" as kilotons, not a count', () => {
    // recentnews-dev rc-gothamist-com-38.
    expect(
      readings(
        'nuclear bombs that are 10 kilotons or smaller, including suitcase bombs, which could outright destroy several blocks to several square miles of the city',
      ),
    ).toContainEqual(['10 kilotons', 10, 'kiloton']);
    expect(readings('The Soviet test was put at 50 megatons.')).toEqual([['50 megatons', 50, 'megaton']]);
  });

  it('converts neither (a yield of TNT or a mass of tons), and reads no symbol (invented)', () => {
    expect(extractQuantities('The bomb yielded 15 kilotons.')[0]).toMatchObject({
      unit: 'kiloton',
      normalized: { value: 15, unit: 'kiloton' },
    });
    expect(readings('The yacht made 12 kt.')).toEqual([['12', 12, 'count']]);
  });
});

describe('an age told by a relative clause after a person (dev copy: NPR in recentnews)', () => {
  it('reads "Roof, who was 21 at the time," as 21 years', () => {
    // recentnews-dev rc-npr-org-13.
    expect(readings('Roof, who was 21 at the time, was arrested the next day.')).toEqual([['21', 21, 'year']]);
    expect(readings('The striker, who is 34, signed a new deal.')).toEqual([['34', 34, 'year']]);
  });

  it('leaves a count with its noun, and a number with no "who" before it (invented)', () => {
    expect(readings('The team, who were 21 points clear, won.')).toEqual([['21 points', 21, 'count']]);
    expect(readings('He was 21 at the time.')).toEqual([['21', 21, 'count']]);
  });
});

describe('"ones" is a pronoun, never the counted noun (dev copy: Gothamist in recentnews)', () => {
  it('reads no "one" counted in "accommodate thousands included ones under"', () => {
    // recentnews-dev rc-gothamist-com-20.
    const [thousands] = extractQuantities(
      'Shelters that could accommodate thousands included ones under the Cooper Station post office, on the 43rd floor of the Waldorf Astoria (!), under the Lindsay Park cooperative complex in Williamsburg.',
    );
    expect(thousands).toMatchObject({ text: 'thousands' });
    expect(thousands?.counted).not.toBe('one');
  });

  it('gives "three small ones" no noun, and keeps "three small cars" (invented)', () => {
    expect(countedNouns('He bought three small ones.')).toEqual([['three', null]]);
    expect(countedNouns('He bought three small cars.')).toEqual([['three small cars', 'car']]);
  });
});
