import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
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

type WatchedPage = Page & { problems: string[] };

async function newPage(): Promise<WatchedPage> {
  await browser.context.clearCookies();
  const page = (await browser.context.newPage()) as WatchedPage;
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

const headers = (page: Page) =>
  page
    .locator('[data-testid="analytics-table"] thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));

describe('the analyst', () => {
  it('opens Analytics, sees the demo’s cases by month and department, then by department and kind', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'analyst', { next: '/analytics' });
    await page.waitForURL(/\/analytics$/);
    await expect.poll(() => page.getByTestId('nav-analytics').isVisible(), { timeout: 10_000 }).toBe(true);

    // Grouped by month and department by default: a row per month and department with cases.
    const rows = page.getByTestId('analytics-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await headers(page)).slice(0, 3)).toEqual(['月', '部门', '受理']);
    const firstRow = await rows.first().locator('td').allTextContents();
    expect(firstRow[0]).toMatch(/^\d{4}-\d{2}$/);
    expect(firstRow[1]).toMatch(/部/);
    expect(await page.getByTestId('analytics-bar').count()).toBe(await rows.count());
    const total = Number(
      await page.locator('[data-testid="analytics-totals"] .ant-statistic-content').first().textContent(),
    );
    expect(total).toBeGreaterThan(0);

    // A third choice replaces the oldest: department and kind.
    await choose(page, 'analytics-groupby', '类型', { multiple: true });
    await expect
      .poll(() => headers(page).then((h) => h.slice(0, 3)), { timeout: 10_000 })
      .toEqual(['部门', '类型', '受理']);
    await expect
      .poll(() => rows.first().locator('td').nth(1).textContent(), { timeout: 10_000 })
      .toMatch(/投诉|报修|咨询|交办|特约|租赁|整改|事件|火|事故|案件|故障/);
    // Each grouping adds up to the same total.
    const counts = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Number(tr.querySelector('[data-testid="analytics-bar"]')?.parentElement?.previousElementSibling?.textContent),
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(page.problems).toEqual([]);
  });
});
