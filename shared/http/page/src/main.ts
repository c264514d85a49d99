// The page: one view per address (#/..., so Back, Forward and shared links work), drawn from the API.
import {
  ApiError,
  apiUrl,
  getAll,
  getJson,
  getSeries,
  getSubjects,
  type ArticleWithClaims,
  type Conflict,
  type Fact,
  type FactSummary,
  type FactWithRelations,
} from './api.js';
import { MAX_SEARCH_WORDS } from '../../../facts/search-words.js';
import { slugify } from '../../../facts/slug.js';
import { h, viewLink } from './dom.js';
import {
  describeConflict,
  formatDate,
  formatPeriod,
  formatValueOf,
  KIND_LABEL,
  metricNoun,
  unitLabel,
  type ConflictSide,
} from './format.js';
import { conflictTag, correctionsView, factCard, factHeading, kindTag, quoteView } from './parts.js';

const view = document.querySelector<HTMLElement>('#view')!;
const searchForm = document.querySelector<HTMLFormElement>('#search')!;
const searchInput = searchForm.querySelector<HTMLInputElement>('input[name=q]')!;

interface Route {
  path: string[];
  query: URLSearchParams;
}

/** A part of the address as written; a link with a broken %-escape names nothing, and says so instead of failing. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const queryAt = hash.indexOf('?');
  const path = queryAt < 0 ? hash : hash.slice(0, queryAt);
  return {
    path: path.split('/').filter(Boolean).map(decodePart),
    query: new URLSearchParams(queryAt < 0 ? '' : hash.slice(queryAt + 1)),
  };
}

/** Each render gets a number; a slower, older one never overwrites a newer view. */
let renderCount = 0;

async function render(moveFocus: boolean): Promise<void> {
  const token = ++renderCount;
  const { path, query } = currentRoute();
  const isCurrent = () => token === renderCount;
  searchInput.value = path[0] === 'search' ? (query.get('q') ?? '') : searchInput.value;
  view.setAttribute('aria-busy', 'true');
  try {
    const content = await viewFor(path, query);
    if (!isCurrent()) return;
    view.replaceChildren(...content);
  } catch (error) {
    if (!isCurrent()) return;
    view.replaceChildren(...problemView(error, path[0]));
  }
  view.removeAttribute('aria-busy');
  const heading = view.querySelector('h1');
  document.title = heading ? `${heading.textContent} · factline` : 'factline';
  if (moveFocus) {
    heading?.setAttribute('tabindex', '-1');
    (heading ?? view).focus({ preventScroll: false });
    if (!path.includes('article')) window.scrollTo(0, 0);
  }
}

/** What each view shows; a link to one that factline does not hold is answered in these words. */
const WHAT_A_VIEW_SHOWS: Record<string, string> = {
  series: 'a series',
  fact: 'a fact',
  conflict: 'a disagreement between two facts',
  article: 'an article',
};

/**
 * A view that could not be drawn, said for a reader, never in the API's words: a link the API refuses or
 * finds nothing at (400, 404) is a link that leads nowhere; anything else is factline failing, for now.
 */
function problemView(error: unknown, viewName: string | undefined): Node[] {
  const home = h('p', {}, 'Start again from ', viewLink('', 'all subjects'), ', or search for a figure above.');
  if (error instanceof ApiError && (error.status === 400 || error.status === 404)) {
    const what = viewName && Object.hasOwn(WHAT_A_VIEW_SHOWS, viewName) ? WHAT_A_VIEW_SHOWS[viewName] : null;
    return [
      h('h1', {}, 'Nothing at this address'),
      h(
        'p',
        { class: 'error' },
        what ? `This link should lead to ${what}, but factline holds none at it.` : 'This link does not lead to anything factline shows.',
      ),
      h(
        'p',
        {},
        'It may have been mistyped or cut short when it was copied, or what it pointed to has changed since: ' +
          'a corrected article can replace its figures.',
      ),
      home,
    ];
  }
  return [
    h('h1', {}, 'Not available'),
    h('p', { class: 'error' }, 'factline could not load this view just now. Try again in a moment.'),
    home,
  ];
}

function viewFor(path: string[], query: URLSearchParams): Promise<Node[]> {
  const [name, ...rest] = path;
  switch (name) {
    case undefined:
      return homeView();
    case 'series':
      return seriesView(rest[0] ?? '', rest[1] ?? '', query.get('x') === 'published' ? 'published' : 'period');
    case 'fact':
      return factView(rest[0] ?? '');
    case 'conflict':
      return conflictView(rest[0] ?? '', rest[1] ?? '');
    case 'article':
      return articleView(rest[0] ?? '', rest[1]);
    case 'search':
      return searchView(query.get('q') ?? '');
    default:
      throw new ApiError('no such view', 404);
  }
}

// ----- home: subjects and open conflicts ------------------------------------------------------

async function homeView(): Promise<Node[]> {
  const [subjects, conflicts] = await Promise.all([getSubjects(), getAll<Conflict>('/conflicts?limit=100')]);
  return [
    h('h1', {}, 'Numbers in the news'),
    h(
      'p',
      { class: 'lead' },
      'Every figure below was taken from a news article, with the sentence it stands in. ' +
        'Pick a series to see how it moved, or where sources disagree.',
    ),
    h(
      'section',
      { 'aria-labelledby': 'conflicts-heading' },
      h('h2', { id: 'conflicts-heading' }, 'Where sources disagree'),
      conflicts.items.length
        ? h(
            'ul',
            { class: 'conflict-list' },
            ...conflicts.items.map((conflict) =>
              h('li', {}, viewLink(`conflict/${conflict.from}/${conflict.to}`, conflictSentence(conflict))),
            ),
          )
        : h('p', { class: 'muted' }, 'No open conflicts.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'subjects-heading' },
      h('h2', { id: 'subjects-heading' }, 'Subjects'),
      subjects.length
        ? h(
            'ul',
            { class: 'subjects' },
            ...subjects.map((subject) =>
              h(
                'li',
                {},
                h('h3', {}, subject.subject),
                h(
                  'ul',
                  { class: 'metrics' },
                  ...subject.metrics.map((metric) =>
                    h('li', {}, viewLink(`series/${subject.slug}/${metric.slug}`, metric.label ?? metric.metric)),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No facts yet: ingest an article (POST /articles).'),
    ),
  ];
}

function conflictSentence(conflict: Conflict): string {
  const side = (fact: Conflict['facts'][number]): ConflictSide => ({
    ...fact,
    sources: fact.sources.map((source) => source.source ?? source.url ?? 'unknown'),
  });
  return describeConflict(side(conflict.facts[0]), side(conflict.facts[1]));
}

function sideOf(fact: Fact): ConflictSide {
  return { ...fact, sources: fact.appearances.map((appearance) => appearance.source ?? appearance.url ?? appearance.articleId) };
}

// ----- a series: chart, conflicts, facts by kind ------------------------------------------------

async function seriesView(subjectSlug: string, metricSlug: string, axis: 'period' | 'published'): Promise<Node[]> {
  const [series, chart, watches] = await Promise.all([
    getSeries(subjectSlug, metricSlug),
    import('./chart.js'),
    import('./watch-panel.js'),
  ]);
  const facts = series.kinds.flatMap((group) => group.facts);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const conflicts = series.relations.filter(
    (relation) => relation.type === 'conflicts' && byId.has(relation.from) && byId.has(relation.to),
  );
  const supersedes = series.relations.filter(
    (relation) => relation.type === 'supersedes' && byId.has(relation.from) && byId.has(relation.to),
  );
  const conflicted = new Set(conflicts.flatMap((relation) => [relation.from, relation.to]));
  const title = `${series.subject}: ${series.metricLabel ?? series.metric}`;
  const sources = new Set(facts.flatMap((fact) => fact.appearances.map((appearance) => appearance.articleId)));
  const base = `series/${subjectSlug}/${metricSlug}`;
  const unit = facts[0] ? unitLabel(facts[0]) : '';
  const yLabel = [metricNoun(series.metricLabel, series.metric), unit ? `(${unit})` : ''].join(' ').trim();
  const hidden = chart.unplaced(facts, axis);
  const csvPath = apiUrl(`/subjects/${encodeURIComponent(subjectSlug)}/metrics/${encodeURIComponent(metricSlug)}?format=csv`);
  return [
    h('p', { class: 'crumbs' }, viewLink('', 'All subjects'), ' › ', series.subject),
    h('h1', {}, title),
    h(
      'p',
      { class: 'lead' },
      `${facts.length} ${facts.length === 1 ? 'fact' : 'facts'} from ${sources.size} ${sources.size === 1 ? 'article' : 'articles'}` +
        (conflicts.length ? `; sources disagree on ${conflicts.length} ${conflicts.length === 1 ? 'figure' : 'figures'}` : '') +
        '.',
    ),
    h(
      'figure',
      { class: 'series-chart' },
      h(
        'nav',
        { class: 'axis-switch', 'aria-label': 'Time axis' },
        viewLink(base, 'By the year it is about', axis === 'period' ? { 'aria-current': 'page' } : {}),
        viewLink(`${base}?x=published`, 'By publication date', axis === 'published' ? { 'aria-current': 'page' } : {}),
      ),
      chart.seriesChart(facts, conflicted, axis, yLabel),
      h(
        'figcaption',
        { class: 'legend' },
        ...series.kinds.map((group) =>
          h(
            'span',
            { class: `legend-item kind-${group.kind}` },
            h('span', { class: 'glyph', 'aria-hidden': 'true' }, chart.KIND_STYLE[group.kind].glyph),
            ` ${KIND_LABEL[group.kind]}`,
          ),
        ),
        conflicts.length
          ? h(
              'span',
              { class: 'legend-item conflict' },
              h('span', { class: 'glyph', 'aria-hidden': 'true' }, '◯'),
              ' ringed: sources disagree',
            )
          : null,
        facts.some((fact) => fact.superseded?.length)
          ? h(
              'span',
              { class: 'legend-item corrected' },
              h('span', { class: 'glyph', 'aria-hidden': 'true' }, '×'),
              ' corrected earlier value',
            )
          : null,
        hidden.length
          ? h(
              'span',
              { class: 'legend-item' },
              `Not placed on this axis (no ${axis === 'period' ? 'year' : 'publication date'}): ` +
                hidden.map((fact) => formatValueOf(fact)).join(', '),
            )
          : null,
      ),
    ),
    conflicts.length
      ? h(
          'section',
          { 'aria-labelledby': 'series-conflicts' },
          h('h2', { id: 'series-conflicts' }, 'Where sources disagree'),
          h(
            'ul',
            { class: 'conflict-list' },
            ...conflicts.map((relation) =>
              h(
                'li',
                {},
                viewLink(
                  `conflict/${relation.from}/${relation.to}`,
                  describeConflict(sideOf(byId.get(relation.from)!), sideOf(byId.get(relation.to)!)),
                ),
              ),
            ),
          ),
        )
      : null,
    supersedes.length
      ? h(
          'section',
          { 'aria-labelledby': 'series-changes' },
          h('h2', { id: 'series-changes' }, 'How the figure changed'),
          h(
            'ul',
            {},
            ...supersedes.map((relation) => {
              const newer = byId.get(relation.from)!;
              const older = byId.get(relation.to)!;
              return h(
                'li',
                {},
                `The ${newer.kind} of ${formatValueOf(newer)} ${formatPeriod(newer)} (said from ${formatDate(firstSaidOf(newer))}) ` +
                  `replaced ${formatValueOf(older)} ${formatPeriod(older)} (last said ${formatDate(lastSaidOf(older))}).`,
              );
            }),
          ),
        )
      : null,
    ...series.kinds.map((group) =>
      h(
        'section',
        { class: 'kind-group', 'aria-label': `${KIND_LABEL[group.kind]} figures` },
        h('h2', {}, `${KIND_LABEL[group.kind]} figures`),
        ...group.facts.map((fact) => factCard(fact, conflicted.has(fact.id))),
      ),
    ),
    h('p', {}, h('a', { href: csvPath, download: '' }, 'Download this series as CSV'), ' (one row per appearance)'),
    watches.watchPanel(subjectSlug, metricSlug, title),
  ].filter((node): node is HTMLElement => node !== null);
}

function publishedDates(fact: Fact): string[] {
  return fact.appearances
    .map((appearance) => appearance.publishedAt)
    .filter((date): date is string => !!date)
    .sort();
}
const firstSaidOf = (fact: Fact) => publishedDates(fact)[0] ?? null;
const lastSaidOf = (fact: Fact) => publishedDates(fact).at(-1) ?? null;

// ----- one fact, one conflict ------------------------------------------------------------------

async function factView(id: string): Promise<Node[]> {
  const fact = await getJson<FactWithRelations>(`/facts/${encodeURIComponent(id)}`);
  const conflicts = fact.relations.filter((relation) => relation.type === 'conflicts');
  return [
    h(
      'p',
      { class: 'crumbs' },
      viewLink('', 'All subjects'),
      ' › ',
      viewLink(`series/${fact.subjectSlug}/${fact.metricSlug}`, `${fact.subject}: ${fact.metricLabel ?? fact.metric}`),
    ),
    h('h1', {}, `${fact.subject}: ${formatValueOf(fact)} ${formatPeriod(fact)}`),
    h(
      'p',
      { class: 'lead' },
      kindTag(fact.kind),
      ` ${metricNoun(fact.metricLabel, fact.metric)}, said ${fact.appearances.length} ${fact.appearances.length === 1 ? 'time' : 'times'}.`,
      conflicts.length ? ' ' : '',
      conflicts.length ? conflictTag() : '',
    ),
    ...conflicts.map((relation) =>
      h('p', {}, viewLink(`conflict/${relation.from}/${relation.to}`, 'Compare with the source that gives another figure')),
    ),
    correctionsView(fact),
    h('h2', {}, 'Where it was said'),
    ...fact.appearances.map(quoteView),
  ].filter((node): node is HTMLElement => node !== null);
}

async function conflictView(fromId: string, toId: string): Promise<Node[]> {
  const [a, b] = await Promise.all([fromId, toId].map((id) => getJson<FactWithRelations>(`/facts/${encodeURIComponent(id)}`)));
  const side = (fact: Fact) =>
    h(
      'section',
      { class: 'side', 'aria-label': `${formatValueOf(fact)} ${formatPeriod(fact)}` },
      factHeading(fact, 'h2', true, false),
      correctionsView(fact),
      ...fact.appearances.map(quoteView),
    );
  return [
    h(
      'p',
      { class: 'crumbs' },
      viewLink('', 'All subjects'),
      ' › ',
      viewLink(`series/${a!.subjectSlug}/${a!.metricSlug}`, `${a!.subject}: ${a!.metricLabel ?? a!.metric}`),
    ),
    h('h1', {}, 'Sources disagree'),
    h('p', { class: 'lead conflict-sentence' }, describeConflict(sideOf(a!), sideOf(b!))),
    h('div', { class: 'side-by-side' }, side(a!), side(b!)),
  ];
}

// ----- an article, the sentence highlighted ----------------------------------------------------

async function articleView(id: string, claimId: string | undefined): Promise<Node[]> {
  const article = await getJson<ArticleWithClaims>(`/articles/${encodeURIComponent(id)}`);
  const claim = article.claims.find((candidate) => candidate.id === claimId);
  const paragraphs: HTMLElement[] = [];
  let offset = 0;
  for (const text of article.text.split('\n')) {
    const start = offset;
    const end = start + text.length;
    offset = end + 1;
    if (!text.trim()) continue;
    if (claim && claim.sentence.start < end && claim.sentence.end > start) {
      const sentenceStart = Math.max(start, claim.sentence.start) - start;
      const sentenceEnd = Math.min(end, claim.sentence.end) - start;
      const mentionStart = claim.start - start;
      const mentionEnd = claim.end - start;
      const sentence = text.slice(sentenceStart, sentenceEnd);
      const inner =
        mentionStart >= sentenceStart && mentionEnd <= sentenceEnd
          ? [
              text.slice(sentenceStart, mentionStart),
              h('strong', {}, text.slice(mentionStart, mentionEnd)),
              text.slice(mentionEnd, sentenceEnd),
            ]
          : [sentence];
      paragraphs.push(h('p', {}, text.slice(0, sentenceStart), h('mark', { id: 'highlight' }, ...inner), text.slice(sentenceEnd)));
    } else {
      paragraphs.push(h('p', {}, text));
    }
  }
  const meta = [article.source ?? 'Unnamed source', formatDate(article.publishedAt)].join(' · ');
  const nodes: Node[] = [
    h(
      'p',
      { class: 'crumbs' },
      viewLink('', 'All subjects'),
      claim?.subject && claim.metric ? ' › ' : '',
      claim?.subject && claim.metric
        ? viewLink(`series/${slugify(claim.subject)}/${slugify(claim.metric)}`, `${claim.subject}: ${claim.metricLabel ?? claim.metric}`)
        : '',
    ),
    h('h1', {}, article.title ?? `Article from ${article.source ?? 'an unnamed source'}, ${formatDate(article.publishedAt)}`),
    h(
      'p',
      { class: 'lead' },
      meta,
      article.url ? ' · ' : '',
      article.url
        ? h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original article')
        : ' · no link to the original: the text as factline received it',
    ),
  ];
  if (claim)
    nodes.push(
      h(
        'p',
        { class: 'note' },
        `The highlighted sentence gives ${formatValueOf(claim)} ${formatPeriod(claim)} ` +
          `(${KIND_LABEL[claim.kind].toLowerCase()}${claim.speaker ? `, said by ${claim.speaker}` : ''}).`,
      ),
    );
  nodes.push(h('div', { class: 'article-text' }, ...paragraphs));
  if (claim) requestAnimationFrame(() => document.getElementById('highlight')?.scrollIntoView({ block: 'center' }));
  return nodes;
}

// ----- search --------------------------------------------------------------------------------

async function searchView(q: string): Promise<Node[]> {
  if (!q.trim()) return [h('h1', {}, 'Search'), h('p', {}, 'Type words from a subject, a metric or a speaker’s name.')];
  // The API takes five words at most: the rest are left out, and the reader is told so below.
  const words = q.trim().split(/\s+/);
  const searched = words.slice(0, MAX_SEARCH_WORDS).join(' ');
  const { items, complete } = await getAll<FactSummary>(`/facts?q=${encodeURIComponent(searched)}&limit=100`);
  const list = h('ol', { class: 'results' }, ...items.map(resultView));
  void fillQuotes(items, list);
  return [
    h('h1', {}, `Search: ${q}`),
    h(
      'p',
      { class: 'lead' },
      `${items.length} ${items.length === 1 ? 'fact matches' : 'facts match'}` +
        `${words.length > MAX_SEARCH_WORDS ? ` the first ${MAX_SEARCH_WORDS} words, “${searched}”` : ''}` +
        `${complete ? '' : ' (the first ones; narrow the search for the rest)'}.`,
    ),
    items.length ? list : h('p', { class: 'muted' }, 'Nothing matches. Try fewer or other words.'),
  ];
}

function resultView(fact: FactSummary): HTMLElement {
  return h(
    'li',
    { class: 'result', 'data-fact': fact.id },
    h(
      'p',
      { class: 'result-series' },
      viewLink(`series/${fact.subjectSlug}/${fact.metricSlug}`, `${fact.subject}: ${fact.metricLabel ?? fact.metric}`),
    ),
    factHeading(fact, 'h2', true, false),
    h(
      'p',
      { class: 'muted' },
      [
        fact.speakers.length ? `said by ${fact.speakers.join(', ')}` : null,
        fact.lastSaid ? `last published ${formatDate(fact.lastSaid)}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('div', { class: 'result-quote' }),
  );
}

/** Each result's first quote, a few requests at a time. */
async function fillQuotes(facts: FactSummary[], list: HTMLElement): Promise<void> {
  const queue = [...facts];
  const worker = async () => {
    for (let fact = queue.shift(); fact; fact = queue.shift()) {
      const slot = list.querySelector(`[data-fact="${fact.id}"] .result-quote`);
      try {
        const full = await getJson<FactWithRelations>(`/facts/${encodeURIComponent(fact.id)}`);
        if (full.appearances[0]) slot?.replaceChildren(quoteView(full.appearances[0]));
      } catch {
        slot?.replaceChildren(h('p', { class: 'muted' }, 'The quote could not be loaded.'));
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

// ----- wiring --------------------------------------------------------------------------------

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener('hashchange', () => void render(true));

// Links from the first version of the page (#subject/metric) open the same series.
const legacy = /^#([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(location.hash);
if (legacy) history.replaceState(null, '', `#/series/${legacy[1]}/${legacy[2]}`);
void render(false);
