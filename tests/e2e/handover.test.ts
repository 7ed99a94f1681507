import { type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** The outgoing leader's phone. */
let outgoingPhone: Browser;
/** The incoming leader's phone: another person, another session. */
let incomingPhone: Browser;

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [outgoingPhone, incomingPhone] = await Promise.all([
    launchBrowser({ viewport: PHONE }),
    launchBrowser({ viewport: PHONE }),
  ]);
});

afterAll(async () => {
  await outgoingPhone?.close();
  await incomingPhone?.close();
  if (server) expect(await server.stop()).toBe(0);
});

type WatchedPage = Page & { problems: string[] };

async function newPage(browser: Browser): Promise<WatchedPage> {
  const page = (await browser.context.newPage()) as WatchedPage;
  // A step that cannot happen fails with its own message, not the test's time-out.
  page.setDefaultTimeout(15_000);
  page.problems = [];
  page.on('pageerror', (err) => page.problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(msg.text());
  });
  return page;
}

/** GraphQL as the director, to find the shift running now and what its handover must count. */
async function asDirector<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const api = await request.newContext({ baseURL: server.url });
  try {
    await api.post('/graphql', {
      data: {
        query: 'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
        variables: { input: { username: 'director', password: DEMO_PASSWORD } },
      },
    });
    const res = await api.post('/graphql', { data: { query, variables } });
    return ((await res.json()) as { data: T }).data;
  } finally {
    await api.dispose();
  }
}

interface RosterShift {
  id: string;
  startsAt: string;
  endsAt: string;
  leader: { username: string; name: string };
}

const headerStatus = (page: Page) => page.getByTestId('shift-header').getAttribute('data-status');

describe('the two-party handover', () => {
  it('the outgoing leader completes the wizard on a phone; the incoming leader accepts it and the shift closes', async () => {
    // The CUIHU shift running now and the next one (the demo hands over the past week only).
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const { roster, shiftMaterials, cashBalance } = await asDirector<{
      roster: RosterShift[];
      shiftMaterials: { name: string; expectedQuantity: number }[];
      cashBalance: string;
    }>(
      `query($range: RosterRangeInput!) {
        roster(range: $range) { id startsAt endsAt leader { username name } }
        shiftMaterials(siteCode: "CUIHU") { name expectedQuantity }
        cashBalance(siteCode: "CUIHU")
      }`,
      { range: { from: day(-1), to: day(1), siteCode: 'CUIHU' } },
    );
    const now = Date.now();
    const index = roster.findIndex((s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt));
    const outgoing = roster[index] as RosterShift;
    const incoming = roster[index + 1] as RosterShift;
    expect(outgoing && incoming).toBeTruthy();
    expect(incoming.leader.username).not.toBe(outgoing.leader.username);
    expect(shiftMaterials.length).toBeGreaterThan(2);

    // The outgoing leader, on their phone: on duty, then the handover tab.
    const out = await newPage(outgoingPhone);
    await signIn(out, server.url, outgoing.leader.username, { next: `/shifts/${outgoing.id}?tab=handover` });
    await expect.poll(() => headerStatus(out), { timeout: 10_000 }).toMatch(/PLANNED|BRIEFING|ON_DUTY/);
    if ((await headerStatus(out)) !== 'ON_DUTY') {
      await out.getByTestId('shift-start-duty').click();
      await expect.poll(() => headerStatus(out), { timeout: 10_000 }).toBe('ON_DUTY');
    }
    const wizard = out.getByTestId('handover-wizard');
    await wizard.waitFor({ timeout: 10_000 });

    // 1 Unfinished matters: one written in words.
    await out.getByTestId('handover-add-item').click();
    await out.getByTestId('handover-item-description').fill('东门道闸抬杆卡顿，已报工程部');
    await out.getByTestId('handover-item-action').fill('留意道闸，必要时人工放行');

    // Straight to the end without counting: refused, and sent back to the materials.
    for (let i = 0; i < 3; i++) await out.getByTestId('handover-next').click();
    await out.getByTestId('handover-submit').click();
    await expect.poll(() => wizard.getAttribute('data-step'), { timeout: 10_000 }).toBe('materials');
    await expect.poll(() => out.locator('.ant-form-item-has-error').count()).toBeGreaterThan(0);
    expect(await headerStatus(out)).toBe('ON_DUTY');

    // 2 Materials: every one counted; the radios one short, explained.
    for (const m of shiftMaterials) {
      const row = out.locator(`[data-testid="handover-material"][data-name="${m.name}"]`);
      const short = m.name === '对讲机';
      await row.getByTestId('handover-count').fill(String(short ? m.expectedQuantity - 1 : m.expectedQuantity));
      if (short) await row.getByTestId('handover-count-explanation').fill('一台电池鼓包，已送修（维修单 WX-E2E）');
    }
    await out.getByTestId('handover-next').click();
    // 3 Cash: as the ledger has it.
    await out.getByTestId('handover-cash').fill(cashBalance);
    await out.getByTestId('handover-next').click();
    // 4 Review and submit.
    await out.getByTestId('handover-review').waitFor();
    expect(await out.getByTestId('handover-review').textContent()).toContain('对讲机');
    await out.getByTestId('handover-submit').click();
    const summary = out.getByTestId('handover-summary');
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 10_000 }).toBe('SUBMITTED');
    await expect.poll(() => headerStatus(out), { timeout: 10_000 }).toBe('HANDING_OVER');
    expect(await out.getByTestId('handover-discrepancy').count()).toBe(1);
    expect(await out.getByTestId('handover-items').textContent()).toContain('东门道闸抬杆卡顿');

    // The incoming leader, on their own phone: the previous shift's handover on their shift's console.
    const inn = await newPage(incomingPhone);
    await signIn(inn, server.url, incoming.leader.username, { next: `/shifts/${incoming.id}?tab=handover` });
    const card = inn.getByTestId('handover-incoming-card');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain('一台电池鼓包');
    expect(await card.textContent()).toContain(outgoing.leader.name);
    await card.getByTestId('handover-accept').click();
    await inn.getByTestId('handover-accept-note').fill('已当面清点，对讲机送修知悉');
    await inn.getByTestId('handover-accept-form-submit').click();
    // Settled, it folds away below this shift's own handover.
    const settled = inn.locator('[data-testid="handover-incoming-collapsed"] [data-status]').first();
    await expect.poll(() => settled.getAttribute('data-status'), { timeout: 10_000 }).toBe('ACCEPTED');
    expect(await card.count()).toBe(0);

    // The outgoing leader sees it accepted (live), and the shift closed; the sheet prints both names.
    await expect.poll(() => headerStatus(out), { timeout: 15_000 }).toBe('CLOSED');
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 10_000 }).toBe('ACCEPTED');
    await out.getByTestId('handover-print-link').click();
    const sheet = out.getByTestId('handover-sheet');
    await sheet.waitFor({ timeout: 10_000 });
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain(outgoing.leader.name);
    expect(text).toContain(incoming.leader.name);
    expect(text).toContain('WX-E2E');

    expect(out.problems).toEqual([]);
    expect(inn.problems).toEqual([]);
  });
});
