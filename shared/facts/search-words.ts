// The words a search matches on, apart from the rest of the fact rules: the API's schemas and the web page
// need the limit alone.

/** Words a query's `q` may have (GET /facts and watch targets refuse more), and the words of a speaker's name kept. */
export const MAX_SEARCH_WORDS = 5;

/** The words a search matches on: lower case, at most MAX_SEARCH_WORDS (a fact's speaker words, a query's `q`). */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
}
