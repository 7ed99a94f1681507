import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, fillSignIn, signIn } from '../support/sign-in.js';

let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  // Development mode with the demo organisation: the people who sign in below exist.
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server) expect(await server.stop()).toBe(0); // graceful shutdown on SIGTERM
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto(`${server.url}${path}`);
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

describe('rulebook browser (desk)', () => {
  it('shows the rulebook in Chinese, switches to English, and remembers the choice', async () => {
    // Nobody is signed in yet: the sign-in page first, then the company manager's first section
    // (the service desk), and from there the rulebook.
    const page = await openPage('/');
    await page.waitForURL(/\/login$/);
    await fillSignIn(page, 'manager', DEMO_PASSWORD);
    await page.waitForURL(/\/cases$/);
    await page.getByTestId('nav-rulebook').click();
    await page.waitForURL(/\/rulebook$/);

    // Chinese by default: the first department and its fourth duty, the company's first principle.
    const detail = page.getByTestId('department-detail');
    await expect.poll(() => detail.getByRole('heading', { level: 3 }).textContent()).toBe('客户服务部');
    const cs4 = page.locator('[data-testid="duty"][data-source="CS-4"]');
    await expect.poll(() => cs4.textContent()).toContain('事事有记录，事事有结果');

    // Into the order-maintenance department: the shift leader's patrol duty, with its citation.
    await page.getByTestId('department-nav').getByText('秩序维护部', { exact: true }).click();
    await page.waitForURL(/\/rulebook\/order_maintenance$/);
    const leader = page.locator('[data-testid="position"][data-key="order_maintenance_shift_leader"]');
    await expect.poll(() => leader.locator('[data-source="SL-4"]').textContent()).toContain('不得少于二次');
    expect(await page.locator('[data-testid="position"]').count()).toBe(4); // director, shift leader, fire supervisor, officer

    // Switch to English: the same page, now in English.
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect
      .poll(() => detail.getByRole('heading', { level: 3 }).textContent())
      .toBe('Order Maintenance Department');
    await expect.poll(() => leader.locator('[data-source="SL-4"]').textContent()).toContain('no fewer than two times');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Signed in, the switch is also remembered as the manager's own preference.
    const savedLocale = () =>
      page.evaluate(async () => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ viewer { staff { locale } } }' }),
        });
        return ((await res.json()) as { data: { viewer: { staff: { locale: string } } } }).data.viewer.staff.locale;
      });
    await expect.poll(savedLocale).toBe('EN');

    // The choice persists across a reload.
    await page.reload();
    await expect
      .poll(() => detail.getByRole('heading', { level: 3 }).textContent())
      .toBe('Order Maintenance Department');

    // Search across every duty, in English.
    await page.getByRole('searchbox').fill('patrol');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.textContent()).toMatch(/\d+ dut(y|ies) found/);
    expect(await results.locator('[data-testid="duty"]').count()).toBeGreaterThan(1);
    await expect.poll(() => page.url()).toContain('q=patrol');

    expect((page as Page & { problems: string[] }).problems).toEqual([]);
    await page.close();
  });

  it('marks what the fragment does not hold instead of inventing it', async () => {
    const page = await openPage('/rulebook/facilities');
    const detail = page.getByTestId('department-detail');
    await expect.poll(() => detail.locator('[data-status]').first().getAttribute('data-status')).toBe('TOC_ONLY');
    await expect
      .poll(() => detail.textContent())
      .toMatch(/原文片段未收录其职责|Its duties are not in the rulebook fragment/);
    await page.close();
  });
});

describe('rulebook browser (phone)', () => {
  it('offers the departments as a select and the sections in a drawer', async () => {
    const phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.context.newPage();
      await signIn(page, server.url, 'officer', { next: '/rulebook/order_maintenance' });
      await page.waitForURL(/\/rulebook\/order_maintenance$/);
      await expect.poll(() => page.getByTestId('department-select').isVisible()).toBe(true);
      expect(await page.getByTestId('department-nav').count()).toBe(0);
      await expect
        .poll(() => page.locator('[data-testid="duty"][data-source="SL-4"]').textContent())
        .toContain('不得少于二次');
      // Nothing overflows sideways at phone width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: '菜单' }).click();
      await expect.poll(() => page.locator('.ant-drawer').getByText('规章制度').isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });
});
