import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn, signOut } from '../support/sign-in.js';

/** Tasks (R13) and rentals (R8): the kinds with details of their own, from the browser. */
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

const statusOf = (page: Page) => page.getByTestId('case-page').getAttribute('data-status');
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('tasks', () => {
  it('the manager gives customer service a task; she accepts it, does it, and the manager verifies it', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'manager', { next: '/cases' });
    await page.getByTestId('new-task-button').click();
    await page.waitForURL(/\/cases\/new-task$/);
    await choose(page, 'task-department', '客户服务部');
    await choose(page, 'task-assignee', '李晓梅 · 客户服务专员');
    await page.getByTestId('task-title').fill('核对 3 栋业主联系方式');
    await page.getByTestId('task-description').fill('逐户核对 3 栋业主电话，更新客户档案。');
    await page.getByTestId('task-submit').click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await poll(() => statusOf(page)).toBe('ASSIGNED');
    const reference = (await page.getByTestId('case-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^RW-\d{8}-\d{4}$/);
    expect(await page.getByTestId('task-details').textContent()).toContain('书面');
    const taskPath = new URL(page.url()).pathname;
    await signOut(page);

    // The person given it: from the bell, acknowledge, start, write the result.
    await signIn(page, server.url, 'cs', { next: '/cases' });
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification').filter({ hasText: reference }).first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByTestId('case-action-acknowledge').click();
    await poll(() => page.getByTestId('case-action-start').count()).toBe(1);
    await page.getByTestId('case-action-start').click();
    await poll(() => statusOf(page)).toBe('IN_PROGRESS');
    await page.getByTestId('case-action-resolve').click();
    await page.getByTestId('case-result').fill('已核对 3 栋 42 户，更新 5 户电话。');
    await page.getByTestId('case-resolve-form-submit').click();
    await poll(() => statusOf(page)).toBe('RESOLVED');
    expect(await page.getByTestId('case-action-close').count()).toBe(0); // verifying is the giver's side
    await signOut(page);

    await signIn(page, server.url, 'manager', { next: taskPath });
    await page.getByTestId('case-action-close').click();
    await page.getByTestId('case-close-form-submit').click();
    await poll(() => statusOf(page)).toBe('CLOSED');
    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});

describe('rentals', () => {
  it('records a viewing and the outcome on a rental, and will not take a result before the outcome', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'cs', { next: '/cases?tab=all&kind=RENTAL' });
    await page.getByTestId('case-row').first().click();
    await poll(() => page.getByTestId('rental-details').isVisible()).toBe(true);
    const viewings = () => page.getByTestId('rental-viewings').locator('.ant-list-item').count();
    const before = await viewings();

    await page.getByTestId('rental-add-viewing').click();
    await page.getByTestId('rental-viewer').fill('方女士 137 0000 1234');
    await page.getByTestId('rental-viewing-form-submit').click();
    await poll(viewings).toBe(before + 1);
    expect(await page.getByTestId('rental-viewings').textContent()).toContain('方女士');

    // No outcome yet: the result is refused, saying what is missing.
    await page.getByTestId('case-action-resolve').click();
    await page.getByTestId('case-result').fill('已出租给方女士。');
    await page.getByTestId('case-resolve-form-submit').click();
    await poll(() => page.locator('.ant-modal:visible .ant-alert-error').textContent()).toContain('登记结果');
    await page.locator('.ant-modal:visible .ant-modal-close').click();

    await page.getByTestId('rental-edit').click();
    await choose(page, 'rental-outcome-select', '未成交');
    await page.getByTestId('rental-edit-form-submit').click();
    await poll(() => page.getByTestId('rental-outcome').textContent()).toBe('未成交');
    await page.getByTestId('case-action-resolve').click();
    await page.getByTestId('case-result').fill('两位看房人均未签约，业主暂不出租。');
    await page.getByTestId('case-resolve-form-submit').click();
    await poll(() => statusOf(page)).toBe('RESOLVED');
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
