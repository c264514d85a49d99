// Thirteenth round of values (issue 10): common forms of news copy misread, found with made-up probes (no set holds
// them), each read as news.md's conventions say. Each rule keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { countedReadings, readings } from './readings.js';

/** Each quantity's words, value, bounds of its range (if any) and change. */
function moves(text: string): unknown[][] {
  return extractQuantities(text).map((quantity) => [
    quantity.text,
    quantity.value,
    quantity.low ?? null,
    quantity.high ?? null,
    quantity.change,
  ]);
}

describe('a change "by" or "of" a bare count, then the level it reached, is two quantities (invented; news.md: only "from X to Y" is one)', () => {
  it.each([
    [
      'The number of unemployed rose by 200,000 to 3.1 million.',
      [
        ['200,000', 200000, null, null, 'up'],
        ['3.1 million', 3100000, null, null, null],
      ],
    ],
    [
      'There was an increase of 200,000 to 3.1 million.',
      [
        ['200,000', 200000, null, null, 'up'],
        ['3.1 million', 3100000, null, null, null],
      ],
    ],
    [
      'The ratio rose by 0.5 to 2.3.',
      [
        ['0.5', 0.5, null, null, 'up'],
        ['2.3', 2.3, null, null, null],
      ],
    ],
    [
      'Unemployment rose 200,000 to 3.1 million.',
      [
        ['200,000', 200000, null, null, 'up'],
        ['3.1 million', 3100000, null, null, null],
      ],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });

  it.each([
    // A range of the change: its ends are close.
    ['The firm will cut jobs by 5,000 to 10,000.', [['5,000 to 10,000', 7500, 5000, 10000, null]]],
    ['The population will grow by 2 to 3 million.', [['2 to 3 million', 2500000, 2000000, 3000000, 'up']]],
    ['The storm could kill 100,000 to 1 million people.', [['100,000 to 1 million people', 550000, 100000, 1000000, null]]],
  ])('keeps the range in "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });
});

describe('a change then "from" the value it moved from is two quantities, not a move (invented)', () => {
  it.each([
    [
      'Cases rose by 500 from 2,000 a week earlier.',
      [
        ['500', 500, null, null, 'up'],
        ['2,000', 2000, null, null, null],
      ],
    ],
    [
      'Sales rose 500 from 2,000 a year earlier.',
      [
        ['500', 500, null, null, 'up'],
        ['2,000', 2000, null, null, null],
      ],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });

  it('keeps a level written first as one move ("increased to 40 from 35")', () => {
    expect(moves('Sales increased to 40 from 35 a year earlier.')).toEqual([['40 from 35', 40, 35, 40, 'up']]);
  });
});

describe('"from X to Y" after the amount moved is one move, worth its level (invented)', () => {
  it.each([
    [
      'Sales fell 20% from $10m to $8m.',
      [
        ['20%', 20, null, null, 'down'],
        ['$10m to $8m', 8000000, 8000000, 10000000, 'down'],
      ],
    ],
    [
      'The population rose 5% from 100,000 to 105,000.',
      [
        ['5%', 5, null, null, 'up'],
        ['100,000 to 105,000', 105000, 100000, 105000, 'up'],
      ],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });

  it('keeps a range with no verb of change before it', () => {
    expect(moves('He earned 20% from 2010 to 2015, and 5% from 10 to 12 clients.')).toEqual([
      ['20%', 20, null, null, null],
      ['5%', 5, null, null, null],
      ['10 to 12 clients', 11, 10, 12, null],
    ]);
  });
});

describe("a model's number before its verb and an amount is a name (invented; the values12 round's note)", () => {
  it.each([
    ['The 777 seats up to 400 passengers.', [['400 passengers', 400, 'count', 'passenger']]],
    ['A 747 carries 416 passengers.', [['416 passengers', 416, 'count', 'passenger']]],
    ['The 737 holds about 180 passengers.', [['180 passengers', 180, 'count', 'passenger']]],
    ["The airline's 787 fleet flies 50 routes.", [['50 routes', 50, 'count', 'route']]],
    // Any model's number of three or four digits, then an amount.
    ['The 911 costs £100,000.', [['£100,000', 100000, 'currency:GBP', null]]],
  ])('reads "%s"', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });

  it.each([
    // No number after the noun: a count of 777 seats may be meant.
    ['The 777 seats were sold out within an hour.', [['777 seats', 777, 'count', 'seat']]],
    // Not a jetliner's number.
    ['The 300 seats up for election were contested.', [['300 seats', 300, 'count', 'seat']]],
    // A verb, not an amount, after the noun; a thousands comma.
    ['The 300 costs were paid.', [['300 costs', 300, 'count', 'cost']]],
    [
      'The 1,200 tickets 40 minutes after opening were gone.',
      [
        ['1,200 tickets', 1200, 'count', 'ticket'],
        ['40 minutes', 40, 'minute', null],
      ],
    ],
  ])('still counts in "%s"', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('a count of a named model with a one-digit number or after a scale counts the noun after the model (invented)', () => {
  it.each([
    ['He won 7 Formula 1 titles.', [['7 Formula 1 titles', 7, 'count', 'title']]],
    ['Ukraine received 14 Leopard 2 tanks.', [['14 Leopard 2 tanks', 14, 'count', 'tank']]],
    ['Apple sold 5 million iPhone 5 handsets.', [['5 million iPhone 5 handsets', 5000000, 'count', 'handset']]],
  ])('reads "%s"', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });

  it('reads no model where a proper noun follows with no number ("12 Labour MPs")', () => {
    expect(countedReadings('He met 12 Labour MPs.')).toEqual([['12 Labour MPs', 12, 'count', 'mp']]);
  });
});

describe("names with numbers: a virus lineage's code, a ballot measure (invented)", () => {
  it.each([
    ['The BA.2 variant spread to 40 countries.', [['40 countries', 40, 'count']]],
    ['The XBB.1.5 subvariant accounts for 40% of cases.', [['40%', 40, 'percent']]],
    ['The EG.5 strain is spreading.', []],
    ['Proposition 13 capped property taxes at 1%.', [['1%', 1, 'percent']]],
    ['Measure 110 decriminalised drugs.', []],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    // A space after the abbreviation's dot: the number is read.
    ['He earned a B.A. 3 years ago.', [['3 years', 3, 'year']]],
    // "measure" the verb, before a unit.
    ['The rooms measure 20 square metres.', [['20 square metres', 20, 'm2']]],
  ])('still reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('an acronym after a determiner, then a number and a noun, names a model (invented)', () => {
  it.each([
    ['The RTX 4090 costs $1,599.', [['$1,599', 1599, 'currency:USD']]],
    ['The USB 3.0 ports transfer data at 5 gigabits per second.', [['5 gigabits per second', 5, 'Gbps']]],
    ['The UFC 300 card drew 20,000 fans.', [['20,000 fans', 20000, 'count']]],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('still counts after an acronym with no determiner ("told CNN 20 people")', () => {
    expect(readings('Police told CNN 20 people had died.')).toEqual([['20 people', 20, 'count']]);
  });
});

describe('a duration for each longer period is a rate, its per part in the unit (dev copy: browndev-dev)', () => {
  it.each([
    // bd-brown-ca23-06.
    [
      'The contract with Ray Field, who has been converting the agencies electronic data processing program to magnetic tape, would renew his present salary of $8 an hour up to a maximum of 200 hours a month.',
      [
        ['$8 an hour', 8, 'currency:USD/hour'],
        ['200 hours a month', 200, 'hour/month'],
      ],
    ],
    // Invented.
    ['The store is open 24 hours a day.', [['24 hours a day', 24, 'hour/day']]],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    // Invented: a time, not a period ("a week ago"), and a period no longer than the duration.
    ['She was away for 3 days a week ago.', [['3 days', 3, 'day']]],
    ['It lasted 5 minutes a second time.', [['5 minutes', 5, 'minute']]],
  ])('reads no rate in "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('"first-half", "second-half" hyphened on to a noun name a period of a match, no share (invented)', () => {
  it.each(['The first-half goal was his 20th.', 'A second-half penalty won it.', 'She earned a first-half lead.'])(
    'reads no half in "%s"',
    (text) => {
      expect(readings(text)).toEqual([]);
    },
  );

  it.each([
    ['Shares fell by half.', [['half', 0.5, 'fraction']]],
    ['It is one-half of the total.', [['one-half', 0.5, 'fraction']]],
  ])('still reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('the scale of a move or range between a number and an amount in millions (invented)', () => {
  it.each([
    // A glued "m" after an amount in millions is a million, not metres.
    ['Unemployment fell from 1.5 million to 1.2m.', [['1.5 million to 1.2m', 1200000, 1200000, 1500000, 'down']]],
    // The first number takes the second's scale only where it stays of the second's size.
    ['Membership grew from 800 to 1.2 million.', [['800 to 1.2 million', 1200000, 800, 1200000, 'up']]],
  ])('reads "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });

  it.each([
    ['The population rose from 2 to 3 million.', [['2 to 3 million', 3000000, 2000000, 3000000, 'up']]],
    ['The wall rose from 1.5m to 2m.', [['1.5m to 2m', 2, 1.5, 2, 'up']]],
  ])('still reads "%s"', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });
});
