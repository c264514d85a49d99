// Eleventh round of units (issue 10): the unit or counted noun of a value that matches, on modern news (benchnews-dev
// first). Each reading quotes a development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('a sample "polled" counts its noun; only a verb of expecting after it makes the number what they expected', () => {
  it('reads "Of the 2,250 adults polled by Pew" as adults (dev copy: PCMag)', () => {
    // benchnews-dev bn-pcmag-com-1d43b4-03.
    expect(unitsOf('Of the 2,250 adults polled by Pew, about 56 percent now own a smartphone.')[0]).toEqual([
      '2,250 adults',
      'count',
      'adult',
    ]);
  });

  it('keeps what economists expected: the jobs, not the economists (invented)', () => {
    expect(unitsOf('Employers added 22,000 jobs, far fewer than the 75,000 economists had expected.').at(-1)).toEqual([
      '75,000',
      'count',
      'job',
    ]);
    expect(unitsOf('Claims rose, well above the 200,000 economists polled by Reuters had forecast.')).toEqual([
      ['200,000', 'count', 'claim'],
    ]);
  });
});

describe('"such" between a number and its noun (dev copy: USA Today)', () => {
  it('reads "10 such early warning signs" as signs', () => {
    // benchnews-dev bn-usatoday-com-60cc80-05.
    expect(unitsOf("(The Alzheimer's Association has a list of 10 such early warning signs, below.)")).toEqual([
      ['10 such early warning signs', 'count', 'sign'],
    ]);
  });

  it('reads no noun after "such as" nor after a lone "such" (invented)', () => {
    expect(unitsOf('Police found two such cases last year.')).toEqual([['two such cases', 'count', 'case']]);
    expect(unitsOf('They bought 10 such as cars and vans.').map(([, , counted]) => counted)).not.toContain('car');
    expect(unitsOf('At least 5 such were found.').map(([, , counted]) => counted)).toEqual([null]);
  });
});

describe('"busses", the other plural of bus (dev copy: WBAL)', () => {
  it('counts buses', () => {
    // benchnews-dev bn-wbal-com-16702e-04.
    expect(unitsOf('The team arrived in DC late in the morning on-board 9 busses for the noon event.')).toEqual([
      ['9 busses', 'count', 'bus'],
    ]);
    expect(unitsOf('Officials checked 12 addresses and 4 buses.')).toEqual([
      ['12 addresses', 'count', 'address'],
      ['4 buses', 'count', 'bus'],
    ]);
  });
});

describe('ages told by a life event before "at", or open-ended after people (dev copy: Time, Geek.com)', () => {
  it('reads "until his death in 2008, at 82" as an age', () => {
    // benchnews-dev bn-science-time-com-22c388-01.
    expect(unitsOf('From the age of 27 until his death in 2008, at 82, Henry Molaison could establish no new memories.').at(-1)).toEqual([
      '82',
      'year',
      null,
    ]);
    expect(unitsOf('She retired at 65 and died at 90.')).toEqual([
      ['65', 'year', null],
      ['90', 'year', null],
    ]);
  });

  it('reads "builders 13 and up", "Builders 16 and up" as ages', () => {
    // benchnews-dev bn-geek-com-1e62a2-05 and -06.
    expect(unitsOf('Everyone else can shoot for a separate prize for builders 13 and up.')).toEqual([['13', 'year', null]]);
    expect(unitsOf('Builders 16 and up may apply.')).toEqual([['16', 'year', null]]);
  });

  it('keeps levels, counts and clock times (invented)', () => {
    expect(unitsOf('Shares closed at 80 after the death of the founder.').map(([, unit]) => unit)).not.toContain('year');
    expect(unitsOf('Orders of 50 and over the limit were cut.').map(([, unit]) => unit)).toEqual(['count']);
    expect(unitsOf('Temperatures of 30 and above are expected.').map(([, unit]) => unit)).not.toContain('year');
    expect(unitsOf('He died at 3 p.m. at the hospital.').map(([, unit]) => unit)).not.toContain('year');
  });
});

describe('two counts set against each other in an aside count the noun after it (dev copy: BBC)', () => {
  it('reads "three - rather than two - copies" as copies, both', () => {
    // benchnews-dev bn-bbc-co-uk-5de3db-08.
    expect(unitsOf("People with Down's syndrome have three - rather than two - copies of the chromosome.")).toEqual([
      ['three', 'count', 'copy'],
      ['two', 'count', 'copy'],
    ]);
    expect(unitsOf('He had two — or perhaps three — drinks.')).toEqual([
      ['two', 'count', 'drink'],
      ['three', 'count', 'drink'],
    ]);
  });

  it('needs the aside closed before a noun (invented)', () => {
    expect(unitsOf('We saw three - not two.')).toEqual([
      ['three', 'count', null],
      ['two', 'count', null],
    ]);
    expect(unitsOf('It was 3 - not 2 - on Friday.').map(([, , counted]) => counted)).toEqual([null, null]);
  });
});

describe('a plus glued to a number, then a space, stands before its unit (dev copy: Medical News Today)', () => {
  it('reads "120,000+ Year Old" as an age of at least 120,000 years', () => {
    // benchnews-dev bn-medicalnewstoday-com-72ecfb-38.
    expect(unitsOf('"Fibrous Dysplasia in a 120,000+ Year Old Neandertal from Krapina, Croatia"')).toEqual([
      ['120,000+ Year', 'year', null],
    ]);
    const [quantity] = extractQuantities('He has 30+ years of experience and sold 500+ units.');
    expect([quantity?.text, quantity?.unit, quantity?.bound]).toEqual(['30+ years', 'year', '>=']);
  });

  it('leaves sums and signs alone (invented)', () => {
    expect(unitsOf('It is 2+2 years.')[0]).toEqual(['2', 'count', null]);
    expect(unitsOf('Scores: Smith 5+ Jones 3.').map(([text]) => text)).not.toContain('5+ Jones');
  });
});

describe('kilometres per second, a speed the table lacked (dev copy: VOA)', () => {
  it('reads "1,200 kilometers per second" and "11 km/s" as km/s, like "metres per second" as m/s', () => {
    // benchnews-dev bn-voanews-com-26c3b9-08.
    expect(unitsOf('The matter can travel at speeds of up to 1,200 kilometers per second.')).toEqual([
      ['1,200 kilometers per second', 'km/s', null],
    ]);
    expect(unitsOf('The probe left at 11 km/s, or 40 metres per second faster.')).toEqual([
      ['11 km/s', 'km/s', null],
      ['40 metres per second', 'm/s', null],
    ]);
    const [speed] = extractQuantities('a speed of 11 km/s');
    expect(speed?.normalized).toEqual({ value: 11000, unit: 'm/s' });
  });

  it('keeps kilometres alone and other rates per second (invented)', () => {
    expect(unitsOf('The road is 12 km long.')).toEqual([['12 km', 'km', null]]);
    expect(unitsOf('The link moves 3 TB per second.')).toEqual([['3 TB per second', 'TB/second', null]]);
  });
});

describe('irregular plurals from compromise: Latin and Greek plurals are counted nouns (no set has one; invented)', () => {
  it('counts "criteria", "alumni", "larvae", "phenomena" in the singular', () => {
    expect(unitsOf('The panel set 15 criteria and 40 analyses.')).toEqual([
      ['15 criteria', 'count', 'criterion'],
      ['40 analyses', 'count', 'analysis'],
    ]);
    expect(unitsOf('Some 200 alumni attended, and researchers found 12 larvae and three phenomena.')).toEqual([
      ['200 alumni', 'count', 'alumnus'],
      ['12 larvae', 'count', 'larva'],
      ['three phenomena', 'count', 'phenomenon'],
    ]);
  });

  it('keeps "feet" a unit and "opera" a singular (left out of the table)', () => {
    expect(unitsOf('The wall is 12 feet high.')).toEqual([['12 feet', 'foot', null]]);
    expect(unitsOf('Two opera houses closed.')).toEqual([['Two opera houses', 'count', 'house']]);
  });
});
