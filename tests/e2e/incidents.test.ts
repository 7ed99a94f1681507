import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, watchedPage } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { type PatrolShiftNow, patrolShiftNow } from '../support/patrol-shift.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
let phone: Browser;
let desk: Browser;
let onDuty: PatrolShiftNow;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [phone, desk] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser()]);
  // The demo shift on duty at CUIHU now: its leader is whom a major incident goes to first.
  onDuty = await patrolShiftNow(server.url);
});

afterAll(async () => {
  await Promise.all([phone?.close(), desk?.close()]);
  if (server) expect(await server.stop()).toBe(0);
});

describe('an incident up the duty chain', () => {
  it('an officer reports a major incident on a phone; it reaches the leader on duty, who acknowledges it', async () => {
    const officer = await watchedPage(phone);
    await signIn(officer, server.url, onDuty.officers[0] as string, { next: '/incidents' });
    await officer.getByTestId('incident-report-link').click();
    await officer.getByTestId('incident-kind').getByText('治安事件').click();
    await officer.getByTestId('incident-major').click();
    await officer.getByTestId('incident-title').fill('北门两名访客与门岗冲突');
    await officer.getByTestId('incident-description').fill('访客拒绝登记并推搡门岗队员，现场有围观。');
    await officer.getByTestId('incident-actions').fill('已隔开双方，维持秩序');
    await officer.getByTestId('incident-submit').click();
    await officer.waitForURL(/\/cases\/[^/]+$/);
    const reference = (await officer.getByTestId('case-reference').textContent()) ?? '';
    expect(reference).toMatch(/ZA-\d{8}-\d{4}/);
    const sent = officer.locator('[data-testid="escalation"][data-level="SHIFT_LEADER"]');
    await expect.poll(() => sent.getAttribute('data-state'), { timeout: 10_000 }).toBe('waiting');
    expect(await officer.getByTestId('escalation-acknowledge').count()).toBe(0);

    // The leader on duty finds it on the incidents page, waiting for them, and acknowledges.
    const leader = await watchedPage(desk);
    await signIn(leader, server.url, onDuty.leader, { next: '/incidents' });
    const row = leader.getByTestId('incident-row').filter({ hasText: '北门两名访客与门岗冲突' });
    await row.waitFor();
    await row.getByRole('link').first().click();
    await leader.getByTestId('escalation-acknowledge').click();
    await leader.getByTestId('escalation-acknowledge-note').fill('马上到场，通知监控室调取录像');
    await leader.getByTestId('escalation-acknowledge-form-submit').click();
    const mine = leader.locator('[data-testid="escalation"][data-level="SHIFT_LEADER"]');
    await expect.poll(() => mine.getAttribute('data-state'), { timeout: 10_000 }).toBe('acknowledged');
    expect(await leader.getByTestId('escalation-panel').textContent()).toContain('马上到场');

    // The officer's page has it too, live.
    await expect.poll(() => sent.getAttribute('data-state'), { timeout: 10_000 }).toBe('acknowledged');
    expect(officer.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });
});
