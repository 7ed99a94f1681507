import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn, signOut } from '../support/sign-in.js';

/** JINQIAO's demo drill was eight months ago: its drill check (C14) is flagged until one is held. */
const PLAN = '地下车库 · 金桥大厦地下车库消防应急方案 · 第 1 版';

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

const drillCheck = (page: Page) =>
  page.locator('[data-testid="fire-check"][data-check="C14_DRILLS"]').getAttribute('data-count');

describe('the fire supervisor’s drill', () => {
  it('plans a drill, records it held, evaluates it with a follow-up, and the overview clears the drill check', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'fire', { next: '/fire-safety?site=JINQIAO' });
    await page.waitForURL(/\/fire-safety/);
    await expect.poll(() => drillCheck(page)).toBe('1');

    // Plan it, exercising the car park's plan in force.
    await page.getByTestId('fire-tab-drills').click();
    await page.getByTestId('fire-drill-add').click();
    await expect.poll(() => page.getByTestId('fire-drill-plan-form').isVisible()).toBe(true);
    await page.getByTestId('fire-drill-scenario').fill('地下车库 B2 层车辆起火，疏散车库及一楼大堂人员');
    await choose(page, 'fire-drill-plan', PLAN);
    await page.getByTestId('fire-drill-plan-form-submit').click();
    await page.waitForURL(/\/fire-safety\/drills\/[^/]+$/);
    await expect.poll(() => page.getByTestId('fire-drill-page').getAttribute('data-status')).toBe('PLANNED');

    // Held a little while ago: the form offers the times (alarm, +3, +10, +30 minutes); who took part.
    await page.getByTestId('fire-drill-record').click();
    await expect.poll(() => page.getByTestId('fire-drill-record-form').isVisible()).toBe(true);
    await choose(page, 'fire-drill-participants', '黄志刚 · E0205', { multiple: true });
    await choose(page, 'fire-drill-participants', '马超 · E0208', { multiple: true });
    await page.getByTestId('fire-drill-brigade-count').fill('3');
    await page.getByTestId('fire-drill-occupant-count').fill('42');
    await page.getByTestId('fire-drill-record-form-submit').click();
    await expect.poll(() => page.getByTestId('fire-drill-page').getAttribute('data-status')).toBe('HELD');
    expect(await page.getByTestId('fire-drill-timings').textContent()).toContain('3:00');
    expect(await page.getByTestId('fire-drill-timings').textContent()).toContain('黄志刚');

    // Evaluated, with one follow-up action for the captain.
    await page.getByTestId('fire-drill-evaluate').click();
    await expect.poll(() => page.getByTestId('fire-drill-evaluate-form').isVisible()).toBe(true);
    await page.getByTestId('fire-drill-evaluation').fill('集合迅速，疏散有序；B2 层广播音量偏小。');
    await page.getByTestId('fire-follow-up-add').click();
    await page.getByTestId('fire-follow-up-what').fill('调高 B2 层应急广播音量');
    await choose(page, 'fire-follow-up-owner', '黄志刚 · E0205');
    await page.getByTestId('fire-drill-evaluate-form-submit').click();
    await expect.poll(() => page.getByTestId('fire-drill-page').getAttribute('data-status')).toBe('EVALUATED');
    // The modal's closing animation must finish before the page beneath takes clicks (slow on a busy machine).
    await page.locator('.ant-modal-mask').waitFor({ state: 'detached' });
    const followUp = page.getByTestId('fire-follow-up');
    await expect.poll(() => followUp.count()).toBe(1);
    expect(await followUp.getAttribute('data-done')).toBe('false');
    // Ticked once the list beneath has settled (re-rendered after the modal; slow on a busy machine).
    const tick = followUp.locator('input[type="checkbox"]');
    await expect
      .poll(
        async () => {
          if ((await followUp.getAttribute('data-done')) !== 'true')
            await tick.check({ timeout: 2_000 }).catch(() => {});
          return followUp.getAttribute('data-done');
        },
        { timeout: 30_000 },
      )
      .toBe('true');

    // The overview now counts the drill: C14 is clear, and it stays so after a reload.
    await page.getByText('返回演练列表').click();
    await page.waitForURL(/tab=drills/);
    await expect.poll(() => page.getByTestId('fire-drill-row').count()).toBeGreaterThan(1);
    await page.getByTestId('fire-tab-overview').click();
    await expect.poll(() => drillCheck(page)).toBe('0');
    await page.reload();
    await expect.poll(() => drillCheck(page)).toBe('0');

    await signOut(page);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
