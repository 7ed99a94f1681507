import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, zonedDate } from '../../apps/api/src/features/shifts/zoned-time.js';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** 陈磊's phone (an officer of 一班). */
let phone: Browser;
/** 刘强's desk (一班's leader). */
let desk: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [phone, desk] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser()]);
});

afterAll(async () => {
  await phone?.close();
  await desk?.close();
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

describe('a shift swap', () => {
  it('is asked for on a phone, approved by the shift’s leader, and the roster changes', async () => {
    // The demo rotation puts 一班 on days today and tomorrow; 三班 (高翔) is off tomorrow.
    const tomorrow = addDays(zonedDate(new Date(), 'Asia/Shanghai'), 1);

    const officer = await newPage(phone);
    await signIn(officer, server.url, 'officer', { next: `/shifts?date=${tomorrow}` });
    const mine = officer.locator(`[data-testid="roster-shift-card"][data-date="${tomorrow}"][data-team="一班"]`);
    await expect.poll(() => mine.count(), { timeout: 10_000 }).toBe(1);
    expect(await mine.getAttribute('data-mine')).toBe('true');
    await mine.getByTestId('roster-shift-swap').click();
    await officer.getByTestId('request-swap-form').waitFor();
    // Asking without a colleague is refused by the form, and nothing is sent.
    await officer.getByTestId('request-swap-form-submit').click();
    await expect.poll(() => officer.locator('.ant-form-item-has-error').count()).toBe(1);
    // Who could take it is asked of the server once the shift is chosen: wait for the answer.
    await expect.poll(() => officer.getByTestId('swap-colleague').getAttribute('data-ready')).toBe('true');
    await choose(officer, 'swap-colleague', '高翔');
    await officer.getByTestId('swap-reason').fill('家里临时有事，请高翔代班。');
    await officer.getByTestId('request-swap-form-submit').click();
    await officer.getByTestId('request-swap-form').waitFor({ state: 'detached' });

    await officer.goto(`${server.url}/shifts/swaps?show=REQUESTED_BY_ME`);
    const asked = officer.locator('[data-testid="swap-card"][data-colleague="高翔"]');
    await expect.poll(() => asked.count(), { timeout: 10_000 }).toBe(1);
    expect(await asked.getAttribute('data-status')).toBe('REQUESTED');
    expect(await asked.textContent()).toContain('家里临时有事');

    // 刘强 at his desk: the swap waits for him (the tab counts it); he approves it.
    const leader = await newPage(desk);
    await signIn(leader, server.url, 'leader', { next: '/shifts/swaps' });
    const waiting = leader.locator('[data-testid="swap-card"][data-requester="陈磊"][data-colleague="高翔"]');
    await expect.poll(() => waiting.count(), { timeout: 10_000 }).toBe(1);
    expect(Number(await leader.getByTestId('pending-swaps').getAttribute('data-count'))).toBeGreaterThan(0);
    await waiting.getByTestId('swap-approve').click();
    await leader.getByTestId('swap-note').fill('同意，注意交接。');
    await leader.getByTestId('swap-approve-form-submit').click();
    // Decided: it leaves the list of swaps to decide.
    await expect.poll(() => waiting.count(), { timeout: 10_000 }).toBe(0);
    await leader.goto(`${server.url}/shifts/swaps?show=ALL`);
    await expect.poll(() => waiting.getAttribute('data-status'), { timeout: 10_000 }).toBe('APPROVED');

    // The roster, by person: 高翔 works tomorrow's day shift, 陈磊 does not.
    await leader.goto(`${server.url}/shifts?by=person&date=${tomorrow}`);
    const gaoxiang = leader.locator('[data-testid="roster-row"][data-label="高翔"]');
    await expect
      .poll(() => gaoxiang.locator(`[data-testid="roster-person-shift"][data-date="${tomorrow}"]`).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const chenlei = leader.locator('[data-testid="roster-row"][data-label="陈磊"]');
    expect(await chenlei.locator(`[data-testid="roster-person-shift"][data-date="${tomorrow}"]`).count()).toBe(0);

    // On 陈磊's phone the shift has gone from his roster.
    await officer.goto(`${server.url}/shifts?date=${tomorrow}`);
    await officer.getByTestId('roster-list').waitFor();
    await expect.poll(() => mine.count(), { timeout: 10_000 }).toBe(0);

    expect(officer.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });
});
