import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { type PatrolShiftNow, patrolShiftNow } from '../support/patrol-shift.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** The officer's phone, on patrol. */
let phone: Browser;
/** The shift leader's console at the desk. */
let desk: Browser;
let onDuty: PatrolShiftNow;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [phone, desk] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser()]);
  // The demo shift on duty at CUIHU now (the demo roster always has one), and its checkpoints.
  onDuty = await patrolShiftNow(server.url);
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

describe('a patrol on a phone', () => {
  it('scans two checkpoints from their QR cards and reports a problem that becomes a case; the leader sees it live', async () => {
    const officer = onDuty.officers[0] as string;
    expect(officer).toBeTruthy();
    // Two checkpoints in different areas: the QR cards hold `<origin>/scan/<code>`.
    const [first, second] = [
      onDuty.checkpoints[0],
      onDuty.checkpoints.find((c) => c.area !== onDuty.checkpoints[0]?.area),
    ] as [PatrolShiftNow['checkpoints'][number], PatrolShiftNow['checkpoints'][number]];
    const card = (c: { code: string }) => `/scan/${c.code.replace(/-/g, '')}`;

    // The leader's console, on its patrols tab, before anything happens.
    const leader = await newPage(desk);
    await signIn(leader, server.url, onDuty.leader, { next: `/shifts/${onDuty.shiftId}?tab=patrols` });
    const row = (area: string) => leader.locator(`[data-testid="coverage-row"][data-area="${area}"]`);
    await expect.poll(() => row(first.area).count(), { timeout: 15_000 }).toBe(1);
    const lastBefore = {
      first: await row(first.area).getAttribute('data-last'),
      second: await row(second.area).getAttribute('data-last'),
    };
    const scansBefore = await leader.getByTestId('patrol-scan').count();

    // The officer's camera app opens the first card's address: sign in, and land on the scan page.
    const page = await newPage(phone);
    await signIn(page, server.url, officer, { next: card(first) });
    await expect
      .poll(() => page.getByTestId('scan-checkpoint-name').textContent(), { timeout: 15_000 })
      .toBe(first.name);
    await page.getByTestId('scan-observation').fill('门岗值守正常，道闸运行良好');
    await page.getByTestId('scan-record').click();
    await expect.poll(() => page.getByTestId('scan-done').isVisible(), { timeout: 10_000 }).toBe(true);

    // The leader's console has it without reloading.
    await expect.poll(() => row(first.area).getAttribute('data-last'), { timeout: 10_000 }).not.toBe(lastBefore.first);

    // The second card, then a problem found there: one step opens a case with the place filled in.
    await page.goto(`${server.url}${card(second)}`);
    await expect
      .poll(() => page.getByTestId('scan-checkpoint-name').textContent(), { timeout: 15_000 })
      .toBe(second.name);
    await page.getByTestId('scan-record').click();
    await expect.poll(() => page.getByTestId('scan-done').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('scan-report').click();
    await page.getByTestId('anomaly-title').fill('墙面瓷砖脱落');
    await page
      .getByTestId('anomaly-description')
      .fill('巡查发现墙面两块瓷砖脱落，下方是通道，有砸伤行人的风险，已设警示。');
    await page.getByTestId('anomaly-form-submit').click();
    const reported = page.getByTestId('scan-reported');
    await expect.poll(() => reported.isVisible(), { timeout: 10_000 }).toBe(true);
    const reference = /BX-\d{8}-\d{4}/.exec((await reported.textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    await reported.getByRole('link').click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await expect.poll(() => page.getByTestId('case-reference').textContent(), { timeout: 10_000 }).toContain(reference);
    expect(await page.getByTestId('case-page').textContent()).toContain(second.name);

    // The leader saw both scans arrive; the problem hangs on the second one.
    await expect
      .poll(() => row(second.area).getAttribute('data-last'), { timeout: 10_000 })
      .not.toBe(lastBefore.second);
    await expect.poll(() => leader.getByTestId('patrol-scan').count(), { timeout: 10_000 }).toBe(scansBefore + 2);
    await expect.poll(() => leader.getByText(reference).count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // On "my shift", the officer's own rounds list both scans.
    await page.goto(`${server.url}/my-shift`);
    await expect
      .poll(() => page.locator('[data-testid="my-patrol-card"] [data-testid="patrol-scan"]').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2);

    expect(page.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });
});
