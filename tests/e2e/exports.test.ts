import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser, watchedPage } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { parseCsv } from '../support/csv.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server) expect(await server.stop()).toBe(0);
});

describe('an analyst exports data from the web app', () => {
  it('downloads one site’s cases as a CSV Excel can open, with the signed-in session', async () => {
    const page = await watchedPage(browser);
    await signIn(page, server.url, 'analyst');
    await page.getByTestId('nav-exports').click();
    await page.waitForURL(/\/exports$/);
    await expect.poll(() => page.getByTestId('export-dataset-cases').isVisible(), { timeout: 10_000 }).toBe(true);
    // The analyst reads everything but the audit trail.
    expect(await page.getByTestId('export-dataset-patrol-scans').count()).toBe(1);
    expect(await page.getByTestId('export-dataset-audit-events').count()).toBe(0);

    await choose(page, 'export-site', '翠湖花园');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cases-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^steward-cases-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0), 'UTF-8 byte order mark').toBe(0xfeff);
    const [columns = [], ...rows] = parseCsv(csv.slice(1));
    expect(columns.slice(0, 4)).toEqual(['id', 'reference', 'kind', 'status']);
    expect(rows.length).toBeGreaterThan(0);
    // Only the chosen site's, and the Chinese text intact.
    const site = columns.indexOf('siteCode');
    expect(new Set(rows.map((r) => r[site]))).toEqual(new Set(['CUIHU']));
    expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r[columns.indexOf('title')] ?? ''))).toBe(true);
    expect(page.problems).toEqual([]);
  });
});
