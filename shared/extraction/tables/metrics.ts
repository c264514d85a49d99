// The metric lexicon: phrases that name what a number measures, with a normalized key and label.
// Phrases are matched lower-case on word boundaries in the quantity's sentence; the nearest one wins.

export interface MetricDefinition {
  key: string;
  label: string;
  phrases: readonly string[];
}

export const METRICS: readonly MetricDefinition[] = [
  { key: 'core-military-investment', label: 'core military investment', phrases: ['core military investments', 'core military investment', 'core defence investment', 'core defense investment', 'core military needs', 'core defence needs', 'core defense needs', 'core military spending', 'core defence spending', 'core defense spending', 'core defence', 'core defense'] },
  { key: 'defence-spending', label: 'defence spending', phrases: ['defence spending', 'defense spending', 'military spending', 'defence budget', 'defense budget', 'military budget', 'defence budgets', 'defense budgets', 'spending on defence', 'spending on defense', 'on defence', 'on defense', 'to national defense', 'to national defence', 'defence outlays', 'defense outlays'] },
  { key: 'tariff-rate', label: 'tariff rate', phrases: ['tariffs', 'tariff', 'import duties', 'import duty', 'levies', 'levy', 'duties'] },
  { key: 'inflation', label: 'inflation', phrases: ['inflation', 'consumer prices', 'consumer price index', 'cpi', 'cost of living'] },
  { key: 'unemployment-rate', label: 'unemployment rate', phrases: ['unemployment rate', 'jobless rate', 'unemployment', 'joblessness'] },
  { key: 'gdp-growth', label: 'GDP growth', phrases: ['gdp growth', 'economic growth', 'economy grew', 'economy shrank', 'economy expanded', 'economy contracted', 'growth forecast', 'grow by', 'gross domestic product grew'] },
  { key: 'gdp', label: 'GDP', phrases: ['gdp', 'gross domestic product', 'economic output'] },
  { key: 'interest-payments', label: 'interest payments', phrases: ['cost of interest', 'interest payments', 'interest costs', 'interest bill', 'interest on the debt', 'net interest', 'debt service', 'debt servicing', 'pay in interest', 'in interest'] },
  { key: 'interest-rate', label: 'interest rate', phrases: ['interest rates', 'interest rate', 'policy rate', 'benchmark rate', 'key rate', 'base rate', 'borrowing costs', 'mortgage rates', 'mortgage rate'] },
  { key: 'budget-deficit', label: 'budget deficit', phrases: ['budget deficit', 'fiscal deficit', 'deficit'] },
  { key: 'public-debt', label: 'public debt', phrases: ['national debt', 'public debt', 'government debt', 'debt'] },
  { key: 'trade-balance', label: 'trade balance', phrases: ['trade deficit', 'trade surplus', 'trade balance'] },
  { key: 'exports', label: 'exports', phrases: ['exports', 'export'] },
  { key: 'imports', label: 'imports', phrases: ['imports'] },
  { key: 'revenue', label: 'revenue', phrases: ['revenues', 'revenue', 'sales', 'turnover'] },
  { key: 'profit', label: 'profit', phrases: ['net income', 'profits', 'profit', 'earnings', 'net loss', 'loss'] },
  { key: 'market-value', label: 'market value', phrases: ['market value', 'market capitalisation', 'market capitalization', 'market cap', 'valuation', 'valued at'] },
  { key: 'market-share', label: 'market share', phrases: ['market share'] },
  { key: 'share-price', label: 'share price', phrases: ['share price', 'shares', 'stock price', 'stock'] },
  { key: 'stock-index', label: 'stock index level', phrases: ['dow jones', 'the dow', 's&p 500', 'nasdaq', 'ftse 100', 'ftse', 'nikkei', 'dax', 'tsx', 'stoxx'] },
  { key: 'oil-price', label: 'oil price', phrases: ['oil prices', 'oil price', 'brent crude', 'brent', 'crude', 'west texas intermediate', 'wti'] },
  { key: 'house-prices', label: 'house prices', phrases: ['house prices', 'home prices', 'housing prices', 'property prices', 'rents', 'rent'] },
  { key: 'wages', label: 'wages', phrases: ['minimum wage', 'wages', 'wage growth', 'average earnings', 'salaries', 'salary', 'pay rise', 'pay rises', 'take-home pay'] },
  { key: 'jobs', label: 'jobs', phrases: ['jobs', 'payrolls', 'employment', 'job cuts', 'layoffs', 'workers', 'employees'] },
  { key: 'investment', label: 'investment', phrases: ['investments', 'investment', 'invest'] },
  { key: 'funding', label: 'funding', phrases: ['funding', 'aid', 'grant', 'package', 'budget', 'spending', 'spend'] },
  { key: 'population', label: 'population', phrases: ['population', 'inhabitants', 'residents'] },
  { key: 'immigration', label: 'immigration', phrases: ['immigration levels', 'immigration', 'immigrants', 'migrants', 'asylum seekers', 'refugees', 'permanent residents'] },
  { key: 'deaths', label: 'deaths', phrases: ['death toll', 'deaths', 'died', 'killed', 'dead', 'fatalities', 'killing'] },
  { key: 'injuries', label: 'injuries', phrases: ['injured', 'injuries', 'wounded', 'hurt'] },
  { key: 'cases', label: 'cases', phrases: ['cases', 'infections', 'infected', 'hospitalisations', 'hospitalizations', 'hospitalised', 'hospitalized'] },
  { key: 'vaccination', label: 'vaccination', phrases: ['vaccinated', 'vaccination', 'vaccine doses', 'doses', 'jabs', 'shots'] },
  { key: 'emissions', label: 'emissions', phrases: ['emissions', 'carbon dioxide', 'co2', 'greenhouse gas', 'greenhouse gases'] },
  { key: 'temperature', label: 'temperature', phrases: ['temperatures', 'temperature', 'warming', 'heat'] },
  { key: 'energy-capacity', label: 'energy capacity', phrases: ['capacity', 'generating capacity', 'solar', 'wind power', 'nuclear'] },
  { key: 'approval-rating', label: 'approval rating', phrases: ['approval rating', 'approval', 'support', 'voted', 'votes', 'turnout', 'poll'] },
  { key: 'troops', label: 'troops', phrases: ['troops', 'soldiers', 'personnel', 'forces'] },
  { key: 'users', label: 'users', phrases: ['users', 'subscribers', 'customers', 'downloads'] },
  { key: 'price', label: 'price', phrases: ['price', 'prices', 'cost', 'costs', 'fare', 'fee', 'fees'] },
  { key: 'speed', label: 'speed', phrases: ['speed', 'speeds'] },
  { key: 'duration', label: 'duration', phrases: ['meeting', 'flight', 'sentence', 'jail', 'prison', 'term'] },
  { key: 'age', label: 'age', phrases: ['aged', 'age', 'year-old', 'years old'] },
  { key: 'score', label: 'score', phrases: ['goals', 'goal', 'points', 'runs', 'wickets', 'scored', 'score', 'won', 'win', 'lost', 'defeat', 'beat', 'medals', 'medal'] },
];
