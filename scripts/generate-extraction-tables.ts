// `npx tsx scripts/generate-extraction-tables.ts`: writes the extractor's lookup tables that are derived from its
// hand-edited lists, so that a cold start reads them as data instead of building them at import (bench/results.md):
//   shared/extraction/tables/phrases.generated.ts: the cue, metric and speech phrases of tables/cue-phrases.ts and
//     tables/metrics.ts, by the vocabulary trie's node where their first word ends (each metric's details stored once,
//     named by index);
//   shared/extraction/tables/vocabulary.generated.ts: the trie of the words the sentence reader looks up;
//   shared/extraction/tables/known-names.generated.ts: the written forms of the countries and organisations of
//     tables/places.ts and tables/organisations.ts (each string and name stored once, named by index), and the country
//     scan's pattern;
//   shared/extraction/tables/unit-lookups.generated.ts: the unit and currency names and symbols of tables/units.ts,
//     tables/units.generated.ts and tables/currencies.ts with what each reads as (each reading stored once), and the
//     currency-before pattern;
//   shared/extraction/tables/plurals.generated.ts: the irregular plurals of npm compromise (a dev dependency: the bundle
//     carries the pairs only) that do not end in "s", "criteria", "alumni", "larvae", "geese": the regular rules miss them.
// Each module is used as parsed, or turned into Maps and Sets by one loop (tables/stored-lookups.ts): each distinct
// string made at import costs about 1 us, each array per entry more. Deterministic: the output depends on the lists
// alone. test/extraction/extraction-tables.test.ts fails when a committed file is not what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUpperAt, isVocabularyCode } from '../shared/extraction/characters.js';
import type { EntityType } from '../shared/extraction/entities.js';
import {
  ATTRIBUTED_NOUNS,
  CUE_PHRASES,
  GDP_SHARE_METRICS,
  CLAUSE_OPENERS,
  RELATIVE_YEAR_SHIFT,
  SOURCE_AFTER,
  SPEECH_WORDS,
  YEAR_PREPOSITIONS,
  YEAR_SPAN_JOINERS,
  YEAR_SPAN_OPENERS,
} from '../shared/extraction/tables/cue-phrases.js';
import { CURRENCIES, CURRENCY_CODES, CURRENCY_SUBUNITS, SHARED_CURRENCY_NAMES } from '../shared/extraction/tables/currencies.js';
import { ORGANISATIONS } from '../shared/extraction/tables/organisations.js';
import { COUNTRIES } from '../shared/extraction/tables/places.js';
import { METRICS } from '../shared/extraction/tables/metrics.js';
import { UNITS } from '../shared/extraction/tables/units.js';
import { GENERATED_UNITS } from '../shared/extraction/tables/units.generated.js';
import type { StoredUnitLookups, UnitEntry } from '../shared/extraction/tables/unit-lookups.generated.js';
import type { MetricPhrase, Phrase, PhrasesStartingWith, StoredPhrases } from '../shared/extraction/tables/phrases.generated.js';
import type { KnownName, StoredKnownNames } from '../shared/extraction/tables/known-names.generated.js';
import type { VocabularyTrie } from '../shared/extraction/tables/vocabulary.generated.js';
import type { ClaimKind } from '../shared/extraction/types.js';

export const GENERATE_COMMAND = 'npx tsx scripts/generate-extraction-tables.ts';
const TABLES = join(import.meta.dirname, '../shared/extraction/tables');
export const PHRASES_FILE = join(TABLES, 'phrases.generated.ts');
export const VOCABULARY_FILE = join(TABLES, 'vocabulary.generated.ts');
export const KNOWN_NAMES_FILE = join(TABLES, 'known-names.generated.ts');
export const UNIT_LOOKUPS_FILE = join(TABLES, 'unit-lookups.generated.ts');

/** Phrases by their first word, longest first, so one pass over a sentence's words finds them all. */
class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  add(phrase: string, value: T): void {
    const words = phrase
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter((word) => word !== '');
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirstWord.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, list);
  }

  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  *allWords(): Generator<string> {
    for (const phrases of this.byFirstWord.values()) for (const phrase of phrases) yield* phrase.words;
  }

  /** The phrases that start with `first`, longest first. */
  startingWith(first: string): Phrase<T>[] | undefined {
    return this.byFirstWord.get(first);
  }
}

function phraseIndexes() {
  const cues = new PhraseIndex<ClaimKind>();
  const speech = new PhraseIndex<boolean>();
  const metrics = new PhraseIndex<MetricPhrase>();
  for (const [kind, phrases] of CUE_PHRASES) for (const phrase of phrases.trim().split(/\s+/)) cues.add(phrase, kind);
  for (const phrase of SPEECH_WORDS.trim().split(/\s+/)) speech.add(phrase, SOURCE_AFTER.has(phrase));
  for (const metric of METRICS) {
    const value = { key: metric.key, label: metric.label, impliedBase: GDP_SHARE_METRICS.has(metric.key) ? 'GDP' : null };
    for (const phrase of metric.phrases) metrics.add(phrase, value);
  }
  return { cues, speech, metrics };
}

/** The phrases that start with one word, each metric phrase with its details. */
interface PhrasesWithMetricDetails extends Omit<PhrasesStartingWith, 'metrics'> {
  metrics?: readonly Phrase<MetricPhrase>[];
}

/** The cue, metric and speech phrases by the word they start with, in the order the indexes first met the word. */
export function phrasesByFirstWord(): [string, PhrasesWithMetricDetails][] {
  const { cues, speech, metrics } = phraseIndexes();
  return [...new Set([...cues.firstWords(), ...speech.firstWords(), ...metrics.firstWords()])].map((first) => {
    const phrases: PhrasesWithMetricDetails = {};
    const cuesStarting = cues.startingWith(first);
    const metricsStarting = metrics.startingWith(first);
    const speechStarting = speech.startingWith(first);
    if (cuesStarting) phrases.cues = cuesStarting;
    if (metricsStarting) phrases.metrics = metricsStarting;
    if (speechStarting) phrases.speech = speechStarting;
    return [first, phrases];
  });
}

/** Values stored once each, in first-seen order, and named by their index (equal values by their JSON share one). */
class Interned<T> {
  readonly values: T[] = [];
  private readonly indexByJson = new Map<string, number>();

  indexOf(value: T): number {
    const json = JSON.stringify(value);
    let index = this.indexByJson.get(json);
    if (index === undefined) {
      index = this.values.push(value) - 1;
      this.indexByJson.set(json, index);
    }
    return index;
  }
}

/**
 * The phrases as the module stores them: by the vocabulary trie's node where their first word ends, listing only the
 * nodes where a phrase starts (a null for each of the others took 6 kB), so the module spreads them into an array the
 * sentence reader reads by node without a lookup; each metric's details once, in `metrics`, the metric phrases naming
 * them by index (they were repeated for every phrase, about 16 kB).
 */
export function storedPhrases(trie: VocabularyTrie = buildVocabularyTrie(vocabularyWords())): StoredPhrases {
  const metrics = new Interned<MetricPhrase>();
  const byFirstWord = new Map(
    phrasesByFirstWord().map(([first, { metrics: metricPhrases, ...others }]): [string, PhrasesStartingWith] => {
      if (!metricPhrases) return [first, others];
      return [first, { ...others, metrics: metricPhrases.map(({ words, value }) => ({ words, value: metrics.indexOf(value) })) }];
    }),
  );
  const nodes = trie.words.flatMap((word, node) => (byFirstWord.has(word) ? [node] : []));
  return {
    metrics: metrics.values,
    nodeCount: trie.words.length,
    nodes,
    phrases: nodes.map((node) => byFirstWord.get(trie.words[node]!)!),
  };
}

/** The words of the vocabulary, in the order they are inserted into the trie. */
export function vocabularyWords(): string[] {
  const { cues, speech, metrics } = phraseIndexes();
  return [
    ...cues.allWords(),
    ...speech.allWords(),
    ...metrics.allWords(),
    ...RELATIVE_YEAR_SHIFT.keys(),
    ...YEAR_PREPOSITIONS,
    ...CLAUSE_OPENERS,
    ...YEAR_SPAN_OPENERS,
    ...YEAR_SPAN_JOINERS,
    ...ATTRIBUTED_NOUNS,
    'year',
    'fiscal',
    's',
  ];
}

/** The root's character, which no word reads. */
const ROOT = ' ';

/**
 * Each word is inserted a character at a time, stopping at the first character no word has (as "u.s." leaves the
 * node of "u"); nodes are numbered in the order they are made.
 */
export function buildVocabularyTrie(words: readonly string[]): VocabularyTrie {
  const parents = [-1];
  const characters = [ROOT];
  const wordAt = [''];
  const childOf = new Map<string, number>();
  for (const word of words) {
    let node = 0;
    let complete = true;
    for (const character of word) {
      if (!isVocabularyCode(character.charCodeAt(0))) {
        complete = false;
        break;
      }
      const key = `${node} ${character}`;
      let child = childOf.get(key);
      if (child === undefined) {
        child = parents.length;
        childOf.set(key, child);
        parents.push(node);
        characters.push(character);
        wordAt.push('');
      }
      node = child;
    }
    if (complete) wordAt[node] = word;
  }
  // The sentence reader keeps each node's children in 16 bits (context.ts, Vocabulary).
  if (parents.length >= 2 ** 15) throw new Error(`the vocabulary trie has ${parents.length} nodes: more than 16-bit edges hold`);
  return { parents, characters: characters.join(''), words: wordAt };
}

/** Every written form of a country or organisation of the tables, with the countries' adjectives and people's names. */
export function knownNames() {
  const known = new Map<string, { name: string; type: EntityType }>();
  const demonyms = new Set<string>();
  const peopleForms = new Set<string>();
  for (const country of COUNTRIES) {
    for (const form of [country.name, ...country.aliases, ...country.demonyms]) known.set(form, { name: country.name, type: 'country' });
    for (const demonym of country.demonyms) {
      if (!country.aliases.includes(demonym)) demonyms.add(demonym);
      // The people of a country, where the table gives only the adjective: "Americans", "Cubans", "Pakistanis".
      if (/(?:an|i)$/.test(demonym) && !known.has(`${demonym}s`)) {
        known.set(`${demonym}s`, { name: country.name, type: 'country' });
        peopleForms.add(`${demonym}s`);
      }
    }
  }
  for (const organisation of ORGANISATIONS) {
    for (const form of [organisation.name, ...organisation.aliases]) known.set(form, { name: organisation.name, type: 'organisation' });
  }
  // The country scan: forms of a country or of a state's public body, capitalized; people's names are left out to keep it short.
  const stateOfBody = new Map(
    ORGANISATIONS.filter((organisation) => organisation.state !== null).map((organisation) => [organisation.name, organisation.state!]),
  );
  const countryForms = new Map<string, string>();
  for (const [form, { name, type }] of known) {
    const country = type === 'country' ? name : stateOfBody.get(name);
    if (country && isUpperAt(form, 0) && !peopleForms.has(form)) countryForms.set(form, country);
  }
  // The forms only: where a match may start is checked by the scan (`startsCountryForm`), which lets it skip ahead.
  const countryPattern = `(?:${[...countryForms.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![A-Za-z0-9])`;
  return {
    known: [...known],
    demonyms: [...demonyms],
    longestKnownWords: Math.max(...[...known.keys()].map((form) => form.split(' ').length)),
    knownFirstWords: [...new Set([...known.keys()].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]!))],
    knownOpenings: [...new Set([...known.keys()].flatMap((form) => [...form.matchAll(/ /g)].map((space) => form.slice(0, space.index))))],
    countryForms: [...countryForms],
    countryPattern,
  };
}

/** `value` as a JavaScript string literal of its JSON: V8 reads JSON text faster than the same data as literals. */
function jsonLiteral(value: unknown): string {
  return `'${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * `pattern` as a regex literal in ASCII, each other character as its `\u` escape: esbuild prints regex literals as
 * written, and one non-ASCII character makes node hold the whole bundle as a two-byte string (docs/extraction.md).
 */
function asciiRegExpLiteral(pattern: RegExp): string {
  return String(pattern).replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function header(sources: string): string[] {
  return [`// Generated by scripts/generate-extraction-tables.ts from ${sources}: do not edit; run \`${GENERATE_COMMAND}\`.`, ''];
}

export function phrasesModule(): string {
  return [
    ...header('the phrase tables of tables/cue-phrases.ts and tables/metrics.ts'),
    "import type { ClaimKind } from '../types.js';",
    "import { spreadOver } from './stored-lookups.js';",
    '',
    'export interface Phrase<T> {',
    '  words: readonly string[];',
    '  value: T;',
    '}',
    '',
    'export interface MetricPhrase {',
    '  key: string;',
    '  label: string;',
    '  impliedBase: string | null;',
    '}',
    '',
    '/** The phrases that start with one word, each list longest first; a metric phrase names its details by index in METRIC_DETAILS. */',
    'export interface PhrasesStartingWith {',
    '  cues?: readonly Phrase<ClaimKind>[];',
    '  metrics?: readonly Phrase<number>[];',
    '  speech?: readonly Phrase<boolean>[];',
    '}',
    '',
    '/** The phrases of the trie nodes where some start (`nodes`, ascending), of `nodeCount`. */',
    'export interface StoredPhrases {',
    '  metrics: readonly MetricPhrase[];',
    '  nodeCount: number;',
    '  nodes: readonly number[];',
    '  phrases: readonly PhrasesStartingWith[];',
    '}',
    '',
    `const STORED: StoredPhrases = JSON.parse(${jsonLiteral(storedPhrases())});`,
    '',
    "/** Each metric's details, once (43 for 254 phrases). */",
    'export const METRIC_DETAILS = STORED.metrics;',
    '/**',
    ' * The cue, metric and speech phrases that start with the word ending at each node of VOCABULARY_TRIE, null where none',
    ' * does: the node the sentence reader reaches gives them without a lookup. The parsed lists themselves, nothing rebuilt.',
    ' */',
    'export const PHRASES_BY_NODE = spreadOver(STORED.nodeCount, STORED.nodes, STORED.phrases);',
    '',
  ].join('\n');
}

export function vocabularyModule(): string {
  return [
    ...header('the phrase tables of tables/cue-phrases.ts'),
    '/**',
    ' * The words the sentence reader looks up, as a trie: node n > 0 is reached from node parents[n] by the character',
    " * characters[n]; words[n] is the word ending at node n ('' where none does). Node 0 is the root.",
    ' */',
    'export interface VocabularyTrie {',
    '  parents: readonly number[];',
    '  characters: string;',
    '  words: readonly string[];',
    '}',
    '',
    `export const VOCABULARY_TRIE: VocabularyTrie = JSON.parse(${jsonLiteral(buildVocabularyTrie(vocabularyWords()))});`,
    '',
  ].join('\n');
}

/** Index of each value in `values`, which must hold it. */
function indexesIn(values: readonly string[], wanted: Iterable<string>): number[] {
  return [...wanted].map((value) => {
    const index = values.indexOf(value);
    if (index < 0) throw new Error(`${value} is missing from the list it is stored by index in`);
    return index;
  });
}

/**
 * The known names as the module stores them: forms and their names in parallel arrays (no array per pair); each name
 * once, by the index of its text among the forms (a name is a form of itself) and of its type, so no name string or
 * key is stored twice; the country forms and demonyms, which are forms too, and the first words, which are openings
 * too, by index (each distinct string parsed at import costs about 1 us). The country forms are in the country scan's
 * order, longest first, so that the module joins them into its pattern rather than storing them a second time.
 */
export function storedKnownNames(): StoredKnownNames {
  const { known, countryForms, demonyms, knownFirstWords, knownOpenings } = knownNames();
  const names = new Interned<KnownName>();
  const forms = known.map(([form]) => form);
  const formNames = known.map(([, name]) => names.indexOf(name));
  const scanOrder = countryFormsLongestFirst(countryForms);
  const countryFormCountries = scanOrder.map(([, country]) => names.indexOf({ name: country, type: 'country' }));
  const types = [...new Set(names.values.map(({ type }) => type))];
  return {
    types,
    nameForms: indexesIn(
      forms,
      names.values.map(({ name }) => name),
    ),
    nameTypes: names.values.map(({ type }) => types.indexOf(type)),
    forms,
    formNames,
    countryForms: indexesIn(
      forms,
      scanOrder.map(([form]) => form),
    ),
    countryFormCountries,
    demonyms: indexesIn(forms, demonyms),
    openings: knownOpenings,
    firstWords: indexesIn(knownOpenings, knownFirstWords),
  };
}

/** The country forms as the country scan tries them, longest first; none may hold the `|` that joins them. */
function countryFormsLongestFirst(countryForms: readonly [string, string][]): [string, string][] {
  const withBar = countryForms.find(([form]) => form.includes('|'));
  if (withBar) throw new Error(`the country form ${withBar[0]} holds a |, which the country scan's pattern joins the forms with`);
  return [...countryForms].sort(([a], [b]) => b.length - a.length);
}

export function knownNamesModule(): string {
  const names = knownNames();
  return [
    ...header('tables/places.ts and tables/organisations.ts'),
    "import type { EntityType } from '../entities.js';",
    "import { mapOf, patternOf, setOf } from './stored-lookups.js';",
    '',
    'export interface KnownName {',
    '  name: string;',
    '  type: EntityType;',
    '}',
    '',
    '/** How the forms are stored: parallel arrays, each string once, a form naming its name by index among the names. */',
    'export interface StoredKnownNames {',
    '  types: readonly EntityType[];',
    '  /** Each name by the index of its text in `forms` and of its type in `types`. */',
    '  nameForms: readonly number[];',
    '  nameTypes: readonly number[];',
    '  forms: readonly string[];',
    '  formNames: readonly number[];',
    "  /** Indexes in `forms`, longest first (the country scan's order), and their countries by index among the names. */",
    '  countryForms: readonly number[];',
    '  countryFormCountries: readonly number[];',
    '  /** Indexes in `forms`. */',
    '  demonyms: readonly number[];',
    '  openings: readonly string[];',
    '  /** Indexes in `openings`. */',
    '  firstWords: readonly number[];',
    '}',
    '',
    `const STORED: StoredKnownNames = JSON.parse(${jsonLiteral(storedKnownNames())});`,
    '',
    'const NAMES: readonly KnownName[] = STORED.nameForms.map((form, index) => ({',
    '  name: STORED.forms[form]!,',
    '  type: STORED.types[STORED.nameTypes[index]!]!,',
    '}));',
    'const COUNTRY_FORMS_LONGEST_FIRST = STORED.countryForms.map((form) => STORED.forms[form]!);',
    '',
    '/** Every written form of a country or organisation ("Canada", "Canadian", "Canadians", "NATO"), with its canonical name. */',
    'export const KNOWN = mapOf(STORED.forms, (index) => NAMES[STORED.formNames[index]!]!);',
    '/** The adjectives of countries ("Swedish", "American"), which also open companies\' names ("Swedish Match", "American Express"). */',
    'export const DEMONYMS = setOf(STORED.forms, STORED.demonyms);',
    '/** The most words in one known form. */',
    `export const LONGEST_KNOWN_WORDS = ${names.longestKnownWords};`,
    '/** First words of the known names that span several words ("United" of "United States"). */',
    'export const KNOWN_FIRST_WORDS = setOf(STORED.openings, STORED.firstWords);',
    '/** Every part of a known name that ends before one of its spaces ("United", "Congressional Budget"): past a phrase not in here, no known name can follow. */',
    'export const KNOWN_OPENINGS: ReadonlySet<string> = new Set(STORED.openings);',
    "/** The country named by each capitalized form of a country or of a state's public body; people's names left out. */",
    'export const COUNTRY_FORMS = mapOf(COUNTRY_FORMS_LONGEST_FIRST, (index) => NAMES[STORED.countryFormCountries[index]!]!.name);',
    '/**',
    ' * Every form of COUNTRY_FORMS, longest first, as one pattern: a cheap scan of a whole text. Joined from the forms, not',
    ' * stored beside them (4 kB; no form holds a `|`, the generator checks).',
    ' */',
    "export const COUNTRY_FORM = patternOf(COUNTRY_FORMS_LONGEST_FIRST, '(?![A-Za-z0-9])', 'g');",
    '',
  ].join('\n');
}

/** What each unit or currency name (any case, matched in lower case) and each symbol (exact case) reads as. */
export function unitLookups() {
  const byName = new Map<string, UnitEntry>();
  const bySymbol = new Map<string, UnitEntry>();
  for (const definition of [...UNITS, ...GENERATED_UNITS]) {
    const entry = { unit: definition.unit, dimension: definition.dimension, factor: definition.factor };
    for (const name of definition.names) byName.set(name, entry);
    for (const symbol of definition.symbols ?? []) bySymbol.set(symbol, entry);
  }
  for (const currency of CURRENCIES) {
    const entry: UnitEntry = { unit: `currency:${currency.code}`, dimension: 'currency' };
    for (const name of currency.names ?? []) byName.set(name, entry);
  }
  for (const code of CURRENCY_CODES) {
    bySymbol.set(code, { unit: `currency:${code}`, dimension: 'currency' });
    // "30 MUSD", "120 MEUR", "MSEK": millions of the currency, as company reports write them.
    bySymbol.set(`M${code}`, { unit: `currency:${code}`, dimension: 'currency', factor: 1e6 });
  }
  for (const [name, currencyByCountry] of SHARED_CURRENCY_NAMES) {
    byName.set(name, { unit: `currency:${currencyByCountry[0]![1]}`, dimension: 'currency', currencyByCountry });
  }
  for (const [name, { name: subunit, currency }] of CURRENCY_SUBUNITS) {
    byName.set(
      name,
      typeof currency === 'string'
        ? { unit: `currency:${currency}`, dimension: 'currency', subunit }
        : { unit: `currency:${currency[0]![1]}`, dimension: 'currency', currencyByCountry: currency, subunit },
    );
  }
  const symbolToCode = new Map<string, string>();
  for (const currency of CURRENCIES) for (const symbol of currency.symbols ?? []) symbolToCode.set(symbol, currency.code);
  for (const code of CURRENCY_CODES) symbolToCode.set(code, code);
  const currencyPrefixes = [...symbolToCode.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    byName,
    bySymbol,
    multiWordStarts: [...new Set([...byName.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]!))],
    symbolToCode,
    currencyBefore: new RegExp(`(?:^|[^A-Za-z])(${currencyPrefixes.join('|')})[ \\u00a0]?$`),
    longestCurrencyPrefix: Math.max(...currencyPrefixes.map((prefix) => prefix.length)),
  };
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lookups as the module stores them: keys and values in parallel arrays, each reading once, named by index. */
export function storedUnitLookups(): StoredUnitLookups {
  const { byName, bySymbol, multiWordStarts, symbolToCode } = unitLookups();
  const entries = new Interned<UnitEntry>();
  return {
    entries: entries.values,
    names: [...byName.keys()],
    nameEntries: [...byName.values()].map((entry) => entries.indexOf(entry)),
    symbols: [...bySymbol.keys()],
    symbolEntries: [...bySymbol.values()].map((entry) => entries.indexOf(entry)),
    multiWordStarts,
    currencySymbols: [...symbolToCode.keys()],
    currencySymbolCodes: [...symbolToCode.values()],
  };
}

/**
 * "600km a second", "20 metres a second": each length per time the table names as one speed, keyed as a rate reads
 * ("km/second" -> "km/s"); from the table's "X per Y" speed names ("km per second").
 */
function speedOfRate(byName: ReadonlyMap<string, UnitEntry>, bySymbol: ReadonlyMap<string, UnitEntry>): Map<string, string> {
  const speedOf = new Map<string, string>();
  for (const [name, speed] of byName) {
    if (speed.dimension !== 'speed') continue;
    const [length, time] = name.split(' per ');
    const lengthUnit = length && (byName.get(length) ?? bySymbol.get(length));
    const timeUnit = time && byName.get(time);
    if (lengthUnit && timeUnit) speedOf.set(`${lengthUnit.unit}/${timeUnit.unit}`, speed.unit);
  }
  return speedOf;
}

export function unitLookupsModule(): string {
  const { byName, bySymbol, currencyBefore, longestCurrencyPrefix } = unitLookups();
  return [
    ...header('tables/units.ts, tables/units.generated.ts and tables/currencies.ts'),
    "import type { UnitDimension } from '../units.js';",
    "import type { CurrencyByCountry } from './currencies.js';",
    "import { mapOf } from './stored-lookups.js';",
    '',
    'export interface UnitEntry {',
    '  unit: string;',
    '  dimension: UnitDimension;',
    '  currencyByCountry?: CurrencyByCountry;',
    '  factor?: number;',
    '  subunit?: string;',
    '}',
    '',
    '/** Keys and values in parallel arrays (no array per pair); a name or symbol names its reading by index in `entries`. */',
    'export interface StoredUnitLookups {',
    '  entries: readonly UnitEntry[];',
    '  names: readonly string[];',
    '  nameEntries: readonly number[];',
    '  symbols: readonly string[];',
    '  symbolEntries: readonly number[];',
    '  multiWordStarts: readonly string[];',
    '  currencySymbols: readonly string[];',
    '  currencySymbolCodes: readonly string[];',
    '}',
    '',
    `const STORED: StoredUnitLookups = JSON.parse(${jsonLiteral(storedUnitLookups())});`,
    '',
    '/** Unit and currency names in lower case ("per cent", "dollars", "crowns", "cents") and what each reads as. */',
    'export const UNIT_BY_NAME = mapOf(STORED.names, (index) => STORED.entries[STORED.nameEntries[index]!]!);',
    '/** Unit symbols and currency codes, exact case ("km", "USD", "MUSD"). */',
    'export const UNIT_BY_SYMBOL = mapOf(STORED.symbols, (index) => STORED.entries[STORED.symbolEntries[index]!]!);',
    '/** First words of the unit names that span several words ("per" of "per cent"): only these need a longer look. */',
    'export const MULTI_WORD_STARTS: ReadonlySet<string> = new Set(STORED.multiWordStarts);',
    '/** The currency each symbol or code written before an amount names ("US$" -> USD, "€" -> EUR, "CAD" -> CAD). */',
    'export const SYMBOL_TO_CODE = mapOf(STORED.currencySymbols, (index) => STORED.currencySymbolCodes[index]!);',
    '/** A currency symbol or code at the end of the text before a number, longest first. */',
    `export const CURRENCY_BEFORE = ${asciiRegExpLiteral(currencyBefore)};`,
    '/** The longest symbol or code of CURRENCY_BEFORE. */',
    `export const LONGEST_CURRENCY_PREFIX = ${longestCurrencyPrefix};`,
    '/** The most words a unit name spans ("barrels of crude a day"): how far a name that starts a phrase is read. */',
    `export const LONGEST_UNIT_NAME_WORDS = ${Math.max(...[...byName.keys()].map((name) => name.split(' ').length))};`,
    '/** The speed a length per time names, keyed as a rate reads ("km/second" -> "km/s"), from the "X per Y" speed names. */',
    `export const SPEED_OF_RATE: ReadonlyMap<string, string> = new Map(${JSON.stringify([...speedOfRate(byName, bySymbol)])});`,
    '',
  ].join('\n');
}

export const PLURALS_FILE = join(TABLES, 'plurals.generated.ts');
const COMPROMISE_PLURALS = join(import.meta.dirname, '../node_modules/compromise/src/2-two/preTagger/model/irregulars/plurals.js');
/** Plurals news writes as a singular noun of its own ("the opera"), and units read as units ("feet"). */
const PLURALS_LEFT_OUT = new Set(['opera', 'feet']);

/** compromise's irregular plurals not ending in "s" (the regular rules do not see them as plurals), plural to singular. */
export function irregularPlurals(): [string, string][] {
  const source = readFileSync(COMPROMISE_PLURALS, 'utf8');
  return [...source.matchAll(/^[ \t]*([a-z]+): '([a-z]+)',$/gm)]
    .map(([, singular, plural]): [string, string] => [plural!, singular!])
    .filter(([plural, singular]) => plural !== singular && !plural.endsWith('s') && !PLURALS_LEFT_OUT.has(plural))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function pluralsModule(): string {
  return [
    ...header('npm compromise (src/2-two/preTagger/model/irregulars/plurals.js)'),
    '/** Irregular plurals and their singular, from compromise; units.ts adds its own and lets them win. */',
    `export const GENERATED_IRREGULAR_PLURALS: [string, string][] = JSON.parse(${jsonLiteral(irregularPlurals())});`,
    '',
  ].join('\n');
}

/** Each generated file and what it should hold. */
export function generatedTables(): { file: string; content: string }[] {
  return [
    { file: PHRASES_FILE, content: phrasesModule() },
    { file: VOCABULARY_FILE, content: vocabularyModule() },
    { file: KNOWN_NAMES_FILE, content: knownNamesModule() },
    { file: UNIT_LOOKUPS_FILE, content: unitLookupsModule() },
    { file: PLURALS_FILE, content: pluralsModule() },
  ];
}

if (process.argv[1] === import.meta.filename) for (const { file, content } of generatedTables()) writeFileSync(file, content);
