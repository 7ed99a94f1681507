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

  it('turns to patrol coverage and attendance: grouped by week, the rows add up to the totals', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'analyst', { next: '/analytics' });
    await page.waitForURL(/\/analytics$/);

    const tableHeaders = (id: string) =>
      page
        .locator(`[data-testid="analytics-${id}-table"] thead th`)
        .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
    const column = (id: string, index: number) =>
      page
        .locator(`[data-testid="analytics-${id}-table"] .ant-table-row`)
        .evaluateAll((trs, i) => trs.map((tr) => Number(tr.querySelectorAll('td')[i]?.textContent)), index);
    const firstTotal = async (id: string) =>
      Number(await page.locator(`[data-testid="analytics-${id}-totals"] .ant-statistic-content`).first().textContent());

    // Patrols: by week and site; the shifts of the rows are the shifts in total.
    await page.locator('.ant-tabs-tab[data-node-key="patrols"]').click();
    const patrolRows = page.locator('[data-testid="analytics-patrols-table"] .ant-table-row');
    await expect.poll(() => patrolRows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await tableHeaders('patrols')).slice(0, 4)).toEqual(['周', '小区', '班次', '应巡区域']);
    const shifts = await firstTotal('patrols');
    expect(shifts).toBeGreaterThan(0);
    expect((await column('patrols', 2)).reduce((a, b) => a + b, 0)).toBe(shifts);
    expect(await patrolRows.first().locator('td').nth(5).textContent()).toMatch(/%|—/);

    // Attendance: by week and team; the rostered of the rows are the rostered in total.
    await page.locator('.ant-tabs-tab[data-node-key="attendance"]').click();
    const attendanceRows = page.locator('[data-testid="analytics-attendance-table"] .ant-table-row');
    await expect.poll(() => attendanceRows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await tableHeaders('attendance')).slice(0, 3)).toEqual(['周', '班组', '排班人次']);
    const rostered = await firstTotal('attendance');
    expect(rostered).toBeGreaterThan(0);
    expect((await column('attendance', 2)).reduce((a, b) => a + b, 0)).toBe(rostered);
    expect(page.problems).toEqual([]);
  });
});
