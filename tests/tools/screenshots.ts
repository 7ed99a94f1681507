/**
 * `pnpm screenshots`: starts the built app on a fresh database with the demo organisation, signs
 * in as the people who use each page, and photographs every page at desk and phone sizes, in both
 * languages, into apps/web/screenshots/ (look before calling a UI done).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startBuiltServer } from '../support/built-server.js';
import { fillSignIn, signIn, signOut } from '../support/sign-in.js';

// Written where git does not look: a curated few are copied to apps/web/screenshots for the README.
const OUT = resolve(fileURLToPath(new URL('../.artifacts/screenshots', import.meta.url)));
const SIZES = [
  { name: 'desk', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const ONLY = process.env.SHOTS ? new Set(process.env.SHOTS.split(',')) : null;

mkdirSync(OUT, { recursive: true });
const server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });

async function settle(page: Page, selector: string) {
  await page.waitForSelector(selector, { timeout: 15_000 }).catch(async (err) => {
    await page.screenshot({ path: '/tmp/screenshot-failure.png' });
    console.error(`failed at ${page.url()}`);
    throw err;
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

try {
  for (const size of SIZES) {
    for (const locale of ['zh-CN', 'en']) {
      const browser = await launchBrowser({ viewport: size.viewport });
      const page = await browser.context.newPage();
      page.on('pageerror', (err) => console.error(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') console.error(`console: ${msg.text()}`);
      });
      await page.addInitScript((l) => localStorage.setItem('steward.locale', l), locale);
      const shot = async (name: string, fullPage = false) => {
        if (ONLY && !ONLY.has(name)) return;
        const file = join(OUT, `${name}-${size.name}-${locale}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      };
      const visit = async (name: string, path: string, selector: string, fullPage = false) => {
        await page.goto(`${server.url}${path}`);
        await settle(page, selector);
        await shot(name, fullPage);
      };
      try {
        // Nobody signed in: the sign-in page, then a refusal.
        await page.goto(`${server.url}/staff`);
        await settle(page, '[data-testid="login-form"]');
        await shot('login');
        await fillSignIn(page, 'manager', 'wrong-password-1');
        await settle(page, '[data-testid="login-error"]');
        await shot('login-error');

        // The company manager: every section.
        await signIn(page, server.url, 'manager');
        await visit('rulebook', '/rulebook/customer_service', '[data-testid="duty"]');
        await visit('rulebook-order-maintenance', '/rulebook/order_maintenance', '[data-testid="duty"]');
        await visit('rulebook-search', '/rulebook?q=%E5%B7%A1%E6%9F%A5', '[data-testid="duty"]');
        await visit('staff', '/staff', '[data-testid="staff-row"]');
        await page.locator('[data-testid="staff-row"][data-username="leader"]').click();
        await settle(page, '[data-testid="staff-detail"]');
        await shot('staff-detail', true);
        await visit('permissions', '/permissions', '[data-testid^="grant-"]');
        await page.getByTestId('user-menu').click();
        await settle(page, '[data-testid="sign-out"]');
        await shot('user-menu');
        await page.keyboard.press('Escape');
        await visit('tokens', '/tokens', '[data-testid="token-list"]');
        await page.getByTestId('token-create').click();
        await settle(page, '[data-testid="create-token-form"]');
        await page.getByTestId('token-name').fill(locale === 'en' ? 'Weekly complaints notebook' : '每周投诉分析');
        await shot('tokens-create');
        await page.getByTestId('create-token-form-submit').click();
        await settle(page, '[data-testid="token-secret"]');
        await shot('tokens-secret');
        await page.getByTestId('token-secret-done').click();
        await page.waitForTimeout(400);
        await shot('tokens-list');
        await signOut(page);

        // The office clerk: onboarding, and the permissions read-only.
        await signIn(page, server.url, 'clerk');
        await visit('staff-new', '/staff/new', '[data-testid="onboard-form"]', true);
        const username = `shot.${size.name}.${locale === 'en' ? 'en' : 'zh'}`;
        await page.getByTestId('onboard-name').fill(locale === 'en' ? 'Lin Hai' : '林海');
        await page.getByTestId('onboard-employee-no').fill(`S-${size.name}-${locale}`);
        await page.getByTestId('onboard-username').fill(username);
        await page.getByTestId('onboard-position').click();
        await page.locator('.ant-select-item-option[title]').first().waitFor();
        await page.keyboard.type(locale === 'en' ? 'Order Maintenance Officer' : '秩序维护员');
        await page.keyboard.press('Enter');
        await page.getByTestId('onboard-submit').click();
        await settle(page, '[data-testid="temporary-password"]');
        await shot('staff-new-done');
        const temporary = (await page.getByTestId('temporary-password-value').textContent()) ?? '';
        await page.getByTestId('view-record').click();
        await settle(page, '[data-testid="staff-actions"]');
        await shot('staff-detail-clerk', true);
        await page.getByTestId('action-transfer').click();
        await settle(page, '[data-testid="transfer-staff-form"]');
        await shot('staff-transfer');
        await page.keyboard.press('Escape');
        await visit('permissions-read-only', '/permissions', '[data-testid^="grant-"]');
        await signOut(page);

        // The new officer's first sign-in: a new password before anything else.
        await fillSignIn(page, username, temporary);
        await settle(page, '[data-testid="change-password-form"]');
        await shot('change-password');
        await page.getByTestId('current-password').fill(temporary);
        await page.getByTestId('new-password').fill('Harbour2026x');
        await page.getByTestId('confirm-password').fill('Harbour2026x');
        await page.getByTestId('change-password-submit').click();
        await page.waitForURL((url) => url.pathname !== '/change-password');
        await settle(page, '[data-testid="user-menu"]');
        await shot('first-sign-in-done');
        await signOut(page);

        // The company manager again: the audit trail of all the above.
        await signIn(page, server.url, 'manager');
        await visit('audit', '/audit', '[data-testid="audit-event"]');
        const onboarded = page.locator('[data-testid="audit-event"]:has([data-action="staff.onboard"])').first();
        const expand = onboarded.locator('.ant-table-row-expand-icon');
        if (await expand.count()) await expand.click();
        else await onboarded.locator('.ant-collapse-header').click();
        await onboarded.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await shot('audit-expanded');
        await page.goto(`${server.url}/staff?q=${encodeURIComponent(username)}`);
        await settle(page, '[data-testid="staff-row"]');
        await page.locator('[data-testid="staff-row"]').first().click();
        await settle(page, '[data-testid="record-history"] [data-testid="audit-event"]');
        await shot('staff-detail-history', true);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.stop();
}
