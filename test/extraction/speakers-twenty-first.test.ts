// Twenty-first round of speakers (issue 10): "It said" or "The company said" when the text has shown no company
// speaking, read as the organisation that last opened a sentence as its subject, in its paragraph or the one before.
// A development sentence and made-up counter-examples of the same shape that keep the old reading (no speaker).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The quantity whose text is `mention`. */
function quantityOf(text: string, mention: string) {
  return extractQuantities(text).find((quantity) => quantity.text === mention);
}

/** othernews-dev on-reuters-502-03 and -04 (shortened): the institute opens the paragraph before, set off by an apposition. */
const ASPEN =
  'The Aspen Institute for Humanistic Studies, a private group, also called for new research for oil exploration.\n\nIt predicted prices would remain at about 15-18 dlrs a barrel for several years.';

describe('"It said" with no company shown speaking: the organisation that last opened a sentence', () => {
  it.each([
    [ASPEN, '15-18 dlrs a barrel', 'Aspen Institute for Humanistic Studies'],
    // invented: the same organisation opening the sentence before, with no apposition
    [
      'The Aspen Institute for Humanistic Studies called for new research. It predicted prices would remain at about 15-18 dlrs a barrel.',
      '15-18 dlrs a barrel',
      'Aspen Institute for Humanistic Studies',
    ],
    // invented: the organisation only stands inside the sentence before, not as its subject
    [
      'New research was called for by the Aspen Institute for Humanistic Studies. It predicted prices would remain at about 15-18 dlrs a barrel.',
      '15-18 dlrs a barrel',
      null,
    ],
    // invented: the organisation opened a paragraph two paragraphs back; the text has moved on since
    [
      'The Aspen Institute for Humanistic Studies, a private group, also called for new research.\n\nOil imports have risen for a decade.\n\nIt predicted prices would remain at about 15-18 dlrs a barrel.',
      '15-18 dlrs a barrel',
      null,
    ],
    // invented: a person opens the sentence before; "It" is no person
    [
      'Ms. Jane Porter called for new research on Tuesday. It predicted prices would remain at about 15-18 dlrs a barrel.',
      '15-18 dlrs a barrel',
      null,
    ],
  ])('%#: %s', (text, mention, speaker) => {
    expect(quantityOf(text, mention)?.speaker).toBe(speaker);
  });

  it('leaves the subject as it was: the speaker found this way is not read as the owner of the figure', () => {
    expect(quantityOf(ASPEN, '15-18 dlrs a barrel')?.subject).toBeNull();
  });
});
