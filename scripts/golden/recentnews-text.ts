// Prints the articles of the recentnews golden sets (news pages of 2015 to 2017 that @postlight/mercury-parser 1.1.1
// ships as test fixtures) paragraph by paragraph, as they are stored there, so that an annotator can label them
// without running the extractor. Source (see test/golden/news.md), untarred into a folder named in RECENTNEWS_SOURCES:
//   postlight-mercury-parser-1.1.1    npm pack @postlight/mercury-parser@1.1.1, untarred (package/fixtures/<site>/<n>.html)
// Usage: RECENTNEWS_SOURCES=<folder> tsx scripts/golden/recentnews-text.ts [--json] [article ...]   (no article: the list)
//        RECENTNEWS_SOURCES=<folder> tsx scripts/golden/recentnews-text.ts --check   (both sets' records are exactly these paragraphs)
import { readFileSync } from 'node:fs';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { type AnnotationArticle, halvesMismatches, runAnnotationText } from './annotation-text.js';

export interface RecentArticle extends AnnotationArticle {
  split: 'dev' | 'sealed';
}

interface RecentSource {
  /** The fixture's folder under package/fixtures (the site), which also names the article. */
  site: string;
  /** The fixture file in that folder. */
  file: string;
  /** The page's URL as the package's own test of that site gives it. */
  url: string;
}

/**
 * The fixtures chosen by their URL alone, before any was read: English pages of publishers of general, business,
 * technology or local news whose URL is not in a sport, entertainment, style, home, culture, arts or opinion section;
 * left out: sport sites, celebrity and lifestyle sites, partisan aggregators, magazines' essays and features,
 * a government blog, a tweet, a video, a how-to, and the French and Chinese pages.
 */
const SOURCES: readonly RecentSource[] = [
  {
    site: 'abcnews.go.com',
    file: '1481922563840.html',
    url: 'http://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864',
  },
  { site: 'fortune.com', file: '1485216994169.html', url: 'http://fortune.com/2016/12/15/amazon-alexa-gadgets/' },
  { site: 'gothamist.com', file: '1489073770258.html', url: 'http://gothamist.com/2017/03/09/fallout_shelters_nyc.php' },
  { site: 'mashable.com', file: '1481670648585.html', url: 'http://mashable.com/2016/12/13/mysterious-plane-flying-over-new-york/' },
  { site: 'money.cnn.com', file: '1480437611330.html', url: 'http://money.cnn.com/2016/11/29/news/ohare-workers-strike/index.html' },
  {
    site: 'news.nationalgeographic.com',
    file: '1481919545107.html',
    url: 'http://news.nationalgeographic.com/energy/2015/08/150803-gender-bias-affects-office-heating-cooling-temperatures/',
  },
  {
    site: 'observer.com',
    file: '1481925269939.html',
    url: 'http://observer.com/2016/12/archaeologists-just-discovered-a-2500-year-old-lost-city-atop-a-greek-mountain-peak/',
  },
  {
    site: 'qz.com',
    file: '1481758330660.html',
    url: 'http://qz.com/863015/uber-is-rolling-out-self-driving-cars-in-san-francisco-in-open-defiance-of-california-dmv/',
  },
  {
    site: 'www.al.com',
    file: '1482445422101.html',
    url: 'http://www.al.com/news/birmingham/index.ssf/2016/12/two_arrested_in_multi-state_de.html',
  },
  {
    site: 'www.androidcentral.com',
    file: '1484345154702.html',
    url: 'http://www.androidcentral.com/motorola-launch-new-phone-mobile-world-congress',
  },
  {
    site: 'www.aol.com',
    file: '1480618816916.html',
    url: 'http://www.aol.com/article/news/2016/12/01/son-of-slain-police-officer-given-teddy-bears-made-from-dads-un/21618553/',
  },
  {
    site: 'www.bloomberg.com',
    file: '1481135708958.html',
    url: 'http://www.bloomberg.com/politics/articles/2016-12-07/trump-hits-emblem-of-presidential-power-with-air-force-one-tweet',
  },
  {
    site: 'www.chicagotribune.com',
    file: '1481669367099.html',
    url: 'http://www.chicagotribune.com/news/nationworld/politics/ct-trump-energy-department-climate-change-request-20161213-story.html',
  },
  {
    site: 'www.cnbc.com',
    file: '1482251664848.html',
    url: 'http://www.cnbc.com/2016/12/20/coals-us-stronghold-is-losing-steam-even-as-trump-aims-for-a-revival.html',
  },
  { site: 'www.cnet.com', file: '1482428196806.html', url: 'https://www.cnet.com/news/seven-mobile-trends-to-look-for-in-2017/' },
  {
    site: 'www.cnn.com',
    file: '1480458253239.html',
    url: 'http://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html',
  },
  {
    site: 'www.dmagazine.com',
    file: '1481755804475.html',
    url: 'http://www.dmagazine.com/frontburner/2016/12/nfl-concussion-settlement-payments-can-begin/',
  },
  {
    site: 'www.fool.com',
    file: '1489175437362.html',
    url: 'https://www.fool.com/investing/2017/01/09/why-amazon-microsoft-and-activision-blizzard-are-b.aspx',
  },
  {
    site: 'www.huffingtonpost.com',
    file: '1480454076105.html',
    url: 'http://www.huffingtonpost.com/entry/donald-trump-obama_us_583c8f01e4b06539a789ddd4',
  },
  {
    site: 'www.latimes.com',
    file: '1481928636876.html',
    url: 'http://www.latimes.com/local/education/la-me-edu-report-on-la-school-shutdown-20161216-story.html',
  },
  { site: 'www.macrumors.com', file: '1484778558090.html', url: 'http://www.macrumors.com/2017/01/18/apple-pencil-2-march-2017/' },
  {
    site: 'www.miamiherald.com',
    file: '1481571585318.html',
    url: 'http://www.miamiherald.com/news/business/biz-monday/article120329158.html',
  },
  { site: 'www.nbcnews.com', file: '1481667763790.html', url: 'http://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001' },
  {
    site: 'www.nj.com',
    file: '1481666201503.html',
    url: 'http://www.nj.com/essex/index.ssf/2016/12/man_sentenced_for_stealing_millions_from_nj_atms_i.html',
  },
  {
    site: 'www.npr.org',
    file: '1481842125199.html',
    url: 'http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting',
  },
  {
    site: 'www.nydailynews.com',
    file: '1481917212613.html',
    url: 'http://www.nydailynews.com/news/politics/michelle-obama-feeling-not-hope-feels-article-1.2913255',
  },
  { site: 'www.politico.com', file: '1475617690069.html', url: 'http://www.politico.com/story/2016/10/who-will-win-the-vp-debate-229079' },
  {
    site: 'www.recode.net',
    file: '1481841159344.html',
    url: 'http://www.recode.net/2016/12/15/13971502/fcc-tom-wheeler-departure-net-neutrality-death-trump-layton',
  },
  { site: 'www.reuters.com', file: '1481754223635.html', url: 'http://www.reuters.com/article/us-usa-fed-idUSKBN1430G4' },
  {
    site: 'www.theguardian.com',
    file: '1480457558008.html',
    url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation',
  },
  {
    site: 'www.theverge.com',
    file: '1480520999617.html',
    url: 'http://www.theverge.com/2016/11/29/13774648/fcc-att-zero-rating-directv-net-neutrality-vs-tmobile',
  },
  { site: 'www.wired.com', file: '1475256747028.html', url: 'https://www.wired.com/2016/09/ode-rosetta-spacecraft-going-die-comet/' },
  {
    site: 'www.yahoo.com',
    file: '1475529982399.html',
    url: 'https://www.yahoo.com/news/m/1c621104-b0eb-3b4d-9b0a-7bb979f80d7d/ss_clinton-cancels-joint-events.html',
  },
];

/**
 * A second batch, chosen at 19:30 UTC by URL alone before any of it was read (the first batch held 105 quantities in its
 * development half, short of the 200 to 300 wanted): the left-out English pages on a news, politics or technology path
 * whatever the publisher's kind (partisan aggregators, a cable show's blog, magazines), still no sport, entertainment,
 * style, home, culture, arts or opinion section, tweet, video or government blog.
 */
const SECOND_BATCH: readonly RecentSource[] = [
  {
    site: 'nymag.com',
    file: 'ailes.html',
    url: 'http://nymag.com/daily/intelligencer/2016/09/how-fox-news-women-took-down-roger-ailes.html',
  },
  { site: 'uproxx.com', file: '1481324633976.html', url: 'http://uproxx.com/news/rudy-giuliani-not-secretary-of-state/' },
  {
    site: 'www.americanow.com',
    file: '1482528557836.html',
    url: 'http://www.americanow.com/story/politics/2016/12/22/trump-names-kellyanne-conway-counselor-president',
  },
  {
    site: 'www.inquisitr.com',
    file: '1481665067498.html',
    url: 'http://www.inquisitr.com/3790467/donald-trump-intelligence-briefings-security-president-elect-smart-mike-pence/',
  },
  {
    site: 'www.msnbc.com',
    file: '1482261084088.html',
    url: 'http://www.msnbc.com/rachel-maddow-show/bizarre-election-ends-bizarre-electoral-college-tally',
  },
  {
    site: 'www.newyorker.com',
    file: '1475248565793.html',
    url: 'http://www.newyorker.com/tech/elements/hacking-cryptography-and-the-countdown-to-quantum-computing',
  },
  {
    site: 'www.opposingviews.com',
    file: '1482427531189.html',
    url: 'http://www.opposingviews.com/i/politics/trump-picks-investing-mogul-icahn-advise-him-finance-regulation',
  },
  {
    site: 'www.prospectmagazine.co.uk',
    file: '1488476298434.html',
    url: 'http://www.prospectmagazine.co.uk/magazine/anglosphere-old-dream-brexit-role-in-the-world',
  },
  {
    site: 'www.rawstory.com',
    file: '1482439337481.html',
    url: 'http://www.rawstory.com/2016/12/these-6-celebrities-are-refusing-to-play-trumps-inauguration-as-team-scrambles-to-secure-talent/',
  },
  {
    site: 'www.slate.com',
    file: '1489160616058.html',
    url: 'http://www.slate.com/articles/news_and_politics/politics/2017/03/trumpcare_proves_that_trump_s_promise_to_take_care_of_rural_voters_was_always.html',
  },
  {
    site: 'www.theatlantic.com',
    file: '1474321707642.html',
    url: 'http://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/',
  },
  {
    site: 'www.thepoliticalinsider.com',
    file: '1482255981213.html',
    url: 'http://www.thepoliticalinsider.com/hillary-faithless-electors-more-than-trump/',
  },
  {
    site: 'www.westernjournalism.com',
    file: '1482520953825.html',
    url: 'http://www.westernjournalism.com/berlin-terrorist-shot-dead-in-milan-by-rookie-police-officer/',
  },
];

/** The article's name: its site without "www.", dots as hyphens ("money.cnn.com" -> "money-cnn-com"; realnews has a "cnet"). */
export function articleName(site: string): string {
  return site.replace(/^www\./, '').replace(/\./g, '-');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date the URL's path gives ("/2016/12/13/", "/2016/nov/29/", "-20161216-", "/2016-12-07/"), else null. */
export function urlDate(url: string): string | null {
  const numeric = /\/(20\d\d)[/-](\d\d)[/-](\d\d)[/-]/.exec(url) ?? /-(20\d\d)(\d\d)(\d\d)-/.exec(url);
  if (numeric) return `${numeric[1]}-${numeric[2]}-${numeric[3]}`;
  const named = /\/(20\d\d)\/([a-z]{3})\/(\d\d)\//.exec(url);
  if (named && MONTHS.includes(named[2]!)) return `${named[1]}-${String(MONTHS.indexOf(named[2]!) + 1).padStart(2, '0')}-${named[3]}`;
  return null;
}

function readSource(root: string, source: RecentSource): AnnotationArticle {
  const html = readFileSync(`${root}/postlight-mercury-parser-1.1.1/package/fixtures/${source.site}/${source.file}`, 'utf8');
  const page = parseArticlePage(html, source.url);
  const publishedAt = page.publishedAt ? page.publishedAt.slice(0, 10) : urlDate(source.url);
  return { article: articleName(source.site), publishedAt, paragraphs: page.text === '' ? [] : page.text.split('\n\n') };
}

/**
 * The split, fixed before any article was read: each batch's fixtures sorted by their folder name (the site) go
 * alternately to dev and sealed, dev first.
 */
export function splitArticles(sources: readonly RecentSource[]): Map<string, 'dev' | 'sealed'> {
  const sorted = [...sources].sort((a, b) => a.site.localeCompare(b.site));
  return new Map(sorted.map((source, rank) => [articleName(source.site), rank % 2 === 0 ? ('dev' as const) : ('sealed' as const)]));
}

export function recentArticles(): RecentArticle[] {
  const root = process.env.RECENTNEWS_SOURCES;
  if (!root) throw new Error('set RECENTNEWS_SOURCES (see the header of this script)');
  const splitOf = new Map([...splitArticles(SOURCES), ...splitArticles(SECOND_BATCH)]);
  return [...SOURCES, ...SECOND_BATCH].map((source) => ({ ...readSource(root, source), split: splitOf.get(articleName(source.site))! }));
}

/** The articles annotated so far, in annotation order (each half by article name); the rest of a half is not in its file. */
export const ANNOTATED: Readonly<Record<'dev' | 'sealed', readonly string[]>> = {
  dev: [
    'abcnews-go-com',
    'gothamist-com',
    'money-cnn-com',
    'observer-com',
    'al-com',
    'aol-com',
    'chicagotribune-com',
    'cnet-com',
    'dmagazine-com',
    'huffingtonpost-com',
    'macrumors-com',
    'nbcnews-com',
    'npr-org',
    'politico-com',
    'reuters-com',
    'theverge-com',
    'yahoo-com',
    'nymag-com',
    'americanow-com',
    'msnbc-com',
    'opposingviews-com',
    'rawstory-com',
    'theatlantic-com',
    'westernjournalism-com',
  ],
  sealed: [
    'fortune-com',
    'mashable-com',
    'news-nationalgeographic-com',
    'qz-com',
    'androidcentral-com',
    'bloomberg-com',
    'cnbc-com',
    'cnn-com',
    'fool-com',
    'latimes-com',
    'miamiherald-com',
    'nj-com',
    'nydailynews-com',
    'recode-net',
    'theguardian-com',
    'wired-com',
    'uproxx-com',
    'inquisitr-com',
    'newyorker-com',
    'prospectmagazine-co-uk',
    'slate-com',
    'thepoliticalinsider-com',
  ],
};

const isMain = process.argv[1]?.endsWith('recentnews-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), recentArticles, {
    labels: (article) => [article.split],
    check: () => halvesMismatches('recentnews', 'rc', ANNOTATED, recentArticles()),
  });
