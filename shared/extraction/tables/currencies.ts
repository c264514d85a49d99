// Currencies by ISO 4217 code, with the symbols and names news writes them with.
// A symbol shared by several currencies ("$") maps to the one news means by default (USD).

export interface CurrencyDefinition {
  code: string;
  /** Written before the amount: "$", "US$", "€". Exact case. */
  symbols?: readonly string[];
  /** Written after the amount: "dollars", "euros"; any case. Qualified names first ("canadian dollars"). */
  names?: readonly string[];
}

export const CURRENCIES: readonly CurrencyDefinition[] = [
  {
    code: 'USD',
    symbols: ['US$', 'U.S.$', 'USD$', '$'],
    names: [
      'us dollars',
      'u.s. dollars',
      'american dollars',
      'us dollar',
      'u.s. dollar',
      'dollars',
      'dollar',
      'us dlrs',
      'u.s. dlrs',
      'dlrs',
      'dlr',
      'bucks',
    ],
  },
  // Wire copy writes "dlrs" for every dollar: "4.5 billion Canadian dlrs".
  {
    code: 'CAD',
    symbols: ['C$', 'CA$', 'CAN$', 'Can$', 'CDN$'],
    names: ['canadian dollars', 'canadian dollar', 'canadian dlrs', 'canadian dlr'],
  },
  { code: 'AUD', symbols: ['A$', 'AU$', 'AUD$'], names: ['australian dollars', 'australian dollar', 'australian dlrs', 'australian dlr'] },
  { code: 'NZD', symbols: ['NZ$'], names: ['new zealand dollars', 'new zealand dollar', 'new zealand dlrs', 'nz dlrs'] },
  { code: 'HKD', symbols: ['HK$'], names: ['hong kong dollars', 'hong kong dollar', 'hong kong dlrs', 'hk dlrs'] },
  { code: 'SGD', symbols: ['S$'], names: ['singapore dollars', 'singapore dollar', 'singapore dlrs'] },
  { code: 'TWD', symbols: ['NT$'], names: ['taiwan dollars', 'new taiwan dollars', 'taiwan dlrs'] },
  { code: 'MXN', symbols: ['MX$', 'Mex$'], names: ['mexican pesos', 'mexican peso'] },
  { code: 'BRL', symbols: ['R$'], names: ['brazilian reais', 'reais'] },
  { code: 'EUR', symbols: ['€'], names: ['euros', 'euro'] },
  { code: 'GBP', symbols: ['£'], names: ['pounds sterling', 'british pounds', 'sterling', 'stg', 'quid'] },
  { code: 'JPY', symbols: ['¥', 'JP¥'], names: ['japanese yen', 'yen'] },
  { code: 'CNY', symbols: ['CN¥', 'RMB', 'Rmb', '元'], names: ['chinese yuan', 'yuan', 'renminbi', 'rmb'] },
  { code: 'INR', symbols: ['₹', 'Rs.', 'Rs', 'INR'], names: ['indian rupees', 'rupees', 'rupee', 'crore rupees', 'lakh rupees'] },
  { code: 'PKR', names: ['pakistani rupees'] },
  { code: 'KRW', symbols: ['₩'], names: ['korean won', 'south korean won'] },
  { code: 'RUB', symbols: ['₽'], names: ['russian roubles', 'russian rubles', 'roubles', 'rubles', 'rouble', 'ruble'] },
  { code: 'UAH', symbols: ['₴'], names: ['hryvnias', 'hryvnia', 'hryvnia'] },
  { code: 'TRY', symbols: ['₺'], names: ['turkish lira', 'lira'] },
  { code: 'ILS', symbols: ['₪'], names: ['shekels', 'shekel'] },
  { code: 'NGN', symbols: ['₦'], names: ['naira'] },
  { code: 'PHP', symbols: ['₱'], names: ['philippine pesos', 'philippine peso'] },
  { code: 'ARS', names: ['argentine pesos', 'argentine peso'] },
  { code: 'CLP', names: ['chilean pesos', 'chilean peso'] },
  { code: 'COP', names: ['colombian pesos', 'colombian peso'] },
  { code: 'VND', symbols: ['₫'], names: ['dong'] },
  { code: 'THB', symbols: ['฿'], names: ['baht'] },
  { code: 'CHF', symbols: ['CHF', 'SFr', 'Sfr'], names: ['swiss francs', 'swiss franc'] },
  { code: 'SEK', names: ['swedish kronor', 'swedish krona', 'swedish crowns', 'swedish crown', 'kronor', 'krona'] },
  { code: 'NOK', names: ['norwegian kroner', 'norwegian krone', 'norwegian crowns', 'norwegian crown'] },
  { code: 'DKK', names: ['danish kroner', 'danish krone', 'danish crowns', 'danish crown'] },
  { code: 'CZK', names: ['czech crowns', 'czech crown', 'czech korunas', 'koruna', 'korunas'] },
  { code: 'PLN', names: ['zloty', 'zlotys'] },
  { code: 'ZAR', names: ['rand', 'south african rand'] },
  { code: 'SAR', names: ['saudi riyals', 'saudi riyal'] },
  { code: 'QAR', names: ['qatari riyals', 'qatari riyal'] },
  // The Gulf press writes the dirham "Dh50", "Dhs1.2bn".
  { code: 'AED', symbols: ['Dhs', 'Dh'], names: ['dirhams', 'dirham'] },
  { code: 'IDR', names: ['rupiah'] },
  { code: 'MYR', names: ['ringgit'] },
  { code: 'EGP', names: ['egyptian pounds', 'egyptian pound'] },
  { code: 'KES', symbols: ['KSh', 'Ksh', 'Sh'], names: ['kenyan shillings', 'kenyan shilling', 'shillings', 'shilling'] },
  { code: 'GHS', symbols: ['GH₵', 'GH¢', '₵'], names: ['cedis', 'cedi'] },
  { code: 'BTC', symbols: ['₿'], names: ['bitcoins', 'bitcoin', 'btc'] },
  // Currencies the euro replaced, in older copy and archives.
  // Bare "marks" is the mark only with a scale or decimals ("45.6 mln marks", "1.8250 marks"): `mentions.ts`.
  { code: 'DEM', names: ['deutsche marks', 'deutschmarks', 'deutsche mark', 'deutschmark', 'marks'] },
  { code: 'FIM', names: ['finnish markka', 'markkaa', 'markka'] },
  { code: 'NLG', names: ['dutch guilders', 'guilders', 'guilder'] },
  { code: 'ESP', names: ['spanish pesetas', 'pesetas', 'peseta'] },
  { code: 'FRF', names: ['french francs', 'french franc'] },
  { code: 'BEF', names: ['belgian francs', 'belgian franc'] },
  { code: 'ITL', names: ['italian lire', 'lire'] },
  { code: 'BRC', names: ['cruzados', 'cruzado'] },
  { code: 'CRC', symbols: ['₡'], names: ['costa rican colones', 'colones'] },
  { code: 'GEL', symbols: ['₾'], names: ['lari'] },
  { code: 'LAK', symbols: ['₭'], names: ['kip'] },
];

/** ISO 4217 codes written as words before or after the amount ("USD 5", "5 CAD"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'TWD',
  'MXN',
  'BRL',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'PKR',
  'KRW',
  'RUB',
  'UAH',
  'TRY',
  'ILS',
  'NGN',
  'PHP',
  'VND',
  'THB',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'ZAR',
  'SAR',
  'AED',
  'IDR',
  'EGP',
  'KES',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'CZK',
  'HUF',
  'RON',
  'MYR',
  'QAR',
  'KWD',
  'BDT',
  'LKR',
  'GHS',
]);

/** The currencies a shared name stands for, by country; the first is the one meant when no country is named. */
export type CurrencyByCountry = readonly (readonly [country: string, code: string])[];

const CROWNS: CurrencyByCountry = [
  ['Sweden', 'SEK'],
  ['Norway', 'NOK'],
  ['Denmark', 'DKK'],
  ['Czech Republic', 'CZK'],
];
const KRONER: CurrencyByCountry = [
  ['Norway', 'NOK'],
  ['Denmark', 'DKK'],
];
const PESOS: CurrencyByCountry = [
  ['Mexico', 'MXN'],
  ['Argentina', 'ARS'],
  ['Philippines', 'PHP'],
  ['Chile', 'CLP'],
  ['Colombia', 'COP'],
];

const FRANCS: CurrencyByCountry = [
  ['Switzerland', 'CHF'],
  ['France', 'FRF'],
  ['Belgium', 'BEF'],
];
const RIYALS: CurrencyByCountry = [
  ['Saudi Arabia', 'SAR'],
  ['Qatar', 'QAR'],
];

const CENTS: CurrencyByCountry = [
  ['United States', 'USD'],
  ['Canada', 'CAD'],
  ['Australia', 'AUD'],
  ['New Zealand', 'NZD'],
  ['Hong Kong', 'HKD'],
  ['Singapore', 'SGD'],
  ['Germany', 'EUR'],
  ['France', 'EUR'],
  ['Italy', 'EUR'],
  ['Spain', 'EUR'],
  ['Netherlands', 'EUR'],
  ['Belgium', 'EUR'],
  ['Austria', 'EUR'],
  ['Ireland', 'EUR'],
  ['Portugal', 'EUR'],
  ['Finland', 'EUR'],
  ['Greece', 'EUR'],
];

/** A currency's subunit as a unit key: "64 cents" is 64 of `currency:USD-cent`, worth 0.01 USD each. */
export interface Subunit {
  /** The subunit's singular name in the unit key ("cent", "penny", "paisa"). */
  name: string;
  /** Its currency by code, or by the country the sentence names when several currencies share the name. */
  currency: string | CurrencyByCountry;
  /** How much of the currency one subunit is. */
  worth: number;
}

/**
 * Hundredths of a currency written after the amount ("64 cents", "86.92 pence"): kept as written, in the subunit;
 * the amount in the currency itself is the quantity's normalized value.
 */
export const CURRENCY_SUBUNITS: ReadonlyMap<string, Subunit> = new Map<string, Subunit>([
  ['pence', { name: 'penny', currency: 'GBP', worth: 0.01 }],
  ['penny', { name: 'penny', currency: 'GBP', worth: 0.01 }],
  ['paise', { name: 'paisa', currency: 'INR', worth: 0.01 }],
  ['cents', { name: 'cent', currency: CENTS, worth: 0.01 }],
  ['cent', { name: 'cent', currency: CENTS, worth: 0.01 }],
  // Wire copy's cents: "12 cts a share", "64 Canadian cts".
  ['cts', { name: 'cent', currency: CENTS, worth: 0.01 }],
  ['us cents', { name: 'cent', currency: 'USD', worth: 0.01 }],
  ['u.s. cents', { name: 'cent', currency: 'USD', worth: 0.01 }],
  ['us cts', { name: 'cent', currency: 'USD', worth: 0.01 }],
  ['u.s. cts', { name: 'cent', currency: 'USD', worth: 0.01 }],
  ['canadian cents', { name: 'cent', currency: 'CAD', worth: 0.01 }],
  ['canadian cts', { name: 'cent', currency: 'CAD', worth: 0.01 }],
  ['australian cents', { name: 'cent', currency: 'AUD', worth: 0.01 }],
  ['australian cts', { name: 'cent', currency: 'AUD', worth: 0.01 }],
  ['euro cents', { name: 'cent', currency: 'EUR', worth: 0.01 }],
  ['satoshis', { name: 'satoshi', currency: 'BTC', worth: 1e-8 }],
  ['satoshi', { name: 'satoshi', currency: 'BTC', worth: 1e-8 }],
]);

/** What one subunit is worth, by its name in a unit key ("cent" -> 0.01). */
export const SUBUNIT_WORTH: ReadonlyMap<string, number> = new Map(
  [...CURRENCY_SUBUNITS.values()].map((subunit) => [subunit.name, subunit.worth]),
);

/**
 * Capital letters glued to an amount that has thousands or a scale ("N49.7 trillion", "R5,000", "P20 billion",
 * "RM2.5mil"): the naira, rand, Philippine peso and ringgit as their press writes them. Without either, "N95" or
 * "R2" is a name. One or two letters.
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['N', 'NGN'],
  ['R', 'ZAR'],
  ['P', 'PHP'],
  ['RM', 'MYR'],
]);

/**
 * Names that several countries' currencies share, resolved by the country the sentence names nearest before the
 * amount ("20 trillion crowns" in a sentence about Norway is NOK).
 */
export const SHARED_CURRENCY_NAMES: ReadonlyMap<string, CurrencyByCountry> = new Map([
  ['crowns', CROWNS],
  ['kroner', KRONER],
  ['krone', KRONER],
  ['pesos', PESOS],
  ['peso', PESOS],
  ['francs', FRANCS],
  ['franc', FRANCS],
  ['riyals', RIYALS],
  ['riyal', RIYALS],
]);
