import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, watchedPage } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { graphqlAs, type PatrolShiftNow, patrolShiftNow } from '../support/patrol-shift.js';
import { signIn } from '../support/sign-in.js';

/**
 * Issue 5's whole path through one shift, on phones: the officer checks in, scans two checkpoints
 * from their QR cards and reports a problem that becomes a case; the leader's console follows the
 * coverage live; the leader hands over and the incoming leader accepts, which closes the shift.
 */
let server: BuiltServer;
let officerPhone: Browser;
let leaderPhone: Browser;
let incomingPhone: Browser;
let onDuty: PatrolShiftNow;
let next: { id: string; leader: { username: string; name: string } };
let materials: { name: string; expectedQuantity: number }[];
let cash: string;
/** An officer called in to the running shift, who has not checked in yet. */
let calledIn: string;
let outgoingName: string;

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [officerPhone, leaderPhone, incomingPhone] = await Promise.all([
    launchBrowser({ viewport: PHONE }),
    launchBrowser({ viewport: PHONE }),
    launchBrowser({ viewport: PHONE }),
  ]);
  // The demo CUIHU shift running now (put on duty by its leader), and the one after it.
  onDuty = await patrolShiftNow(server.url);
  const director = await graphqlAs(server.url, 'director');
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));
  const data = await director<{
    roster: {
      id: string;
      leader: { username: string; name: string };
      members: { role: string; staff: { id: string; username: string } }[];
    }[];
    shiftMaterials: { name: string; expectedQuantity: number }[];
    cashBalance: string;
  }>(
    `query($range: RosterRangeInput!) {
      roster(range: $range) { id leader { username name } members { role staff { id username } } }
      shiftMaterials(siteCode: "CUIHU") { name expectedQuantity }
      cashBalance(siteCode: "CUIHU")
    }`,
    { range: { from: day(-1), to: day(1), siteCode: 'CUIHU' } },
  );
  const index = data.roster.findIndex((s) => s.id === onDuty.shiftId);
  next = data.roster[index + 1] as typeof next;
  outgoingName = data.roster[index]?.leader.name ?? '';
  materials = data.shiftMaterials;
  cash = data.cashBalance;
  // The demo has played the running shift up to now (its officers checked in), so the director
  // calls in an officer of a team that is off — the first one free of an overlapping shift.
  const onShift = new Set(data.roster[index]?.members.map((m) => m.staff.username));
  const candidates = new Map(
    data.roster
      .flatMap((s) => s.members)
      .filter((m) => m.role === 'OFFICER' && !onShift.has(m.staff.username))
      .map((m) => [m.staff.username, m.staff.id]),
  );
  for (const [username, staffId] of candidates) {
    const added = await director<{ addShiftMember: { userErrors: unknown[] } }>(
      'mutation($i: AddShiftMemberInput!) { addShiftMember(input: $i) { userErrors { code } } }',
      { i: { shiftId: onDuty.shiftId, staffId } },
    );
    if (added.addShiftMember.userErrors.length === 0) {
      calledIn = username;
      break;
    }
  }
});

afterAll(async () => {
  await Promise.all([officerPhone?.close(), leaderPhone?.close(), incomingPhone?.close()]);
  if (server) expect(await server.stop()).toBe(0);
});

const headerStatus = (page: Page) => page.getByTestId('shift-header').getAttribute('data-status');

describe('a shift from check-in to the accepted handover', () => {
  it('check-in, two scans and a reported problem on the officer’s phone; live coverage, handover and acceptance on the leaders’', async () => {
    const officerName = calledIn;
    expect(officerName).toBeTruthy();
    expect(next.leader.username).not.toBe(onDuty.leader);
    const [first, second] = [
      onDuty.checkpoints[0],
      onDuty.checkpoints.find((c) => c.area !== onDuty.checkpoints[0]?.area),
    ] as [PatrolShiftNow['checkpoints'][number], PatrolShiftNow['checkpoints'][number]];
    // The QR cards hold `<origin>/scan/<code>`; people type codes with or without the dashes.
    const card = (c: { code: string }) => `/scan/${c.code.replace(/-/g, '')}`;

    // The leader's console on a phone, on the patrols tab.
    const leader = await watchedPage(leaderPhone);
    await signIn(leader, server.url, onDuty.leader, { next: `/shifts/${onDuty.shiftId}?tab=patrols` });
    await expect.poll(() => headerStatus(leader), { timeout: 15_000 }).toBe('ON_DUTY');
    const row = (area: string) => leader.locator(`[data-testid="coverage-row"][data-area="${area}"]`);
    await expect.poll(() => row(first.area).count(), { timeout: 15_000 }).toBe(1);
    const lastBefore = {
      first: await row(first.area).getAttribute('data-last'),
      second: await row(second.area).getAttribute('data-last'),
    };
    const scansBefore = await leader.getByTestId('patrol-scan').count();

    // 1 The officer checks in on "my shift".
    const officer = await watchedPage(officerPhone);
    await signIn(officer, server.url, officerName, { next: '/my-shift' });
    await officer.getByTestId('my-attendance').waitFor();
    await officer.getByTestId('check-in').click();
    // Called in hours after the shift began: checked in, and late by the pattern's grace.
    await expect.poll(() => officer.getByTestId('my-attendance-status').getAttribute('data-status')).toBe('LATE');
    expect(await officer.getByTestId('my-check-in').textContent()).toMatch(/\d{2}:\d{2}/);

    // 2 The first card, scanned with the phone's camera app: the scan page, one tap.
    await officer.goto(`${server.url}${card(first)}`);
    await expect.poll(() => officer.getByTestId('scan-checkpoint-name').textContent()).toBe(first.name);
    await officer.getByTestId('scan-observation').fill('门岗值守正常，道闸运行良好');
    await officer.getByTestId('scan-record').click();
    await officer.getByTestId('scan-done').waitFor();
    // The leader's console has it without reloading.
    await expect.poll(() => row(first.area).getAttribute('data-last'), { timeout: 10_000 }).not.toBe(lastBefore.first);

    // 3 The second card, and a problem found there: a case in one step, the place filled in.
    await officer.goto(`${server.url}${card(second)}`);
    await expect.poll(() => officer.getByTestId('scan-checkpoint-name').textContent()).toBe(second.name);
    await officer.getByTestId('scan-record').click();
    await officer.getByTestId('scan-done').waitFor();
    await officer.getByTestId('scan-report').click();
    await officer.getByTestId('anomaly-title').fill('墙面瓷砖脱落');
    await officer
      .getByTestId('anomaly-description')
      .fill('巡查发现墙面两块瓷砖脱落，下方是通道，有砸伤行人的风险，已设警示。');
    await officer.getByTestId('anomaly-form-submit').click();
    const reported = officer.getByTestId('scan-reported');
    await reported.waitFor();
    const reference = /BX-\d{8}-\d{4}/.exec((await reported.textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    await reported.getByRole('link').click();
    await officer.waitForURL(/\/cases\/[^/]+$/);
    await expect.poll(() => officer.getByTestId('case-reference').textContent()).toContain(reference);
    expect(await officer.getByTestId('case-page').textContent()).toContain(second.name);
    // Back on "my shift", the officer's own round lists both scans.
    await officer.goto(`${server.url}/my-shift`);
    await expect
      .poll(() => officer.locator('[data-testid="my-patrol-card"] [data-testid="patrol-scan"]').count())
      .toBe(2);

    // 4 The leader saw both scans arrive live, the problem hanging on the second.
    await expect
      .poll(() => row(second.area).getAttribute('data-last'), { timeout: 10_000 })
      .not.toBe(lastBefore.second);
    await expect.poll(() => leader.getByTestId('patrol-scan').count(), { timeout: 10_000 }).toBe(scansBefore + 2);
    await expect.poll(() => leader.getByText(reference).count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // 5 The handover wizard: the open case is already listed; one matter added in words.
    await leader.goto(`${server.url}/shifts/${onDuty.shiftId}?tab=handover`);
    const wizard = leader.getByTestId('handover-wizard');
    await wizard.waitFor();
    await expect.poll(async () => (await wizard.textContent()) ?? '').toContain(reference);
    await leader.getByTestId('handover-add-item').click();
    await leader.getByTestId('handover-item-description').fill('东门道闸抬杆卡顿，已报工程部');
    await leader.getByTestId('handover-item-action').fill('留意道闸，必要时人工放行');
    // Straight to the end without counting: refused, and sent back to the materials.
    for (let i = 0; i < 3; i++) await leader.getByTestId('handover-next').click();
    await leader.getByTestId('handover-submit').click();
    await expect.poll(() => wizard.getAttribute('data-step')).toBe('materials');
    await expect.poll(() => leader.locator('.ant-form-item-has-error').count()).toBeGreaterThan(0);
    expect(await headerStatus(leader)).toBe('ON_DUTY');
    // Every material counted, the radios one short and explained; the cash as the ledger has it.
    for (const m of materials) {
      const material = leader.locator(`[data-testid="handover-material"][data-name="${m.name}"]`);
      const short = m.name === '对讲机';
      await material.getByTestId('handover-count').fill(String(short ? m.expectedQuantity - 1 : m.expectedQuantity));
      if (short) await material.getByTestId('handover-count-explanation').fill('一台电池鼓包，已送修（维修单 WX-E2E）');
    }
    await leader.getByTestId('handover-next').click();
    await leader.getByTestId('handover-cash').fill(cash);
    await leader.getByTestId('handover-next').click();
    await leader.getByTestId('handover-review').waitFor();
    await leader.getByTestId('handover-submit').click();
    const summary = leader.getByTestId('handover-summary');
    await expect.poll(() => summary.getAttribute('data-status')).toBe('SUBMITTED');
    await expect.poll(() => headerStatus(leader)).toBe('HANDING_OVER');
    expect(await leader.getByTestId('handover-discrepancy').count()).toBe(1);

    // 6 The incoming leader, on their own phone, checks and accepts: the shift closes.
    const incoming = await watchedPage(incomingPhone);
    await signIn(incoming, server.url, next.leader.username, { next: `/shifts/${next.id}?tab=handover` });
    const handed = incoming.getByTestId('handover-incoming-card');
    await handed.waitFor();
    const handedText = (await handed.textContent()) ?? '';
    expect(handedText).toContain(reference);
    expect(handedText).toContain('一台电池鼓包');
    expect(handedText).toContain(outgoingName);
    await handed.getByTestId('handover-accept').click();
    await incoming.getByTestId('handover-accept-note').fill('已当面清点，对讲机送修知悉');
    await incoming.getByTestId('handover-accept-form-submit').click();
    const settled = incoming.locator('[data-testid="handover-incoming-collapsed"] [data-status]').first();
    await expect.poll(() => settled.getAttribute('data-status')).toBe('ACCEPTED');

    // The outgoing leader sees it live: accepted, the shift closed; the sheet prints both names.
    await expect.poll(() => headerStatus(leader), { timeout: 15_000 }).toBe('CLOSED');
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 10_000 }).toBe('ACCEPTED');
    await leader.getByTestId('handover-print-link').click();
    const sheet = leader.getByTestId('handover-sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain(next.leader.name);
    expect(text).toContain('WX-E2E');
    expect(text).toContain(reference);

    expect(officer.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
    expect(incoming.problems).toEqual([]);
  });
});
