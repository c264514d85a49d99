// The web page as a journalist gets it: `npm start` itself (its prestart checks and page build, the
// server, DynamoDB Local with data on disk), real Chromium, at 1366 px and on a 390 px phone. Any console
// error or page error fails the test. It writes the screenshots of Canada's defence series in docs/.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/dynamodb-local.js';
import { startNpmStart } from '../../scripts/npm-start-process.js';
import { launchChromium } from '../support/browser.js';

const POLL = { timeout: 20_000 };
const TOKEN = 'page-test-token';
const DOCS = new URL('../../docs/', import.meta.url);
const STATIC_DIR = new URL('../../shared/http/page/dist/static/', import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Short articles in the style of wire copy, posted through the API like any client would.
const ARTICLES = {
  natoEstimate: {
    text: "Canada spent 1.37 per cent of its GDP on defence in 2024, according to NATO's annual estimates, well short of the alliance's benchmark.",
    source: 'NATO Review',
    publishedAt: '2025-06-20',
    url: 'https://nato-review.example/estimates-2025',
  },
  ministerFigure: {
    text: 'Defence Minister Bill Blair said Canada spent 1.33 per cent of GDP on defence in 2024.',
    source: 'Ottawa Citizen',
    publishedAt: '2025-06-24',
  },
  forecast: {
    text: "The parliamentary budget officer forecasts that Canada's defence spending will reach 1.8 per cent of GDP in 2027.",
    source: 'CBC News',
    publishedAt: '2025-10-02',
  },
  germanyHigh: {
    text: 'Chancellor Friedrich Merz said Germany will raise defence spending to 3.5 per cent of GDP by 2029.',
    source: 'Deutsche Welle',
    publishedAt: '2025-06-25',
    url: 'https://dw.example/merz-defence',
  },
  germanyLow: {
    text: 'Finance Minister Lars Klingbeil said Germany will raise defence spending to 2.8 per cent of GDP by 2029.',
    source: 'Reuters',
    publishedAt: '2025-06-25',
  },
  injected: {
    text: 'Tariff watch. <img src=x onerror="document.title=`pwned`"> Ottawa said the United States imposed tariffs of 35% on Canadian goods this year, according to the finance ministry.',
    source: 'Injected Tribune',
    publishedAt: '2025-08-01',
  },
};
// The same NATO page, corrected: 1.37 becomes 1.39.
const CORRECTED_ESTIMATE = { ...ARTICLES.natoEstimate, text: ARTICLES.natoEstimate.text.replace('1.37', '1.39') };

const CANADA_CONFLICT = "Two sources give Canada's 2024 defence spending as 1.33% and 1.39% of GDP.";
const GERMANY_CONFLICT = "Two sources give Germany's 2029 defence spending target as 2.8% and 3.5% of GDP.";

const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const dataDir = mkdtempSync(join(tmpdir(), 'factline-page-test-'));
let server: ChildProcess;
let baseUrl: string;
let browser: Browser;

async function startPageServer(port: number): Promise<ChildProcess> {
  const env = { PORT: String(port), FACTLINE_DATA_DIR: dataDir, FACTLINE_API_TOKEN: TOKEN, FACTLINE_POLL_INTERVAL_SECONDS: '3600' };
  return (await startNpmStart(env)).child;
}

async function post(article: object): Promise<void> {
  const response = await fetch(`${baseUrl}/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(article),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + POLL.timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${POLL.timeout} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${path}`)).json()) as T;
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = await startPageServer(port);
  for (const article of Object.values(ARTICLES)) await post(article);
  // Extraction runs on the in-process queue: wait for the conflicts, then correct the NATO figure.
  const conflictReasons = async () =>
    (await json<{ items: Array<{ reason: string }> }>('/conflicts')).items.map((conflict) => conflict.reason).join(' | ');
  await waitUntil(async () => (await conflictReasons()).includes('1.33 vs 1.37') && (await conflictReasons()).includes('2.8 vs 3.5'));
  await post(CORRECTED_ESTIMATE);
  await waitUntil(async () => (await conflictReasons()).includes('1.33 vs 1.39'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

/** A page that records every console error and warning, uncaught exception and failed request. */
async function openPage(options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  return { page, errors };
}

async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
  };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Waits for the view with this heading (views render after the address changes). */
async function expectHeading(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => ((await page.locator('main[aria-busy]').count()) ? null : page.locator('main h1').textContent()), POLL)
    .toBe(text);
}

async function expectReadableColumn(page: Page, width: number): Promise<void> {
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    mainWidth: document.querySelector('main')!.getBoundingClientRect().width,
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(width);
  expect(layout.mainWidth).toBeGreaterThan(width * 0.85);
}

const SERIES_PATH = '#/series/canada/defence-spending-share-of-gdp';

/** The chart marks that another mark covers at their centre, where a tap or a click lands. */
async function coveredMarks(page: Page): Promise<string[]> {
  await page.locator('.chart').scrollIntoViewIfNeeded();
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.chart svg a'))
      .filter((mark) => {
        const box = mark.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('a') !== mark;
      })
      .map((mark) => mark.getAttribute('aria-label') ?? ''),
  );
}

/** Corrected values (grey ×) with a part that something else is drawn over: centre and the four arms. */
async function hiddenCorrections(page: Page): Promise<number> {
  await page.locator('.chart').scrollIntoViewIfNeeded();
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('.chart svg .corrected-marks path')).filter((cross) => {
        const box = cross.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        return [
          [0, 0],
          [-2, -2],
          [2, -2],
          [-2, 2],
          [2, 2],
        ].some(([dx, dy]) => !document.elementFromPoint(x + dx!, y + dy!)?.closest('.corrected-marks, .corrected-outline'));
      }).length,
  );
}

describe('the web page', () => {
  it('serves the built files byte for byte', async () => {
    const files = readdirSync(STATIC_DIR);
    expect(files.filter((name) => name.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    for (const name of files) {
      const path = name === 'index.html' ? '/' : `/static/${name}`;
      const served = Buffer.from(await (await fetch(`${baseUrl}${path}`)).arrayBuffer());
      expect(served.equals(readFileSync(new URL(name, STATIC_DIR))), path).toBe(true);
    }
    const page = await (await fetch(`${baseUrl}/`)).text();
    expect(page).not.toContain('__name');
    const script = `/static/${files.find((name) => name.startsWith('page-'))}`;
    const first = await fetch(`${baseUrl}${script}`);
    expect(first.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${baseUrl}${script}`, { headers: { 'if-none-match': first.headers.get('etag')! } })).status).toBe(304);
    expect((await fetch(`${baseUrl}/static/nothing.js`)).status).toBe(404);
  });

  it('at 1366 px: subject -> series (chart, sources on hover and focus) -> conflict -> source, with Back and Forward', async () => {
    const { page, errors } = await openPage(DESKTOP);
    await page.goto(baseUrl);
    await expectHeading(page, 'Numbers in the news');
    expect(await page.locator('.conflict-list').textContent()).toContain(GERMANY_CONFLICT);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Subject -> series.
    await page
      .locator('ul.subjects > li', { has: page.getByRole('heading', { name: 'Canada', exact: true }) })
      .getByRole('link', { name: 'defence spending, share of GDP' })
      .click();
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    expect(page.url()).toContain(SERIES_PATH);
    const marks = page.locator('.chart svg a');
    await expect.poll(() => marks.count(), POLL).toBe(5); // 2 actuals, 1 forecast, 2 targets
    const chartText = await page.locator('.series-chart').textContent();
    expect(chartText).toContain('Actual');
    expect(chartText).toContain('Forecast');
    expect(chartText).toContain('Target');
    expect(chartText).toContain('ringed: sources disagree');
    expect(chartText).toContain('corrected earlier value');
    expect(await coveredMarks(page)).toEqual([]);
    expect(await page.locator('.chart svg .corrected-marks path').count()).toBe(1);
    expect(await hiddenCorrections(page)).toBe(0);
    await page.screenshot({ path: new URL('page-desktop.png', DOCS).pathname });
    // Hover shows a mark's sources; Tab from the axis switch reaches the marks and shows them too.
    await page.locator('.chart svg a[aria-label^="Target: 5% of GDP by 2035"]').hover();
    await expect.poll(() => page.locator('.chart-tip').textContent(), POLL).toContain('Global News');
    await page.getByRole('link', { name: 'By publication date' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await expect.poll(() => page.locator('.chart-tip:not([hidden])').textContent(), POLL).toMatch(/of GDP/);
    // The correction is kept: 1.37 shown as superseded by 1.39.
    expect(await page.locator('.corrections').textContent()).toMatch(/1\.37%.*corrected to 1\.39%/s);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Series -> conflict: explained in words, both quotes side by side.
    await page.getByRole('link', { name: CANADA_CONFLICT }).click();
    await expectHeading(page, 'Sources disagree');
    expect(await page.locator('.conflict-sentence').textContent()).toBe(CANADA_CONFLICT);
    const sides = page.locator('.side-by-side .side');
    expect(await sides.count()).toBe(2);
    const boxes = await Promise.all([sides.nth(0).boundingBox(), sides.nth(1).boundingBox()]);
    expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2); // side by side, not stacked
    expect(await sides.locator('blockquote mark').allTextContents()).toEqual(expect.arrayContaining(['1.33 per cent', '1.39 per cent']));
    expect(await page.getByRole('link', { name: 'NATO Review' }).getAttribute('href')).toBe(ARTICLES.natoEstimate.url);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const conflictUrl = page.url();

    // Conflict -> source: the article page in factline (no URL), the sentence highlighted.
    await page.getByRole('link', { name: 'Ottawa Citizen' }).click();
    await expectHeading(page, 'Article from Ottawa Citizen, 24 Jun 2025');
    expect(await page.locator('.article-text mark').textContent()).toBe(ARTICLES.ministerFigure.text);
    expect(await page.locator('.article-text mark strong').textContent()).toBe('1.33 per cent');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Back and Forward walk the views; a shared link opens the same view.
    await page.goBack();
    await expectHeading(page, 'Sources disagree');
    await page.goBack();
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    await page.goForward();
    await expectHeading(page, 'Sources disagree');
    const { page: shared, errors: sharedErrors } = await openPage(DESKTOP);
    await shared.goto(conflictUrl);
    await expectHeading(shared, 'Sources disagree');
    expect(await shared.locator('.conflict-sentence').textContent()).toBe(CANADA_CONFLICT);

    expect([...errors, ...sharedErrors]).toEqual([]);
    await page.context().close();
    await shared.context().close();
  }, 120_000);

  it('on a 390 px phone: one readable column, sources on tap, the same path through the views', async () => {
    const { page, errors } = await openPage(PHONE);
    await page.goto(baseUrl);
    await expectHeading(page, 'Numbers in the news');
    await expectReadableColumn(page, 390);
    expect(await page.getByRole('searchbox').boundingBox()).toMatchObject({ x: expect.any(Number) });
    const search = (await page.getByRole('searchbox').boundingBox())!;
    expect(search.x + search.width).toBeLessThanOrEqual(390);

    await page
      .locator('ul.subjects > li', { has: page.getByRole('heading', { name: 'Canada', exact: true }) })
      .getByRole('link', { name: 'defence spending, share of GDP' })
      .tap();
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    await expect.poll(() => page.locator('.chart svg a').count(), POLL).toBe(5);
    await expectReadableColumn(page, 390);
    // 1.33% and 1.39% of GDP in 2024: two marks a finger can reach, not one covering the other.
    expect(await coveredMarks(page)).toEqual([]);
    // NATO's corrected 1.37% (a grey ×) is seen whole beside them, not hidden under them.
    expect(await page.locator('.chart svg .corrected-marks path').count()).toBe(1);
    expect(await hiddenCorrections(page)).toBe(0);
    await page.screenshot({ path: new URL('page-phone.png', DOCS).pathname });
    // A tap on a mark shows its sources instead of leaving the view.
    await page.locator('.chart svg a[aria-label^="Target: 5% of GDP by 2035"]').tap();
    await expect.poll(() => page.locator('.chart-tip:not([hidden])').textContent(), POLL).toContain('Tap again to open');
    expect(page.url()).toContain(SERIES_PATH);
    // The sources of a mark low in the chart do not cover the mark that the second tap must reach.
    const lowMark = 'Actual: 1.33% of GDP in 2024';
    await page.locator(`.chart svg a[aria-label^="${lowMark}"]`).tap();
    await expect.poll(() => page.locator('.chart-tip:not([hidden])').textContent(), POLL).toContain('1.33% of GDP in 2024');
    expect((await coveredMarks(page)).filter((label) => label.startsWith(lowMark))).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: CANADA_CONFLICT }).tap();
    await expectHeading(page, 'Sources disagree');
    await expectReadableColumn(page, 390);
    await page.getByRole('link', { name: 'Ottawa Citizen' }).tap();
    await expectHeading(page, 'Article from Ottawa Citizen, 24 Jun 2025');
    await expectReadableColumn(page, 390);
    expect(await page.locator('.article-text mark strong').textContent()).toBe('1.33 per cent');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('labels each year of the axis once, also for a series about a single year', async () => {
    const { page, errors } = await openPage(DESKTOP);
    const yearLabels = () => page.locator('.chart svg [aria-label="x-axis tick label"] text').allTextContents();
    await page.goto(`${baseUrl}/#/series/germany/defence-spending-share-of-gdp`);
    await expectHeading(page, 'Germany: defence spending, share of GDP');
    await expect.poll(() => page.locator('.chart svg a').count(), POLL).toBe(2); // 2.8% and 3.5%, both by 2029
    expect(await yearLabels()).toEqual(['2029']);
    await page.goto(`${baseUrl}/${SERIES_PATH}`);
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    await expect.poll(() => page.locator('.chart svg a').count(), POLL).toBe(5);
    const years = (await yearLabels()).map(Number);
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((year, index) => Number.isInteger(year) && (index === 0 || year > years[index - 1]!))).toBe(true);
    // The target (5% of GDP by 2035) lies past the last actual figure: the axis names its year.
    expect(years.at(-1)).toBe(2035);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('on a 375 px phone: the whole search placeholder shows, and the axis ends on the target year', async () => {
    const { page, errors } = await openPage({ ...PHONE, viewport: { width: 375, height: 667 } });
    await page.goto(baseUrl);
    await expectHeading(page, 'Numbers in the news');
    // As rendered: the placeholder's words typed into the box scroll it exactly when the placeholder is cut
    // (a canvas measure of the text passed while the phone showed "Carney." for "Carney…").
    const placeholder = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      input.value = input.placeholder;
      const rendered = { text: input.placeholder, needs: input.scrollWidth, room: input.clientWidth };
      input.value = '';
      return rendered;
    });
    expect(placeholder.text.length).toBeGreaterThan(0);
    expect(placeholder.needs, `${placeholder.text}: ${placeholder.needs} px in ${placeholder.room} px`).toBeLessThanOrEqual(
      placeholder.room,
    );
    await page.goto(`${baseUrl}/${SERIES_PATH}`);
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    await expect.poll(() => page.locator('.chart svg a').count(), POLL).toBe(5);
    const years = (await page.locator('.chart svg [aria-label="x-axis tick label"] text').allTextContents()).map(Number);
    expect(years.at(-1)).toBe(2035);
    await expectReadableColumn(page, 375);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("answers a link that leads nowhere in a reader's words, with a way home, and a search typed past the limit with a view", async () => {
    const { page, errors } = await openPage(DESKTOP);
    const badLinks: Array<[string, string]> = [
      ['#/facts/f_000000000000000000000000', 'This link does not lead to anything factline shows.'],
      ['#/fact/f_000000000000000000000000', 'This link should lead to a fact, but factline holds none at it.'],
      ['#/fact/not-a-fact-id', 'This link should lead to a fact, but factline holds none at it.'],
      ['#/fact/%E0%A4%A', 'This link should lead to a fact, but factline holds none at it.'],
      ['#/series/%ZZ/defence-spending-share-of-gdp', 'This link should lead to a series, but factline holds none at it.'],
      ['#/series/!!!/defence-spending-share-of-gdp', 'This link should lead to a series, but factline holds none at it.'],
      ['#/series/canada', 'This link should lead to a series, but factline holds none at it.'],
      [
        '#/conflict/f_000000000000000000000000/x',
        'This link should lead to a disagreement between two facts, but factline holds none at it.',
      ],
      ['#/article/nope', 'This link should lead to an article, but factline holds none at it.'],
      ['#/constructor', 'This link does not lead to anything factline shows.'],
    ];
    for (const [address, message] of badLinks) {
      await page.goto(`${baseUrl}/${address}`);
      await expectHeading(page, 'Nothing at this address');
      expect(await page.locator('main .error').textContent(), address).toBe(message);
      // None of the API's wording (field names, ids, "must be", "not found", "param") reaches the reader.
      expect(await page.locator('main').textContent(), address).not.toMatch(/param|must be|not found|no route|could not be loaded|\bid\b/i);
      expect(await page.getByRole('link', { name: 'all subjects' }).getAttribute('href')).toBe('#/');
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'all subjects' }).click();
    await expectHeading(page, 'Numbers in the news');
    await page.getByRole('searchbox').fill('defence '.repeat(40));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('main h1').textContent(), POLL).toMatch(/^Search: defence/);
    expect(await page.locator('main .error').count()).toBe(0);
    // The API takes five words: the page searches the first five and says so.
    expect(await page.locator('main .lead').textContent()).toMatch(/the first 5 words, “defence defence defence defence defence”/);
    // The browser logs the API's 400 and 404 answers to these addresses; nothing else may fail.
    expect(errors.filter((error) => !/Failed to load resource: the server responded with a status of 40[04]/.test(error))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('finds facts by words and by speaker; each result opens its fact, with kind and quote', async () => {
    const { page, errors } = await openPage(DESKTOP);
    await page.goto(baseUrl);
    await page.getByRole('searchbox').fill('Carney');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectHeading(page, 'Search: Carney');
    expect(page.url()).toContain('#/search?q=Carney');
    const result = page.locator('.result').first();
    expect(await result.textContent()).toContain('Target');
    await expect.poll(() => result.locator('blockquote mark').textContent(), POLL).toBe('two per cent');

    await page.goto(`${baseUrl}/#/search?q=defence`);
    await expectHeading(page, 'Search: defence');
    await expect
      .poll(() => page.locator('.result h2').allTextContents(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining('5% of GDP by 2035')]));
    await page.locator('.result h2 a', { hasText: '5% of GDP by 2035' }).first().click();
    await expectHeading(page, 'Canada: 5% of GDP by 2035');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("watches a series with an API key: the signing secret shown once, the key's watches paused, resumed and deleted", async () => {
    const created = await fetch(`${baseUrl}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Page test', scopes: ['watch'] }),
    });
    const { token: apiKey } = (await created.json()) as { token: string };
    const { page, errors } = await openPage(DESKTOP);
    await page.goto(`${baseUrl}/${SERIES_PATH}`);
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    const panel = page.locator('.watch-panel');
    expect(await panel.textContent()).toContain('Enter your API key to see your watches.');
    await page.getByLabel('API key').fill(apiKey);
    await page.getByLabel('Webhook URL (https)').fill('https://93.184.215.14/factline-hook');
    await page.getByLabel('sources start to disagree').check();
    await page.getByRole('button', { name: 'Watch this series' }).click();
    await expect.poll(() => panel.locator('.watch-secret code').textContent(), POLL).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(await panel.getByRole('status').textContent()).toBe('Watching Canada: defence spending, share of GDP.');
    const rows = panel.locator('.watch-row');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().textContent()).toMatch(
      /canada · defence-spending-share-of-gdp.*93\.184\.215\.14.*fact\.created, fact\.changed, conflict\.created.*active/,
    );
    // The key stays in this tab's sessionStorage, nowhere longer-lived.
    expect(await page.evaluate(() => [sessionStorage.getItem('factline.apiKey'), localStorage.length, document.cookie])).toEqual([
      apiKey,
      0,
      '',
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: /^Pause the watch on canada/ }).click();
    await expect.poll(() => rows.first().locator('.watch-state').textContent(), POLL).toBe('paused');
    await panel.getByRole('button', { name: /^Resume the watch on canada/ }).click();
    await expect.poll(() => rows.first().locator('.watch-state').textContent(), POLL).toBe('active');
    const [watch] = (
      (await (await fetch(`${baseUrl}/watches`, { headers: { authorization: `Bearer ${apiKey}` } })).json()) as {
        items: Array<{ status: string; target: unknown }>;
      }
    ).items;
    expect(watch).toMatchObject({ status: 'active', target: { subject: 'canada', metric: 'defence-spending-share-of-gdp' } });

    // Reloaded, the tab remembers the key and lists the watch; the secret is not shown again.
    await page.reload();
    await expectHeading(page, 'Canada: defence spending, share of GDP');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await panel.locator('.watch-secret').count()).toBe(0);
    await panel.getByRole('button', { name: /^Delete the watch on canada/ }).click();
    await expect.poll(() => panel.textContent(), POLL).toContain('No watches on this key yet.');
    expect(errors).toEqual([]);

    // A webhook on an internal address is refused, and the page says why.
    await page.getByLabel('Webhook URL (https)').fill('https://169.254.169.254/latest');
    await page.getByRole('button', { name: 'Watch this series' }).click();
    await expect.poll(() => panel.locator('.watch-status.error').textContent(), POLL).toMatch(/only public addresses/);
    expect(await rows.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The browser logs the refused request itself (a 422 answer); the page logs nothing.
    expect(errors.filter((error) => !/Failed to load resource: the server responded with a status of 422/.test(error))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows article text as text, never as markup, and opens links of the first page version', async () => {
    const { page, errors } = await openPage(DESKTOP);
    await page.goto(`${baseUrl}/#canada/tariff-rate`);
    await expectHeading(page, 'Canada: tariff rate');
    expect(page.url()).toContain('#/series/canada/tariff-rate');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.title()).not.toContain('pwned');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
