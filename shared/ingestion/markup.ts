// Small readers of web markup shared by pages and feeds: block text out of a DOM, URLs and dates out of attributes.
import { parseHTML } from 'linkedom';
import { parsePublicationDate } from '../articles/publication-date.js';

const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Never article prose: captions, embedded media, scripts, forms. */
const SKIPPED_ELEMENTS = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'BUTTON',
  'FORM',
  'NAV',
  'SVG',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'TEMPLATE',
]);

/** The text of each block, in order; inline elements join their block's text. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(tag)) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Never hold children, or are closed by the parser when a sibling opens: they add no depth. */
const NON_NESTING_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'rt',
  'rp',
]);
/** Their content is text, not markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * How deeply the elements of `html` nest, found without parsing in one pass; stops counting past `limit`.
 * A close tag counts only when its element is open (the parser ignores stray ones too), so stray close
 * tags cannot hide deep nesting.
 */
export function nestingDepth(html: string, limit: number): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)|<!--/g;
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = match[2]!.toLowerCase();
    const tagEnd = html.indexOf('>', tag.lastIndex);
    if (tagEnd < 0) break;
    tag.lastIndex = tagEnd + 1;
    if (NON_NESTING_ELEMENTS.has(name)) continue;
    if (match[1]) {
      if (!openCount.get(name)) continue;
      for (let closed = open.pop(); closed !== undefined; closed = open.pop()) {
        openCount.set(closed, openCount.get(closed)! - 1);
        if (closed === name) break;
      }
      continue;
    }
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const closing = new RegExp(`</${name}\\s*>`, 'gi');
      closing.lastIndex = tag.lastIndex;
      if (!closing.exec(html)) break;
      tag.lastIndex = closing.lastIndex;
      continue;
    }
    // HTML ignores the slash of <div/> (it opens a div); only SVG and MathML elements close themselves.
    if (html[tagEnd - 1] === '/' && (openCount.get('svg') || openCount.get('math'))) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Opening tags, counted without parsing; stops counting past `limit`. */
export function countElements(html: string, limit: number): number {
  const openingTag = /<[a-zA-Z]/g;
  let count = 0;
  while (openingTag.exec(html) && count <= limit) count++;
  return count;
}

/**
 * Tags that htmlparser2 10 (linkedom's parser) mistakes for the raw-text elements <xmp>, <title> and <textarea>: it
 * checks the first letter against "t" or "x" for all three, so <tmp> opens an <xmp> and everything after it, markup
 * and scripts included, becomes text (an Economic Times page stored 100 KB of its own HTML as one paragraph).
 */
const MISREAD_RAW_TEXT_TAG = /<(\/?)(tmp|xitle|xextarea)(?=[\s/>])/gi;

/** A page's DOM; tags the parser would misread as raw-text elements are renamed to custom elements first. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html.replace(MISREAD_RAW_TEXT_TAG, '<$1x-$2')).document as unknown as Document;
}

/** An HTML fragment (a feed item's content) as paragraphs separated by blank lines. */
export function textOfHtml(html: string): string {
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphsOf(document.body).join('\n\n');
}

export function absoluteHttpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = parsePublicationDate(value);
  return time === null ? null : new Date(time).toISOString();
}
