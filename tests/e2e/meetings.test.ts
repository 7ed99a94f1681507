import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** Customer service's browser (李晓梅, who keeps the meeting's record). */
let desk: Browser;
/** Her colleague's browser (吴芳, given a task at the meeting): another person, another session. */
let colleague: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [desk, colleague] = await Promise.all([launchBrowser(), launchBrowser({ viewport: { width: 390, height: 844 } })]);
});

afterAll(async () => {
  await desk?.close();
  await colleague?.close();
  if (server) expect(await server.stop()).toBe(0);
});

type WatchedPage = Page & { problems: string[] };

async function newPage(browser: Browser): Promise<WatchedPage> {
  const page = (await browser.context.newPage()) as WatchedPage;
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

const statusOf = (page: Page) => page.getByTestId('meeting-page').getAttribute('data-status');

describe('a customer service work meeting', () => {
  it('is scheduled, minuted with who came, gives a task to a colleague, who is told and works it', async () => {
    const cs = await newPage(desk);
    await signIn(cs, server.url, 'cs', { next: '/meetings' });
    await cs.getByTestId('meeting-schedule-button').click();
    await cs.getByTestId('meeting-title').fill('十一月第四周客服工作会议');
    await choose(cs, 'meeting-attendees', '吴芳 · 客户服务专员', { multiple: true });
    await cs.getByTestId('meeting-agenda').fill('年终满意度调查安排');
    await cs.getByTestId('meeting-schedule-form-submit').click();
    await cs.waitForURL(/\/meetings\/[^/]+$/);
    await expect.poll(() => statusOf(cs)).toBe('PLANNED');
    expect(await cs.getByTestId('meeting-title-text').textContent()).toBe('十一月第四周客服工作会议');
    expect(await cs.getByTestId('meeting-action-addActionItem').count()).toBe(0);

    // The minutes: held now, the chair and the colleague present (as planned), what was said.
    await cs.getByTestId('meeting-action-recordMinutes').click();
    await expect.poll(() => cs.getByTestId('meeting-present').textContent()).toContain('吴芳');
    expect(await cs.getByTestId('meeting-present').textContent()).toContain('李晓梅');
    await cs.getByTestId('meeting-minutes-form-submit').click();
    // The minutes are required: the form says so, and nothing is sent.
    await expect.poll(() => cs.locator('.ant-form-item-has-error').count()).toBe(1);
    await cs.getByTestId('meeting-review').fill('本周回访全部按时完成。');
    await cs.getByTestId('meeting-requirements').fill('满意度调查问卷下周一前定稿。');
    await cs.getByTestId('meeting-minutes').fill('一、通报本周服务情况；二、讨论年终满意度调查；三、布置任务。');
    await cs.getByTestId('meeting-minutes-form-submit').click();
    await expect.poll(() => statusOf(cs)).toBe('HELD');
    expect(await cs.getByTestId('meeting-minutes-text').textContent()).toContain('讨论年终满意度调查');
    expect(await cs.locator('[data-testid="meeting-attendee-list"] [data-attended="true"]').count()).toBe(2);

    // An action item for 吴芳: a task with its own reference, due in three days by default.
    await cs.getByTestId('meeting-action-addActionItem').click();
    await cs.getByTestId('action-item-title').fill('起草年终业主满意度调查问卷');
    await choose(cs, 'action-item-assignee', '吴芳 · 客户服务专员');
    await cs.getByTestId('meeting-action-item-form-submit').click();
    const item = cs.locator('[data-testid="action-item"]').filter({ hasText: '起草年终业主满意度调查问卷' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.getAttribute('data-status')).toBe('ASSIGNED');
    const reference = /RW-\d{8}-\d{4}/.exec((await item.textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');

    // 吴芳, on her phone: the bell tells her, the task opens, she accepts and starts it.
    const cs2 = await newPage(colleague);
    await signIn(cs2, server.url, 'cs2', { next: '/cases' });
    await expect
      .poll(async () => Number(await cs2.getByTestId('notification-bell').getAttribute('data-unread')))
      .toBeGreaterThan(0);
    await cs2.getByTestId('notification-bell').click();
    await cs2.getByTestId('notification').filter({ hasText: reference }).first().click();
    await cs2.waitForURL(/\/cases\/[^/]+$/);
    await expect.poll(() => cs2.getByTestId('case-reference').textContent()).toContain(reference);
    expect(await cs2.getByTestId('case-title').textContent()).toBe('起草年终业主满意度调查问卷');
    await cs2.getByTestId('case-action-acknowledge').click();
    await expect.poll(() => cs2.getByTestId('case-action-start').count()).toBe(1);
    await cs2.getByTestId('case-action-start').click();
    await expect.poll(() => cs2.getByTestId('case-page').getAttribute('data-status')).toBe('IN_PROGRESS');

    // It is in her queue ("mine") too.
    await cs2.goto(`${server.url}/cases`);
    await expect
      .poll(() => cs2.locator(`[data-testid="case-row"][data-reference="${reference}"]`).count(), { timeout: 10_000 })
      .toBe(1);

    // Back at the meeting, the action item shows her progress.
    await cs.reload();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 10_000 }).toBe('IN_PROGRESS');

    // The list shows the meeting with its task.
    await cs.goto(`${server.url}/meetings?q=${encodeURIComponent('第四周')}`);
    const row = cs.locator('[data-testid="meeting-row"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('HELD');
    expect(await row.textContent()).toContain('1 项任务');

    expect(cs.problems).toEqual([]);
    expect(cs2.problems).toEqual([]);
  });
});
