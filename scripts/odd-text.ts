// Characters and fragments that make news text hard to read as numbers: shared by the robustness
// tests and scripts/fuzz.ts.

export const UNICODE_SPACES = [
  '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
  '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
];

export const UNICODE_DASHES = [
  '-', '\u00ad', '\u058a', '\u05be', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2e3a', '\u2e3b',
  '\ufe58', '\ufe63', '\uff0d',
];

/** Fragments that news numbers are made of, and some that only look like them. */
export const NUMERIC_FRAGMENTS = [
  '0', '1', '5', '12', '2,500', '1.5', '.', ',', '%', ' per cent', ' percent', ' pct', ' percentage points', '$', '£', '€', '¥',
  'US$', 'C$', 'bn', ' billion', ' million', 'm', 'k', ' trillion', 'half', 'a third', 'two-thirds', 'one in five', 'a dozen',
  'twenty-three', 'between ', ' and ', 'from ', ' to ', 'about ', 'more than ', 'up to ', 'rose by ', 'down from ', '-', '–', '−',
  '(', ')', '"', '“', '”', '‘', '’', '«', '»', ' ', '\u00a0', '\u2009', '\n', '\n\n', '. ', 'km', ' km/h', ' mph', 'C', 'F', 'kg',
  ' years', '-year-old', ' people', ' troops', ' helicopters', 'GDP', 'NATO', 'Canadian', 'said', 'by 2035', 'this year', '2024',
  '2:12', '2 hours ago', 'Article 5', 'F-35', 'G7', 'COVID-19', '©', '1e308', 'NaN', 'Infinity', '٣', '５', '½', '²', '👍🏽',
  '\u0301', '\u200d', '\u200f', '\ud800', '\udfff', '\u0000',
];
