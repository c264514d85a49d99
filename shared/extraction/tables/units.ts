// Units of measure: canonical key, spelled-out names (any case) and symbols (exact case).
// Names may span up to three words; symbols are single tokens written right after the number.

export type Dimension =
  | 'percent'
  | 'percentage-point'
  | 'basis-point'
  | 'point'
  | 'time'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'speed'
  | 'energy'
  | 'power'
  | 'temperature'
  | 'data'
  | 'frequency'
  | 'pressure'
  | 'angle'
  | 'multiplier'
  | 'other';

export interface UnitDefinition {
  unit: string;
  dimension: Dimension;
  names: readonly string[];
  symbols?: readonly string[];
  /** The amount of `unit` one of these is, when it is written in a multiple of the canonical unit ("decade"). */
  factor?: number;
}

export const UNITS: readonly UnitDefinition[] = [
  {
    unit: 'percent',
    dimension: 'percent',
    names: ['per cent', 'percent', 'percents', 'per-cent', 'pct', 'pc', 'percentage'],
    symbols: ['%', '％'],
  },
  {
    unit: 'percentage-point',
    dimension: 'percentage-point',
    names: [
      'percentage points',
      'percentage point',
      'percent points',
      'per cent points',
      'pct points',
      'pct pts',
      'percentage pts',
      'ppts',
      'ppt',
      'pp',
      'points of percentage',
    ],
  },
  { unit: 'basis-point', dimension: 'basis-point', names: ['basis points', 'basis point', 'bps', 'bp'] },
  { unit: 'index-point', dimension: 'point', names: ['points', 'point', 'pts', 'index points', 'index point'] },
  { unit: 'second', dimension: 'time', names: ['seconds', 'second', 'secs', 'sec'] },
  { unit: 'ms', dimension: 'time', names: ['milliseconds', 'millisecond'], symbols: ['ms'] },
  { unit: 'minute', dimension: 'time', names: ['minutes', 'minute', 'mins', 'min'] },
  { unit: 'hour', dimension: 'time', names: ['hours', 'hour', 'hrs', 'hr'], symbols: ['h'] },
  { unit: 'day', dimension: 'time', names: ['days', 'day'] },
  { unit: 'week', dimension: 'time', names: ['weeks', 'week', 'wks'] },
  { unit: 'week', dimension: 'time', names: ['fortnights', 'fortnight'], factor: 2 },
  { unit: 'month', dimension: 'time', names: ['months', 'month'] },
  { unit: 'year', dimension: 'time', names: ['years', 'year', 'yrs', 'yr'] },
  { unit: 'year', dimension: 'time', names: ['decades', 'decade'], factor: 10 },
  { unit: 'year', dimension: 'time', names: ['centuries', 'century'], factor: 100 },
  { unit: 'km', dimension: 'length', names: ['kilometres', 'kilometre', 'kilometers', 'kilometer', 'kms'], symbols: ['km'] },
  { unit: 'm', dimension: 'length', names: ['metres', 'metre', 'meters', 'meter'], symbols: ['m'] },
  { unit: 'cm', dimension: 'length', names: ['centimetres', 'centimetre', 'centimeters', 'centimeter', 'cms'], symbols: ['cm'] },
  { unit: 'mm', dimension: 'length', names: ['millimetres', 'millimetre', 'millimeters', 'millimeter'], symbols: ['mm'] },
  { unit: 'mile', dimension: 'length', names: ['miles', 'mile'], symbols: ['mi'] },
  { unit: 'nautical-mile', dimension: 'length', names: ['nautical miles', 'nautical mile'] },
  { unit: 'foot', dimension: 'length', names: ['feet', 'foot'], symbols: ['ft'] },
  { unit: 'inch', dimension: 'length', names: ['inches', 'inch'] },
  { unit: 'yard', dimension: 'length', names: ['yards', 'yard'], symbols: ['yd', 'yds'] },
  { unit: 'light-year', dimension: 'length', names: ['light years', 'light-years', 'light year', 'light-year'] },
  {
    unit: 'km2',
    dimension: 'area',
    names: [
      'square kilometres',
      'square kilometre',
      'square kilometers',
      'square kilometer',
      'sq km',
      'sq. km',
      'km2',
      'km²',
      'km squared',
      'kilometres squared',
      'kilometers squared',
    ],
  },
  { unit: 'mi2', dimension: 'area', names: ['square miles', 'square mile', 'sq mi', 'sq miles'] },
  { unit: 'm2', dimension: 'area', names: ['square metres', 'square metre', 'square meters', 'square meter', 'sq m', 'm2', 'm²'] },
  { unit: 'ft2', dimension: 'area', names: ['square feet', 'square foot', 'sq ft', 'sq. ft', 'sq. ft.'] },
  { unit: 'hectare', dimension: 'area', names: ['hectares', 'hectare'], symbols: ['ha'] },
  { unit: 'acre', dimension: 'area', names: ['acres', 'acre'] },
  { unit: 'litre', dimension: 'volume', names: ['litres', 'litre', 'liters', 'liter'], symbols: ['l', 'L'] },
  { unit: 'ml', dimension: 'volume', names: ['millilitres', 'millilitre', 'milliliters', 'milliliter'], symbols: ['ml', 'mL'] },
  { unit: 'gallon', dimension: 'volume', names: ['gallons', 'gallon'] },
  { unit: 'm3', dimension: 'volume', names: ['cubic metres', 'cubic metre', 'cubic meters', 'cubic meter', 'm3', 'm³'] },
  { unit: 'cubic-foot', dimension: 'volume', names: ['cubic feet', 'cubic foot'] },
  { unit: 'kg', dimension: 'mass', names: ['kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilos', 'kilo', 'kgs'], symbols: ['kg'] },
  { unit: 'g', dimension: 'mass', names: ['grams', 'gram', 'grammes', 'gramme'], symbols: ['g'] },
  { unit: 'mg', dimension: 'mass', names: ['milligrams', 'milligram', 'milligrammes', 'milligramme'], symbols: ['mg'] },
  { unit: 'microgram', dimension: 'mass', names: ['micrograms', 'microgram', 'microgrammes', 'microgramme'], symbols: ['µg', 'μg', 'mcg'] },
  { unit: 'tonne', dimension: 'mass', names: ['tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes'], symbols: ['t'] },
  { unit: 'ton', dimension: 'mass', names: ['tons', 'ton', 'short tons', 'short ton'] },
  { unit: 'lb', dimension: 'mass', names: ['pounds', 'pound', 'lbs', 'lb'] },
  { unit: 'oz', dimension: 'mass', names: ['troy ounces', 'ounces', 'ounce', 'oz'] },
  { unit: 'bushel', dimension: 'volume', names: ['bushels', 'bushel'] },
  { unit: 'au', dimension: 'length', names: ['astronomical units', 'astronomical unit'] },
  {
    unit: 'km/h',
    dimension: 'speed',
    names: [
      'kilometres per hour',
      'kilometers per hour',
      'kilometres an hour',
      'kilometers an hour',
      'km/h',
      'kph',
      'kmh',
      'kmph',
      'km/hr',
      'km per hour',
      'km an hour',
      // older press: dotted "k.p.h." (a closing full stop may be the sentence's)
      'k.p.h.',
      'k.p.h',
    ],
  },
  { unit: 'mph', dimension: 'speed', names: ['miles per hour', 'miles an hour', 'mph', 'm.p.h.', 'm.p.h'] },
  { unit: 'm/s', dimension: 'speed', names: ['metres per second', 'meters per second', 'm/s'] },
  { unit: 'knot', dimension: 'speed', names: ['knots', 'knot'] },
  { unit: 'kWh', dimension: 'energy', names: ['kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kilowatt-hour', 'kwh'] },
  { unit: 'MWh', dimension: 'energy', names: ['megawatt hours', 'megawatt-hours', 'megawatt hour', 'mwh'] },
  { unit: 'GWh', dimension: 'energy', names: ['gigawatt hours', 'gigawatt-hours', 'gigawatt hour', 'gwh'] },
  { unit: 'TWh', dimension: 'energy', names: ['terawatt hours', 'terawatt-hours', 'terawatt hour', 'twh'] },
  { unit: 'Wh', dimension: 'energy', names: ['watt hours', 'watt-hours', 'watt hour', 'wh'] },
  { unit: 'joule', dimension: 'energy', names: ['joules', 'joule'], symbols: ['J'] },
  { unit: 'calorie', dimension: 'energy', names: ['calories', 'calorie', 'kcal', 'cal'] },
  { unit: 'BTU', dimension: 'energy', names: ['british thermal units', 'british thermal unit', 'btus', 'btu'] },
  { unit: 'W', dimension: 'power', names: ['watts', 'watt'], symbols: ['W'] },
  { unit: 'kW', dimension: 'power', names: ['kilowatts', 'kilowatt'], symbols: ['kW'] },
  { unit: 'MW', dimension: 'power', names: ['megawatts', 'megawatt'], symbols: ['MW'] },
  { unit: 'GW', dimension: 'power', names: ['gigawatts', 'gigawatt'], symbols: ['GW'] },
  { unit: 'TW', dimension: 'power', names: ['terawatts', 'terawatt'], symbols: ['TW'] },
  { unit: 'horsepower', dimension: 'power', names: ['horsepower', 'hp'] },
  { unit: 'volt', dimension: 'other', names: ['volts', 'volt', 'kilovolts', 'kilovolt'], symbols: ['V', 'kV'] },
  {
    unit: 'celsius',
    dimension: 'temperature',
    names: [
      'degrees celsius',
      'degree celsius',
      'degrees centigrade',
      '°c',
      'ºc',
      'c°',
      'celsius',
      'degrees c',
      'deg celsius',
      'deg c',
      'degrees celcius',
      'celcius',
      'centigrade',
    ],
    symbols: ['C'],
  },
  {
    unit: 'fahrenheit',
    dimension: 'temperature',
    names: [
      'degrees fahrenheit',
      'degree fahrenheit',
      '°f',
      'ºf',
      'fahrenheit',
      'degrees f',
      'deg fahrenheit',
      'deg f',
      'degrees farenheit',
      'farenheit',
    ],
    symbols: ['F'],
  },
  // Bare degrees: an angle, unless the sentence speaks of temperature (sentence-units.ts settles it).
  { unit: 'degree', dimension: 'angle', names: ['degrees', 'degree', 'deg', '°', 'º'] },
  { unit: 'byte', dimension: 'data', names: ['bytes', 'byte'] },
  { unit: 'kB', dimension: 'data', names: ['kilobytes', 'kilobyte', 'kb'] },
  { unit: 'MB', dimension: 'data', names: ['megabytes', 'megabyte', 'megs', 'mb'] },
  { unit: 'GB', dimension: 'data', names: ['gigabytes', 'gigabyte', 'gb'] },
  { unit: 'TB', dimension: 'data', names: ['terabytes', 'terabyte', 'tb'] },
  { unit: 'PB', dimension: 'data', names: ['petabytes', 'petabyte', 'pb'] },
  { unit: 'Mbps', dimension: 'data', names: ['megabits per second', 'mbps', 'mbit/s', 'mb/s'] },
  { unit: 'Gbps', dimension: 'data', names: ['gigabits per second', 'gbps', 'gbit/s', 'gb/s'] },
  { unit: 'Hz', dimension: 'frequency', names: ['hertz', 'hz'] },
  { unit: 'kHz', dimension: 'frequency', names: ['kilohertz', 'khz'] },
  { unit: 'MHz', dimension: 'frequency', names: ['megahertz', 'mhz'] },
  { unit: 'GHz', dimension: 'frequency', names: ['gigahertz', 'ghz'] },
  { unit: 'nm', dimension: 'length', names: ['nanometres', 'nanometre', 'nanometers', 'nanometer'], symbols: ['nm'] },
  {
    unit: 'micrometre',
    dimension: 'length',
    names: ['micrometres', 'micrometre', 'micrometers', 'micrometer', 'microns', 'micron'],
    symbols: ['µm', 'μm'],
  },
  // No symbol: "2 pm" is a time of day.
  { unit: 'pm', dimension: 'length', names: ['picometres', 'picometre', 'picometers', 'picometer'] },
  { unit: 'dm', dimension: 'length', names: ['decimetres', 'decimetre', 'decimeters', 'decimeter'], symbols: ['dm'] },
  { unit: 'ppb', dimension: 'other', names: ['parts per billion', 'ppb'] },
  { unit: 'pascal', dimension: 'pressure', names: ['pascals', 'pascal'], symbols: ['Pa'] },
  { unit: 'kPa', dimension: 'pressure', names: ['kilopascals', 'kilopascal'], symbols: ['kPa'] },
  { unit: 'MPa', dimension: 'pressure', names: ['megapascals', 'megapascal'], symbols: ['MPa'] },
  { unit: 'psi', dimension: 'pressure', names: ['pounds per square inch', 'psi'] },
  { unit: 'ksi', dimension: 'pressure', names: ['ksi'] },
  {
    unit: 'rpm',
    dimension: 'frequency',
    names: ['revolutions per minute', 'revolutions a minute', 'revs per minute', 'revs a minute', 'rpm'],
  },
  { unit: 'fps', dimension: 'frequency', names: ['frames per second', 'fps'], symbols: ['FPS'] },
  { unit: 'eV', dimension: 'energy', names: ['electronvolts', 'electronvolt', 'electron volts', 'electron volt', 'ev'] },
  { unit: 'keV', dimension: 'energy', names: ['kiloelectronvolts', 'kev'] },
  { unit: 'MeV', dimension: 'energy', names: ['megaelectronvolts', 'mev'] },
  { unit: 'GeV', dimension: 'energy', names: ['gigaelectronvolts', 'gev'] },
  { unit: 'TeV', dimension: 'energy', names: ['teraelectronvolts', 'tev'] },
  { unit: 'kelvin', dimension: 'temperature', names: ['kelvins', 'kelvin'] },
  { unit: 'radian', dimension: 'angle', names: ['radians', 'radian'] },
  { unit: 'tablespoon', dimension: 'volume', names: ['tablespoons', 'tablespoon', 'tbsp'] },
  { unit: 'teaspoon', dimension: 'volume', names: ['teaspoons', 'teaspoon', 'tsp'] },
  { unit: 'cl', dimension: 'volume', names: ['centilitres', 'centilitre', 'centiliters', 'centiliter'], symbols: ['cl', 'cL'] },
  {
    unit: 'km3',
    dimension: 'volume',
    names: ['cubic kilometres', 'cubic kilometre', 'cubic kilometers', 'cubic kilometer', 'km3', 'km³', 'km cubed'],
  },
  {
    unit: 'cm3',
    dimension: 'volume',
    names: ['cubic centimetres', 'cubic centimetre', 'cubic centimeters', 'cubic centimeter', 'cm3', 'cm³', 'cc'],
  },
  { unit: 'bit', dimension: 'data', names: ['bits'] },
  { unit: 'Mbit', dimension: 'data', names: ['megabits', 'megabit', 'mbit'] },
  { unit: 'kbps', dimension: 'data', names: ['kilobits per second', 'kbps', 'kbit/s', 'kb/s'] },
  { unit: 'EB', dimension: 'data', names: ['exabytes', 'exabyte', 'eb'] },
  { unit: 'KiB', dimension: 'data', names: ['kibibytes', 'kibibyte', 'kib'] },
  { unit: 'ppm', dimension: 'other', names: ['parts per million', 'ppm'] },
  { unit: 'magnitude', dimension: 'other', names: ['magnitude'] },
  { unit: 'mAh', dimension: 'other', names: ['milliamp hours', 'milliamp-hours', 'mah'] },
  { unit: 'dB', dimension: 'other', names: ['decibels', 'decibel'], symbols: ['dB'] },
  { unit: 'mpg', dimension: 'other', names: ['miles per gallon', 'mpg'] },
  { unit: 'megapixel', dimension: 'other', names: ['megapixels', 'megapixel'], symbols: ['MP'] },
  { unit: 'teraflop', dimension: 'other', names: ['teraflops', 'teraflop'] },
  { unit: 'petaflop', dimension: 'other', names: ['petaflops', 'petaflop'] },
  { unit: 'exaflop', dimension: 'other', names: ['exaflops', 'exaflop'] },
  { unit: 'TB/s', dimension: 'data', names: ['terabytes per second'], symbols: ['TB/s'] },
  {
    unit: 'barrel/day',
    dimension: 'other',
    names: ['barrels per day', 'barrels a day', 'barrels of oil per day', 'barrels of oil a day', 'bpd', 'b/d'],
  },
  { unit: 'barrel', dimension: 'volume', names: ['barrels of oil', 'barrels', 'barrel', 'bbl'] },
  { unit: 'times', dimension: 'multiplier', names: ['times', 'fold', '-fold'], symbols: ['x', '×'] },
];
