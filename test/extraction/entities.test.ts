import { describe, expect, it } from 'vitest';
import { findEntities, scanCountryMentions } from '../../shared/extraction/entities.js';

/** The countries text[start, end) names, in one scan. */
function countryMentions(text: string, start: number, end: number): { country: string; start: number }[] {
  const mentions: { country: string; start: number }[] = [];
  scanCountryMentions(text, start, end, mentions);
  return mentions;
}

describe('scanCountryMentions in one scan', () => {
  it('skips forms glued to a letter, digit or full stop, and reads on from the next character', () => {
    const text = 'xUS Congress voted. The 3.France deal and Mr.Japan, AFrance, São Paulo met Canada.';
    // "US Congress" is glued to the "x"; "Congress" inside it still counts.
    expect(countryMentions(text, 0, text.length)).toEqual([
      { country: 'United States', start: 4 },
      { country: 'Canada', start: 75 },
    ]);
  });
});

describe('scanCountryMentions', () => {
  it('resumed at each stop, finds what one scan to the last stop finds, a form that crosses a stop included', () => {
    const text = 'The United States and Canada met. France, then the United Kingdom; Germany and Japan last.';
    const whole = countryMentions(text, 0, text.length);
    // Stops inside "United States" and "United Kingdom": the form that starts before a stop is read whole, once.
    for (const stops of [[10, 40, 55, text.length], [5, 6, 7, 60, 61, text.length], [text.length]]) {
      const mentions: { country: string; start: number }[] = [];
      let resumeAt = 0;
      for (const stop of stops) resumeAt = scanCountryMentions(text, resumeAt, stop, mentions);
      expect(mentions).toEqual(whole);
    }
    expect(whole.map((mention) => mention.country)).toEqual(['United States', 'Canada', 'France', 'United Kingdom', 'Germany', 'Japan']);
  });
});

describe('findEntities', () => {
  const text = 'Industrial Equity (Pacific) Ltd said it sold shares. Acme Widgets (Holdings) Ltd rose.';

  it('reads a company with a bracketed word within the range', () => {
    expect(findEntities(text, 0, 52)).toEqual([{ name: 'Industrial Equity (Pacific) Ltd', type: 'organisation', start: 0, end: 31 }]);
    expect(findEntities(text, 53, text.length)).toEqual([
      { name: 'Acme Widgets (Holdings) Ltd', type: 'organisation', start: 53, end: 80 },
    ]);
  });

  it('does not read a bracketed company past the end of the range', () => {
    expect(findEntities(text, 0, 30).map((entity) => entity.name)).toEqual(['Industrial Equity', 'Pacific']);
  });

  it('finds capitals after lower-case Latin letters only at word starts', () => {
    const names = findEntities('Officials in São Paulo met Émile Durand; éLan is no name.', 0, 57).map((entity) => entity.name);
    expect(names).toContain('Émile Durand');
    expect(names).not.toContain('Lan');
  });
});
