import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser, type WatchedPage, watchedPage } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** The control room's wall screen: no person signs in there, a board token does. */
let wall: Browser;
/** The shift leader's phone or desk: another person, another session. */
let desk: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [wall, desk] = await Promise.all([
    launchBrowser({ viewport: { width: 1920, height: 1080 } }),
    launchBrowser({ viewport: { width: 1366, height: 800 } }),
  ]);
});

afterAll(async () => {
  await wall?.close();
  await desk?.close();
  if (server) expect(await server.stop()).toBe(0);
});

/** A board token for the screen, created through the API by the CUIHU shift leader who owns it. */
async function boardTokenOf(username: string): Promise<string> {
  const api = await request.newContext({ baseURL: server.url });
  try {
    await api.post('/graphql', {
      data: {
        query: 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }',
        variables: { i: { username, password: DEMO_PASSWORD } },
      },
    });
    const res = await api.post('/graphql', {
      data: {
        query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret userErrors { code } } }',
        variables: {
          i: {
            name: '翠湖监控中心大屏',
            scopes: ['BOARD'],
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
      },
    });
    const secret = ((await res.json()) as { data?: { createApiToken?: { secret?: string } } }).data?.createApiToken
      ?.secret;
    if (!secret) throw new Error('no board token');
    return secret;
  } finally {
    await api.dispose();
  }
}

describe('the live incident board', () => {
  it('shows a major case a shift leader reports within a second, with an alarm, and follows its escalation', async () => {
    // The wall screen opens its board link once: the token is kept, and leaves the address bar.
    const secret = await boardTokenOf('leader3');
    const board: WatchedPage = await watchedPage(wall);
    await board.goto(`${server.url}/board?token=${secret}`);
    await board.locator('[data-testid="board-connection"][data-state="live"]').waitFor();
    expect(new URL(board.url()).search).toBe('');
    expect(await board.evaluate(() => localStorage.getItem('steward.boardToken'))).toBe(secret);
    // Nobody signed in on the screen: no app frame, and still the current shift's coverage.
    expect(await board.getByTestId('user-menu').count()).toBe(0);
    await board.locator('[data-testid="board-coverage"][data-site="CUIHU"]').waitFor();
    // Sound needs one click on the screen (browsers' rule); then the alarm can sound.
    await board.getByTestId('board-sound').click();
    await board.getByTestId('board-sound-on').waitFor();
    expect(await board.getByTestId('board-alert').count()).toBe(0);

    // The shift leader on duty reports a major matter found on patrol.
    const leader: WatchedPage = await watchedPage(desk);
    await signIn(leader, server.url, 'leader', { next: '/cases/new' });
    await leader.getByTestId('case-intake-form').waitFor();
    await leader.getByTestId('intake-kind').getByText('投诉').click();
    await leader.getByTestId('intake-title').fill('东门外有人持械争执');
    await leader.getByTestId('intake-description').fill('巡查发现东门外两名外来人员持木棍争执，已劝离围观业主。');
    await leader.getByTestId('intake-reported-by-me').check();
    await choose(leader, 'intake-site', '翠湖花园');
    await leader.getByTestId('intake-area').fill('东门');
    await leader.getByTestId('intake-severity').getByText('重大').click();

    const tile = board.locator('[data-testid="board-case"]', { hasText: '东门外有人持械争执' });
    await leader.getByTestId('intake-submit').click();
    // Within one second of the submit: on the wall, among the major ones, with the alarm.
    await expect.poll(() => tile.isVisible(), { timeout: 1_000, interval: 50 }).toBe(true);
    await expect
      .poll(() => board.getByTestId('board-alert').textContent(), { timeout: 1_000, interval: 50 })
      .toContain('东门外有人持械争执');
    expect(await board.getByTestId('board-group-major').locator(tile).count()).toBe(1);
    expect(await board.getByTestId('board').getAttribute('data-sounded')).toBe('1');
    expect(await tile.getByTestId('board-escalation').textContent()).toBe('待上报');
    expect(await tile.textContent()).toContain('翠湖花园 · 东门');
    // Its age runs on the wall.
    const age = await tile.getByTestId('board-age').textContent();
    await expect.poll(() => tile.getByTestId('board-age').textContent(), { timeout: 3_000 }).not.toBe(age);

    // The leader escalates it: it goes up to the director, and the wall says so.
    await leader.waitForURL(/\/cases\/[^/]+$/);
    await leader.locator('[data-testid="case-page"][data-status="OPEN"]').waitFor();
    await leader.getByTestId('case-action-escalate').click();
    await leader.getByTestId('case-escalate-form').waitFor();
    await leader.getByTestId('case-note').fill('持械争执，请主管到场。');
    await leader.getByTestId('case-escalate-form-submit').click();
    await expect
      .poll(() => tile.getByTestId('board-escalation').textContent(), { timeout: 2_000, interval: 50 })
      .toMatch(/^已上报 张伟 · \d\d:\d\d$/);

    // Someone at the screen acknowledges the alert; the case stays on the board.
    await board.getByTestId('board-alert-dismiss').click();
    expect(await board.getByTestId('board-alert').count()).toBe(0);
    expect(await tile.isVisible()).toBe(true);
    expect(board.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });
});
