// Prints the articles of the parsernews golden sets (news pages of 2009 to 2021 that @postlight/parser 2.2.2 ships as test
// fixtures and no other set uses) paragraph by paragraph, as they are stored there, so that an annotator can label them
// without running the extractor. Source (see test/golden/news.md), untarred into a folder named in PARSERNEWS_SOURCES:
//   postlight-parser-2.2.2    npm pack @postlight/parser@2.2.2, untarred there (parser-2.2.2/fixtures/<site>/<n>.html)
// Usage: PARSERNEWS_SOURCES=<folder> tsx scripts/golden/parsernews-text.ts [--json] [article ...]   (no article: the list)
//        PARSERNEWS_SOURCES=<folder> tsx scripts/golden/parsernews-text.ts --check   (both sets' records are exactly these paragraphs)
import { readFileSync } from 'node:fs';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { type AnnotationArticle, halvesMismatches, runAnnotationText } from './annotation-text.js';
import { urlDate } from './recentnews-text.js';

export interface ParserArticle extends AnnotationArticle {
  split: 'dev' | 'sealed';
}

interface ParserSource {
  /** The article's name: the site and a word or two of its URL. */
  article: string;
  /** The fixture under parser-2.2.2/fixtures. */
  fixture: string;
  /** The page's URL as the package's own test gives it, else the page's canonical URL (query strings dropped). */
  url: string;
  /** Where the page reader's text runs on into a data widget, the paragraphs kept (the first ones); else all. */
  keep?: number;
}

/**
 * Chosen by URL alone, before any page was read: every English page among the package's fixtures that no other set uses
 * (recentnews took 46 of mercury-parser 1.1.1's, which 2.2.2 still ships) and whose URL is a news story of a news
 * publisher, in any section but opinion, reviews, humor, culture, arts, style, home, lifestyle and magazine essays.
 * Left out: celebrity and lifestyle sites, listicles, how-tos, buying guides and deals, company, personal and
 * government blogs, social media, video, lyrics and code pages, a preprint and a trial registry, a partisan aggregator,
 * a fan wiki, and the pages in Japanese, German, French and Chinese.
 */
const SOURCES: readonly ParserSource[] = [
  {
    article: '247sports-applewhite',
    fixture: '247sports.com/1481309665090.html',
    url: 'http://247sports.com/Bolt/Breaking-Houston-hires-Major-Applewhite-as-head-coach-49676932',
  },
  {
    article: 'arstechnica-face-masks',
    fixture: 'arstechnica.com/1587929444000.html',
    url: 'https://arstechnica.com/science/2020/04/should-you-wear-a-face-mask-heres-all-the-data-we-have/',
  },
  {
    article: 'bloomberg-apple-profits',
    fixture: 'www.bloomberg.com/1481136509532.html',
    url: 'https://www.bloomberg.com/graphics/2016-apple-profits/',
  },
  {
    article: 'bloomberg-stock-rally',
    fixture: 'www.bloomberg.com/1481138014494.html',
    url: 'https://www.bloomberg.com/news/articles/2016-12-06/stock-rally-extends-into-asia-as-traders-await-rbi-aussie-gdp',
  },
  {
    article: 'buzzfeed-college-trump',
    fixture: 'www.buzzfeed.com/1480717502688.html',
    url: 'https://www.buzzfeed.com/katiejmbaker/college-trump-supporters-the-new-counterculture',
  },
  {
    article: 'cbssports-mlb-pay',
    fixture: 'www.cbssports.com/1482254907948.html',
    url: 'http://www.cbssports.com/mlb/news/why-despite-the-complaints-of-many-mlb-players-are-actually-not-overpaid/',
  },
  {
    article: 'cnbc-cybersecurity',
    fixture: 'www.cnbc.com/1553160766510.html',
    url: 'https://www.cnbc.com/2019/03/18/heres-how-cybersecurity-vendors-drive-the-hacking-news-cycle.html',
  },
  {
    article: 'deadline-boeing',
    fixture: 'deadline.com/1556104756617.html',
    url: 'https://deadline.com/2019/04/donald-trump-boeing-max-737-rebrand-advice-twitter-1202595880/',
  },
  {
    article: 'deadspin-espinosa',
    fixture: 'deadspin.com/1476389931786.html',
    url: 'http://deadspin.com/the-nationals-are-stuck-with-danny-espinosa-tonight-un-1787706769',
  },
  {
    article: 'deadspin-trump-booed',
    fixture: 'deadspin.com/1477505848605.html',
    url: 'http://deadspin.com/remember-when-donald-trump-got-booed-for-butchering-ta-1788216229',
  },
  {
    article: 'engadget-lyft-scooters',
    fixture: 'www.engadget.com/1587759947079.html',
    url: 'https://www.engadget.com/lyft-extends-free-scooter-rides-for-critical-workers-184144961.html',
  },
  {
    article: 'ladbible-covid-ad',
    fixture: 'www.ladbible.com/1626477326151.html',
    url: 'https://www.ladbible.com/news/latest-aussie-government-sparks-fury-over-graphic-and-confronting-covid-19-ad-20210711',
  },
  { article: 'latimes-big-tvs', fixture: 'latimes.html', url: 'http://articles.latimes.com/2009/oct/14/business/fi-bigtvs14' },
  {
    article: 'msn-sad-movies',
    fixture: 'www.msn.com/1475506925474.html',
    url: 'http://www.msn.com/en-us/health/wellness/this-is-your-brain-on-sad-movies-plus-5-films-to-cry-to/ar-BBwsPWG',
  },
  {
    // Its text runs on into a COVID-19 case table of 656 paragraphs (a state or district and its counts a paragraph)
    // that would outweigh both halves: cut after the India summary, decided when the page was printed, before any of it
    // was annotated.
    article: 'ndtv-trump-india',
    keep: 28,
    fixture: 'www.ndtv.com/1587821636077.html',
    url: 'https://www.ndtv.com/india-news/coronavirus-us-president-donald-trump-says-there-may-be-retaliation-if-india-doesnt-clear-export-of-2207327',
  },
  {
    article: 'newrepublic-trump-twitter',
    fixture: 'newrepublic.com/1480446502259.html',
    url: 'https://newrepublic.com/minutes/139022/maybe-donald-trumps-twitter-account-just-smoke-screen',
  },
  {
    article: 'nytimes-haley',
    fixture: 'www.nytimes.com/1571223477873.html',
    url: 'https://www.nytimes.com/2018/10/09/us/politics/nikki-haley-united-nations.html',
  },
  {
    article: 'nytimes-rahami',
    fixture: 'www.nytimes.com/1571224616991.html',
    url: 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html',
  },
  {
    article: 'nytimes-trump-race',
    fixture: 'nytimes.html',
    url: 'http://www.nytimes.com/2016/08/25/us/politics/donald-trump-presidential-race.html',
  },
  {
    article: 'phoronix-steam-survey',
    fixture: 'www.phoronix.com/1559454992878.html',
    url: 'https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers',
  },
  {
    article: 'qz-nigeria-growth',
    fixture: 'qz.com/1582826662145.html',
    url: 'https://qz.com/africa/1807355/nigerias-economy-has-best-quarterly-growth-since-recession/',
  },
  {
    article: 'sandiegouniontribune-sdsu-stadium',
    fixture: 'sandiegouniontribune.com/test.html',
    url: 'https://www.sandiegouniontribune.com/business/growth-development/story/2019-08-27/sdsu-mission-valley-stadium-management-firm',
  },
  {
    article: 'sbnation-chris-sale',
    fixture: 'www.sbnation.com/1481062909839.html',
    url: 'http://www.sbnation.com/mlb/2016/12/6/13857040/chris-sale-red-sox-trade-white-sox',
  },
  {
    article: 'sciencefly-false-killer-whale',
    fixture: 'sciencefly.com/1482530492413.html',
    url: 'http://sciencefly.com/video-shows-false-killer-whale-snagging-tuna-bait/',
  },
  {
    article: 'si-cowboys',
    fixture: 'www.si.com/1484253704408.html',
    url: 'http://www.si.com/nfl/2017/01/12/dallas-cowboys-stephen-jerry-jones',
  },
  {
    article: 'theverge-surface-studio',
    fixture: 'www.theverge.com/1480526003318.html',
    url: 'http://www.theverge.com/2016/10/31/13478080/microsoft-surface-studio-design-engineering-interview',
  },
  {
    article: 'timesofindia-china-imran',
    fixture: 'timesofindia.indiatimes.com/1570663350014.html',
    url: 'https://timesofindia.indiatimes.com/india/china-snubs-imran-says-resolve-jk-bilaterally/articleshow/71496416.cms',
  },
  {
    article: 'washingtonpost-trump-foundation',
    fixture: 'www.washingtonpost.com/1480364838420.html',
    url: 'https://www.washingtonpost.com/politics/trump-foundation-apparently-admits-to-violating-ban-on-self-dealing-new-filing-to-irs-shows/2016/11/22/893f6508-b0a9-11e6-8616-52b15787add0_story.html',
  },
  { article: 'wired-airplane-tires', fixture: 'wired.html', url: 'https://www.wired.com/2016/08/airplane-tires/' },
];

function readSource(root: string, source: ParserSource): AnnotationArticle {
  const html = readFileSync(`${root}/postlight-parser-2.2.2/parser-2.2.2/fixtures/${source.fixture}`, 'utf8');
  const page = parseArticlePage(html, source.url);
  const publishedAt = page.publishedAt ? page.publishedAt.slice(0, 10) : urlDate(source.url);
  const paragraphs = page.text === '' ? [] : page.text.split('\n\n');
  return { article: source.article, publishedAt, paragraphs: paragraphs.slice(0, source.keep ?? paragraphs.length) };
}

/** The split, fixed before any page was read: the pages sorted by URL go alternately to dev and sealed, dev first. */
export function splitArticles(sources: readonly ParserSource[]): Map<string, 'dev' | 'sealed'> {
  const sorted = [...sources].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return new Map(sorted.map((source, rank) => [source.article, rank % 2 === 0 ? ('dev' as const) : ('sealed' as const)]));
}

export function parserArticles(): ParserArticle[] {
  const root = process.env.PARSERNEWS_SOURCES;
  if (!root) throw new Error('set PARSERNEWS_SOURCES (see the header of this script)');
  const splitOf = splitArticles(SOURCES);
  return SOURCES.map((source) => ({ ...readSource(root, source), split: splitOf.get(source.article)! }));
}

/** The articles annotated so far, in annotation order (each half by article name); the rest of a half is not in its file. */
export const ANNOTATED: Readonly<Record<'dev' | 'sealed', readonly string[]>> = {
  dev: [
    '247sports-applewhite',
    'bloomberg-apple-profits',
    'buzzfeed-college-trump',
    'deadline-boeing',
    'deadspin-trump-booed',
    'engadget-lyft-scooters',
    'msn-sad-movies',
    'ndtv-trump-india',
    'nytimes-haley',
    'qz-nigeria-growth',
    'sandiegouniontribune-sdsu-stadium',
    'sbnation-chris-sale',
    'sciencefly-false-killer-whale',
    'theverge-surface-studio',
    'wired-airplane-tires',
  ],
  sealed: [
    'arstechnica-face-masks',
    'bloomberg-stock-rally',
    'cbssports-mlb-pay',
    'cnbc-cybersecurity',
    'deadspin-espinosa',
    'ladbible-covid-ad',
    'latimes-big-tvs',
    'newrepublic-trump-twitter',
    'nytimes-rahami',
    'nytimes-trump-race',
    'phoronix-steam-survey',
    'si-cowboys',
    'timesofindia-china-imran',
    'washingtonpost-trump-foundation',
  ],
};

const isMain = process.argv[1]?.endsWith('parsernews-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), parserArticles, {
    labels: (article) => [article.split],
    check: () => halvesMismatches('parsernews', 'pn', ANNOTATED, parserArticles()),
  });
