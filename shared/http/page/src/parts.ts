// Pieces several views share: a quote with its source, a fact card, kind and conflict tags.
import type { Appearance, Fact, FactSummary } from './api.js';
import { h, viewLink } from './dom.js';
import { formatDate, formatPeriod, formatValue, formatValueOf, KIND_LABEL, splitQuote } from './format.js';

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return url;
  }
}

export function kindTag(kind: Fact['kind']): HTMLElement {
  return h('span', { class: `kind-tag kind-${kind}` }, KIND_LABEL[kind]);
}

export function conflictTag(): HTMLElement {
  return h('span', { class: 'conflict-tag' }, 'sources disagree');
}

/** The quote, the figure in it highlighted, with speaker, publisher (linked to the source) and date. */
export function quoteView(appearance: Appearance): HTMLElement {
  const parts = splitQuote(appearance.quote, appearance.text);
  const quote = h('blockquote', {}, ...(parts ? [parts[0], h('mark', {}, parts[1]), parts[2]] : [appearance.quote]));
  const inFactline = `article/${appearance.articleId}/${appearance.claimId}`;
  const publisher = appearance.source ?? hostOf(appearance.url) ?? 'Unnamed source';
  const source = appearance.url
    ? h('a', { href: appearance.url, rel: 'noopener noreferrer', class: 'source-link' }, publisher)
    : viewLink(inFactline, publisher, { class: 'source-link' });
  return h(
    'figure',
    { class: 'quote' },
    quote,
    h(
      'figcaption',
      {},
      appearance.speaker ? h('span', { class: 'speaker' }, appearance.speaker) : null,
      appearance.speaker ? ' · ' : null,
      source,
      ' · ',
      h('time', { datetime: appearance.publishedAt?.slice(0, 10) ?? '' }, formatDate(appearance.publishedAt)),
      appearance.url ? ' · ' : null,
      appearance.url ? viewLink(inFactline, 'in context', { class: 'context-link' }) : null,
    ),
  );
}

/** Earlier values the sources published and then corrected to this one. */
export function correctionsView(fact: Fact): HTMLElement | null {
  if (!fact.superseded?.length) return null;
  return h(
    'div',
    { class: 'corrections' },
    h('p', { class: 'corrections-title' }, 'Corrected: sources first published another figure'),
    h(
      'ul',
      {},
      ...fact.superseded.map((earlier) =>
        h(
          'li',
          {},
          h('s', {}, formatValue(earlier)),
          ` first published by ${earlier.source ?? 'the source'} on ${formatDate(earlier.publishedAt)}, ` +
            `corrected to ${formatValue(fact)} (seen ${formatDate(earlier.supersededAt)}): `,
          h('q', {}, earlier.quote),
        ),
      ),
    ),
  );
}

export function factHeading(
  fact: Pick<FactSummary, 'id' | 'kind' | 'value' | 'low' | 'high' | 'unit' | 'of' | 'time'>,
  level: 'h2' | 'h3',
  link: boolean,
  conflicted: boolean,
): HTMLElement {
  const value = `${formatValueOf(fact)} ${formatPeriod(fact)}`;
  return h(
    level,
    { class: 'fact-heading' },
    link ? viewLink(`fact/${fact.id}`, value) : value,
    ' ',
    kindTag(fact.kind),
    conflicted ? conflictTag() : null,
  );
}

export function factCard(fact: Fact, conflicted: boolean): HTMLElement {
  return h(
    'article',
    { class: `fact${conflicted ? ' conflicted' : ''}`, id: `fact-${fact.id}`, 'data-fact': fact.id },
    factHeading(fact, 'h3', true, conflicted),
    correctionsView(fact),
    ...fact.appearances.map(quoteView),
  );
}
