// Subjects and series: GET /subjects, GET /subjects/{subject}/metrics/{metric} (JSON, or CSV with
// ?format=csv or a .csv suffix).
import * as z from 'zod/mini';
import { NotFoundError, ValidationError } from '../../errors.js';
import { slugify } from '../../facts/slug.js';
import { SERIES_CSV_HEADER, seriesCsvRows } from '../../facts/series-csv.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, defineRoute, documented, openapi, problemResponses } from '../router.js';
import { nameAsSlug, pageOf, pageQuery, SeriesSchema, SubjectSchema } from './fact-schemas.js';

/** A CSV export walks the whole series, up to this many appearances. */
const CSV_MAX_ROWS = 50_000;
const CSV_PAGE = 500;

const listSubjects = defineRoute({
  method: 'get',
  path: '/subjects',
  summary: 'Subjects and the metrics tracked for each',
  request: { query: z.object(pageQuery(50, 200)) },
  responses: { 200: { description: 'One page of subjects', content: { 'application/json': { schema: pageOf(SubjectSchema, 'SubjectPage') } } }, ...problemResponses(400) },
});

const getSeries = defineRoute({
  method: 'get',
  path: '/subjects/{subject}/metrics/{metric}',
  summary: 'A series: the facts about a subject and metric, with appearances, ordered by the time they refer to, kinds apart',
  description: 'Add `?format=csv` (or end the path in `.csv`) for the whole series as CSV, one row per appearance.',
  request: {
    params: z.object({ subject: nameAsSlug('canada'), metric: documented(z.string().check(z.minLength(1), z.maxLength(205)), { example: 'defence-spending-share-of-gdp' }) }),
    query: z.object({ format: z._default(z.enum(['json', 'csv']), 'json'), ...pageQuery(100, 500) }),
  },
  responses: {
    200: {
      description: 'The series (one page of its appearances; follow cursor for more)',
      content: { 'application/json': { schema: SeriesSchema }, 'text/csv': { schema: z.string() } },
    },
    ...problemResponses(400, 404),
  },
});

export const SUBJECT_ROUTES = [listSubjects, getSeries];

export function subjectRoutes(deps: { store: FactStore }) {
  const router = createRouter();
  openapi(router, listSubjects, async (c, { query }) => c.json(await deps.store.listSubjects(query), 200));
  openapi(router, getSeries, async (c, { param, query }) => {
    const { subject, metric: metricParam } = param;
    const { format, limit, cursor } = query;
    const asCsv = format === 'csv' || metricParam.endsWith('.csv');
    const metric = slugify(metricParam.replace(/\.csv$/, ''));
    if (!metric) throw new ValidationError('path metric: must contain letters or digits', 'metric');
    if (asCsv) {
      const rows = await seriesCsv(deps.store, subject, metric);
      return c.body([SERIES_CSV_HEADER.join(','), ...rows, ''].join('\r\n'), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${subject}--${metric}.csv"`,
      });
    }
    const page = await deps.store.getSeries(subject, metric, { limit, cursor });
    if (!page.series) {
      if (cursor) return c.json({ subject, subjectSlug: subject, metric, metricSlug: metric, metricLabel: null, kinds: [], relations: [] }, 200);
      throw new NotFoundError('series', `${subject}/${metric}`);
    }
    return c.json({ ...page.series, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });
  return router;
}

async function seriesCsv(store: FactStore, subject: string, metric: string): Promise<string[]> {
  const rows: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.getSeries(subject, metric, { limit: CSV_PAGE, ...(cursor ? { cursor } : {}) });
    if (page.series) rows.push(...seriesCsvRows(page.series));
    cursor = page.cursor;
  } while (cursor && rows.length < CSV_MAX_ROWS);
  if (!rows.length) throw new NotFoundError('series', `${subject}/${metric}`);
  return rows;
}
