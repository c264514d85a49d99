// Whose figure it is and who says it, sixteenth round (issue 10): a country's adjective or initials before a public
// body's name is part of that name; "he said" looks back to the person the text showed speaking; a place owns a figure
// only a few words after it. Each test quotes a development sentence and keeps a made-up counter-example that must
// still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('who says it, speakers sixteenth round', () => {
  it("keeps a country's initials or adjective before a public body's name, not its name before a headline's words", () => {
    // benchnews3-dev: the annotators write the body as the text does.
    const health =
      'According to the US Centers for Disease Control, one in five people who have contracted West Nile Virus develop a fever.';
    expect(about(health, 'one in five').speaker).toBe('US Centers for Disease Control');
    // benchnews2-dev: an adjective, and the article before it.
    const monitor =
      'The Syrian Observatory for Human Rights, an opposition group, said on Tuesday that at least 94,000 people have been killed.';
    expect(about(monitor, '94,000 people').speaker).toBe('Syrian Observatory for Human Rights');
    // Made up: a headline's country name, and a country before a person's title, are read as before.
    const headline = 'Canada Prepares for Diplomatic Showdown: Ottawa said 25% tariffs would follow.';
    expect(about(headline, '25%').speaker).not.toBe('Canada Prepares for Diplomatic Showdown');
    const chancellor = 'German Chancellor Angela Merkel said growth would reach 2% next year.';
    expect(about(chancellor, '2%').speaker).toBe('Angela Merkel');
  });

  it("reads a body's short name as its full name after a country's initials with a full stop", () => {
    // benchnews-dev: "The Justice Department" is the U.S. Justice Department named a paragraph before.
    const fines = [
      "Auto parts makers were fined in the latest penalty to result from the U.S. Justice Department's campaign against price-fixing.",
      'The Justice Department also said that battery maker LG Chem Ltd. agreed to plead guilty and pay $1.1 million for price fixing.',
    ].join('\n\n');
    expect(about(fines, '$1.1 million').speaker).toBe('U.S. Justice Department');
    // Made up: named alone, the body keeps its short name.
    expect(about(fines.split('\n\n')[1]!, '$1.1 million').speaker).toBe('Justice Department');
  });

  it('reads "he said" as the person who spoke, not a name that "He said" reports', () => {
    // benchnews2-dev: Analytical 360 is what he said something about; Ed Stremlow spoke.
    const lab = [
      'Analytical 360, a Seattle lab that employs 10 people, is bracing for new competitors. "It\'s like a gold rush," said Ed Stremlow, chief operating officer.',
      'He said Analytical 360 is already ahead of many competitors by doing mass spectrometry.',
      'A full battery of tests will be expensive, adding about $500 to a 5-pound lot of marijuana, he said.',
    ].join('\n\n');
    expect(about(lab, '$500').speaker).toBe('Ed Stremlow');
    // Made up: a name after "said" that follows a quotation still speaks.
    const quoted = '"We are growing," said Maria Lopez, the chief executive. Revenue rose 12% last year, she said.';
    expect(about(quoted, '12%').speaker).toBe('Maria Lopez');
  });

  it('reads "he said" as a person who spoke after an apposition or by tweeting', () => {
    // realnews-dev: Eric Reeves spoke after a long apposition; Mr. Bashir, named earlier, did not.
    const sudan = [
      'American officials said the demand that Mr. Bashir be held accountable had not changed.',
      'Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled that the government was lifting sanctions.',
      'He noted that just last week Sudanese security services killed more than 10 civilians in Darfur, he said.',
    ].join('\n\n');
    expect(about(sudan, '10 civilians').speaker).toBe('Eric Reeves');
    // recentnews-dev, shortened: Conway tweeted; the earlier president did not speak.
    const counselor =
      'Conway joined President Richard Nixon\'s old office. "We need a superstructure," Conway tweeted. "My major concern is my four children," she said.';
    expect(about(counselor, 'four children').speaker).toBe('Conway');
    // Made up: a name in a list before the verb is no apposition of a speaker.
    const list = 'Smith, Jones and Brown, the three founders, said profits rose 5%, he said.';
    expect(about(list, '5%').speaker).not.toBe('Smith');
  });
});

describe('whose figure it is, subjects sixteenth round', () => {
  it('gives no figure to a place far past the number, and keeps one a few words after it', () => {
    // benchnews3-dev: the children died in Bihar, a state of India; India does not own the count.
    const meal = "Nineteen of the 23 children who died after eating a tainted free school meal in India's Bihar state were buried.";
    expect(about(meal, '23 children').subject).not.toBe('India');
    // benchnews2-dev: the soldiers did not parachute into Syria.
    const drill =
      'They were the first of some 4,000 soldiers from the 82nd Airborne Division parachuting into an exercise designed to test a rapid response in Syria.';
    expect(about(drill, '4,000 soldiers').subject).not.toBe('Syria');
    // benchnews2-dev: a place a few words after the number still owns it.
    expect(about('Report: More than 80,000 killed in Syria conflict', '80,000').subject).toBe('Syria');
    // speeches-dev: eight words between.
    const college =
      'I want to spread that idea all across America, so that two years of college becomes as free and universal in America as high school is today.';
    expect(about(college, 'two years').subject).toBe('United States');
  });

  it("gives a share of a whole to the whole, and a count of a name's things to no one", () => {
    // browndev-dev: two companies of Italy's are no figure of Italy's.
    const tour =
      "Commerce Secretary Luther Hodges, accompanied by a member of our staff, on May 10 toured plants of two of Italy's biggest companies -- Fiat, the auto producer, and Olivetti, maker of typewriters and calculating machines.";
    expect(about(tour, 'two').subject).toBeNull();
    // benchnews2-dev: a share is the whole's; and a part of the whole's own count.
    expect(about("Smartphones made up only 40% of Nokia's phone revenues.", '40%').subject).toBe('Nokia');
    expect(about("While 23 of NATO's 32 member countries met the target, a third fall short.", '23').subject).toBe('NATO');
  });
});
