// `npx tsx scripts/generate-unit-conversions.ts`: writes two tables from js-quantities' unit table (a dev dependency:
// the extractor's bundle carries only the generated data):
// - shared/extraction/tables/units.generated.ts: the units js-quantities knows by a spelled name that the hand table
//   (tables/units.ts) lacks ("pints", "fathoms", "atmospheres"), and SI prefixes of the units news writes prefixed
//   ("millisieverts", "mSv", "kJ", "kN");
// - shared/extraction/tables/conversions.generated.ts: the factor (and offset) that takes each unit of both to its SI
//   base. Fails on a hand-table unit it cannot convert.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Qty from 'js-quantities';
import { UNITS, type Dimension, type UnitDefinition } from '../shared/extraction/tables/units.js';

const tablesFolder = join(import.meta.dirname, '../shared/extraction/tables');
const jsQuantitiesVersion = Qty.version;

/** js-quantities' kinds whose units news measures with, and the dimension factline files them under. */
const GENERATED_KINDS: Record<string, Dimension> = {
  length: 'length',
  area: 'area',
  volume: 'volume',
  mass: 'mass',
  energy: 'energy',
  power: 'power',
  pressure: 'pressure',
  angle: 'angle',
  force: 'other',
  current: 'other',
  charge: 'other',
  resistance: 'other',
  capacitance: 'other',
  radiation: 'other',
  illuminance: 'other',
  luminous_power: 'other',
  magnetism: 'other',
};
/** Names js-quantities gives units that news uses as ordinary words or names ("two leagues", "five Teslas", "Siemens"). */
const NOT_UNIT_NAMES = new Set(
  `league leagues bar bars grain grains stone stones slug slugs tesla teslas weber webers siemens mole moles henry curie
curies gray grays rod rods rotation point points unit dalton daltons pica picas poise stokes redshift gee annum datamile
gauss maxwell maxwells amu mil mils grad grads`.split(/\s+/),
);
/** A spelled name: lower-case letters, words joined by a hyphen ("fluid-ounces"), none of the imperial or US variants. */
const SPELLED_NAME = /^[a-z]{3,}(?:-[a-z]{3,})?$/;
const VARIANT = /-(?:imp|us)$|^beer|^oil/;

const handNames = new Set(
  UNITS.flatMap((definition) => [...definition.names, ...(definition.symbols ?? [])].map((name) => name.toLowerCase())),
);
const handKeys = new Set(UNITS.map((definition) => definition.unit));

/** Prefixes by name, with their symbols and js-quantities' symbol. */
const PREFIXES: Readonly<Record<string, readonly [symbols: readonly string[], expression: string]>> = {
  nano: [['n'], 'n'],
  micro: [['μ', 'µ'], 'u'],
  milli: [['m'], 'm'],
  kilo: [['k'], 'k'],
  mega: [['M'], 'M'],
  giga: [['G'], 'G'],
  tera: [['T'], 'T'],
};
/**
 * SI units news writes with prefixes, their symbol, js-quantities' symbol, and the prefixes news uses with them (not
 * "MA" or "TN", which are states before they are megaamperes or teranewtons).
 */
const PREFIXED_BASES: readonly (readonly [name: string, symbol: string, expression: string, prefixes: readonly string[]])[] = [
  ['sievert', 'Sv', 'Sv', ['nano', 'micro', 'milli']],
  ['gray', 'Gy', 'Gy', ['micro', 'milli']],
  ['becquerel', 'Bq', 'Bq', ['kilo', 'mega', 'giga', 'tera']],
  ['joule', 'J', 'J', ['kilo', 'mega', 'giga', 'tera']],
  ['newton', 'N', 'N', ['kilo']],
  ['ampere', 'A', 'A', ['micro', 'milli', 'kilo']],
  ['ohm', 'Ω', 'Ohm', ['kilo', 'mega']],
];

/** factline's key of each generated unit -> the expression js-quantities reads, and the unit it is normalized to. */
const generatedExpressions: Record<string, { expression: string; base: string | null }> = {};
const generated: UnitDefinition[] = [];
const prefixedNames = new Set(PREFIXED_BASES.map(([name]) => name));
for (const [kind, dimension] of Object.entries(GENERATED_KINDS)) {
  for (const jsUnit of Qty.getUnits(kind)) {
    const aliases = Qty.getAliases(jsUnit);
    if (aliases.some((alias) => handNames.has(alias.toLowerCase()) || prefixedNames.has(alias.toLowerCase()))) continue;
    // Words only: a name with its plural beside it ("pint", "pints"), not a symbol written in letters ("atm", "var").
    const names = aliases.filter(
      (alias) =>
        SPELLED_NAME.test(alias) &&
        !VARIANT.test(alias) &&
        !NOT_UNIT_NAMES.has(alias) &&
        (aliases.includes(`${alias}s`) || (alias.endsWith('s') && aliases.includes(alias.slice(0, -1)))),
    );
    const key = names.find((name) => !name.endsWith('s')) ?? names[0];
    if (!key || handKeys.has(key) || prefixedNames.has(key)) continue;
    generated.push({ unit: key, dimension, names: names.map((name) => name.replace('-', ' ')) });
    generatedExpressions[key] = { expression: jsUnit, base: null };
  }
}
for (const [name, symbol, expression, prefixes] of PREFIXED_BASES) {
  const dimension = GENERATED_KINDS[Qty(expression).kind()] ?? 'other';
  if (!handKeys.has(name)) {
    const names = NOT_UNIT_NAMES.has(name) ? [] : [`${name}s`, name, ...(name === 'ampere' ? ['amps', 'amp'] : [])];
    // One-letter symbols ("N", "A") stand for too much else; "Sv", "Gy", "Ω" do not.
    const symbols = symbol.length > 1 || symbol === 'Ω' ? [symbol] : [];
    if (names.length > 0 || symbols.length > 0) generated.push({ unit: name, dimension, names, symbols });
    generatedExpressions[name] = { expression, base: name };
  }
  for (const prefix of prefixes) {
    const [prefixSymbols, prefixExpression] = PREFIXES[prefix]!;
    const key = `${prefixSymbols[0]}${symbol}`;
    if (handKeys.has(key) || handNames.has(`${prefix}${name}`)) continue;
    generated.push({
      unit: key,
      dimension,
      names: [`${prefix}${name}s`, `${prefix}${name}`],
      symbols: prefixSymbols.map((prefixSymbol) => `${prefixSymbol}${symbol}`),
    });
    generatedExpressions[key] = { expression: `${prefixExpression}${expression}`, base: name };
  }
}
writeFileSync(
  join(tablesFolder, 'units.generated.ts'),
  `// Generated by scripts/generate-unit-conversions.ts from js-quantities ${jsQuantitiesVersion}: do not edit.
// Units the hand table (units.ts) lacks: js-quantities' spelled names, and SI prefixes of units news writes prefixed.
import type { UnitDefinition } from './units.js';

export const GENERATED_UNITS: readonly UnitDefinition[] = ${JSON.stringify(generated, null, 2)};
`,
);

/** factline's unit key -> the expression js-quantities reads, where the key is not one it reads as it is. */
const EXPRESSIONS: Record<string, string> = {
  second: 's',
  ms: 'ms',
  minute: 'min',
  hour: 'h',
  day: 'd',
  week: 'wk',
  month: '0.0833333333333333 yr',
  year: 'yr',
  mile: 'mi',
  nmi: 'nmi',
  foot: 'ft',
  inch: 'in',
  yard: 'yd',
  'light-year': 'ly',
  km2: 'km^2',
  mi2: 'mi^2',
  m2: 'm^2',
  ft2: 'ft^2',
  km3: 'km^3',
  cm3: 'cm^3',
  litre: 'l',
  gallon: 'gal',
  m3: 'm^3',
  'cubic-foot': 'ft^3',
  microgram: 'ug',
  micrometre: 'um',
  tablespoon: 'tbsp',
  teaspoon: 'tsp',
  bushel: 'bu',
  barrel: 'bbl',
  au: 'AU',
  joule: 'J',
  calorie: 'kcal',
  BTU: 'btu',
  horsepower: 'hp',
  volt: 'V',
  knot: 'knot',
  'km/h': 'kph',
  byte: 'byte',
  kB: 'kB',
  Mbps: 'Mbit/s',
  Gbps: 'Gbit/s',
  kbps: 'kbit/s',
  'TB/s': 'TB/s',
  Mbit: 'Mbit',
  pascal: 'Pa',
  kPa: 'kPa',
  MPa: 'MPa',
  psi: 'psi',
  ksi: '1000 psi',
  bar: 'bar',
  ppm: 'ppm',
  ppb: 'ppb',
  rpm: 'rpm',
  fps: 'Hz',
  degree: 'deg',
  radian: 'rad',
  eV: 'eV',
  keV: 'keV',
  MeV: 'MeV',
  GeV: 'GeV',
  TeV: 'TeV',
  cl: 'cl',
  dl: 'dl',
  dm: 'dm',
  mAh: 'mAh',
  'barrel/day': 'bbl/d',
};
/** Base units by js-quantities' kind, as factline writes them. */
const BASE_UNITS: Record<string, string> = {
  length: 'm',
  area: 'm2',
  volume: 'm3',
  mass: 'kg',
  time: 'second',
  speed: 'm/s',
  energy: 'joule',
  power: 'W',
  temperature: 'kelvin',
  information: 'byte',
  information_rate: 'byte/s',
  frequency: 'Hz',
  pressure: 'pascal',
  potential: 'volt',
  unitless: 'fraction',
  angle: 'radian',
  angular_velocity: 'radian/s',
  charge: 'coulomb',
  volumetric_flow: 'm3/s',
};
const TEMPERATURES: Record<string, string> = { celsius: 'tempC', fahrenheit: 'tempF', kelvin: 'tempK' };
/** Not converted: counts of their own, or units with no SI base worth comparing on. */
const KEPT = new Set([
  'percent',
  'percentage-point',
  'basis-point',
  'index-point',
  'times',
  'magnitude',
  'dB',
  'megapixel',
  'teraflop',
  'petaflop',
  'exaflop',
  'mach',
  'mpg',
  'kiloton',
  'megaton',
]);

const conversions: Record<string, { unit: string; factor: number; offset?: number }> = {};
for (const [key, { expression, base }] of Object.entries(generatedExpressions)) {
  const quantity = Qty(expression);
  // A prefixed unit is normalized to its unprefixed one ("mSv" to sievert: sieverts and grays share SI's m2/s2).
  const baseKey = base ?? BASE_UNITS[quantity.kind()];
  if (!baseKey || baseKey === key) continue;
  const baseExpression = base ? (generatedExpressions[base]?.expression ?? EXPRESSIONS[base] ?? base) : null;
  const factor = baseExpression ? quantity.to(baseExpression).scalar : quantity.toBase().scalar;
  conversions[key] = { unit: baseKey, factor: Number(factor.toPrecision(12)) };
}
for (const key of new Set(UNITS.map((definition) => definition.unit))) {
  if (KEPT.has(key)) continue;
  const temperature = TEMPERATURES[key];
  if (temperature) {
    const at = (value: number) => Qty(`${value} ${temperature}`).to('tempK').scalar;
    conversions[key] = { unit: 'kelvin', factor: Number((at(1) - at(0)).toPrecision(12)), offset: Number(at(0).toPrecision(12)) };
    continue;
  }
  const quantity = Qty(EXPRESSIONS[key] ?? key);
  const base = BASE_UNITS[quantity.kind()];
  if (!base) throw new Error(`no base unit for ${key} (kind ${quantity.kind()})`);
  conversions[key] = { unit: base, factor: Number(quantity.toBase().scalar.toPrecision(12)) };
}
const body = Object.entries(conversions)
  .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
  .join('\n');
writeFileSync(
  join(tablesFolder, 'conversions.generated.ts'),
  `// Generated by scripts/generate-unit-conversions.ts from js-quantities ${jsQuantitiesVersion}: do not edit.
// Each unit of tables/units.ts and units.generated.ts -> its SI base unit: base = value * factor + (offset ?? 0).

export const SI_CONVERSIONS: Readonly<Record<string, { unit: string; factor: number; offset?: number }>> = {
${body}
};
`,
);
console.log(`${generated.length} units generated, ${Object.keys(conversions).length} conversions written`);
