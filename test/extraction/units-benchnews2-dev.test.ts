// Units on benchnews2-dev (1.14.0): the unit or counted noun of a value that matches. Each reading quotes a development
// record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words and unit of each quantity found in the text. */
function unitsOf(text: string): [string, string][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit]);
}

describe('earnings "per share" named before the amount make it a price per share', () => {
  it('reads "earnings per-share of $9.56" and "an earnings per share of $10.78" per share (dev copy: eWeek, USA Today)', () => {
    // benchnews2-dev bn2-eweek-com-5718f2-04 and bn2-usatoday-com-8bd6d9-03.
    expect(unitsOf('The company reported adjusted earnings per-share of $9.56, which is certainly healthy.')).toEqual([
      ['$9.56', 'currency:USD/share'],
    ]);
    expect(unitsOf('Analysts expect Google to report an earnings per share of $10.78 with revenue of just over $14 billion.')).toEqual([
      ['$10.78', 'currency:USD/share'],
      ['$14 billion', 'currency:USD'],
    ]);
  });

  it('reads per-share earnings and EPS said with a verb before the amount, and leaves money only after them (invented)', () => {
    expect(unitsOf('Per-share earnings rose to $1.02 in the quarter.')).toEqual([['$1.02', 'currency:USD/share']]);
    expect(unitsOf('EPS was about $2.10, the company said.')).toEqual([['$2.10', 'currency:USD/share']]);
    expect(unitsOf('Earnings per share rose, and revenue reached $14 billion.')).toEqual([['$14 billion', 'currency:USD']]);
    expect(unitsOf('The firm sold shares worth $300 million, lifting earnings to $2 billion.')).toEqual([
      ['$300 million', 'currency:USD'],
      ['$2 billion', 'currency:USD'],
    ]);
  });
});

describe('"brings to 30 the number of Georgians killed": the number counts the noun of the object put after it', () => {
  /** The counted noun of each quantity found in the text. */
  function countedOf(text: string): [string, string | null][] {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.counted]);
  }

  it('reads the bare 30 as Georgians, not as the verb "brings" (dev copy: New York Times)', () => {
    // benchnews2-dev bn2-nytimes-com-a4dbbc-05.
    expect(countedOf('The incident brings to 30 the number of Georgians killed in Afghanistan.')).toEqual([['30', 'georgian']]);
  });

  it('reads "raised to 12 the total of police officers" and leaves "brings the total to 30" alone (invented)', () => {
    expect(countedOf('The attack raised to 12 the total of police officers killed this year.')).toEqual([['12', 'officer']]);
    expect(countedOf('The incident brings the total to 30, officials said.')).toEqual([['30', null]]);
  });
});

describe('a bare number of people by a fate named right after it: "the 16 murdered"', () => {
  it('reads "the 16 murdered" as people, not as the Afghans injured after it (dev copy: BBC)', () => {
    // benchnews2-dev bn2-bbc-co-uk-9e04cb-21.
    expect(extractQuantities('In addition to the 16 murdered, six Afghans were injured.').map((quantity) => quantity.counted)).toEqual([
      'person',
      'afghan',
    ]);
  });

  it('reads "3 kidnapped" as people and leaves a counted noun before the fate alone (invented)', () => {
    expect(extractQuantities('Gunmen left 3 kidnapped and fled.').map((quantity) => quantity.counted)).toEqual(['person']);
    expect(extractQuantities('Police said 12 hostages kidnapped in May were freed.').map((quantity) => quantity.counted)).toEqual([
      'hostage',
    ]);
  });
});

describe('"the past nine quarters": quarters counted back or on are periods, not a fraction', () => {
  it('reads "the past nine quarters" as nine quarters and keeps fractions of a whole (dev copy: Guardian; invented, quantulum3)', () => {
    // benchnews2-dev bn2-guardian-co-uk-8faa31-05.
    expect(unitsOf('The company has made operating losses totalling €4.1bn in the past nine quarters.')).toEqual([
      ['€4.1bn', 'currency:EUR'],
      ['nine quarters', 'count'],
    ]);
    expect(unitsOf('Three quarters of voters said yes.')).toEqual([['Three quarters', 'fraction']]);
    expect(unitsOf('Is three halves fractional?')).toEqual([['three halves', 'fraction']]);
  });
});
