import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn, signOut } from '../support/sign-in.js';

/** The demo files this journey uses (apps/api/src/features/demo/demo-customers.ts). */
const TENANT = { name: '刘洋', unit: '3-1201' };
const SUMMARY = '租户来访：卫生间天花板渗水，怀疑楼上防水破损，请尽快上门查看。';

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
  const page = (await browser.context.newPage()) as WatchedPage;
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

/** Waits for what the page shows, with room for a busy machine (the default is one second). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

/** The log's row of one visit. */
const rowOf = (page: Page, id: string) => page.locator(`[data-testid="visit-row"][data-id="${id}"]`);

describe('the reception desk', () => {
  it('logs a walk-in found by unit, opens a case from it, shows the case on the visit and closes it', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'cs', { next: '/reception' });
    await page.waitForURL(/\/reception$/);
    await poll(() => page.getByTestId('nav-reception').isVisible()).toBe(true);
    // The demo log is there, the latest first.
    await poll(async () => page.getByTestId('visit-row').count()).toBeGreaterThan(5);

    // The visitor gives their unit: typed straight into the lookup, which has the focus.
    const lookup = page.getByTestId('reception-lookup');
    await poll(() =>
      page.evaluate(() => document.activeElement?.closest('[data-testid="reception-lookup"]') !== null),
    ).toBe(true);
    await page.keyboard.type(TENANT.unit);
    await page.locator('.ant-select-item-option').filter({ hasText: TENANT.name }).first().click();
    await poll(() => lookup.getByTestId('intake-picked').textContent()).toContain(TENANT.unit);
    expect(await page.getByTestId('reception-visitor-name').count()).toBe(0); // on file: no name to type
    await page.getByTestId('reception-purpose').getByText('报修').click();
    await page.getByTestId('reception-summary').fill(SUMMARY);
    await page.getByTestId('reception-summary').press('Enter'); // Enter logs it

    // At the top of the log, open, with nothing to show for it yet.
    const first = page.getByTestId('visit-row').first();
    await poll(() => first.getByTestId('visit-summary').textContent()).toBe(SUMMARY);
    const visitId = (await first.getAttribute('data-id')) ?? '';
    const row = rowOf(page, visitId);
    expect(await row.getAttribute('data-status')).toBe('OPEN');
    expect(await row.getByTestId('visit-customer').textContent()).toBe(TENANT.name);
    expect(await page.getByTestId('reception-summary').inputValue()).toBe(''); // ready for the next visitor

    // A repair to send on: a case, from the intake page, which knows the visit it comes from.
    await row.getByTestId('visit-open-case').click();
    await page.waitForURL(/\/cases\/new\?reception=/);
    await poll(() => page.getByTestId('reception-origin').textContent()).toContain(SUMMARY);
    // The form starts from the visit: a repair, at the desk, by the tenant at their unit, in their words.
    await poll(() => page.getByTestId('intake-picked').textContent()).toContain(TENANT.unit);
    expect(await page.getByTestId('intake-description').inputValue()).toBe(SUMMARY);
    expect(await page.getByTestId('intake-kind').locator('input:checked').inputValue()).toBe('REPAIR');
    await page.getByTestId('intake-title').fill('3-1201卫生间天花板渗水');
    await page.getByTestId('intake-area').fill('卫生间');
    await page.getByTestId('intake-area').press('Enter');
    await page.waitForURL(/\/cases\/[^/?]+$/);
    const reference = (await page.getByTestId('case-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^BX-\d{8}-\d{4}$/);

    // Back at the desk: the visit shows the case, which its reference opens.
    await page.getByTestId('nav-reception').click();
    await page.waitForURL(/\/reception$/);
    await poll(() => row.getByTestId('visit-case').textContent()).toBe(reference);
    expect(await row.getByTestId('visit-open-case').count()).toBe(0); // one case per visit

    // The case is its outcome: the visit closes without one, a note added for the record.
    await row.getByTestId('visit-close').click();
    await poll(() => page.getByTestId('visit-close-form').isVisible()).toBe(true);
    await page.getByTestId('visit-outcome').fill('已开立报修工单，转设施维护部上门查看。');
    await page.getByTestId('visit-close-form-submit').click();
    await poll(() => row.getAttribute('data-status')).toBe('CLOSED');
    expect(await row.getByTestId('visit-outcome-text').textContent()).toContain('已开立报修工单');
    expect(await row.getByTestId('visit-close').count()).toBe(0);

    // The reference leads to the case.
    await row.getByTestId('visit-case').click();
    await page.waitForURL(/\/cases\/[^/?]+$/);
    await poll(() => page.getByTestId('case-reference').textContent()).toContain(reference);

    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('refuses to close a visit answered with nothing, and files one answered on the spot as closed', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'cs', { next: '/reception' });
    await page.waitForURL(/\/reception$/);

    // Not on file: a name and a phone, and the site the desk is at (filled in as the page opens).
    await poll(() => page.getByTestId('reception-site').textContent()).toContain('翠湖花园');
    await page.getByTestId('reception-visitor-name').fill('钱女士');
    await page.getByTestId('reception-visitor-phone').fill('13700001234');
    await page.getByTestId('reception-summary').fill('询问小区游泳池今年何时开放。');
    await page.getByTestId('reception-summary').press('Enter');
    const first = page.getByTestId('visit-row').first();
    await poll(() => first.getByTestId('visit-summary').textContent()).toBe('询问小区游泳池今年何时开放。');
    const row = rowOf(page, (await first.getAttribute('data-id')) ?? '');
    await row.getByTestId('visit-close').click();
    await page.getByTestId('visit-close-form-submit').click(); // no outcome: refused beside the field
    await poll(() => page.locator('.ant-form-item-has-error').count()).toBe(1);
    await page.getByTestId('visit-outcome').fill('泳池 6 月 1 日开放，已告知。');
    await page.getByTestId('visit-close-form-submit').click();
    await poll(() => row.getAttribute('data-status')).toBe('CLOSED');

    // Answered on the spot: the outcome with the entry, closed at once.
    await page.getByTestId('reception-visitor-name').fill('李先生');
    await page.getByTestId('reception-summary').fill('询问停车月卡价格。');
    await page.getByTestId('reception-outcome').fill('月卡 300 元，已给办理须知。');
    expect(await page.getByTestId('reception-close-now').isChecked()).toBe(true);
    await page.getByTestId('reception-outcome').press('Enter');
    await poll(() => first.getByTestId('visit-summary').textContent()).toBe('询问停车月卡价格。');
    expect(await first.getAttribute('data-status')).toBe('CLOSED');

    // The log's filters: open visits only.
    await page.getByTestId('visit-status-filter').click();
    await page.locator('.ant-select-item-option[title="待处理"]').click();
    await poll(() => page.url()).toContain('status=OPEN');
    await poll(() =>
      page.getByTestId('visit-row').evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-status')))]),
    ).toEqual(['OPEN']);

    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
