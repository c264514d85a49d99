// Issue 10's kind and time, eighth round: a cue or year after "and"/"but" plus a verb is of that new predicate, and a
// figure said again in another unit ("..., equal to 2.8% of GDP") keeps the kind of the one it restates.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { claimsFromQuantities, type Claim } from '../../shared/facts/claim.js';
import { buildSeries } from '../../shared/facts/series.js';
import { articleFromInput } from '../../shared/pipeline/ingest-article.js';

const PUBLISHED = '2025-10-01';

function about(text: string, mention: string) {
  const found = extractQuantities(text, { publishedAt: PUBLISHED }).find((quantity) => quantity.text === mention);
  if (!found) throw new Error(`no quantity "${mention}" in: ${text}`);
  return { kind: found.kind, time: found.time };
}

/** The conflicts /conflicts would show: the series rules over the claims of one article, grouped by subject and metric. */
function conflictsIn(text: string): string[] {
  const article = articleFromInput({ text, url: 'https://example.test/defence', publishedAt: PUBLISHED }, new Date(PUBLISHED));
  const groups = new Map<string, Claim[]>();
  for (const claim of claimsFromQuantities(article, extractQuantities(article.text, { publishedAt: PUBLISHED }))) {
    if (!claim.subject || !claim.metric) continue;
    const key = `${claim.subject}|${claim.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()].flatMap((claims) =>
    (buildSeries(claims)?.relations ?? []).filter((relation) => relation.type === 'conflicts').map((relation) => relation.reason),
  );
}

describe('a cue or year after "and"/"but" plus a verb is of that new predicate', () => {
  it('leaves the figure before "and expect" or "and will be out" actual (recentnews-dev, othernews-dev)', () => {
    expect(about('Authorities have already identified about 120 victims and expect to learn about more.', '120 victims').kind).toBe(
      'actual',
    );
    expect(
      about('You put a ring on each hand (a set costs $24.99 and will be out in the spring) and wave them your Apple device.', '$24.99')
        .kind,
    ).toBe('actual');
  });

  it('gives the figure before "and would go up to 21 millions by 1966" no deadline (othernews-dev, brown ca03)', () => {
    const text =
      'Officials estimated the combined programs would cost 5.1 million dollars the first year and would go up to 21 millions by 1966.';
    expect(about(text, '5.1 million dollars').time).toEqual({});
    expect(about(text, '21 millions').time).toEqual({ by: 1966 });
  });

  it('still lets a cue before the figure, and a year after a figure joined by "and" with no verb, reach it (made up)', () => {
    expect(about('Sales are expected to reach 300 units and will help the firm.', '300 units').kind).toBe('forecast');
    expect(about('Exports rose 5% and imports 6% in 2024.', '5%').time).toEqual({ year: 2024 });
    expect(about('Revenue was 3 million euros in 2024 and is expected to double by 2027.', '3 million euros')).toEqual({
      kind: 'actual',
      time: { year: 2024 },
    });
  });
});

describe('a figure said again in another unit keeps the kind of the one before it', () => {
  it('reads the share of a planned sum as the plan (issue 10) and of a spent sum as spent (made up)', () => {
    expect(about('Germany will spend €108.2 billion on defence next year, equal to 2.8% of GDP.', '2.8%')).toEqual({
      kind: 'target',
      time: { year: 2026 },
    });
    expect(about('Germany spent €90 billion on defence last year, equal to 2.1% of GDP.', '2.1%')).toEqual({
      kind: 'actual',
      time: { year: 2024 },
    });
  });
});

describe("issue 10's European defence examples", () => {
  const GERMANY =
    'Germany will spend €108.2 billion on defence next year, equal to 2.8% of GDP and will reach 3.5 per cent of GDP by 2029.';

  it('dates Poland\'s 4.8% "in 2026" as its plan', () => {
    expect(about('Poland will spend 4.8% of GDP on defence in 2026.', '4.8%')).toEqual({ kind: 'target', time: { year: 2026 } });
  });

  it('keeps "by 2029" and the later plan off the 2.8% before "and will reach"', () => {
    expect(about(GERMANY, '€108.2 billion')).toEqual({ kind: 'target', time: { year: 2026 } });
    expect(about(GERMANY, '2.8%')).toEqual({ kind: 'target', time: { year: 2026 } });
    expect(about(GERMANY, '3.5 per cent')).toEqual({ kind: 'target', time: { by: 2029 } });
  });

  it('gives NATO\'s 5% and its "of which" 3.5% the same deadline', () => {
    const text = 'NATO allies agreed in June to spend 5% of GDP on defence by 2035, of which 3.5% on core military needs.';
    expect(about(text, '5%')).toEqual({ kind: 'target', time: { by: 2035 } });
    expect(about(text, '3.5%')).toEqual({ kind: 'target', time: { by: 2035 } });
  });

  it("reads Canada's 1.4% of 2024 as spent", () => {
    const text = "Canada's defence budget was 1.3% of GDP in 2023. Ottawa spent 1.4% of GDP in 2024, according to NATO estimates.";
    expect(about(text, '1.4%')).toEqual({ kind: 'actual', time: { year: 2024 } });
  });

  it('opens no conflict between the 2.8% of next year and the 3.5% by 2029', () => {
    expect(conflictsIn(`European governments are raising their defence budgets. ${GERMANY}`)).toEqual([]);
  });
});
