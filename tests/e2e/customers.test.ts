import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn, signOut } from '../support/sign-in.js';

/** The demo files these journeys use (apps/api/src/features/demo/demo-customers.ts). */
const TENANT = { name: '刘洋', phone: '13812340001', unit: '3-1201' };
const OWNER = '陈志远';

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

const names = (page: Page, list: string) =>
  page
    .locator(`[data-testid="${list}"] [data-testid="occupancy"]`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));

describe('customer service at the intake desk', () => {
  it('finds a caller by phone, opens their unit, and records that they moved out', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'cs', { next: '/customers' });
    await page.waitForURL(/\/customers$/);
    await expect.poll(() => page.getByTestId('nav-customers').isVisible()).toBe(true);

    // The number as the caller reads it out; the hit comes up as they type, and Enter opens it.
    const box = page.getByTestId('customer-lookup');
    await box.fill(`${TENANT.phone.slice(0, 3)} ${TENANT.phone.slice(3, 7)} ${TENANT.phone.slice(7)}`);
    const first = page.getByTestId('lookup-hit').first();
    await expect.poll(() => first.getByTestId('hit-title').textContent()).toBe(TENANT.name);
    expect(await first.getAttribute('data-kind')).toBe('customer');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(TENANT.name);
    expect(await page.getByTestId('contact-list').textContent()).toContain('138 1234 0001');

    // Their unit, and everyone who lives there.
    await page.getByTestId('occupancy-unit').filter({ hasText: TENANT.unit }).first().click();
    await expect.poll(() => page.getByTestId('unit-code').textContent()).toBe(TENANT.unit);
    await expect.poll(() => names(page, 'current-occupants')).toEqual([OWNER, TENANT.name]);

    // The tenant moves out today.
    await page
      .locator(`[data-testid="current-occupants"] [data-testid="occupancy"][data-name="${TENANT.name}"]`)
      .getByTestId('action-move-out')
      .click();
    await expect.poll(() => page.getByTestId('move-out-form').isVisible()).toBe(true);
    await page.getByTestId('move-out-note').fill('租约到期，钥匙已交回');
    await page.getByTestId('move-out-form-submit').click();
    await expect.poll(() => page.getByTestId('move-out-form').count()).toBe(0);

    // No longer there; in the history, with the note.
    await expect.poll(() => names(page, 'current-occupants')).toEqual([OWNER]);
    await expect.poll(() => names(page, 'past-occupants')).toContain(TENANT.name);
    expect(await page.getByTestId('past-occupants').textContent()).toContain('租约到期，钥匙已交回');

    // It stays so after a reload, and the lookup by phone still finds them, now moved out.
    await page.reload();
    await expect.poll(() => names(page, 'current-occupants')).toEqual([OWNER]);
    await page.goto(`${server.url}/customers?q=${TENANT.phone}`);
    await page.getByTestId('lookup-hit').first().click();
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(TENANT.name);
    const history = page.locator('[data-testid="occupancy-list"] [data-testid="occupancy"]');
    await expect.poll(() => history.first().getAttribute('data-current')).toBe('false');

    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('lets the shift leader look up files but not change them; an officer has no way in', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'leader', { next: '/customers' });
    await page.getByTestId('customer-lookup').fill(OWNER);
    await expect.poll(() => page.getByTestId('hit-title').first().textContent()).toBe(OWNER);
    await page.getByTestId('lookup-hit').first().click();
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(OWNER);
    expect(await page.getByTestId('customer-actions').count()).toBe(0);
    expect(await page.getByTestId('action-move-out').count()).toBe(0);
    // Another site's unit is not there for them at all.
    await page.goto(`${server.url}/customers?q=A-1202`);
    await expect.poll(() => page.getByTestId('lookup-empty').isVisible()).toBe(true);
    await signOut(page);

    await signIn(page, server.url, 'officer');
    await expect.poll(() => page.getByTestId('nav').isVisible()).toBe(true);
    expect(await page.getByTestId('nav-customers').count()).toBe(0);
    await page.goto(`${server.url}/customers`);
    await expect.poll(() => page.getByTestId('forbidden').isVisible()).toBe(true);
    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
