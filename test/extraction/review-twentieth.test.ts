// review20: refactors that keep the output, and a reading of speakers20 that no test held; each test fails without it.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

const QUOTATION = '\n\n"So this is 100,000 years older than the previous tumor that has been found."';

describe('a paragraph of a name, a verb of saying and a colon leads into the quotation after it (speakers20)', () => {
  it.each([
    // after benchnews-dev bn-medicalnewstoday-com-72ecfb-16 and -17 ("Frayer concluded:")
    [`David Frayer concluded:${QUOTATION}`, 'David Frayer'],
    [`It was a find. David Frayer explained:${QUOTATION}`, 'David Frayer'],
    // invented: the colon's clause names no one
    [`The paper concluded:${QUOTATION}`, null],
  ])('%s', (text, speaker) => {
    expect(about(text, '100,000 years').speaker).toBe(speaker);
  });
});
