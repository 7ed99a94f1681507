import { type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedParts } from '../../apps/api/src/features/shifts/zoned-time.js';
import { choose } from '../support/antd.js';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.js';

let server: BuiltServer;
/** The shift leader's browser, at the desk. */
let desk: Browser;
/** An officer's phone. */
let phone: Browser;

interface Staged {
  shiftId: string;
  leader: string;
  officers: { username: string; name: string; employeeNo: string }[];
}
let staged: Staged;

/** GraphQL over HTTP as a demo user (setting the stage, not under test). */
async function apiAs(username: string) {
  const api = await request.newContext({ baseURL: server.url });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await api.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  return { gql, dispose: () => api.dispose() };
}

/**
 * A one-hour shift starting in 45 minutes at 翠湖, for whichever demo team is off then (the
 * rotation always leaves one team off): the leader's own team, so the leader runs it.
 */
async function stageShift(): Promise<Staged> {
  const director = await apiAs('director');
  try {
    const start = zonedParts(new Date(Date.now() + 45 * 60_000), 'Asia/Shanghai');
    const end = zonedParts(new Date(Date.now() + 105 * 60_000), 'Asia/Shanghai');
    const pattern = await director.gql<{ createShiftPattern: { pattern: { id: string } | null } }>(
      'mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { pattern { id } } }',
      {
        input: {
          siteCode: 'CUIHU',
          code: `E2E${Date.now() % 100000}`,
          nameZh: '演练班',
          nameEn: 'Drill shift',
          startTime: start.time,
          endTime: end.time,
        },
      },
    );
    const roster = async (teamId: string): Promise<Staged | null> => {
      const res = await director.gql<{
        generateRoster: {
          shifts: {
            id: string;
            leader: { username: string };
            members: { role: string; staff: { username: string; name: string; employeeNo: string } }[];
          }[];
        };
      }>(
        `mutation($input: GenerateRosterInput!) { generateRoster(input: $input) {
           shifts { id leader { username } members { role staff { username name employeeNo } } }
           userErrors { code } } }`,
        { input: { teamId, from: start.date, to: start.date, rotation: [pattern.createShiftPattern.pattern?.id] } },
      );
      const shift = res.generateRoster.shifts[0];
      return shift
        ? {
            shiftId: shift.id,
            leader: shift.leader.username,
            officers: shift.members.filter((m) => m.role === 'OFFICER').map((m) => m.staff),
          }
        : null;
    };
    const { teams } = await director.gql<{
      teams: { id: string; leader: { id: string }; members: { id: string }[] }[];
    }>('query { teams(siteCode: "CUIHU") { id leader { id } members { id } } }');
    for (const team of teams) {
      const staged = await roster(team.id);
      if (staged) return staged;
    }
    // At night every demo team already works a shift that date (a team works one a day) or is on
    // duty now; the people of the next day team are free, so they form a drill team of their own.
    for (const [i, team] of teams.entries()) {
      const created = await director.gql<{ createTeam: { team: { id: string } | null } }>(
        'mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }',
        {
          input: {
            siteCode: 'CUIHU',
            name: `演练队 ${Date.now() % 100000}-${i}`,
            leaderId: team.leader.id,
            memberIds: team.members.map((m) => m.id),
          },
        },
      );
      const staged = created.createTeam.team ? await roster(created.createTeam.team.id) : null;
      if (staged) return staged;
    }
    throw new Error('every team is on an overlapping shift');
  } finally {
    await director.dispose();
  }
}

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true' });
  staged = await stageShift();
  [desk, phone] = await Promise.all([launchBrowser(), launchBrowser({ viewport: { width: 390, height: 844 } })]);
});

afterAll(async () => {
  await desk?.close();
  await phone?.close();
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

describe('the pre-shift meeting and attendance', () => {
  it('the leader runs the briefing — roll call, a failed grooming check, posts — and an officer checks in on a phone', async () => {
    const [first, second] = staged.officers;
    if (!first) throw new Error('the staged shift has no officer');
    const leader = await newPage(desk);
    await signIn(leader, server.url, staged.leader, { next: `/shifts/${staged.shiftId}?tab=briefing` });
    await leader.getByTestId('briefing-not-started').waitFor();
    await leader.getByTestId('shift-start-briefing').click();
    await expect.poll(() => leader.getByTestId('shift-header').getAttribute('data-status')).toBe('BRIEFING');
    await leader.getByTestId('briefing-panel').waitFor();

    // Roll call: the first officer here; the second (if the team has one) absent — a no-show on record.
    const row = (name: string) => leader.locator(`[data-testid="roll-call-row"][data-name="${name}"]`);
    await row(first.name).getByTestId('roll-call-present').click();
    await expect.poll(() => row(first.name).getAttribute('data-roll-call')).toBe('PRESENT');
    if (second) {
      await row(second.name).getByTestId('roll-call-absent').click();
      await expect.poll(() => row(second.name).getAttribute('data-roll-call')).toBe('ABSENT');
      await leader.locator('[data-testid="discipline-record"][data-kind="NO_SHOW"]').waitFor();
    }

    // Grooming: no badge — failed, and a discipline record with the leader as its recorder.
    const grooming = leader.locator(`[data-testid="grooming-row"][data-name="${first.name}"]`);
    await grooming.getByTestId('grooming-badge').click();
    expect(await grooming.getByTestId('grooming-badge').getAttribute('data-pass')).toBe('false');
    await grooming.getByTestId('grooming-note').fill('工牌未佩戴');
    await grooming.getByTestId('grooming-save').click();
    await expect.poll(() => grooming.getByTestId('grooming-result').getAttribute('data-passed')).toBe('false');
    const record = leader.locator('[data-testid="discipline-record"][data-kind="GROOMING"]');
    await record.waitFor();
    expect(await record.textContent()).toContain(first.name);
    expect(await record.getAttribute('data-status')).toBe('OPEN');

    // Posts: the first officer to the gate.
    await choose(leader, `post-select-${first.employeeNo}`, '门岗');
    await expect
      .poll(() => leader.locator('[data-testid="post-tile"][data-post="GATE"]').textContent())
      .toContain(first.name);

    // The topics of the meeting.
    await leader.getByTestId('briefing-topic').first().fill('今晚重点巡查地下车库');
    await leader.getByTestId('briefing-save').click();
    await expect.poll(() => leader.getByTestId('briefing-topics').textContent()).toContain('记录于');

    // The officer, on a phone: their post, and a check-in with one big button.
    const officer = await newPage(phone);
    await signIn(officer, server.url, first.username, { next: '/my-shift' });
    await officer.getByTestId('my-attendance').waitFor();
    await expect.poll(() => officer.getByTestId('my-post').textContent()).toBe('门岗');
    await officer.getByTestId('check-in').click();
    await expect.poll(() => officer.getByTestId('my-attendance-status').getAttribute('data-status')).toBe('ON_TIME');
    expect(await officer.getByTestId('my-check-in').textContent()).toMatch(/\d{2}:\d{2} 签到/);
    expect(await officer.getByTestId('check-out').isVisible()).toBe(true);

    // The leader's console shows it without a reload.
    await expect.poll(() => row(first.name).textContent(), { timeout: 10_000 }).toContain('签到');

    expect(leader.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
    await leader.close();
    await officer.close();
  });
});
