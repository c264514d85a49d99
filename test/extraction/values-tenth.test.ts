// Tenth round of values (issue 10): numbers modern news pages print, by class. Each rule quotes copy by others
// (parsernews-dev) and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings, readings } from './readings.js';

describe('a widget figure glued to its label, where the page lost the cell break, counts the label (dev copy: parsernews-dev)', () => {
  it.each([
    // pn-ndtv-trump-india-18, -24, -27: a coronavirus tracker, Indian grouping read as written.
    ['28,25,140Cases', [['28,25,140Cases', 2825140, 'count', 'case']]],
    [
      '779 56Deaths',
      [
        ['779', 779, 'count', 'death'],
        ['56Deaths', 56, 'count', 'death'],
      ],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });

  it('reads the day\'s rise beside the total, "24,942 1490Cases" (pn-ndtv-trump-india-24)', () => {
    expect(readings('24,942 1490Cases')).toEqual([
      ['24,942', 24942, 'count'],
      ['1490Cases', 1490, 'count'],
    ]);
  });

  it.each(['Shares of 3Com fell.', '3Com', 'Sales reached 1490Cases in the year.', 'Visit 1490Cases today'])(
    'leaves a name with a number, or a glued word inside a sentence, alone: "%s" (invented)',
    (text) => {
      expect(readings(text).filter((reading) => String(reading[0]).includes('Cases') || String(reading[0]).includes('Com'))).toEqual([]);
    },
  );
});

describe('digits in brackets glued to a code label a subsection (dev copy: parsernews-dev)', () => {
  it('reads no count in "Section 956(c)(2)" (pn-bloomberg-apple-profits-12)', () => {
    expect(readings('The current exemption, spelled out in Section 956(c)(2) of the U.S. tax code, has been in place since 1962.')).toEqual(
      [],
    );
  });

  it.each(['The charity is a 501(c)(3) nonprofit group.', 'Under Article 5(1), members must consult.'])(
    'reads no count in "%s" (invented)',
    (text) => {
      expect(readings(text)).toEqual([]);
    },
  );

  it('still reads a bracketed amount set off by a space (invented)', () => {
    expect(readings('Revenue was 2,500 (2,100) in the year.')).toEqual([
      ['2,500', 2500, 'count'],
      ['2,100', 2100, 'count'],
    ]);
  });
});

describe("a key's fingerprint is no figure (dev copy: parsernews-dev)", () => {
  it('reads nothing in a PGP fingerprint (pn-deadspin-trump-booed-06)', () => {
    expect(readings('PGP Fingerprint: 1B2B 2229 8096 1A6E 7744 8847 F32A CCC5 1E69 7FED|PGP Key')).toEqual([]);
  });

  it('still reads a run of years or plain numbers (invented)', () => {
    expect(readings('Sales were 1200 1500 1800 2100 2400 units over five years.')).toContainEqual(['2400 units', 2400, 'count']);
  });
});

describe('"N-figure" tells how many digits a sum has, no count of figures (dev copy: recentnews-dev)', () => {
  it.each([
    // rc-nymag-com-42, rc-nymag-com-67.
    "One of Luhn's employees received a six-figure settlement after filing a harassment claim.",
    'Sources say Gretchen Carlson will soon announce an eight-figure settlement.',
    'He signed a 7-figure deal.',
  ])('reads no count in "%s"', (text) => {
    expect(readings(text).filter((reading) => String(reading[0]).includes('figure'))).toEqual([]);
  });

  it('still counts figures as things (invented)', () => {
    expect(countedReadings('The museum shows six figures carved in oak.')).toEqual([['six figures', 6, 'count', 'figure']]);
  });
});

describe('a bare "dozens" or "hundreds" after a verb that befalls people counts people (dev copy: parsernews-dev)', () => {
  it('reads "killed dozens" (pn-nytimes-haley-29)', () => {
    expect(
      countedReadings('It was part of a menu of options on how to retaliate against a suspected gas attack that killed dozens on April 7.'),
    ).toEqual([['dozens', 66, 'count', 'person']]);
  });

  it('reads "arrested hundreds" (invented)', () => {
    expect(countedReadings('Police arrested hundreds on Friday.')).toEqual([['hundreds', 550, 'count', 'person']]);
  });

  it('leaves a bare "dozens" after any other verb unread (invented)', () => {
    expect(readings('He wrote dozens on Monday.')).toEqual([]);
    expect(readings('She has hundreds, she said.')).toEqual([]);
  });
});

describe('after "between", a second amount right after the first is the other bound (dev copy: parsernews-dev)', () => {
  it('reads one range in "between $3.6 million $3.8 million per year" (pn-sandiegouniontribune-sdsu-stadium-08)', () => {
    expect(
      readings(
        'The university is currently forecasting operational expenses between $3.6 million $3.8 million per year when the stadium opens.',
      ),
    ).toEqual([['$3.6 million $3.8 million per year', 3700000, 'currency:USD/year']]);
  });

  it('reads two amounts side by side without "between" (invented)', () => {
    expect(readings('Prices of $3.6 million $3.8 million were quoted.')).toEqual([
      ['$3.6 million', 3600000, 'currency:USD'],
      ['$3.8 million', 3800000, 'currency:USD'],
    ]);
  });
});
