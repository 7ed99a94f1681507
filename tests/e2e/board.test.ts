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
/** The director's own desk. */
let directorDesk: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  [wall, desk, directorDesk] = await Promise.all([
    launchBrowser({ viewport: { width: 1920, height: 1080 } }),
    launchBrowser({ viewport: { width: 1366, height: 800 } }),
    launchBrowser({ viewport: { width: 1366, height: 800 } }),
  ]);
});

afterAll(async () => {
  await wall?.close();
  await desk?.close();
  await directorDesk?.close();
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
  it('shows a major incident a shift leader reports within a second, with an alarm, and follows its acknowledgement up the duty chain', async () => {
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

    // A shift leader reports a major incident found on patrol.
    const leader: WatchedPage = await watchedPage(desk);
    await signIn(leader, server.url, 'leader', { next: '/incidents/new' });
    await leader.getByTestId('incident-form').waitFor();
    await leader.getByTestId('incident-kind').getByText('治安事件').click();
    await leader.getByTestId('incident-major').click();
    await leader.getByTestId('incident-title').fill('东门外有人持械争执');
    await leader.getByTestId('incident-description').fill('巡查发现东门外两名外来人员持木棍争执，已劝离围观业主。');
    await choose(leader, 'incident-area', '东大门');

    const tile = board.locator('[data-testid="board-case"]', { hasText: '东门外有人持械争执' });
    await leader.getByTestId('incident-submit').click();
    // Within one second of the submit: on the wall, among the major ones, with the alarm.
    await expect.poll(() => tile.isVisible(), { timeout: 1_000, interval: 50 }).toBe(true);
    await expect
      .poll(() => board.getByTestId('board-alert').textContent(), { timeout: 1_000, interval: 50 })
      .toContain('东门外有人持械争执');
    expect(await board.getByTestId('board-group-major').locator(tile).count()).toBe(1);
    expect(await board.getByTestId('board').getAttribute('data-sounded')).toBe('1');
    expect(await tile.textContent()).toContain('翠湖花园 · 东大门');
    // Up the duty chain at once: the leader's superior, the director, has to acknowledge it.
    const escalation = tile.getByTestId('board-escalation');
    expect(await escalation.getAttribute('data-state')).toBe('waiting');
    expect(await escalation.textContent()).toMatch(/^待 张伟（秩序维护部主任）确认/);
    // Its age runs on the wall.
    const age = await tile.getByTestId('board-age').textContent();
    await expect.poll(() => tile.getByTestId('board-age').textContent(), { timeout: 3_000 }).not.toBe(age);

    // The director acknowledges it on the incident's page; the wall follows.
    await leader.waitForURL(/\/cases\/[^/]+$/);
    const incidentPath = new URL(leader.url()).pathname;
    const director: WatchedPage = await watchedPage(directorDesk);
    await signIn(director, server.url, 'director', { next: incidentPath });
    await director.getByTestId('escalation-acknowledge').click();
    await director.getByTestId('escalation-acknowledge-note').fill('马上到场，通知派出所');
    await director.getByTestId('escalation-acknowledge-form-submit').click();
    await expect
      .poll(() => escalation.getAttribute('data-state'), { timeout: 2_000, interval: 50 })
      .toBe('acknowledged');
    expect(await escalation.textContent()).toMatch(/^张伟（秩序维护部主任）已确认 · \d\d:\d\d$/);

    // Someone at the screen acknowledges the alert; the case stays on the board.
    await board.getByTestId('board-alert-dismiss').click();
    expect(await board.getByTestId('board-alert').count()).toBe(0);
    expect(await tile.isVisible()).toBe(true);
    expect(board.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
    expect(director.problems).toEqual([]);
  });
});
