// An article as factline stores it, and the rule that gives it a stable identity.
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors.js';

/** Text beyond this is not an article; 1 MB keeps one article within a Lambda's and an item's limits. */
export const MAX_ARTICLE_TEXT_BYTES = 1_000_000;

export interface ArticleInput {
  title?: string;
  url?: string;
  text: string;
  /** ISO date or date-time. */
  publishedAt?: string;
  /** Publisher or outlet name. */
  source?: string;
}

export interface Article {
  id: string;
  title: string | null;
  url: string | null;
  /** URL with tracking parameters, fragment, default port and trailing slash removed. */
  canonicalUrl: string | null;
  text: string;
  publishedAt: string | null;
  source: string | null;
  /** Hash of the whitespace- and case-folded text: the same text under two URLs has one fingerprint. */
  fingerprint: string;
  ingestedAt: string;
}

const TRACKING_PARAMETERS = [
  'utm_\\w+',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'li_fat_id',
  'mkt_tok',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'cmpid',
  'ocid',
  'ncid',
  'smid',
  's_cid',
  'at_medium',
  'at_campaign',
  'sr_share',
  '_ga',
  '_gl',
];
const TRACKING_PARAMETER = new RegExp(`^(${TRACKING_PARAMETERS.join('|')})$`, 'i');

/** An http(s) URL given by a client (an article's, a feed's): parsed, or a 400 naming the field `url`. */
export function httpUrlOf(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(`url ${JSON.stringify(value)} is not a URL`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ValidationError('url must be http or https', 'url');
  return url;
}

export function canonicalizeUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  if ((url.protocol === 'https:' && url.port === '443') || (url.protocol === 'http:' && url.port === '80')) url.port = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/** Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069); the marks U+200E/200F are harmless. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text without the controls that reorder what follows them on screen: "\u202e2.5\u202c" shows as "5.2", so a
 * quote could show another figure than the one stored. Removed once, before anything reads the text, so the
 * stored text, its fingerprint, the quotes and every offset into it agree. Nothing else changes.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function fingerprintText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('hex').slice(0, 32);
}

/** Same canonical URL -> same id (an edited article replaces itself); no URL -> id from the text. */
export function articleIdFor(canonicalUrl: string | null, fingerprint: string): string {
  const basis = canonicalUrl ? `url:${canonicalUrl}` : `text:${fingerprint}`;
  return 'a_' + createHash('sha256').update(basis).digest('hex').slice(0, 24);
}
