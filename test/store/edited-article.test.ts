// An edited article (same URL, other text) replaces its text and, after re-extraction, its claims.
import { describe, expect, it } from 'vitest';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable } from '../support/dynamodb.js';

describe('an edited article', () => {
  it('keeps its id, replaces its text, and its claims and series follow the new text', async () => {
    const factline = wireFactlineInProcess(await createTestTable());
    const url = 'https://news.example.com/budget?utm_source=rss';
    const first = await factline.ingest({
      url,
      publishedAt: '2025-03-01',
      source: 'Example',
      text: 'Canada will spend 2 per cent of GDP on defence this year, the finance minister said.',
    });
    await factline.queue.drained();
    const edited = await factline.ingest({
      url: 'https://news.example.com/budget',
      publishedAt: '2025-03-01',
      source: 'Example',
      text: 'Canada will spend 2.5 per cent of GDP on defence this year, the finance minister said in a correction.',
    });
    expect(edited).toEqual({ id: first.id, created: false, revised: true });
    await factline.queue.drained();

    const article = await factline.store.getArticle(first.id);
    expect(article?.text).toContain('2.5 per cent');
    const claims = (await factline.store.getArticleClaims(first.id)) ?? [];
    expect(claims.map((claim) => claim.value)).toEqual([2.5]);
    const listed = await factline.store.listClaims({ subject: 'canada' }, { limit: 50 });
    expect(listed.items.map((claim) => claim.value)).toEqual([2.5]);

    const again = await factline.ingest({
      url,
      publishedAt: '2025-03-01',
      source: 'Example',
      text: 'Canada will spend 2.5 per cent of GDP on defence this year, the finance minister said in a correction.',
    });
    expect(again).toEqual({ id: first.id, created: false, revised: false });
  });
});
