// Scores the extractor on other projects' own test suites (../shared/peer-suites): quantulum3's and
// Microsoft Recognizers-Text's English expectations, through a mapping of their unit names to factline's.
// Their conventions differ from factline's in a few documented classes (years, numbers inside names,
// a unit with no amount): those expectations are counted apart, and the rest are errors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantities, type Quantity } from '../../shared/extraction/index.js';

const suitesFolder = join(import.meta.dirname, '../../../shared/peer-suites');

/** A peer's unit as factline writes it: the accepted unit(s) and what the peer's value is multiplied by. */
interface UnitMapping {
  units: readonly string[];
  factor?: number;
}

const map = (...units: string[]): UnitMapping => ({ units });
/** A unit factline has no name for: it can match only at the value level. */
const unmapped = (name: string): UnitMapping => ({ units: [`unmapped:${name}`] });

const CENTS = [
  'currency:USD-cent',
  'currency:EUR-cent',
  'currency:CAD-cent',
  'currency:AUD-cent',
  'currency:NZD-cent',
  'currency:HKD-cent',
  'currency:SGD-cent',
];

/** quantulum3's unit names (its entity names, lower case). "dimensionless" is a plain number: a count or a share. */
const QUANTULUM_UNITS: Record<string, UnitMapping> = {
  dimensionless: map('count', 'fraction'),
  metre: map('m'),
  kilometre: map('km'),
  mile: map('mile'),
  inch: map('inch'),
  nanometre: map('nm'),
  picometre: map('pm'),
  attometre: unmapped('attometre'),
  'square kilometre': map('km2'),
  'square mile': map('mi2'),
  'cubic kilometre': map('km3'),
  'cubic centimetre': map('cm3', 'ml'),
  litre: map('litre'),
  centilitre: map('cl'),
  gallon: map('gallon'),
  tablespoon: map('tablespoon'),
  cup: map('cup'),
  gray: map('gray'),
  milligray: map('mGy'),
  kilogram: map('kg'),
  tonne: map('tonne'),
  milligram: map('mg'),
  'pound-mass': map('lb'),
  second: map('second'),
  minute: map('minute'),
  hour: map('hour'),
  day: map('day'),
  week: map('week'),
  month: map('month'),
  year: map('year'),
  gigayear: { units: ['year'], factor: 1e9 },
  megayear: { units: ['year'], factor: 1e6 },
  percentage: map('percent'),
  'pound sterling': map('currency:GBP'),
  euro: map('currency:EUR'),
  dollar: map('currency:USD'),
  cent: map(...CENTS),
  penny: map('currency:GBP-penny', 'currency:USD-cent'),
  dime: { units: ['currency:USD-cent'], factor: 10 },
  'dollar per hour': map('currency:USD/hour'),
  'dollar per kilogram': map('currency:USD/kg'),
  'count per week': map('count/week'),
  'ton per day': map('ton/day'),
  'kilometre per hour': map('km/h'),
  'kilogram per cubic centimetre': map('kg/cm3'),
  'litre per kilometre': map('litre/km'),
  'watt per minute': map('W/minute'),
  'british thermal unit': map('BTU'),
  'degree Celsius': map('celsius'),
  'degree fahrenheit': map('fahrenheit'),
  'degree Fahrenheit': map('fahrenheit'),
  kelvin: map('kelvin'),
  exabyte: map('EB'),
  megabyte: map('MB'),
  kibibyte: map('KiB'),
  byte: map('byte'),
  bit: map('bit'),
  'kilobit per second': map('kbps'),
  'watt hour': map('Wh'),
  'megawatt hour': map('MWh'),
  watt: map('W'),
  gigahertz: map('GHz'),
  dozen: { units: ['count'], factor: 12 },
  "baker's dozen": { units: ['count'], factor: 13 },
  gross: { units: ['count'], factor: 144 },
  'minute of arc': map('arcminute'),
  'second of arc': map('arcsecond'),
  electronvolt: map('eV'),
  teraelectronvolt: map('TeV'),
};

/** Recognizers-Text's unit names, by model. */
const RECOGNIZERS_UNITS: Record<string, UnitMapping> = {
  // Currency
  Dollar: map('currency:USD'),
  'United States dollar': map('currency:USD'),
  'Canadian dollar': map('currency:CAD'),
  'Australian dollar': map('currency:AUD'),
  'New Zealand dollar': map('currency:NZD'),
  'Hong Kong dollar': map('currency:HKD'),
  Pound: map('currency:GBP', 'lb'),
  'British pound': map('currency:GBP'),
  Euro: map('currency:EUR'),
  'Japanese yen': map('currency:JPY'),
  'Chinese yuan': map('currency:CNY'),
  Franc: map('currency:CHF'),
  'Swiss franc': map('currency:CHF'),
  'Turkish lira': map('currency:TRY'),
  Rupee: map('currency:INR'),
  'Sri Lankan rupee': map('currency:LKR'),
  'Mexican peso': map('currency:MXN'),
  'Costa Rican colón': map('currency:CRC'),
  'Georgian lari': map('currency:GEL'),
  'Lao kip': map('currency:LAK'),
  'Finnish markka': map('currency:FIM'),
  Peseta: map('currency:ESP'),
  'Netherlands guilder': map('currency:NLG'),
  Bitcoin: map('currency:BTC'),
  Satoshi: map('currency:BTC-satoshi'),
  Sen: map('currency:MYR-sen'),
  Cent: map(...CENTS),
  Pence: map('currency:GBP-penny'),
  Penny: map('currency:GBP-penny'),
  // Dimension
  Milliliter: map('ml'),
  Inch: map('inch'),
  Mile: map('mile'),
  Barrel: map('barrel'),
  Foot: map('foot'),
  Ounce: map('oz'),
  Acre: map('acre'),
  Gallon: map('gallon'),
  'Cubic foot': map('cubic-foot'),
  'Square meter': map('m2'),
  // Recognizers-Text files "tons", "tonnes" and a glued "t" all under Ton; "metric tons" alone under Metric ton.
  Ton: map('ton', 'tonne'),
  'Metric ton': map('tonne'),
  Bit: map('bit'),
  'Mile per hour': map('mph'),
  Meter: map('m'),
  Kilometer: map('km'),
  Millimeter: map('mm'),
  'Square kilometer': map('km2'),
  Decimeter: map('dm'),
  Megabit: map('Mbit'),
  Megabyte: map('MB'),
  Picometer: map('pm'),
  Tablespoon: map('tablespoon'),
  Teaspoon: map('teaspoon'),
  Cup: map('cup'),
  'Kilometer per hour': map('km/h'),
  Dram: unmapped('dram'),
  'Meter per millisecond': map('m/ms'),
  'Centimeter per millisecond': map('cm/ms'),
  'Kilometer per millisecond': map('km/ms'),
  Kilogram: map('kg'),
  Microgram: map('microgram'),
  Gram: map('g'),
  Degree: map('degree'),
  Radian: map('radian'),
  Turn: map('turn'),
  // Temperature ("Degree" there is a temperature whose scale the text leaves open)
  C: map('celsius'),
  F: map('fahrenheit'),
  // Age
  Year: map('year'),
  Month: map('month'),
  Week: map('week'),
  Day: map('day'),
  Age: map('year'),
};

interface Expectation {
  surface: string;
  start: number;
  end: number;
  /** null: the peer marks a unit with no amount ("dollar"). */
  value: number | null;
  /** null: the suite annotates values only (Recognizers-Text's number model). */
  mapping: UnitMapping | null;
}

interface Case {
  text: string;
  expected: Expectation[];
}

type Scope = (quantity: Quantity) => boolean;

interface Suite {
  name: string;
  cases: Case[];
  /** The extracted quantities the suite annotates at all: a currency suite says nothing of counts. */
  inScope: Scope;
  unitsAnnotated: boolean;
}

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'ms']);
// An angle ("turn a 45 degrees angle", factline's `degree`) is a dimension, as Recognizers-Text files it, not a temperature.
const TEMPERATURE_UNITS = new Set(['celsius', 'fahrenheit', 'kelvin']);
const everything: Scope = () => true;

function located(text: string, surface: string, from: number): { start: number; end: number } {
  const at = text.indexOf(surface, from);
  const start = at >= 0 ? at : text.indexOf(surface);
  return start >= 0 ? { start, end: start + surface.length } : { start: -1, end: -1 };
}

interface QuantulumCase {
  req: string;
  res: { value: number; unit: string; surface: string }[];
}

function quantulumSuite(file: string, name: string): Suite {
  const cases = (JSON.parse(readFileSync(join(suitesFolder, 'quantulum3', file), 'utf8')) as QuantulumCase[]).map((entry): Case => {
    let cursor = 0;
    const expected = entry.res.map((result): Expectation => {
      const place = located(entry.req, result.surface, cursor);
      cursor = Math.max(cursor, place.end);
      return { surface: result.surface, ...place, value: result.value, mapping: QUANTULUM_UNITS[result.unit] ?? unmapped(result.unit) };
    });
    return { text: entry.req, expected };
  });
  return { name, cases, inScope: everything, unitsAnnotated: true };
}

interface RecognizersCase {
  Input: string;
  Results: { Text: string; Start?: number; TypeName: string; Resolution?: { value?: string | null; unit?: string } }[];
}

function recognizersValue(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value.replace(/%$/, ''));
  return Number.isFinite(number) ? number : null;
}

function recognizersSuite(model: string, inScope: Scope, unitsAnnotated: boolean): Suite {
  const entries = JSON.parse(readFileSync(join(suitesFolder, 'recognizers-text', `${model}Model.json`), 'utf8')) as RecognizersCase[];
  const cases = entries.map(
    (entry): Case => ({
      text: entry.Input,
      expected: entry.Results.map((result): Expectation => {
        const start =
          result.Start !== undefined && entry.Input.startsWith(result.Text, result.Start)
            ? result.Start
            : located(entry.Input, result.Text, 0).start;
        const unit = result.Resolution?.unit;
        const mapping = !unitsAnnotated
          ? null
          : model === 'Percent'
            ? map('percent')
            : model === 'Temperature' && unit === 'Degree'
              ? map('celsius', 'fahrenheit')
              : unit
                ? (RECOGNIZERS_UNITS[unit] ?? unmapped(unit))
                : unmapped('none');
        return { surface: result.Text, start, end: start + result.Text.length, value: recognizersValue(result.Resolution?.value), mapping };
      }),
    }),
  );
  return { name: `Recognizers-Text ${model}`, cases, inScope, unitsAnnotated };
}

function loadSuites(): Suite[] {
  const currency: Scope = (quantity) => quantity.unit.startsWith('currency:');
  const dimension: Scope = (quantity) =>
    !currency(quantity) &&
    !TIME_UNITS.has(quantity.unit) &&
    !TEMPERATURE_UNITS.has(quantity.unit) &&
    !['count', 'fraction', 'percent', 'percentage-point'].includes(quantity.unit);
  return [
    quantulumSuite('quantities.json', 'quantulum3'),
    quantulumSuite('quantities.ambiguity.json', 'quantulum3 ambiguity'),
    recognizersSuite('Currency', currency, true),
    recognizersSuite('Dimension', dimension, true),
    recognizersSuite('Temperature', (quantity) => TEMPERATURE_UNITS.has(quantity.unit), true),
    recognizersSuite('Age', (quantity) => quantity.metric === 'age', true),
    recognizersSuite('Percent', (quantity) => quantity.unit === 'percent', true),
    recognizersSuite('Number', everything, false),
  ];
}

/**
 * The peer conventions factline does not share, by class; an expectation in one of them is neither a hit nor a
 * miss (a rate written with its per part, "$98 a share", where the peer has the amount alone, is counted apart too).
 * Years are times, not quantities; a bare number that is the whole text is page furniture; a number in a name or code ("Voyager 2", "English 101", "SCP 06F6") and
 * the parts of a dotted address ("192.168.1.2") are not quantities; a currency word with no amount is no figure; a
 * measure hyphened on to its noun is the noun's attribute.
 */
/** A number hyphened on to a unit's word: "45-acre", "2.5-mile", "three-foot". */
const HYPHENED_MEASURE = /^[\w.,]+-[a-z]+$/i;

export function conventionOf(text: string, expectation: Expectation): string | null {
  if (expectation.value === null) return 'unit without an amount';
  const { surface, start, end } = expectation;
  // Recognizers-Text's number model reads fragments ("sixteen", ".08"): a bare number alone on a line is page
  // furniture to factline ("Comments 12"), not a quantity of a sentence.
  if (expectation.mapping === null && text.trim().replace(/[.!?]$/, '') === surface.trim()) return 'bare number alone';
  if (/^\d{4}$/.test(surface) && expectation.value >= 1000 && expectation.value <= 2100) return 'year';
  if (start < 0) return null;
  // factline's own convention (1.13.0, the issue's held-out reading): a measure hyphened on to the noun it describes
  // ("a 45-acre horse farm", "the 776-foot airship") is an attribute of the noun, not a quantity; money stays one.
  if (
    HYPHENED_MEASURE.test(surface) &&
    /^ [a-z]/.test(text.slice(end, end + 2)) &&
    !expectation.mapping?.units.some((unit) => unit.startsWith('currency:'))
  )
    return 'hyphened attribute';
  const around = text.slice(Math.max(0, start - 12), end + 12);
  if (/^\d+$/.test(surface) && /\d\.\d+\.\d/.test(around)) return 'dotted address or version';
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 4);
  // "Core i7 860 Processor": a number after a model's code is the model's.
  const codeBefore = /[A-Za-z]$/.test(before) || /\b[A-Za-z]+\d+ $/.test(before);
  if (/^[\d.]+$/.test(surface) && (codeBefore || /^[A-Za-z]{1,3}\d/.test(after) || /^\d*[A-Z]/.test(after)))
    return 'number in a name or code';
  // "Cannington\u2014South 32 Ltd": a dash may set the name off.
  const capitalizedWordBefore = /(?:^|[^.!?]\s|[\u2013\u2014])[A-Z][A-Za-z]*[ -]$/.test(before) || /^"?[A-Z][a-z]+ $/.test(before);
  if (
    /^\d+$/.test(surface) &&
    capitalizedWordBefore &&
    !/^(?:In|On|At|By|From|To|The|About|Over|Under|Only|Some)\s$/.test(before.slice(-5).trimStart())
  )
    return 'number in a name or code';
  return null;
}

function close(expected: number, actual: number): boolean {
  return expected === actual || Math.abs(expected - actual) <= 0.001 * Math.max(Math.abs(expected), Math.abs(actual));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function valueMatches(expectation: Expectation, quantity: Quantity): boolean {
  if (expectation.value === null) return false;
  const factor = expectation.mapping?.factor ?? 1;
  return close(expectation.value * factor, quantity.value);
}

function unitMatches(expectation: Expectation, quantity: Quantity, rateAsAmount = false): boolean {
  if (expectation.mapping === null || expectation.mapping.units.includes(quantity.unit)) return true;
  // factline writes a rate with its per part ("$98 a share" is currency:USD/share) where the peer annotates the amount.
  return (
    rateAsAmount &&
    quantity.unit.includes('/') &&
    expectation.mapping.units.includes(quantity.unit.slice(0, quantity.unit.lastIndexOf('/')))
  );
}

/** An expectation whose unit factline writes with a per part the peer leaves out: a convention, not an error. */
function rateConvention(expectation: Expectation, quantity: Quantity): boolean {
  return !unitMatches(expectation, quantity) && unitMatches(expectation, quantity, true);
}

export interface SuiteCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface SuiteScore {
  name: string;
  cases: number;
  expectations: number;
  /** Expectations in a convention class factline does not share, by class. */
  conventions: Map<string, number>;
  /** All expectations counted (the peer's conventions as errors too). */
  all: Record<'value' | 'value+unit', SuiteCounts>;
  /** Convention differences set apart: the errors. */
  errors: Record<'value' | 'value+unit', SuiteCounts>;
  unitsAnnotated: boolean;
  /** The errors a news reader sees: a figure stored with the wrong value or unit, or a figure where there is none. */
  noticed: { wrongValue: number; wrongUnit: number; spurious: number; missed: number };
  failures: string[];
}

function emptyCounts(): SuiteCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** One-to-one matching in one case: pairs on the same span first, then any left with the same value (and unit). */
function matchCase(
  expected: readonly Expectation[],
  extracted: readonly Quantity[],
  withUnit: boolean,
  rateAsAmount = false,
): Map<Expectation, Quantity> {
  const pairs = new Map<Expectation, Quantity>();
  const used = new Set<Quantity>();
  const agrees = (expectation: Expectation, quantity: Quantity) =>
    !used.has(quantity) && valueMatches(expectation, quantity) && (!withUnit || unitMatches(expectation, quantity, rateAsAmount));
  for (const onSpan of [true, false]) {
    for (const expectation of expected) {
      if (pairs.has(expectation)) continue;
      const chosen = extracted.find((quantity) => agrees(expectation, quantity) && (!onSpan || overlaps(expectation, quantity)));
      if (chosen) {
        used.add(chosen);
        pairs.set(expectation, chosen);
      }
    }
  }
  return pairs;
}

function describe(quantity: Quantity): string {
  const value = quantity.low !== undefined ? `${quantity.low}..${quantity.high}` : String(quantity.value);
  return `"${quantity.text}"=${value} ${quantity.unit}`;
}

function scoreSuite(suite: Suite): SuiteScore {
  const levels = ['value', 'value+unit'] as const;
  const score: SuiteScore = {
    name: suite.name,
    cases: suite.cases.length,
    expectations: 0,
    conventions: new Map(),
    unitsAnnotated: suite.unitsAnnotated,
    all: { value: emptyCounts(), 'value+unit': emptyCounts() },
    errors: { value: emptyCounts(), 'value+unit': emptyCounts() },
    noticed: { wrongValue: 0, wrongUnit: 0, spurious: 0, missed: 0 },
    failures: [],
  };
  for (const testCase of suite.cases) {
    const quantities = extractQuantities(testCase.text);
    const extracted = quantities.filter(
      (quantity) => suite.inScope(quantity) || testCase.expected.some((expectation) => overlaps(expectation, quantity)),
    );
    score.expectations += testCase.expected.length;
    const conventions = testCase.expected.map((expectation) => conventionOf(testCase.text, expectation));
    for (const convention of conventions) if (convention) score.conventions.set(convention, (score.conventions.get(convention) ?? 0) + 1);
    const errorsOnly = testCase.expected.filter((_, index) => conventions[index] === null);
    for (const level of levels) {
      for (const [expected, counts] of [
        [testCase.expected, score.all[level]],
        [errorsOnly, score.errors[level]],
      ] as const) {
        const pairs = matchCase(expected, extracted, level === 'value+unit', expected === errorsOnly);
        // An extracted quantity standing on a convention expectation ("2" of "Voyager 2") is no error either.
        const excused =
          expected === errorsOnly
            ? extracted.filter(
                (quantity) =>
                  ![...pairs.values()].includes(quantity) &&
                  testCase.expected.some((expectation, index) => conventions[index] !== null && overlaps(expectation, quantity)),
              ).length
            : 0;
        counts.truePositives += pairs.size;
        counts.falseNegatives += expected.length - pairs.size;
        counts.falsePositives += extracted.length - pairs.size - excused;
      }
    }
    const byValue = matchCase(errorsOnly, extracted, false);
    const byUnit = matchCase(errorsOnly, extracted, suite.unitsAnnotated, true);
    const matched = new Set(byUnit.values());
    for (const [expectation, quantity] of byUnit) {
      if (rateConvention(expectation, quantity))
        score.conventions.set('rate with its per part', (score.conventions.get('rate with its per part') ?? 0) + 1);
    }
    const lines: string[] = [];
    for (const expectation of errorsOnly) {
      if (byUnit.has(expectation)) continue;
      const sameValue = byValue.get(expectation);
      const onSpan = extracted.find((quantity) => !matched.has(quantity) && overlaps(expectation, quantity));
      const wanted = `"${expectation.surface}"=${expectation.value} ${expectation.mapping?.units.join('|') ?? ''}`;
      if (sameValue && overlaps(expectation, sameValue)) {
        score.noticed.wrongUnit += 1;
        lines.push(`wrong unit  ${wanted}, got ${describe(sameValue)}`);
      } else if (onSpan) {
        score.noticed.wrongValue += 1;
        lines.push(`wrong value ${wanted}, got ${describe(onSpan)}`);
      } else {
        score.noticed.missed += 1;
        lines.push(`missed      ${wanted}`);
      }
    }
    for (const quantity of extracted) {
      const standsOnExpectation = testCase.expected.some((expectation) => overlaps(expectation, quantity));
      if (!matched.has(quantity) && !standsOnExpectation) {
        score.noticed.spurious += 1;
        lines.push(`spurious    ${describe(quantity)}`);
      }
    }
    if (lines.length > 0) score.failures.push(`  ${JSON.stringify(testCase.text)}\n${lines.map((line) => `      ${line}`).join('\n')}`);
  }
  return score;
}

function f1Of(counts: SuiteCounts): number {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function scorePeerSuites(): SuiteScore[] {
  return loadSuites().map(scoreSuite);
}

/** Prints every suite's value and value+unit F1, with the peer's conventions counted and then set apart. */
export function evaluatePeerSuites(verbose: boolean): void {
  if (!existsSync(suitesFolder)) {
    console.log(`Peer suites: not scored, ${suitesFolder} is not beside this checkout`);
    return;
  }
  const percent = (share: number) => (share * 100).toFixed(1).padStart(5);
  console.log('Peer suites (../shared/peer-suites; written by other projects; unit mapping in scripts/eval/peer-suites.ts)');
  console.log(
    '  suite                       cases  exp.  value F1  value+unit F1 | conventions apart: value F1  value+unit F1 | noticed: wrong value, wrong unit, spurious; missed',
  );
  const totals = {
    all: { value: emptyCounts(), 'value+unit': emptyCounts() },
    errors: { value: emptyCounts(), 'value+unit': emptyCounts() },
  };
  for (const score of scorePeerSuites()) {
    const unitF1 = (counts: SuiteCounts) => (score.unitsAnnotated ? percent(f1Of(counts)) : '  n/a');
    for (const group of ['all', 'errors'] as const) {
      if (!score.unitsAnnotated) continue;
      for (const level of ['value', 'value+unit'] as const) {
        const total = totals[group][level];
        total.truePositives += score[group][level].truePositives;
        total.falsePositives += score[group][level].falsePositives;
        total.falseNegatives += score[group][level].falseNegatives;
      }
    }
    const conventions = [...score.conventions].map(([name, count]) => `${name} ${count}`).join(', ');
    const { wrongValue, wrongUnit, spurious, missed } = score.noticed;
    console.log(
      `  ${score.name.padEnd(26)} ${String(score.cases).padStart(5)} ${String(score.expectations).padStart(5)}     ${percent(f1Of(score.all.value))}          ${unitF1(score.all['value+unit'])} |` +
        `                    ${percent(f1Of(score.errors.value))}          ${unitF1(score.errors['value+unit'])} | ${wrongValue}, ${wrongUnit}, ${spurious}; ${missed}` +
        (conventions ? `   (conventions: ${conventions})` : ''),
    );
    if (verbose) for (const failure of score.failures) console.log(failure);
  }
  console.log(
    `  ${'all with units'.padEnd(26)}              ${percent(f1Of(totals.all.value))}          ${percent(f1Of(totals.all['value+unit']))} |` +
      `                    ${percent(f1Of(totals.errors.value))}          ${percent(f1Of(totals.errors['value+unit']))}`,
  );
}
