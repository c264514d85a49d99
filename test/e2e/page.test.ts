// The web page in a real browser, against the real server, store (DynamoDB Local) and pipeline.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { launchChromium } from '../support/browser.js';
import { createTestTable } from '../support/dynamodb.js';

const POLL = { timeout: 20_000 };
let browser: Browser;
let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  const factline = wireFactlineInProcess({ client, tableName, apiToken: async () => 'page-token' });
  const seed = await readFile(new URL('../../seeds/000_17f27bc200e539ab.txt', import.meta.url), 'utf8');
  await factline.ingest({ text: seed, source: 'Global News', publishedAt: '2025-12-19', url: 'https://globalnews.example/rubio' });
  await factline.ingest({
    text: 'Tariff watch. <img src=x onerror="document.title=`pwned`"> Ottawa said the United States imposed tariffs of 35% on Canadian goods this year, according to the finance ministry.',
    source: 'Injected Tribune',
    publishedAt: '2025-08-01',
  });
  await factline.queue.drained();
  server = serve({ fetch: createApp(factline.appDeps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the web page', () => {
  it('lists subjects and shows a series with its values, periods and sources', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'defence spending, share of GDP' }).first().click();
    const view = page.locator('#view');
    await expect.poll(() => view.locator('h2').first().textContent(), POLL).toBe('Canada: defence spending, share of GDP');
    const facts = await view.locator('article.fact').allTextContents();
    expect(facts.some((text) => text.includes('5%') && text.includes('by 2035'))).toBe(true);
    expect(facts.some((text) => text.includes('2%') && text.includes('in 2025') && text.includes('Mark Carney'))).toBe(true);
    expect(await view.locator('.appearance a').first().getAttribute('href')).toBe('https://globalnews.example/rubio');
    expect(await view.textContent()).toContain('different-scope');
    expect(page.url()).toContain('#canada/defence-spending-share-of-gdp');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows article text as text, never as markup', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/#canada/tariff-rate`);
    await expect.poll(() => page.locator('#view article.fact').count(), POLL).toBeGreaterThan(0);
    expect(await page.locator('#view img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('searches facts', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByRole('searchbox').fill('core military');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('#view').textContent(), POLL).toContain('3.5%');
    await page.close();
  });
});
