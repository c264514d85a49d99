// Readings taken from the peer suites' errors, seventh round (../shared/peer-suites: quantulum3 and
// Recognizers-Text). Each rule quotes the suite's case and an invented news sentence it must leave as it was.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { readings } from './readings.js';

describe('a fraction after "and" completes a number in words', () => {
  it('adds the fraction of the scale after a scale word', () => {
    // Recognizers-Text NumberModel: "There are one million and a half possibilities" is 1,500,000 (it was 1000000.5).
    expect(readings('There are one million and a half possibilities')).toEqual([
      ['one million and a half possibilities', 1_500_000, 'count'],
    ]);
    // "They have two million and three fifths": 2,600,000 (it was 0.6 as a share).
    expect(readings('They have two million and three fifths')[0]?.[1]).toBe(2_600_000);
    // Invented: the scale before the fraction, as news writes it, is unchanged.
    expect(readings('It costs one and a half million dollars.')).toEqual([['one and a half million dollars', 1_500_000, 'currency:USD']]);
  });

  it('adds a quarter, a third or a fourth to a whole number, but not a rank or the other end of a range', () => {
    // Recognizers-Text NumberModel: "The measurement has a value of forty two and a third".
    const [value] = readings('The measurement has a value of forty two and a third').map(([, number]) => number);
    expect(value).toBeCloseTo(42.3333, 4);
    // Invented: a unit after the mixed number.
    expect(readings('The flight took three and a quarter hours.')).toEqual([['three and a quarter hours', 3.25, 'hour']]);
    // Invented counter-examples: an ordinal before a noun is a rank; "between one and two thirds" is a range's two ends.
    expect(readings('He won two and a third term is unlikely.').map(([, number]) => number)).toEqual([2]);
    expect(readings('Between one and two thirds of voters stayed home.').map(([, number]) => number)).toEqual([2 / 3]);
  });
});

describe('spoken decimals', () => {
  it('reads "point" and the digits after it', () => {
    // Recognizers-Text NumberModel: "The answer is minus five point five" read -5 and a second 5 before.
    expect(readings('The answer is minus five point five').map(([, number]) => number)).not.toContain(-5);
    expect(readings('The answer is minus five point five.')).toEqual([['minus five point five', -5.5, 'count']]);
    // Invented: a transcript of a business report.
    expect(readings('Sales grew by seven point two percent.')).toEqual([['seven point two percent', 7.2, 'percent']]);
    expect(readings('The city has one point five million people.')[0]?.[1]).toBe(1_500_000);
  });

  it('leaves "at one point" and "a two point lead" alone', () => {
    // Invented counter-examples.
    expect(readings('At one point five people left.').map(([, number]) => number)).toContain(5);
    expect(readings('They held a two point lead.').map(([, number]) => number)).toEqual([2]);
    expect(readings('They lost by one point two weeks ago.').map(([, number]) => number)).toEqual([1, 2]);
  });
});

describe('one in a scaled number', () => {
  it('reads the scale of the denominator', () => {
    // Recognizers-Text NumberModel: "two out of five hundred tvs" is 0.004 (it was 0.4).
    expect(readings('two out of five hundred tvs')).toEqual([['two out of five hundred', 0.004, 'fraction']]);
    // Invented: a scale word alone, and digits with thousands.
    expect(readings('One in a thousand patients died.')[0]?.slice(0, 2)).toEqual(['One in a thousand', 0.001]);
    expect(readings('The defect affects 1 in 5,000 babies.')[0]?.slice(0, 2)).toEqual(['1 in 5,000', 0.0002]);
  });

  it('leaves a span of time and a hyphened modifier alone', () => {
    // Invented counter-examples: "one in a hundred years" is how often, "five hundred-metre" a distance.
    expect(readings('Floods like this come one in a hundred years.').map(([, number]) => number)).not.toContain(0.01);
    expect(readings('One in five hundred-metre runners fell.')[0]?.[1]).toBe(0.2);
  });
});

describe('an age is a span of time', () => {
  it('gives the age metric to no other unit of the sentence', () => {
    // Recognizers-Text AgeModel: "The Great Wall of China is more than 500 years old and extends for more than 5,000 miles."
    const wall = extractQuantities('The Great Wall of China is more than 500 years old and extends for more than 5,000 miles.');
    expect(wall.find((quantity) => quantity.unit === 'mile')?.metric).toBeNull();
    // Invented: the age itself keeps its metric.
    const driver = extractQuantities('A 40-year-old man drove 30 miles.');
    expect(driver.map((quantity) => [quantity.unit, quantity.metric])).toEqual([
      ['year', 'age'],
      ['mile', null],
    ]);
  });
});

describe('temperature cues: the scale named after the number, a kelvin conversion', () => {
  it('gives bare degrees the scale named right after them, or the only scale the sentence names', () => {
    // quantulum3 ambiguity: "−459.67° on the Fahrenheit scale" was read as Celsius, the first scale of the sentence.
    const zero = readings(
      'by international agreement, absolute zero is taken as −273.15° on the Celsius scale (International System of Units), which equals −459.67° on the Fahrenheit scale (United States customary units or Imperial units)',
    );
    expect(zero.slice(1)).toEqual([
      ['−273.15°', -273.15, 'celsius'],
      ['−459.67°', -459.67, 'fahrenheit'],
    ]);
    // Invented: the sentence names Fahrenheit alone.
    expect(readings('It was 104 degrees, a record in Fahrenheit terms.')).toEqual([['104 degrees', 104, 'fahrenheit']]);
    // Invented counter-example: a weather sentence that names no scale keeps Celsius.
    expect(readings('Temperatures reached 40 degrees in Seville.')).toEqual([['40 degrees', 40, 'celsius']]);
  });

  it('reads a glued K written as the conversion of a temperature as kelvin, other glued Ks as thousands', () => {
    // quantulum3 ambiguity: "573.15K" was 573,150.
    expect(readings('At normal operating temperatures of 300 °C (572 °F, 573.15K), zircaloy is inert.')).toEqual([
      ['300 °C', 300, 'celsius'],
      ['572 °F', 572, 'fahrenheit'],
      ['573.15K', 573.15, 'kelvin'],
    ]);
    // Invented counter-example: thousands in a sentence about the heat.
    expect(readings('The heatwave hit 40C and cost 50K.')).toEqual([
      ['40C', 40, 'celsius'],
      ['50K', 50_000, 'count'],
    ]);
  });
});

describe('unit spellings: picometres, a power after a slash unit', () => {
  it('reads picometres by name, never "pm" alone', () => {
    // Recognizers-Text DimensionModel: "He said: 2 pm is 2 picometer" (2 picometer was a count).
    expect(readings('He said: 2 pm is 2 picometer')).toEqual([['2 picometer', 2, 'pm']]);
    expect(extractQuantities('The grid spacing is 2 picometers.')[0]?.normalized).toEqual({ value: 2e-12, unit: 'm' });
    // Invented counter-example: a time of day.
    expect(readings('The minister speaks at 2 pm.')).toEqual([]);
  });

  it('gives the power after a caret to the unit after the slash', () => {
    // quantulum3: "Workers on Ceres are exposed to 20 J/m^2 per year" (it was joule/m, a length).
    expect(readings('Workers on Ceres are exposed to 20 J/m^2 per year')).toEqual([['20 J/m^2', 20, 'joule/m2']]);
    // Invented: solar irradiance; and a caret after a plain unit is unchanged.
    expect(readings('Panels receive 1,000 W/m^2 at noon.')).toEqual([['1,000 W/m^2', 1000, 'W/m2']]);
    expect(readings('The park covers 4km^2.')).toEqual([['4km^2', 4, 'km2']]);
  });
});

describe('thousands set off by spaces at the end of a clause', () => {
  it('reads the groups up to a closing full stop or comma', () => {
    // Recognizers-Text NumberModel: "For now, China's population is 1 414 021 100." read 1 and 414.
    expect(readings("For now, China's population is 1 414 021 100.")).toEqual([['1 414 021 100', 1_414_021_100, 'count']]);
    // Invented: a crowd in the style of the South African and European press.
    expect(readings('A crowd of 40 000, the police said.')[0]?.slice(0, 2)).toEqual(['40 000', 40_000]);
  });

  it('leaves a group glued to a unit and a list of numbers alone', () => {
    // Invented counter-examples.
    // The 3 is not read as 3,100; the 100-metre before an event is the race's length (values23), before an object it
    // would be an attribute (issue 10).
    expect(readings('She ran the 3 100-metre race.').map(([, number]) => number)).toEqual([3, 100]);
    expect(readings('The counts were 1, 234, 567.').map(([, number]) => number)).toEqual([1, 234, 567]);
  });

  it('reads four groups at most, so a run of numbers never becomes Infinity', () => {
    // Found by `npm run fuzz` (seed 20261205): a figure repeated hundreds of times was read as one number, Infinity.
    const repeated = `The drone flies at up to ${Array(300).fill('150').join(' ')} km/h.`;
    for (const [, value] of readings(repeated)) expect(Number.isFinite(value)).toBe(true);
    expect(readings('The fund holds 1 234 567 890 123 dollars.')).toEqual([
      ['1 234 567 890 123 dollars', 1_234_567_890_123, 'currency:USD'],
    ]);
  });
});

describe('currency symbols and unit spellings of the table, read wherever they end', () => {
  it('reads every symbol of the currency table before an amount, whatever letter ends it', () => {
    // Invented, in the styles of the Financial Times and the Gulf press ("Rmb" ends in a letter the reader skipped).
    expect(readings('It raised Rmb10bn last year.')).toEqual([['Rmb10bn', 1e10, 'currency:CNY']]);
    expect(readings('Tickets cost Dh50.')).toEqual([['Dh50', 50, 'currency:AED']]);
    expect(readings('It costs Sfr 5 each.')[0]?.slice(0, 3)).toEqual(['Sfr 5', 5, 'currency:CHF']);
    // Invented counter-example: a name that ends in such a letter is no currency.
    expect(readings('The Club 18 team won.')).toEqual([]);
  });

  it('reads the abbreviations news writes for centimetres, percentage points and revolutions', () => {
    // Invented.
    expect(readings('It is 30 cms wide.')).toEqual([['30 cms', 30, 'cm']]);
    expect(readings('It fell 1.2 percentage pts.')).toEqual([['1.2 percentage pts', 1.2, 'percentage-point']]);
    expect(readings('It idles at 3,000 revs per minute.')).toEqual([['3,000 revs per minute', 3000, 'rpm']]);
    // Invented counter-example: an acronym's plural is no unit.
    expect(readings('The network had 30 CMs.')[0]?.[2]).toBe('count');
  });
});

describe('a number in figures completed by a fraction after "and"', () => {
  it('adds the fraction to the whole number, before or after its scale', () => {
    // Recognizers-Text NumberModel: "The population is 3 million and a half" (it was 3,000,000 and a separate half).
    expect(readings('The population is 3 million and a half')).toEqual([['3 million and a half', 3_500_000, 'count']]);
    // Invented: a term in office and a price, which were read as 3 and a half year, $3 and a half million.
    expect(readings('He served 3 and a half years.')).toEqual([['3 and a half years', 3.5, 'year']]);
    expect(readings('It cost $3 and a half million.')).toEqual([['$3 and a half million', 3_500_000, 'currency:USD']]);
  });

  it('leaves a range after "between" and a rank alone', () => {
    // Invented counter-examples.
    expect(readings('Between 2 and three quarters of voters stayed home.').map(([, number]) => number)).toEqual([2, 0.75]);
    expect(readings('He won 2 and a third term is unlikely.').map(([, number]) => number)).toEqual([2]);
  });
});

describe('scale words after a hyphen, and abbreviations written with a full stop', () => {
  it('reads a hyphened scale after a fraction or a number', () => {
    // quantulum3 reads "a quarter million"; invented, the hyphened forms: "a quarter" was 0.25, "1.5-million" a count of 1.5.
    expect(readings('It hit a quarter-million users.')).toEqual([['a quarter-million users', 250_000, 'count']]);
    expect(readings('It cost 1.5-million dollars.')).toEqual([['1.5-million dollars', 1_500_000, 'currency:USD']]);
    // Invented counter-example: a fraction word before "-final" names a round, no share.
    expect(readings('It reached the quarter-final.').map(([, value]) => value)).not.toContain(250_000);
  });

  it('reads unit names written with an abbreviation and its full stop', () => {
    // Invented: "sq. km" was in the unit table but never matched, as the full stop ended the word.
    expect(readings('The fire burned over 1,000 sq. km of forest.')).toEqual([['1,000 sq. km', 1000, 'km2']]);
    expect(readings('a 2,500 sq. ft. home')).toEqual([['2,500 sq. ft', 2500, 'ft2']]);
    expect(readings('It grew 5 p.c. last year.')).toEqual([['5 p.c.', 5, 'percent']]);
    expect(readings('Temperatures of 40 degC were recorded.')).toEqual([['40 degC', 40, 'celsius']]);
    // Invented counter-example: a sentence that ends after the abbreviation's letters.
    expect(readings('It measured 3 sq. Then it grew.').map(([, , unit]) => unit)).toEqual(['count']);
  });
});
