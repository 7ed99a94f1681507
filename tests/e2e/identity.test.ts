import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, fillSignIn, signIn, signOut } from '../support/sign-in.js';

let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  // Development mode with the demo organisation: one sign-in per role.
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server) expect(await server.stop()).toBe(0);
});

type WatchedPage = Page & { problems: string[] };

/** A new tab, signed out (tests share the browser, so each starts without the last one's session). */
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

/** The sections in the navigation, by their test ids (`nav-rulebook`, …). */
function sections(page: Page): Promise<string[]> {
  return page
    .getByTestId('nav')
    .locator('[data-testid^="nav-"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''));
}

describe('sign-in and what each position sees', () => {
  it('refuses a wrong password in the reader’s language and keeps them on the sign-in page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/staff`);
    await page.waitForURL(/\/login\?next=%2Fstaff$/);
    await fillSignIn(page, 'leader', 'not-the-password-1');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码不正确');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('shows the shift leader the shift leader’s sections only, and sends them back where they were', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/staff`);
    await page.waitForURL(/\/login\?next=%2Fstaff$/);
    await fillSignIn(page, 'leader', DEMO_PASSWORD);
    await page.waitForURL(/\/staff$/); // back where they were going

    // Who is signed in, in the header; the sections their position grants, and no others.
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toBe('刘强');
    expect(await page.getByTestId('viewer-position').textContent()).toBe('秩序维护领班');
    await expect
      .poll(() => sections(page))
      .toEqual([
        'nav-cases',
        'nav-my-shift',
        'nav-shifts',
        'nav-duty-logs',
        'nav-discipline',
        'nav-incidents',
        'nav-places',
        'nav-fire-safety',
        'nav-contacts',
        'nav-gate',
        'nav-inspections',
        'nav-customers',
        'nav-notices',
        'nav-meetings',
        'nav-rulebook',
        'nav-staff',
        'nav-analytics',
        'nav-exports',
        'nav-settings-service-levels',
        'nav-tokens',
      ]);

    // Staff of their own site only, and nothing to onboard anyone with.
    await expect.poll(() => page.getByTestId('staff-row').count()).toBeGreaterThan(0);
    const usernames = await page
      .getByTestId('staff-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-username')));
    expect(usernames).toContain('leader');
    expect(usernames).not.toContain('leader2'); // the other site's shift leader
    expect(await page.getByTestId('onboard-button').count()).toBe(0);

    // Typing a section's address does not get round the navigation.
    await page.goto(`${server.url}/audit`);
    await expect.poll(() => page.getByTestId('forbidden').isVisible()).toBe(true);
    await page.goto(`${server.url}/permissions`);
    await expect.poll(() => page.getByTestId('forbidden').isVisible()).toBe(true);

    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('sends an expired session to the sign-in page and back where the reader was', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'manager', { next: '/rulebook' });
    await expect
      .poll(() => sections(page))
      .toEqual([
        'nav-cases',
        'nav-duty-logs',
        'nav-incidents',
        'nav-places',
        'nav-fire-safety',
        'nav-contacts',
        'nav-inspections',
        'nav-reception',
        'nav-customers',
        'nav-notices',
        'nav-meetings',
        'nav-rulebook',
        'nav-staff',
        'nav-permissions',
        'nav-analytics',
        'nav-audit',
        'nav-exports',
        'nav-settings-service-levels',
        'nav-tokens',
      ]);
    await expect.poll(() => page.getByTestId('department-detail').isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    // The session ends behind the page's back (as after the idle timeout).
    await browser.context.clearCookies();
    await page.getByTestId('nav-staff').click();
    await page.waitForURL(/\/login\?next=%2Fstaff$/);
    await fillSignIn(page, 'manager', DEMO_PASSWORD);
    await page.waitForURL(/\/staff$/);
    await expect.poll(() => page.getByTestId('staff-row').count()).toBeGreaterThan(10);
    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('lets the office clerk onboard an officer, who must replace the first password before anything else', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'clerk', { next: '/staff' });
    await page.waitForURL(/\/staff$/);
    await expect
      .poll(() => sections(page))
      .toEqual([
        'nav-my-shift',
        'nav-shifts',
        'nav-duty-logs',
        'nav-discipline',
        'nav-fire-safety',
        'nav-notices',
        'nav-rulebook',
        'nav-staff',
        'nav-permissions',
        'nav-exports',
        'nav-tokens',
      ]);

    // Onboard a new officer.
    await page.getByTestId('onboard-button').click();
    await page.waitForURL(/\/staff\/new$/);
    await page.getByTestId('onboard-name').fill('林海');
    await page.getByTestId('onboard-employee-no').fill('E0299');
    await page.getByTestId('onboard-username').fill('linhai');
    await page.getByTestId('onboard-phone').fill('13800000299');
    await page.getByTestId('onboard-position').click();
    await page.locator('.ant-select-item-option[title="秩序维护员"]').click();
    await page.getByTestId('onboard-sites').click();
    await page.locator('.ant-select-item-option[title="翠湖花园"]').click();
    await page.keyboard.press('Escape');

    // A taken employee number is refused beside its field, and nothing is created.
    await page.getByTestId('onboard-employee-no').fill('E0203');
    await page.getByTestId('onboard-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-has-error').filter({ hasText: '工号' }).textContent())
      .toContain('该工号已被使用');
    await page.getByTestId('onboard-employee-no').fill('E0299');
    await page.getByTestId('onboard-submit').click();

    // The first password, shown once.
    const shown = page.getByTestId('temporary-password-value');
    await expect.poll(() => shown.isVisible()).toBe(true);
    const temporary = (await shown.textContent())?.trim() ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(8);

    // Their record says so.
    await page.getByTestId('view-record').click();
    await expect.poll(() => page.getByTestId('staff-name').textContent()).toBe('林海');
    expect(await page.getByTestId('staff-detail').getAttribute('data-status')).toBe('ACTIVE');
    expect(await page.getByTestId('staff-profile').textContent()).toContain('临时密码，首次登录须修改');
    await signOut(page);

    // The officer signs in with it, and must choose their own password first.
    await fillSignIn(page, 'linhai', temporary);
    await page.waitForURL(/\/change-password/);
    await page.goto(`${server.url}/staff`); // nothing else opens first
    await page.waitForURL(/\/change-password/);
    await page.getByTestId('current-password').fill('not-it-at-all-1');
    await page.getByTestId('new-password').fill('Patrol2026night');
    await page.getByTestId('confirm-password').fill('Patrol2026night');
    await page.getByTestId('change-password-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-has-error').first().textContent()).toContain('当前密码不正确');
    await page.getByTestId('current-password').fill(temporary);
    await page.getByTestId('change-password-submit').click();

    // In the app, as themselves, with an officer's sections.
    await page.waitForURL((url) => url.pathname === '/staff');
    await expect.poll(() => page.getByTestId('viewer-name').textContent()).toBe('林海');
    expect(await page.getByTestId('viewer-position').textContent()).toBe('秩序维护员');
    await expect
      .poll(() => sections(page))
      .toEqual([
        'nav-my-shift',
        'nav-shifts',
        'nav-duty-logs',
        'nav-discipline',
        'nav-incidents',
        'nav-places',
        'nav-fire-safety',
        'nav-contacts',
        'nav-gate',
        'nav-notices',
        'nav-meetings',
        'nav-rulebook',
        'nav-staff',
        'nav-analytics',
        'nav-exports',
        'nav-tokens',
      ]);

    // The new password is the one that works from now on.
    await signOut(page);
    await fillSignIn(page, 'linhai', temporary);
    await expect.poll(() => page.getByTestId('login-error').isVisible()).toBe(true);
    await fillSignIn(page, 'linhai', 'Patrol2026night');
    await page.waitForURL((url) => url.pathname !== '/login');
    expect(new URL(page.url()).pathname).not.toBe('/change-password');
    await signOut(page);

    expect(page.problems).toEqual([]);
    await page.close();
  });
});

describe('the company manager’s tools', () => {
  it('changes what a position may do, and the audit log shows who did it', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'manager', { next: '/permissions' });
    const cell = page.getByTestId('grant-order_maintenance_officer-patrol.approve');
    await expect.poll(() => cell.getAttribute('data-scope')).toBe('NONE');
    await cell.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '本项目' }).click();
    await expect.poll(() => cell.getAttribute('data-scope')).toBe('SITE');

    // It stays changed, and the change is on record under the manager's name.
    await page.reload();
    await expect.poll(() => cell.getAttribute('data-scope')).toBe('SITE');
    await page.goto(`${server.url}/audit`);
    const event = page.locator('[data-testid="audit-event"]:has([data-action="permission.set"])').first();
    await expect.poll(() => event.textContent()).toContain('王建国');
    await event.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.getByTestId('audit-changes').first().textContent()).toContain('本项目');
    await signOut(page);

    // The office clerk may look but not touch.
    await signIn(page, server.url, 'clerk', { next: '/permissions' });
    await expect.poll(() => page.getByTestId('permissions-read-only').isVisible()).toBe(true);
    await expect.poll(() => cell.getAttribute('data-scope')).toBe('SITE');
    expect(await page.locator('[data-testid="permission-matrix"] .ant-select').count()).toBe(0);
    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('creates an API token whose secret is shown once, and revokes it', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'analyst', { next: '/tokens' });
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill('每周投诉分析');
    await page.getByTestId('create-token-form-submit').click();
    const secret = page.getByTestId('token-secret-value');
    await expect.poll(() => secret.textContent()).toMatch(/^stw_\S{20,}$/);
    const prefix = ((await secret.textContent()) ?? '').slice(0, 10);
    await page.getByTestId('token-secret-done').click();
    await expect.poll(() => page.getByTestId('token-secret').count()).toBe(0); // gone for good

    const row = page.locator(`[data-testid="token-row"][data-prefix="${prefix}"]`);
    await expect.poll(() => row.locator('[data-state]').getAttribute('data-state')).toBe('active');
    await row.getByTestId('token-revoke').click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await expect.poll(() => row.locator('[data-state]').getAttribute('data-state')).toBe('revoked');
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
