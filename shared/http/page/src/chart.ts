// A series as a chart (Observable Plot, SVG): value up, time across (the year a figure is about, or the
// date it was published), one mark per fact, shaped and coloured by kind, conflicting facts ringed.
// Each mark is a link to its fact; hovering, focusing (Tab) or tapping it shows its sources.
import * as Plot from '@observablehq/plot';
import type { Fact } from './api.js';
import { h } from './dom.js';
import { formatDate, formatPeriod, formatValueOf, KIND_LABEL, periodYear } from './format.js';

export type TimeAxis = 'period' | 'published';

export const KIND_STYLE = {
  actual: { color: '#1f5fa8', symbol: 'circle', glyph: '●' },
  target: { color: '#a34700', symbol: 'triangle', glyph: '▲' },
  forecast: { color: '#6a3d9a', symbol: 'diamond', glyph: '◆' },
  threat: { color: '#333333', symbol: 'square', glyph: '■' },
  proposal: { color: '#2e6b30', symbol: 'star', glyph: '★' },
} as const;
const CONFLICT_COLOR = '#b3261e';
const MARK_RADIUS = 7;
const PLOT_MARGIN = { left: 52, right: 24 };
const PLOT_INSET = 16;

interface Point {
  fact: Fact;
  x: number | Date;
  y: number;
  conflicted: boolean;
}

function firstPublished(fact: Fact): string | null {
  const dates = fact.appearances
    .map((appearance) => appearance.publishedAt)
    .filter((date): date is string => !!date)
    .sort();
  return dates[0] ?? null;
}

function xOf(fact: Fact, axis: TimeAxis): number | Date | null {
  if (axis === 'period') return periodYear(fact);
  const published = firstPublished(fact);
  return published ? new Date(published) : null;
}

export function describeMark(fact: Fact, conflicted: boolean): string {
  const sources = [...new Set(fact.appearances.map((appearance) => appearance.source ?? appearance.url ?? 'unknown source'))];
  return (
    `${KIND_LABEL[fact.kind]}: ${formatValueOf(fact)} ${formatPeriod(fact)}, first published ${formatDate(firstPublished(fact))}; ` +
    `${sources.length === 1 ? 'source' : 'sources'}: ${sources.join(', ')}${conflicted ? '. Sources disagree on this figure.' : ''}`
  );
}

/**
 * Facts about the same year sit side by side, a mark's width apart (pixels, so also on a phone, where a year is
 * a few pixels wide) but within their year, so two close values stay two marks a finger can tell apart.
 */
function spreadSameYear<P extends { x: number | Date; y: number }>(points: P[], pixelsPerYear: number): P[] {
  const byYear = new Map<number, P[]>();
  for (const point of points) if (typeof point.x === 'number') byYear.set(point.x, [...(byYear.get(point.x) ?? []), point]);
  for (const [year, members] of byYear) {
    members.sort((a, b) => a.y - b.y);
    const step = Math.min((2 * MARK_RADIUS + 4) / pixelsPerYear, 0.9 / Math.max(1, members.length - 1));
    members.forEach((point, index) => (point.x = year + (index - (members.length - 1) / 2) * step));
  }
  return points;
}

/**
 * The year axis: whole years only (at most `count` ticks), and half a year of room around the marks. Marks of
 * one year sit a little apart, and would otherwise give the axis ticks of their own, each labelled that year.
 * Ticks are counted back from the last year, so the axis always names it: a target's year (2035) past the last
 * actual figure is the year a reader looks for.
 */
function yearAxis(xs: number[], count: number): { domain?: [number, number]; ticks?: number[] } {
  if (!xs.length) return {};
  const [low, high] = [Math.min(...xs), Math.max(...xs)];
  const [first, last] = [Math.ceil(low), Math.floor(high)];
  const step = Math.max(1, Math.ceil((last - first + 1) / count));
  const ticks = Array.from({ length: Math.max(0, Math.floor((last - first) / step) + 1) }, (_, index) => last - index * step).reverse();
  return { domain: [low - 0.5, high + 0.5], ticks };
}

/** Facts the chart cannot place on this axis (undated, or without a publication date). */
export function unplaced(facts: Fact[], axis: TimeAxis): Fact[] {
  return facts.filter((fact) => xOf(fact, axis) === null);
}

export function seriesChart(facts: Fact[], conflicted: Set<string>, axis: TimeAxis, yLabel: string): HTMLElement {
  const points: Point[] = facts.flatMap((fact) => {
    const x = xOf(fact, axis);
    return x === null ? [] : [{ fact, x, y: fact.value, conflicted: conflicted.has(fact.id) }];
  });
  const corrected: Array<{ x: number | Date; y: number }> = facts.flatMap((fact) =>
    (fact.superseded ?? []).flatMap((earlier) => {
      const x = axis === 'period' ? periodYear(fact) : earlier.publishedAt ? new Date(earlier.publishedAt) : null;
      return x === null ? [] : [{ x, y: earlier.value }];
    }),
  );
  const container = h('div', { class: 'chart' });
  const width = Math.max(300, Math.min(1000, document.querySelector('main')?.clientWidth ?? 800) - 8);
  if (axis === 'period') {
    // The year axis spans the years and half a year either side (yearAxis).
    const years = [...points, ...corrected].map((point) => Number(point.x));
    const plotWidth = width - PLOT_MARGIN.left - PLOT_MARGIN.right - 2 * PLOT_INSET;
    // A corrected value takes a place of its own among its year's marks: at the year's centre it sat under them.
    spreadSameYear<{ x: number | Date; y: number }>([...points, ...corrected], plotWidth / (Math.max(...years) - Math.min(...years) + 1));
  }
  const kinds = Object.keys(KIND_STYLE) as Array<keyof typeof KIND_STYLE>;
  const svg = Plot.plot({
    width,
    height: width < 500 ? 260 : 340,
    marginLeft: PLOT_MARGIN.left,
    marginRight: PLOT_MARGIN.right,
    marginBottom: 46,
    inset: PLOT_INSET,
    style: { fontSize: '13px', color: '#1d232b', background: 'transparent' },
    x:
      axis === 'period'
        ? {
            label: 'Year the figure is about →',
            labelAnchor: 'center',
            labelOffset: 40,
            tickFormat: 'd',
            ...yearAxis(
              [...points, ...corrected].map((point) => Number(point.x)),
              Math.min(8, Math.max(2, Math.floor(width / 90))),
            ),
          }
        : { label: 'Date published →', labelAnchor: 'center', labelOffset: 40, type: 'utc', ticks: Math.max(2, Math.floor(width / 120)) },
    y: { label: `↑ ${yLabel}`, grid: true, zero: true },
    color: { domain: kinds, range: kinds.map((kind) => KIND_STYLE[kind].color) },
    symbol: { domain: kinds, range: kinds.map((kind) => KIND_STYLE[kind].symbol) },
    marks: [
      Plot.ruleY([0], { stroke: '#8a939e', ariaHidden: 'true' }),
      // Lines, rings and corrected values repeat what the marks and the legend say: hidden from screen readers.
      // Actual figures joined by a solid line, what is planned or expected by a dashed one.
      Plot.line(
        points.filter((point) => point.fact.kind === 'actual'),
        Plot.sort('x', { x: 'x', y: 'y', stroke: KIND_STYLE.actual.color, strokeOpacity: 0.6, ariaHidden: 'true' }),
      ),
      Plot.line(
        points.filter((point) => point.fact.kind !== 'actual'),
        Plot.sort('x', {
          x: 'x',
          y: 'y',
          z: (point: Point) => point.fact.kind,
          stroke: (point: Point) => point.fact.kind,
          strokeOpacity: 0.6,
          strokeDasharray: '4 3',
          ariaHidden: 'true',
        }),
      ),
      Plot.dot(
        points.filter((point) => point.conflicted),
        { x: 'x', y: 'y', r: 13, stroke: CONFLICT_COLOR, strokeWidth: 2.5, fill: 'none', ariaHidden: 'true' },
      ),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        r: MARK_RADIUS,
        symbol: (point: Point) => point.fact.kind,
        fill: (point: Point) => point.fact.kind,
        fillOpacity: (point: Point) => (point.fact.kind === 'forecast' ? 0.25 : 1),
        stroke: (point: Point) => point.fact.kind,
        strokeWidth: 2,
        href: (point: Point) => `#/fact/${point.fact.id}`,
        ariaLabel: (point: Point) => describeMark(point.fact, point.conflicted),
        className: 'fact-marks',
      }),
      // Drawn last, on a white outline: where a phone leaves its year too few pixels, it lies over the marks, not under.
      Plot.dot(corrected, {
        x: 'x',
        y: 'y',
        symbol: 'times',
        stroke: 'white',
        r: 5,
        strokeWidth: 4,
        ariaHidden: 'true',
        className: 'corrected-outline',
      }),
      Plot.dot(corrected, {
        x: 'x',
        y: 'y',
        symbol: 'times',
        stroke: '#555b63',
        r: 5,
        strokeWidth: 1.6,
        ariaHidden: 'true',
        className: 'corrected-marks',
      }),
    ],
  });
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Chart of ${points.length} facts; each mark is a link, Tab moves between them`);
  container.append(svg);
  attachTips(container, new Map(points.map((point) => [`#/fact/${point.fact.id}`, point])));
  return container;
}

/** Sources of a mark on hover, keyboard focus or tap (a second tap, or Enter, opens the fact). */
function attachTips(container: HTMLElement, points: Map<string, Point>): void {
  const tip = h('div', { class: 'chart-tip', role: 'status', hidden: '' });
  container.append(tip);
  let shownFor: string | null = null;
  let lastPointer = 'mouse';
  const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a') : null);
  const hrefOf = (link: Element) => link.getAttribute('href') ?? link.getAttribute('xlink:href') ?? '';
  container.querySelectorAll('svg a').forEach((link) => {
    const point = points.get(hrefOf(link));
    if (point) link.setAttribute('aria-label', describeMark(point.fact, point.conflicted));
  });
  const show = (link: Element) => {
    const href = hrefOf(link);
    const point = points.get(href);
    if (!point) return;
    shownFor = href;
    const { fact } = point;
    const parts = [
      h('strong', {}, `${formatValueOf(fact)} ${formatPeriod(fact)}`),
      h('span', { class: `kind-tag kind-${fact.kind}` }, KIND_LABEL[fact.kind]),
      point.conflicted ? h('span', { class: 'conflict-tag' }, 'sources disagree') : null,
      h(
        'ul',
        {},
        ...fact.appearances
          .slice(0, 4)
          .map((appearance) =>
            h(
              'li',
              {},
              [appearance.source ?? appearance.url ?? 'unknown source', formatDate(appearance.publishedAt), appearance.speaker]
                .filter(Boolean)
                .join(' · '),
            ),
          ),
      ),
      fact.appearances.length > 4 ? h('p', {}, `and ${fact.appearances.length - 4} more`) : null,
      h('p', { class: 'muted' }, lastPointer === 'touch' ? 'Tap again to open' : 'Click or press Enter to open'),
    ];
    tip.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    tip.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - frame.left - 110), Math.max(0, frame.width - 250));
    tip.style.left = `${left}px`;
    // Below the mark, or above it when the chart ends first; where neither fits (a phone), past the chart's edge
    // that it overshoots least, never over the mark itself, which a second tap must reach to open the fact.
    const below = box.bottom - frame.top + 8;
    const above = box.top - frame.top - tip.offsetHeight - 8;
    tip.style.top = `${below + tip.offsetHeight - frame.height <= Math.max(0, -above) ? below : above}px`;
  };
  const hide = () => {
    shownFor = null;
    tip.hidden = true;
  };
  let pressing = false;
  container.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    pressing = true;
  });
  container.addEventListener('pointerover', (event) => {
    const link = linkOf(event.target);
    if (link && event.pointerType === 'mouse') show(link);
  });
  container.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'mouse' && linkOf(event.target)) hide();
  });
  container.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    // A tap focuses the link too; its click decides whether to show the sources or open the fact.
    if (link && !pressing) show(link);
  });
  container.addEventListener('focusout', hide);
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  container.addEventListener('click', (event) => {
    pressing = false;
    const link = linkOf(event.target);
    if (link && lastPointer === 'touch' && shownFor !== hrefOf(link)) {
      event.preventDefault();
      show(link);
    }
  });
}
