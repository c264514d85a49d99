// Subjects and series: GET /subjects, GET /subjects/{subject}/metrics/{metric} (JSON, or CSV with
// ?format=csv or a .csv suffix).
import { NotFoundError, ValidationError } from '../../errors.js';
import { slugify } from '../../facts/slug.js';
import { SERIES_CSV_HEADER, seriesCsvRows } from '../../facts/series-csv.js';
import type { FactReads } from '../../store/port.js';
import { createRouter, mountRoute } from '../routing.js';
import { getSeries, listSubjects } from './read-checks.generated.js';

/**
 * One CSV answer must fit Lambda's 6 MB response and the api function's 10 s: it ends between store
 * pages once it nears either, and a `Link: <...>; rel="next"` header continues the export from there.
 */
export interface CsvLimits {
  /** Never crossed: a page that would cross it waits for the next answer. */
  maxBytes: number;
  /** Past this no further page is read. */
  targetBytes: number;
  timeBudgetMs: number;
  /** Appearances read per store page. */
  pageSize: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: 5_500_000, targetBytes: 4_000_000, timeBudgetMs: 5_000, pageSize: 500 };

export function subjectRoutes(deps: { store: FactReads; csvLimits?: CsvLimits }) {
  const router = createRouter();
  mountRoute(router, listSubjects, async (c, { query }) => c.json(await deps.store.listSubjects(query), 200));
  mountRoute(router, getSeries, async (c, { param, query }) => {
    const { subject, metric: metricParam } = param;
    const { format, limit, cursor } = query;
    const asCsv = format === 'csv' || metricParam.endsWith('.csv');
    const metric = slugify(metricParam.replace(/\.csv$/, ''));
    if (!metric) throw new ValidationError('path metric: must contain letters or digits', 'metric');
    if (asCsv) {
      const { body, next } = await seriesCsv(deps.store, subject, metric, cursor, deps.csvLimits ?? CSV_LIMITS);
      const nextUrl = new URL(c.req.url);
      nextUrl.searchParams.set('format', 'csv');
      if (next) nextUrl.searchParams.set('cursor', next);
      return c.body(body, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${subject}--${metric}.csv"`,
        ...(next ? { link: `<${c.get('basePath') ?? ''}${nextUrl.pathname}${nextUrl.search}>; rel="next"` } : {}),
      });
    }
    const page = await deps.store.getSeries(subject, metric, { limit, cursor });
    if (!page.series) {
      if (cursor)
        return c.json({ subject, subjectSlug: subject, metric, metricSlug: metric, metricLabel: null, kinds: [], relations: [] }, 200);
      throw new NotFoundError('series', `${subject}/${metric}`);
    }
    return c.json({ ...page.series, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });
  return router;
}

/** One answer of the export from `cursor` on, and the cursor to continue from when it had to stop. */
async function seriesCsv(store: FactReads, subject: string, metric: string, from: string | undefined, limits: CsvLimits) {
  const started = performance.now();
  const lines = [SERIES_CSV_HEADER.join(',')];
  let bytes = Buffer.byteLength(lines[0]!) + 2;
  let rows = 0;
  let cursor = from;
  do {
    const page = await store.getSeries(subject, metric, { limit: limits.pageSize, ...(cursor ? { cursor } : {}) });
    const pageRows = page.series ? seriesCsvRows(page.series) : [];
    const pageBytes = pageRows.reduce((sum, row) => sum + Buffer.byteLength(row) + 2, 0);
    if (rows > 0 && bytes + pageBytes > limits.maxBytes) break;
    lines.push(...pageRows);
    rows += pageRows.length;
    bytes += pageBytes;
    cursor = page.cursor;
  } while (cursor && bytes < limits.targetBytes && performance.now() - started < limits.timeBudgetMs);
  if (!rows && !from) throw new NotFoundError('series', `${subject}/${metric}`);
  return { body: [...lines, ''].join('\r\n'), next: cursor };
}
