// Twentieth round of speakers (issue 10): who speaks a number, read from a quotation that goes on after its tag, from a
// tag's title, a verb missing from the lists, an age said inside a quotation, and a verb of saying that is also a plural
// noun. Each with a development sentence and a made-up counter-example of the same shape that keeps its old reading.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The speaker of the quantity whose text is `mention`. */
function speakerOf(text: string, mention: string): string | null | undefined {
  return extractQuantities(text).find((quantity) => quantity.text === mention)?.speaker;
}

describe('a quotation with no tag of its own goes on with the tagged one before it', () => {
  it.each([
    // benchnews-dev bn-reuters-com-4e0e39-25 (shortened): the second quotation of the paragraph, after the first one's tag
    [
      '"An example is the Prostate Health Index (phi) which was recently approved by the FDA," Loeb said. "It is a simple blood test that combines PSA with 2 other tests."',
      '2 other tests',
      'Loeb',
    ],
    // invented: a sentence of the writer's stands between the two quotations
    [
      '"An example is the Prostate Health Index (phi)," Loeb said. Other doctors disagree. "It is a simple blood test that combines PSA with 2 other tests."',
      '2 other tests',
      null,
    ],
    // benchnews2-dev bn2-bbc-co-uk-65742d-20 and -21 (shortened): a paragraph that opens with a quotation, after one that
    // ends in a tagged quotation
    [
      '"Our data keep challenging the idea of non-human animals being stuck in time," said Dr Martin-Ordas.\n\n"We show that chimpanzees remember events that happened two weeks ago."',
      'two weeks',
      'Martin-Ordas',
    ],
    // invented: the paragraph before ends in the writer's words
    [
      'Dr Martin-Ordas works at Newcastle University.\n\n"We show that chimpanzees remember events that happened two weeks ago."',
      'two weeks',
      null,
    ],
    // benchnews-dev bn-medicalnewstoday-com-72ecfb-16 and -17 (shortened): a paragraph that leads into the quotation
    [
      'According to David Frayer, professor of anthropology at the University of Kansas, and co-author of the paper:\n\n"So this is 100,000 years older than the previous tumor that has been found."',
      '100,000 years',
      'David Frayer',
    ],
    // invented: a colon that names no one
    [
      'The paper lists its findings:\n\n"So this is 100,000 years older than the previous tumor that has been found."',
      '100,000 years',
      null,
    ],
    // invented: a quotation that runs over paragraphs leaves its first paragraph open
    ['Smith said: "Sales rose last year.\n\n"We expect 10 new stores this year."', '10 new stores', 'Smith'],
  ])('%s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});

describe('a quotation tag with a title before the name, or with "explains", "commented" or "tweeted"', () => {
  it.each([
    // invented after benchnews2-dev bn2-bbc-co-uk-65742d-20: the number in the quotation's first sentence
    ['"Chimps recall events of two weeks ago. They are not stuck in time," said Dr Martin-Ordas.', 'two weeks', 'Martin-Ordas'],
    // invented: no name after the verb
    ['"Chimps recall events of two weeks ago. They are not stuck in time," said a researcher.', 'two weeks', null],
    // parsernews-dev pn-theverge-surface-studio-07 (shortened; the article names Ralf Groene before)
    [
      '"We really engineered everything to fit Tetris-like together," explains Ralf Groene. "Many desk lamps have these two parallel beams that are connected."',
      'two parallel beams',
      'Ralf Groene',
    ],
    // invented: the tag names a thing, not a speaker
    [
      '"We really engineered everything to fit together," the brochure explains. "Many desk lamps have these two parallel beams that are connected."',
      'two parallel beams',
      null,
    ],
    // recentnews-dev rc-americanow-com-10 and -11 (shortened; the article names Kellyanne Conway before)
    [
      '"West Wing welcome mat is out, but we need a superstructure," Kellyanne Conway tweeted. "Plus, mom of four is not in most job descriptions."',
      'four',
      'Kellyanne Conway',
    ],
  ])('%s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});

describe('an age inside a quotation is the speaker\u2019s word', () => {
  it.each([
    // benchnews3-dev bn3-bbc-co-uk-864dda-28
    ['"I hope that they decide to discontinue it completely for children under 12," Steve Harvey said.', '12', 'Steve Harvey'],
    // invented: an age the writer gives of the speaker, also after a quotation's closing mark
    ['The rule is unfair, said Steve Harvey, 52.', '52', null],
    ['The rule is unfair," said Steve Harvey, 52.', '52', null],
  ])('%s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});

describe('"estimates", "forecasts", "reports" after a name are its verb before "that" or a stop', () => {
  it.each([
    // benchnews3-dev bn3-techhive-com-8cfa9d-06
    [
      "In the third quarter, Nokia forecasts that the division's operating margin will rise to between 3 percent and 11 percent.",
      '3 percent and 11 percent',
      'Nokia',
    ],
    // invented after benchnews-dev bn-latimes-com-4b8deb-13
    ['Mobile ad revenues will reach $1.5 billion in 2013, Gartner estimates.', '$1.5 billion', 'Gartner'],
    // invented: the plural noun the name modifies, followed by its verb
    ['In the third quarter, Nokia forecasts show margins between 3 percent and 11 percent.', '3 percent and 11 percent', null],
  ])('%s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});

describe('a count of who is told, right after "told" or "warned", is the writer\u2019s', () => {
  it.each([
    // benchnews3-dev bn3-reuters-com-7e26f2-03 (shortened)
    [
      '"I come to rescue the nation with you," Sam Rainsy, speaking through a microphone, told thousands of supporters lining the road.',
      'thousands of supporters',
      null,
    ],
    // othernews-dev on-brown-ca27-21 (shortened)
    [
      'However, Peterson, president of Bell & Howell, warned 800 U.S. marketing leaders attending a national conference.',
      '800 U.S. marketing leaders',
      null,
    ],
    // invented: the count stands in what is told, after the one told
    ['Sam Rainsy told reporters that 30,000 people had come.', '30,000 people', 'Sam Rainsy'],
  ])('%s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});
