// The web page's script. It runs in the browser: the server sends factlinePage.toString(), so the
// script is type-checked with the rest of the code and needs no build step. It must not refer to
// anything outside the function. It reads the public API only and writes every value as text.
import type { ClaimTime } from '../../extraction/types.js';

interface PageFact {
  id: string;
  subject: string | null;
  metric: string | null;
  metricLabel: string | null;
  value: number;
  unit: string;
  of: string | null;
  time: ClaimTime;
  speakers?: string[];
  lastSaid?: string;
  appearances?: Array<{ quote: string; speaker: string | null; url: string | null; source: string | null; publishedAt: string | null }>;
}
type PageAppearance = NonNullable<PageFact['appearances']>[number];

interface PageSeries {
  subject: string;
  metricLabel: string | null;
  kinds: Array<{ kind: string; facts: PageFact[] }>;
  relations: Array<{ type: string; from: string; to: string; reason: string }>;
}

export function factlinePage(): void {
  const view = document.querySelector<HTMLElement>('#view')!;
  const subjectList = document.querySelector<HTMLElement>('#subjects')!;
  const conflictList = document.querySelector<HTMLElement>('#conflicts')!;

  function element(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail ?? `HTTP ${response.status}`);
    return body as T;
  }

  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

  function formatValue(fact: PageFact): string {
    const number = Number(fact.value).toLocaleString('en', { maximumFractionDigits: 4 });
    if (fact.unit.startsWith('currency:')) return `${fact.unit.slice(9)} ${number}`;
    const suffix: Record<string, string> = { percent: '%', 'percentage-point': ' pp', 'basis-point': ' bp', count: '' };
    return `${number}${suffix[fact.unit] ?? ` ${fact.unit}`}`;
  }

  function formatPeriod(time: ClaimTime): string {
    if (time.by) return `by ${time.by}`;
    if (time.year) return `in ${time.year}`;
    return 'undated';
  }

  function appearanceView(appearance: PageAppearance): HTMLElement {
    const source = appearance.url
      ? element('a', { href: appearance.url, rel: 'noopener noreferrer' }, appearance.source ?? appearance.url)
      : element('span', {}, appearance.source ?? 'unknown source');
    const date = appearance.publishedAt ? appearance.publishedAt.slice(0, 10) : 'undated';
    return element(
      'div',
      { class: 'appearance' },
      element('q', {}, appearance.quote),
      element('div', { class: 'meta' }, appearance.speaker ? `${appearance.speaker} · ` : '', source, ` · ${date}`),
    );
  }

  function factView(fact: PageFact): HTMLElement {
    const said = fact.speakers?.length ? ` · said by ${fact.speakers.join(', ')}` : '';
    return element(
      'article',
      { class: 'fact', 'data-fact': fact.id },
      element('span', { class: 'value' }, formatValue(fact)),
      element('span', { class: 'period' }, formatPeriod(fact.time)),
      element('span', { class: 'meta' }, (fact.of ? ` of ${fact.of}` : '') + said),
      ...(fact.appearances ?? []).map(appearanceView),
    );
  }

  function selectSeriesLink(key: string): void {
    document.querySelectorAll('nav a[data-series]').forEach((link) => {
      link.setAttribute('aria-current', String(link.getAttribute('data-series') === key));
    });
  }

  async function showSeries(subjectSlug: string, metricSlug: string): Promise<void> {
    view.replaceChildren(element('p', { class: 'empty' }, 'Loading…'));
    selectSeriesLink(`${subjectSlug}/${metricSlug}`);
    try {
      const path = `/subjects/${encodeURIComponent(subjectSlug)}/metrics/${encodeURIComponent(metricSlug)}`;
      const series = await api<PageSeries>(path);
      const byId = new Map(series.kinds.flatMap((group) => group.facts).map((fact) => [fact.id, fact]));
      const describe = (id: string) => {
        const fact = byId.get(id);
        return fact ? `${formatValue(fact)} ${formatPeriod(fact.time)}` : 'a fact';
      };
      view.replaceChildren(
        element('h2', {}, `${series.subject}: ${series.metricLabel ?? metricSlug}`),
        element('a', { class: 'export', href: `${path}?format=csv` }, 'Download CSV'),
        ...series.kinds.map((group) => element('div', { class: 'kind' }, element('h3', {}, group.kind), ...group.facts.map(factView))),
        element('h2', {}, 'How these facts relate'),
        ...(series.relations.length
          ? series.relations.map((relation) =>
              element('p', { class: `relation ${relation.type}` }, `${relation.type}: ${describe(relation.from)} ↔ ${describe(relation.to)} (${relation.reason})`),
            )
          : [element('p', { class: 'empty' }, 'No relations recorded.')]),
      );
      history.replaceState(null, '', `#${subjectSlug}/${metricSlug}`);
    } catch (error) {
      view.replaceChildren(element('p', { class: 'error' }, messageOf(error)));
    }
  }

  function seriesLink(subjectSlug: string, metricSlug: string, label: string): HTMLElement {
    const link = element('a', { href: `#${subjectSlug}/${metricSlug}`, 'data-series': `${subjectSlug}/${metricSlug}` }, label);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void showSeries(subjectSlug, metricSlug);
    });
    return link;
  }

  async function search(query: string): Promise<void> {
    try {
      const page = await api<{ items: PageFact[] }>(`/facts?q=${encodeURIComponent(query)}&limit=50`);
      view.replaceChildren(
        element('h2', {}, `Facts matching “${query}”`),
        ...(page.items.length
          ? page.items.map((fact) => element('div', {}, element('strong', {}, `${fact.subject ?? '—'}, ${fact.metricLabel ?? fact.metric ?? ''}`), factView(fact)))
          : [element('p', { class: 'empty' }, 'No facts match.')]),
      );
    } catch (error) {
      view.replaceChildren(element('p', { class: 'error' }, messageOf(error)));
    }
  }

  async function loadSubjects(): Promise<void> {
    try {
      const page = await api<{ items: Array<{ subject: string; slug: string; metrics: Array<{ slug: string; metric: string; label: string | null }> }> }>('/subjects?limit=100');
      subjectList.replaceChildren(
        ...(page.items.length
          ? page.items.map((subject) =>
              element('li', { class: 'subject' }, element('span', {}, subject.subject), ...subject.metrics.map((metric) => seriesLink(subject.slug, metric.slug, metric.label ?? metric.metric))),
            )
          : [element('li', { class: 'empty' }, 'No claims yet.')]),
      );
    } catch (error) {
      subjectList.replaceChildren(element('li', { class: 'error' }, messageOf(error)));
    }
  }

  async function loadConflicts(): Promise<void> {
    try {
      const page = await api<{ items: Array<{ subject: string; subjectSlug: string; metric: string; metricSlug: string }> }>('/conflicts?limit=20');
      conflictList.replaceChildren(
        ...(page.items.length
          ? page.items.map((conflict) => element('li', {}, seriesLink(conflict.subjectSlug, conflict.metricSlug, `${conflict.subject}: ${conflict.metric}`)))
          : [element('li', { class: 'empty' }, 'None.')]),
      );
    } catch (error) {
      conflictList.replaceChildren(element('li', { class: 'error' }, messageOf(error)));
    }
  }

  document.querySelector<HTMLFormElement>('#search')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new FormData(event.target as HTMLFormElement).get('q')?.toString().trim();
    if (query) void search(query);
  });

  void Promise.all([loadSubjects(), loadConflicts()]).then(() => {
    const [subjectSlug, metricSlug] = decodeURIComponent(location.hash.slice(1)).split('/');
    if (subjectSlug && metricSlug) void showSeries(subjectSlug, metricSlug);
  });
}
