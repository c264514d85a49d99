// Stages 2-4 through extractQuantities: units, non-quantities, context and claim scores.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractQuantities } from '../../shared/extraction/index.js';

const only = (text: string, publishedAt?: string) => {
  const quantities = extractQuantities(text, publishedAt ? { publishedAt } : {});
  expect(quantities).toHaveLength(1);
  return quantities[0]!;
};

describe('units', () => {
  it.each([
    ['Inflation rose to 2.5 per cent.', 2.5, 'percent'],
    ['Exports fell 3 pct.', 3, 'percent'],
    ['The bank cut rates by 25 basis points.', 25, 'basis-point'],
    ['Unemployment rose 0.2 percentage points.', 0.2, 'percentage-point'],
    ['Revenue reached $41bn.', 41e9, 'currency:USD'],
    ['The plan costs €108bn.', 108e9, 'currency:EUR'],
    ['It raised C$2 million.', 2e6, 'currency:CAD'],
    ['Sales hit 5 billion yuan.', 5e9, 'currency:CNY'],
    ['The meeting lasted 30 minutes.', 30, 'minute'],
    ['The storm moved at 120 km/h.', 120, 'km/h'],
    ['A 50-year-old man was arrested.', 50, 'year'],
    ['Saab won an order worth 9.4 billion Swedish crowns.', 9.4e9, 'currency:SEK'],
    ["Norway's fund is worth 20 trillion crowns.", 20e12, 'currency:NOK'],
    ['Argentina printed 500 billion pesos.', 500e9, 'currency:ARS'],
    ['OPEC+ will cut output by 2 million barrels per day.', 2e6, 'barrel/day'],
    ['The phone has a 5,000mAh battery.', 5000, 'mAh'],
    ['The government budgeted ₹10 lakh crore.', 1e13, 'currency:INR'],
    ['Patients waited more than a year.', 1, 'year'],
    ['Petrol prices hit 155.4p a litre.', 155.4, 'currency:GBP-penny/litre'],
    ['A magnitude 6.8 earthquake struck.', 6.8, 'magnitude'],
    ['It was followed by a 7.5 aftershock.', 7.5, 'magnitude'],
    ['The subs will be built over three decades.', 30, 'year'],
    ['Sweden ended two centuries of neutrality.', 200, 'year'],
    ['Brent crude rose 64 cents.', 64, 'currency:USD-cent'],
    ['In Germany, petrol rose 5 cents a litre.', 5, 'currency:EUR-cent/litre'],
    ['The euro traded at 86.92 pence.', 86.92, 'currency:GBP-penny'],
    ['Crude inventories rose by 4.2 mln bbl last week.', 4.2e6, 'barrel'],
    ['The chips use a 3nm process.', 3, 'nm'],
    ['Fugaku delivers 442 petaflops.', 442, 'petaflop'],
    ["China's yuan weakened past 7.30 per dollar.", 7.3, 'currency:CNY'],
    ["Argentina's Milei devalued the peso to 800 per dollar.", 800, 'currency:ARS'],
    ['The shilling held at 129.2 to the dollar.', 129.2, 'currency:KES'],
    ["Germany's Ifo business climate index fell to 85.7 in October.", 85.7, 'index-point'],
    ['The budget of N49.7 trillion was passed.', 49.7e12, 'currency:NGN'],
    ['The court granted R5,000 bail.', 5000, 'currency:ZAR'],
    ['Globe will invest P20 billion.', 20e9, 'currency:PHP'],
    ['Bread would cost Sh200 more.', 200, 'currency:KES'],
    ['The state will raise KSh 346.7bn.', 346.7e9, 'currency:KES'],
    ['The court imposed a fine of Rs 2,50,000.', 250000, 'currency:INR'],
    ['The rupee lost 12 paise.', 12, 'currency:INR-paisa'],
    ['The loonie slipped to 72.5 US cents.', 72.5, 'currency:USD-cent'],
    ['The F-35A can fly at Mach 1.6.', 1.6, 'mach'],
    ['The USDA raised its forecast by 40 million bushels.', 40e6, 'bushel'],
    ['Temperatures stayed high for 12 consecutive months.', 12, 'month'],
  ])('%s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it('counts name their counted noun in the singular', () => {
    expect(only('The sale of 18 Black Hawk helicopters was approved.')).toMatchObject({ value: 18, unit: 'count', counted: 'helicopter' });
    expect(only('Some 3,000 people fled.')).toMatchObject({ counted: 'person', bound: '~' });
  });

  it('reads ranges as low and high', () => {
    expect(only('Growth of between 2 and 3 per cent is expected.')).toMatchObject({ low: 2, high: 3, value: 2.5, unit: 'percent' });
    expect(only('Prices rose 2-3% this year.')).toMatchObject({ low: 2, high: 3, unit: 'percent' });
    expect(only('Growth of 2%-3% is expected.')).toMatchObject({ low: 2, high: 3, unit: 'percent' });
    expect(only('It will cost $1bn-$2bn.')).toMatchObject({ low: 1e9, high: 2e9, unit: 'currency:USD' });
  });

  it('tells a move between two values from a range: one quantity, both values, the direction, worth the level reached', () => {
    expect(extractQuantities('The battery charges from 10 to 80 per cent.').map((q) => [q.low, q.high, q.value, q.unit, q.change])).toEqual(
      [[10, 80, 80, 'percent', 'up']],
    );
    expect(only('The price fell from $36,040 to $34,935.')).toMatchObject({
      low: 34935,
      high: 36040,
      value: 34935,
      unit: 'currency:USD',
      change: 'down',
    });
    expect(only('The panel will have from 10 to 12 members.')).toMatchObject({ low: 10, high: 12, counted: 'member' });
    expect(extractQuantities('Life expectancy fell by 1.8 years to 76.4 years.').map((q) => q.value)).toEqual([1.8, 76.4]);
  });

  it('gives a bare number the counted noun of its neighbour or of the sentence', () => {
    expect(extractQuantities('The economy added 256,000 jobs, above the 160,000 expected.').map((q) => q.counted)).toEqual(['job', 'job']);
    expect(only('Mortgage approvals dropped to 61,300 in August.')).toMatchObject({ counted: 'approval' });
  });

  it('counts what a bare number stands for: a noun moving to it, a neighbour after "short of", a hyphenated noun', () => {
    const counted = (text: string) => extractQuantities(text).map((q) => [q.value, q.counted]);
    expect(counted('The number of American warships in the region rose to 11 and troops to about 40,000.')).toEqual([
      [11, 'warship'],
      [40000, 'troop'],
    ]);
    expect(counted('Measles cases in Europe rose to 127,350.')).toEqual([[127350, 'case']]);
    expect(counted('The party won 215 seats, 18 short of a majority.')).toEqual([
      [215, 'seat'],
      [18, 'seat'],
    ]);
    expect(counted('At least 14 soldiers were killed and 20 others wounded.')).toEqual([
      [14, 'soldier'],
      [20, 'soldier'],
    ]);
    // Hyphened before another noun, the count is an attribute (issue 10): "a four-shot lead", "the 465-seat house".
    expect(counted('He opened up a four-shot lead in the 465-seat house.')).toEqual([]);
    expect(counted('It drove across four US cities after one sugary drink.')).toEqual([
      [4, 'city'],
      [1, 'drink'],
    ]);
    expect(counted('Employers added 22,000 jobs, fewer than the 75,000 economists had expected.')).toEqual([
      [22000, 'job'],
      [75000, 'job'],
    ]);
    expect(counted('The vote went 211 to 148, a margin of 63, in a hall of 2,000 people.')).toEqual([
      [211, 'vote'],
      [148, 'vote'],
      [63, 'vote'],
      [2000, 'person'],
    ]);
    expect(counted('Britain will send Challenger tanks — 14 in all — and 30 guns.')).toEqual([
      [14, 'tank'],
      [30, 'gun'],
    ]);
    expect(counted('The gunman opened fire, killing two and wounding five.')).toEqual([
      [2, 'person'],
      [5, 'person'],
    ]);
    expect(counted('NATO leaders agreed; only 11 of the alliance’s 31 members met the target.')).toEqual([
      [11, 'member'],
      [31, 'member'],
    ]);
  });

  it('reads the unit of a bare number from a move, an index level or a sport', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.value, q.unit, q.counted]);
    expect(read('It will cut waiting times from 12 weeks to six.')).toEqual([
      [12, 'week', null],
      [6, 'week', null],
    ]);
    expect(read('Offences rose 20% to 530,643.')).toEqual([
      [20, 'percent', null],
      [530643, 'count', 'offence'],
    ]);
    expect(read('The S&P 500 closed at 4,230.')).toEqual([[4230, 'index-point', null]]);
    expect(read('He leads the Formula 1 standings by 138 points.')).toEqual([[138, 'count', 'point']]);
    expect(read('In the mayoral race turnout was down 4.2 points.')).toEqual([[4.2, 'percentage-point', null]]);
    expect(read('The reform raises the retirement age from 62 to 64.')).toEqual([[64, 'year', null]]);
    expect(read('Revenue will be $20bn, plus or minus 2%.')).toEqual([
      [2e10, 'currency:USD', null],
      [2, 'percent', null],
    ]);
    expect(read('The Fed cut by a quarter of a percentage point.')).toEqual([[0.25, 'percentage-point', null]]);
    expect(read('Three men aged between 22 and 31 were charged.').map(([, unit]) => unit)).toEqual(['count', 'year']);
    expect(read('Emissions were 54 per cent below 1990 levels.')).toEqual([[54, 'percent', null]]);
    expect(read('A crowd of 74,500 watched.')).toEqual([[74500, 'count', 'spectator']]);
    expect(read('The number of knife offences recorded by police fell 5% to 50,510.')).toEqual([
      [5, 'percent', null],
      [50510, 'count', 'offence'],
    ]);
    expect(read('Scheffler carded a bogey-free 64 on Saturday.')).toEqual([[64, 'count', 'stroke']]);
    expect(read('Officials confirmed 762 measles cases.')).toEqual([[762, 'count', 'case']]);
    expect(read('Children should sleep between nine and 12 hours.')).toEqual([[10.5, 'hour', null]]);
    expect(read('Sony cut the price by £40 to £439.99, and the glacier retreats by 50 to 70 metres.')).toEqual([
      [40, 'currency:GBP', null],
      [439.99, 'currency:GBP', null],
      [60, 'm', null],
    ]);
    expect(read('Take no more than eight in 24 hours; nine out of 10 women survive.')).toEqual([
      [8, 'count', null],
      [24, 'hour', null],
      [0.9, 'fraction', null],
    ]);
    expect(read('She won in 3:49.04; he ran 2:00:35.')).toEqual([
      [229.04, 'second', null],
      [7235, 'second', null],
    ]);
    expect(read('He closed with a four-under 67.')).toEqual([
      [4, 'count', 'stroke'],
      [67, 'count', 'stroke'],
    ]);
    expect(read('Leaderboard after 54 holes: McIlroy (-12).')).toEqual([
      [54, 'count', 'hole'],
      [-12, 'count', 'stroke'],
    ]);
    expect(read('Phoenix hit 118 degrees Fahrenheit, its 23rd day above 110 degrees.')).toEqual([
      [118, 'fahrenheit', null],
      [110, 'fahrenheit', null],
    ]);
    expect(read('Bumrah took 6 for 45 as India bowled England out for 253.')).toEqual([
      [6, 'count', 'wicket'],
      [45, 'count', 'run'],
      [253, 'count', 'run'],
    ]);
    // "the 31-member council": an attribute of the council (issue 10), no count.
    expect(read('It gained 12 seats on the 31-member council, leaving Labour with 14.')).toEqual([
      [12, 'count', 'seat'],
      [14, 'count', 'seat'],
    ]);
    expect(read('The Yankees won in front of 46,103.')).toEqual([[46103, 'count', 'fan']]);
    expect(read('The plan cuts the number of ministers from 88 to 60 and saves GH₵50 million.')).toEqual([
      [60, 'count', 'minister'],
      [5e7, 'currency:GHS', null],
    ]);
    expect(read('It commits to building 400,000 homes and lifting the state pension age from 67 to 68.')).toEqual([
      [400000, 'count', 'home'],
      [68, 'year', null],
    ]);
  });

  it('reads both sides of score lines and vote tallies, counting what the sport or the vote counts', () => {
    const sides = (text: string) => extractQuantities(text).map((q) => [q.value, q.counted]);
    expect(sides('Arsenal beat Chelsea 3-1 on Sunday.')).toEqual([
      [3, 'goal'],
      [1, 'goal'],
    ]);
    expect(sides('England came back for a 1-1 draw.')).toEqual([
      [1, 'goal'],
      [1, 'goal'],
    ]);
    expect(sides('The Lakers beat the Celtics 112-108.')).toEqual([
      [112, 'point'],
      [108, 'point'],
    ]);
    expect(sides('Swiatek won the Wimbledon final 6-0 6-0.')).toEqual([
      [6, 'game'],
      [0, 'game'],
      [6, 'game'],
      [0, 'game'],
    ]);
    expect(sides('Alcaraz beat Sinner 6-4, 7-5 in the final.')).toEqual([
      [6, 'game'],
      [4, 'game'],
      [7, 'game'],
      [5, 'game'],
    ]);
    expect(sides('The House approved the measure 217-212.')).toEqual([
      [217, 'vote'],
      [212, 'vote'],
    ]);
    // Since 1.9.0 a home run is counted whole: it is no run.
    expect(sides('The Dodgers routed the Marlins 20-4 behind two home runs.')).toEqual([
      [20, 'run'],
      [4, 'run'],
      [2, 'home run'],
    ]);
    expect(sides('The Senate confirmed the nominee 51-47.')).toEqual([
      [51, 'vote'],
      [47, 'vote'],
    ]);
    expect(sides('The assembly voted 204 to 85 to impeach him.')).toEqual([
      [204, 'vote'],
      [85, 'vote'],
    ]);
    expect(sides('England were bowled out for 152, with Root making 47.')).toEqual([
      [152, 'run'],
      [47, 'run'],
    ]);
  });

  it('reads every age of a list after "aged"', () => {
    expect(extractQuantities('Two teenagers, aged 15 and 16, were charged.').map((q) => [q.value, q.unit])).toEqual([
      [2, 'count'],
      [15, 'year'],
      [16, 'year'],
    ]);
  });

  it('counts people by what befell them, a rate without its denominator, tennis sets and "N nouns to one"', () => {
    const counted = (text: string) => extractQuantities(text).map((quantity) => [quantity.value, quantity.unit, quantity.counted]);
    expect(counted('The shootings left 712 dead and 2,692 injured.')).toEqual([
      [712, 'count', 'person'],
      [2692, 'count', 'person'],
    ]);
    expect(counted('Measles cases hit 1,603, a rate of 2.8 per 100,000.')).toEqual([
      [1603, 'count', 'case'],
      [2.8, 'count', 'case'],
    ]);
    expect(counted('Sinner beat Medvedev 3-6 3-6 6-4 6-4 6-3.').map(([value]) => value)).toEqual([3, 6, 3, 6, 6, 4, 6, 4, 6, 3]);
    expect(counted('Ireland scored five tries to one.')).toEqual([
      [5, 'count', 'try'],
      [1, 'count', 'try'],
    ]);
    expect(counted('Italy recorded 18,010 deaths and Spain 11,324.')).toEqual([
      [18010, 'count', 'death'],
      [11324, 'count', 'death'],
    ]);
    expect(counted('Maharashtra has 1.3 lakh active TB cases.')).toEqual([[130000, 'count', 'case']]);
    expect(counted('A scan costs Rs 5,000-8,000.').length).toBe(1);
    expect(extractQuantities('A scan costs Rs 5,000-8,000.')[0]).toMatchObject({ low: 5000, high: 8000, unit: 'currency:INR' });
    expect(counted('The mission is expected to number 2,500 personnel.')).toEqual([[2500, 'count', 'personnel']]);
    expect(counted('Training used 25,000 GPUs.')).toEqual([[25000, 'count', 'gpu']]);
    expect(counted('The state set up 120 fever clinics.')).toEqual([[120, 'count', 'clinic']]);
    expect(counted('The number of people on NHS waiting lists in England fell to 7.54 million.')).toEqual([[7.54e6, 'count', 'person']]);
    expect(counted('The committee split 8-1 on the decision.')).toEqual([
      [8, 'count', 'vote'],
      [1, 'count', 'vote'],
    ]);
    expect(counted('The Senate passed the bill by 69 votes to 30')).toEqual([
      [69, 'count', 'vote'],
      [30, 'count', 'vote'],
    ]);
    expect(counted('2 hours ago 1')).toEqual([]);
    expect(extractQuantities('Home ownership among 25- to 34-year-olds fell.')[0]).toMatchObject({
      text: '25- to 34-year-old',
      low: 25,
      high: 34,
      unit: 'year',
    });
  });

  it('reads bounds and changes', () => {
    expect(only('More than 5,000 jobs were lost.')).toMatchObject({ bound: '>' });
    expect(only('Shares rose by 4% on Monday.')).toMatchObject({ change: 'up' });
  });
});

describe('what is not a quantity', () => {
  it.each([
    'The law passed in 2024.',
    '&copy 2025 Global News',
    '2:12 U.S. unveils new security strategy',
    'Posted 2 hours ago',
    'Article 5 in the NATO alliance is important.',
    'The F-35 and the G7 met over COVID-19.',
    'Call 613-555-0199 for details.',
    'The meeting is on March 5 at 3 p.m.',
    'She finished first for the second time.',
    'It builds homes a year after a year ago.',
    'Boeing delivered more of its 737 MAX jets.',
    'Anyone with information should call police on 101 or dial 999.',
    'Call the helpline on 0800 123 4567.',
    'UPDATE 2-Tesla shares slide',
    'Ireland won the Six Nations title.',
    'The EU will reach net zero by 2050.',
    'Watch: 2:12 The meeting starts at 10:30.',
    'The prime minister spoke from 10 Downing Street.',
    'Patients with type 2 diabetes will get the drug.',
    'Toyota Motor Corp (7203.T) reported results.',
    'Obesity among Year 6 pupils is rising.',
    'N95 masks ran out on the N25 road.',
    'R2, the droid, met N95, the mask.',
    'COP29 in Baku ended with a deal.',
    'Cases were counted in the week of May 5 to 11.',
    'Call Crime Stoppers on 1800 333 000.',
    'Many teachers take Form 4 classes.',
    'A quake struck at 03:14 local time.',
    'Fares start at one-way prices.',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });
});

describe('context', () => {
  const article =
    'Prime Minister Mark Carney spoke on Monday. Canada joined NATO allies this year in committing to spending ' +
    'five per cent of its GDP on defence by 2035. Carney has vowed Canada will reach the NATO defence spending target of two per cent this year.';

  it('fills subject (demonyms too), metric, base, deadline and kind', () => {
    const [five] = extractQuantities(article, { publishedAt: '2025-12-19' });
    expect(five).toMatchObject({
      value: 5,
      unit: 'percent',
      of: 'GDP',
      subject: 'Canada',
      metric: 'defence-spending-share-of-gdp',
      metricLabel: 'defence spending, share of GDP',
      time: { by: 2035 },
      kind: 'target',
    });
    expect(only('The US threatened 25% tariffs on Canadian goods.')).toMatchObject({ subject: 'United States', kind: 'threat' });
    expect(only('The US approved the sale of 18 Black Hawk helicopters to Mexico.')).toMatchObject({ subject: 'Mexico' });
  });

  it('resolves "this year" against the publication date and a surname to the full name given earlier', () => {
    const two = extractQuantities(article, { publishedAt: '2025-12-19' })[1];
    expect(two).toMatchObject({ value: 2, time: { year: 2025 }, speaker: 'Mark Carney', kind: 'target' });
  });

  it('scores claims above passing numbers', () => {
    const claims = extractClaims('Canada will spend five per cent of GDP on defence by 2035. That is one solution, said Rutte.');
    expect(claims.map((claim) => claim.text)).toEqual(['five per cent']);
  });

  it('gives each quantity the offsets of its sentence', () => {
    const text = 'First sentence here. Inflation hit 3%.';
    expect(only(text).sentence).toEqual({ start: 21, end: text.length });
  });
});

describe('multipliers are quantities in times', () => {
  it('reads "N times" and ranges of them', () => {
    expect(extractQuantities('Wildfires burned nearly four times the average area.')[0]).toMatchObject({
      value: 4,
      unit: 'times',
      bound: '<',
    });
    expect(extractQuantities('The new chip runs two to three times faster.')[0]).toMatchObject({ low: 2, high: 3, unit: 'times' });
  });
});
