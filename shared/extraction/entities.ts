// Named subjects in a sentence: countries (by name, short form or demonym), organisations, and people.
import { COUNTRIES } from './tables/places.js';
import { ORGANISATIONS } from './tables/organisations.js';
import { isApostrophe } from './characters.js';

export type EntityType = 'country' | 'organisation' | 'person';

export interface Entity {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

const KNOWN = new Map<string, { name: string; type: EntityType }>();
for (const country of COUNTRIES) {
  for (const form of [country.name, ...country.aliases, ...country.demonyms]) KNOWN.set(form, { name: country.name, type: 'country' });
}
for (const organisation of ORGANISATIONS) {
  for (const form of [organisation.name, ...organisation.aliases]) KNOWN.set(form, { name: organisation.name, type: 'organisation' });
}
const LONGEST_KNOWN_WORDS = Math.max(...[...KNOWN.keys()].map((form) => form.split(' ').length));

/** Capitalized words that are not names: titles, sentence openers, months and days. */
export const NOT_NAME_WORDS = new Set(`President Prime Minister Ministers Secretary Secretary-General Defense Defence Foreign
Affairs State General Gen Adm Admiral Mr Mrs Ms Dr Sen Senator Rep Representative Gov Governor Chancellor CEO Chief
Executive Director Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Press Navy Rear Lt Col Colonel
Commander King Queen Prince Princess Pope Judge Justice Mayor Premier Ambassador Deputy Vice Finance Treasury Health
Immigration Naval National Senior Sgt Capt Lord Sir Dame Professor Prof Economist Analyst Coach Manager Captain Officer
Commissioner Leader MP Speaker Attorney Inspector Head Founder Chancellor President-elect Former Acting Interior Trade
Economy Environment Energy Labour Labor Home Public Security Safety Transport Education Justice Agriculture Industry
The A An In On At To For From By With And Or But As If It Its He She They We I You This That These Those There Here
When While Where What Who Why How After Before During Since Until Though Although Because However Also Still Yet So
Read More Latest News Story Video Trending Now Get Similar Ad Advertisement Photo Watch Related Don't Miss Center
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Earlier Later Last Next Every
Western Eastern Northern Southern North South East West Middle European Asian African Latin Hemisphere`.split(/\s+/));

const NAME_WORD = /[A-Z][A-Za-zÀ-ÿ.&'’+-]*/y;
/** Lower-case words inside names: "Bank of Canada", "Organization of the Petroleum Exporting Countries". */
const NAME_CONNECTOR = /(?:of|the|and|for|de|la|du|van|von|bin|al)(?![A-Za-z])/y;
/** A capital letter that starts a word. */
const CAPITAL_START = /(?<![A-Za-z0-9])[A-Z]/g;
function isWordGap(code: number): boolean {
  return code === 32 || code === 0xa0;
}

const CONTRACTION = /['’](?:ve|re|ll|d|m|t)$/;

function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (!(first >= 65 && first <= 90) || !((second >= 97 && second <= 122) || (second >= 0xe0 && second <= 0xff))) return false;
  const bare = word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
  return !NOT_NAME_WORDS.has(bare) && !KNOWN.has(word) && !CONTRACTION.test(word);
}

const NOUN_AFTER = /^[ \u00a0]([a-z]{3,}s)\b/;
const SPEECH_VERB_AFTER = /^(?:says|adds|notes|warns|argues|claims|insists|stresses|urges|tells|writes|believes|thinks|hopes|expects|has|is|was)$/;

/** "Black Hawk helicopters": capitalized words before a plural noun name a thing, not a person. */
function modifiesNoun(text: string, end: number): boolean {
  const noun = NOUN_AFTER.exec(text.slice(end, end + 24))?.[1];
  return noun !== undefined && !SPEECH_VERB_AFTER.test(noun);
}

/** The word without a possessive ("NATO's", "allies'") and then without a full stop after a lower-case letter. */
function strip(word: string): string {
  let length = word.length;
  const last = word.charCodeAt(length - 1);
  if (last === 115 && length >= 2 && isApostrophe(word.charCodeAt(length - 2))) length -= 2;
  else if (isApostrophe(last)) length -= 1;
  if (word.charCodeAt(length - 1) === 46 && length >= 2) {
    const beforeStop = word.charCodeAt(length - 2);
    if (beforeStop >= 97 && beforeStop <= 122) length -= 1;
  }
  return length === word.length ? word : word.slice(0, length);
}

/** First words of the known names that span several words ("United" of "United States"). */
const KNOWN_FIRST_WORDS = new Set([...KNOWN.keys()].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]));

/** A capitalized word that starts no longer name and is not followed by another capitalized word: read alone. */
function readLoneWord(text: string, position: number, end: number): { word: string } | null {
  NAME_WORD.lastIndex = position;
  const match = NAME_WORD.exec(text);
  if (!match) return null;
  const word = match[0];
  if (KNOWN_FIRST_WORDS.has(word)) return null;
  const after = position + word.length;
  if (after < end && isWordGap(text.charCodeAt(after))) {
    const next = text.charCodeAt(after + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122 && NAME_CONNECTOR_START.test(text.slice(after + 1, after + 5)))) return null;
  }
  return { word };
}

const NAME_CONNECTOR_START = /^(?:of|the|and|for|de|la|du|van|von|bin|al)\b/;

/** The countries, organisations and people named in text[start, end), in order. */
export function findEntities(text: string, start: number, end: number): Entity[] {
  const entities: Entity[] = [];
  const capital = CAPITAL_START;
  capital.lastIndex = start;
  let cursor = start;
  for (;;) {
    capital.lastIndex = Math.max(capital.lastIndex, cursor);
    const found = capital.exec(text);
    if (!found || found.index >= end) break;
    cursor = found.index;
    const single = readLoneWord(text, cursor, end);
    if (single) {
      const bare = strip(single.word);
      const known = KNOWN.get(single.word) ?? KNOWN.get(bare);
      if (known) entities.push({ name: known.name, type: known.type, start: cursor, end: cursor + single.word.length });
      else if (isNameWord(bare) && !modifiesNoun(text, cursor + bare.length)) entities.push({ name: bare, type: 'person', start: cursor, end: cursor + bare.length });
      cursor += single.word.length;
      continue;
    }
    const words: { text: string; start: number; end: number }[] = [];
    let position = cursor;
    while (words.length < Math.max(LONGEST_KNOWN_WORDS, 10) && position < end) {
      const code = text.charCodeAt(position);
      const pattern = code >= 97 && code <= 122 ? NAME_CONNECTOR : NAME_WORD;
      pattern.lastIndex = position;
      const match = words.length > 0 || pattern === NAME_WORD ? pattern.exec(text) : null;
      const word = match ? match[0] : null;
      if (!word) break;
      words.push({ text: word, start: position, end: position + word.length });
      position += word.length;
      if (!isWordGap(text.charCodeAt(position))) break;
      position += 1;
    }
    let matched = 0;
    let matchedKnown: { name: string; type: EntityType } | undefined;
    let phrase = '';
    for (let count = 1; count <= Math.min(words.length, LONGEST_KNOWN_WORDS); count += 1) {
      phrase = count === 1 ? words[0]?.text ?? '' : `${phrase} ${words[count - 1]?.text ?? ''}`;
      const known = KNOWN.get(phrase) ?? KNOWN.get(strip(phrase));
      if (known) {
        matched = count;
        matchedKnown = known;
      }
    }
    const last = words[matched - 1];
    if (matchedKnown && last) {
      entities.push({ name: matchedKnown.name, type: matchedKnown.type, start: cursor, end: last.end });
      cursor = words[matched - 1]?.end ?? cursor + 1;
      continue;
    }
    let nameEnd = 0;
    const nameWords: string[] = [];
    let nameStart = cursor;
    for (const word of words) {
      const bare = strip(word.text);
      if (isNameWord(bare) && !KNOWN.has(bare)) {
        if (nameWords.length === 0) nameStart = word.start;
        nameWords.push(bare);
        nameEnd = word.start + bare.length;
        if (bare !== word.text.replace(/\.$/, '')) break;
      } else if (nameWords.length > 0) {
        break;
      }
    }
    if (nameWords.length > 0 && !modifiesNoun(text, nameEnd)) {
      entities.push({ name: nameWords.join(' '), type: 'person', start: nameStart, end: nameEnd });
      cursor = nameEnd + 1;
    } else {
      cursor = (words[0]?.end ?? cursor) + 1;
    }
  }
  return entities;
}

/** True when `name` is written as a country's name, short form or demonym ("Spain", "U.S.", "Canadian"). */
export function namesCountry(name: string): boolean {
  return KNOWN.get(name)?.type === 'country';
}

/** The canonical name for a known country or organisation form ("Canadian" -> "Canada"); other names as given. */
export function canonicalSubject(name: string): string {
  return KNOWN.get(name)?.name ?? name;
}
