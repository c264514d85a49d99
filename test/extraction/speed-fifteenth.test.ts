// Speed, fifteenth round: per-sentence work that every number of the sentence asked for again is read once per
// sentence (docs/extraction.md, 2026-12-06). Outputs are unchanged; these pin what the cached reading must keep.
import { describe, expect, it } from 'vitest';
import { inTitleCase, readSentence } from '../../shared/extraction/context.js';
import { sentenceAround } from '../../shared/extraction/sentences.js';

/** Whether the number written as `figure` stands in a title-case headline of its sentence, asked of one shared reading. */
function titleCaseAsker(text: string) {
  const context = readSentence(text, sentenceAround(text, 0), null);
  return (figure: string) => {
    const start = text.indexOf(figure);
    return inTitleCase(text, context, start, start + figure.length);
  };
}

describe('inTitleCase on a sentence read once', () => {
  // benchnews-dev's quoted headline, then (made up) the writer's own prose in the same sentence.
  const headlines = '"Shark Bites 15-Year-Old French Girl in Half;" the story says 40 sharks were seen near the shore.';

  it('tells a headline number from a prose number of the same sentence, whichever is asked first', () => {
    const headlineFirst = titleCaseAsker(headlines);
    expect(headlineFirst('15-Year')).toBe(true);
    expect(headlineFirst('40 sharks')).toBe(false);
    const proseFirst = titleCaseAsker(headlines);
    expect(proseFirst('40 sharks')).toBe(false);
    expect(proseFirst('15-Year')).toBe(true);
  });

  it('needs three long capitalised words and no long word in lower case', () => {
    // Made up: two long capitalised words are no title; one long word in lower case, wherever it stands, is none.
    expect(titleCaseAsker('Great Shark Bites 15 Swimmers')('15')).toBe(true);
    expect(titleCaseAsker('Shark Bites 15')('15')).toBe(false);
    expect(titleCaseAsker('Shark Bites 15 Swimmers Near their Boat')('15')).toBe(false);
    expect(titleCaseAsker('Shark bites 15 Swimmers Near The Boat')('15')).toBe(false);
  });
});
