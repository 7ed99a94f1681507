import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn, signOut } from '../support/sign-in.js';

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

const TITLE = '3栋消防通道清理通知';

describe('a notice from draft to acknowledgement', () => {
  it('customer service drafts it, the manager issues it, an officer acknowledges it, the manager sees who has', async () => {
    const page = await newPage();

    // Customer service drafts a notice that order maintenance must acknowledge.
    await signIn(page, server.url, 'cs', { next: '/notices' });
    await expect.poll(() => page.getByTestId('nav-notices').isVisible()).toBe(true);
    await page.getByTestId('new-notice-button').click();
    await expect.poll(() => page.getByTestId('notice-form').isVisible()).toBe(true);
    await page.getByTestId('notice-title').fill(TITLE);
    await page
      .getByTestId('notice-body')
      .fill('3栋各楼层消防通道堆放杂物，请于本周五前清理完毕。秩序维护部巡查时请逐层检查并提醒住户。');
    await choose(page, 'notice-site', '翠湖花园');
    await page.getByTestId('notice-posted-at').fill('3栋一楼大堂公告栏');
    await page.getByTestId('notice-requires-acknowledgement').click();
    await choose(page, 'notice-departments', '秩序维护部', { multiple: true });
    await page.getByTestId('notice-title').click();
    await page.getByTestId('notice-submit').click();
    // The new notice's own page (not /notices/new, where the form was).
    await page.waitForURL(/\/notices\/(?!new$)[^/]+$/);
    const noticePath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('notice-page').getAttribute('data-status')).toBe('DRAFT');
    const reference = (await page.getByTestId('notice-page').getAttribute('data-reference')) ?? '';
    expect(reference).toMatch(/^TZ-\d{8}-\d{3}$/);
    // Customer service drafts; issuing is the manager's.
    expect(await page.getByTestId('action-edit').isVisible()).toBe(true);
    expect(await page.getByTestId('action-issue').count()).toBe(0);
    await signOut(page);

    // The officer does not see a draft.
    await signIn(page, server.url, 'officer', { next: '/notices' });
    await expect.poll(() => page.getByTestId('notice-card').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid="notice-card"][data-title="${TITLE}"]`).count()).toBe(0);
    expect(await page.getByTestId('notice-tab-drafts').count()).toBe(0);
    await signOut(page);

    // The manager issues it.
    await signIn(page, server.url, 'manager', { next: noticePath });
    await page.getByTestId('action-issue').click();
    await page.getByTestId('issue-confirm').click();
    await expect.poll(() => page.getByTestId('notice-page').getAttribute('data-status')).toBe('ISSUED');
    expect(await page.getByTestId('notice-actions').textContent()).not.toContain('签发');
    await signOut(page);

    // The officer is told, finds it under “needs my acknowledgement”, and acknowledges it there.
    await signIn(page, server.url, 'officer', { next: '/notices' });
    await expect
      .poll(async () => Number(await page.getByTestId('notification-bell').getAttribute('data-unread')), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await page.getByTestId('notification-bell').click();
    await expect
      .poll(() => page.getByTestId('notification-panel').textContent())
      .toContain(`「${TITLE}」，请阅读并确认`);
    await page.keyboard.press('Escape');
    // The menu says there is something to acknowledge.
    await expect.poll(() => page.getByTestId('pending-acknowledgements-badge').isVisible()).toBe(true);
    const row = page.locator(`[data-testid="notice-to-acknowledge"][data-title="${TITLE}"]`);
    await expect.poll(() => row.isVisible()).toBe(true);
    await row.getByTestId('acknowledge-notice').click();
    await expect.poll(() => row.count()).toBe(0);
    const card = page.locator(`[data-testid="notice-card"][data-title="${TITLE}"]`);
    await expect.poll(() => card.getByTestId('acknowledged').isVisible()).toBe(true);
    // Its page says so too; who else has is not the officer's to see.
    await card.getByTestId('notice-link').click();
    await expect.poll(() => page.getByTestId('notice-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('my-acknowledgement').textContent()).toContain('您已确认阅读');
    expect(await page.getByTestId('acknowledgement-list').count()).toBe(0);
    await signOut(page);

    // The manager sees the progress: one of everyone in order maintenance, and who is still to read it.
    await signIn(page, server.url, 'manager', { next: noticePath });
    await expect.poll(() => page.getByTestId('acknowledgement').count()).toBe(1);
    expect(await page.getByTestId('acknowledgement').first().textContent()).toContain('陈磊');
    expect(await page.getByTestId('progress-count').textContent()).toMatch(/^已确认 1 \/ \d+ 人$/);
    const pending = await page.getByTestId('pending-name').allTextContents();
    expect(pending).toContain('张伟');
    expect(pending).not.toContain('陈磊');
    await signOut(page);

    expect(page.problems).toEqual([]);
    await page.close();
  });
});
