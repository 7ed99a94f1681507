import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  // The inspector's phone: the checklist is walked on the round.
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
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

const statusOf = (page: Page) => page.getByTestId('case-page').getAttribute('data-status');

describe('the safety inspection loop (OM-5, W4, C10)', () => {
  it('the director inspects, fails an item, issues a notice; it closes only once a re-inspection finds it fixed', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'director', { next: '/inspections' });
    await expect.poll(() => page.getByTestId('regularity-cell').count(), { timeout: 10_000 }).toBe(6);

    // Plan a fire inspection at CUIHU; the director is suggested as its inspector.
    await page.getByTestId('inspection-plan-button').click();
    await expect.poll(() => page.getByTestId('inspection-plan-form').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => page.getByTestId('inspection-inspectors').locator('.ant-select-selection-item').count())
      .toBe(1);
    await page.getByTestId('inspection-plan-form-submit').click();
    await page.waitForURL(/\/inspections\/[^/]+$/);
    await expect
      .poll(() => page.getByTestId('inspection-page').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('PLANNED');

    // On the round: the first item fails, with what was seen; the rest pass; saved in one go.
    const first = page.getByTestId('inspection-item').first();
    await first.getByTestId('result-FAIL').click();
    await page.getByTestId('inspection-save').waitFor();
    expect(await page.getByTestId('inspection-save').isDisabled()).toBe(true); // a failure needs a note
    await first.getByTestId('inspection-item-note').fill('3 栋一楼楼梯间堆放纸箱，堵塞疏散通道');
    await page.getByTestId('inspection-rest-pass').click();
    await page.getByTestId('inspection-save').click();
    await expect
      .poll(() => page.getByTestId('inspection-page').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('IN_PROGRESS');
    await expect
      .poll(() => page.getByTestId('inspection-unsaved').textContent(), { timeout: 10_000 })
      .toBe('各项均已检查');

    // Completed with its conclusion.
    await page.getByTestId('inspection-complete').click();
    await page.getByTestId('inspection-summary').fill('发现一处疏散通道堵塞，已下发整改通知书。');
    await page.getByTestId('inspection-complete-form-submit').click();
    await expect
      .poll(() => page.getByTestId('inspection-page').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('COMPLETED');

    // The failed item becomes a rectification notice to the facilities department, in one step.
    await first.getByTestId('inspection-item-issue').click();
    await expect.poll(() => page.getByTestId('notice-issue-form').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByTestId('notice-title').inputValue()).toBe('3 栋一楼楼梯间堆放纸箱，堵塞疏散通道');
    await choose(page, 'notice-department', '设施维护部');
    await page.getByTestId('notice-requirement').fill('三日内清理楼梯间杂物，保持疏散通道畅通。');
    await page.getByTestId('notice-issue-form-submit').click();
    const link = first.getByTestId('inspection-item-notice');
    await expect.poll(() => link.textContent(), { timeout: 10_000 }).toMatch(/ZG-\d{8}-\d{4}/);

    // Its page: the case page with the notice's card; no result until a re-inspection finds it fixed.
    await link.click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await expect
      .poll(() => page.getByTestId('rectification-card').getAttribute('data-verified'), { timeout: 10_000 })
      .toBe('false');
    expect(await page.getByTestId('notice-addressee').textContent()).toContain('设施维护部');
    expect(await page.getByTestId('notice-source').textContent()).toContain('消防通道');
    await page.getByTestId('notice-acknowledge').click();
    await page.getByTestId('notice-ack-name').fill('郑海');
    await page.getByTestId('notice-ack-form-submit').click();
    await expect.poll(() => statusOf(page), { timeout: 10_000 }).toBe('IN_PROGRESS');
    await page.getByTestId('case-action-resolve').click();
    await page.getByTestId('case-result').fill('已整改');
    await page.getByTestId('case-resolve-form-submit').click();
    await expect
      .poll(() => page.getByTestId('case-resolve-form').textContent())
      .toContain('整改通知书须经复查确认已整改，才能办结和关闭');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('case-resolve-form').count(), { timeout: 10_000 }).toBe(0);
    expect(await statusOf(page)).toBe('IN_PROGRESS');

    // Re-inspected: fixed.
    await page.getByTestId('notice-reinspect').click();
    await page.getByTestId('notice-reinspect-note').fill('楼梯间已清空，通道畅通。');
    await page.getByTestId('notice-reinspect-form-submit').click();
    await expect
      .poll(() => page.getByTestId('rectification-card').getAttribute('data-verified'), { timeout: 10_000 })
      .toBe('true');
    expect(await page.getByTestId('notice-reinspection').getAttribute('data-result')).toBe('FIXED');

    // Now the result, and the director closes it.
    await page.getByTestId('case-action-resolve').click();
    await page.getByTestId('case-result').fill('复查确认已整改，疏散通道畅通。');
    await page.getByTestId('case-resolve-form-submit').click();
    await expect.poll(() => statusOf(page), { timeout: 10_000 }).toBe('RESOLVED');
    await page.getByTestId('case-action-close').click();
    await page.getByTestId('case-close-form-submit').click();
    await expect.poll(() => statusOf(page), { timeout: 10_000 }).toBe('CLOSED');
    const steps = await page
      .getByTestId('timeline-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-type')));
    expect(steps).toEqual(['OPENED', 'DETAILS_UPDATED', 'DETAILS_UPDATED', 'RESOLVED', 'CLOSED']);

    // The notices list shows it closed, verified.
    await page.goto(`${server.url}/inspections/notices?view=closed`);
    await expect
      .poll(() => page.getByTestId('notice-row').filter({ hasText: '3 栋一楼楼梯间堆放纸箱' }).count())
      .toBe(1);
    expect(page.problems).toEqual([]);
  });
});
