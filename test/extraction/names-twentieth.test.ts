// Names the entity reader missed, twentieth round (issue 10): a name whose first capitals run together ("EMarketer",
// "JPMorgan", "UMass") is a name, also opening a sentence, and not cut to its later words ("JPMorgan Chase" read as
// "Chase"); a name with an apostrophe after its first capital ("O'Brien", "D'Emic") is read, not cut off. Each test quotes a development sentence and keeps a made-up counter-example that must read as before.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../shared/extraction/entities.js';
import { extractQuantities, type Quantity } from '../../shared/extraction/index.js';

function about(text: string, mention: string): Quantity {
  const found = extractQuantities(text, { publishedAt: '2013-06-06' }).find((quantity) => quantity.text === mention);
  if (!found) throw new Error(`"${mention}" not extracted from: ${text}`);
  return found;
}

function namesIn(text: string): string[] {
  return findEntities(text, 0, text.length).map((entity) => entity.name);
}

describe('names whose first capitals run together', () => {
  it('are read whole, and say what they estimate', () => {
    // benchnews-dev: the research firm opens the clause after the figure's and says it.
    const emarketer =
      'Facebook will grow advertising revenues 31% to $5.6 billion this year, according to estimates from research firm EMarketer. It had nearly $4.3 billion in advertising revenue in 2012. Mobile ad revenues will reach $1.5 billion in 2013, EMarketer estimates, up from $470 million last year.';
    expect(about(emarketer, '$1.5 billion').speaker).toBe('EMarketer');
    // othernews-dev, benchnews3-dev: the bank's name is not cut to its second word.
    expect(namesIn('In 1900 he persuaded JPMorgan to invest $150,000 in another company.')).toEqual(['JPMorgan']);
    expect(namesIn('Demand is weak, and JPMorgan Chase now expects shipments to fall.')).toEqual(['JPMorgan Chase']);
    // Made up: opening a sentence, where an ordinary word would need to be written capitalized elsewhere.
    expect(namesIn('UMass raised tuition by 5 percent.')).toEqual(['UMass']);
  });

  it('leave plural acronyms and verbs made of capitals out', () => {
    // Made up: one lower-case letter after the capitals, or a verb's ending.
    expect(namesIn('The CEOs and MPs met; the board OKed the plan.')).toEqual([]);
    expect(namesIn('CEOs say wages rose 3 percent.')).toEqual([]);
  });
});

describe('names with an apostrophe after their first capital', () => {
  it('are read, and not cut from the given name before them', () => {
    // recentnews-dev: the airport's name keeps its second word.
    expect(namesIn("Hundreds of workers are striking at Chicago O'Hare International Airport on Tuesday.")).toEqual([
      "Chicago O'Hare International Airport",
    ]);
    // Made up: a surname alone saying, and after a given name (with a typographic apostrophe).
    expect(namesIn("O'Brien said 5 people came.")).toEqual(["O'Brien"]);
    expect(namesIn('He met Sean O\u2019Neill on Monday.')).toEqual(['Sean O\u2019Neill']);
  });

  it('leave contractions out', () => {
    // Made up: a capital, an apostrophe and a lower-case ending is a contraction, not a name.
    expect(namesIn("I'd say I'll go, and I'm sure.")).toEqual([]);
  });
});
