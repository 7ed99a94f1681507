// The services imported below are decorated classes: their metadata polyfill first.
import '../../apps/api/src/test-setup.js';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '@steward/schema';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Steward, startSteward } from '../../apps/api/src/app.js';
import { loadConfig } from '../../apps/api/src/config.js';
import { CaseKind } from '../../apps/api/src/features/cases/case.enums.js';
import { caseKind } from '../../apps/api/src/features/cases/case.kinds.js';
import { Shift } from '../../apps/api/src/features/shifts/shift.entity.js';
import { ShiftEventType } from '../../apps/api/src/features/shifts/shift.topics.js';
import { Staff } from '../../apps/api/src/features/staff/staff.entity.js';
import { StaffStatus } from '../../apps/api/src/features/staff/staff.enums.js';
import { createLogger } from '../../apps/api/src/logger.js';
import type { BoardEventsSubscription, BoardOpenCasesQuery, BoardSnapshotQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { createToken, firstSignIn, onboard } from '../support/factories.js';
import { auditCount, toGlobalId } from '../support/org.js';
import {
  type Client,
  DEMO_PASSWORD,
  demoDatabase,
  type GqlResponse,
  startTestSteward,
  type TestSteward,
} from '../support/steward.js';

/** The live incident board: its snapshot, its events per subscriber, sockets refused at init, bounded queues. */
const BoardSnapshot = graphql(`
  query BoardSnapshot($siteCode: String) {
    board(siteCode: $siteCode) {
      generatedAt
      siteCode
      openCount
      caseLimit
      cases {
        id reference kind title severity status area createdAt escalatedAt
        site { code }
        holder { name }
        escalatedTo { name }
      }
      coverage {
        shift { id site { code } }
        coveredCount
        complete
        areas { area { id name } count required covered lastPatrolAt }
      }
    }
  }
`);

const BoardEvents = graphql(`
  subscription BoardEvents($siteCode: String) {
    boardEvents(siteCode: $siteCode) { type caseId shiftId at major }
  }
`);

const Open = graphql(`
  mutation BoardOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id reference timeline { id type } } userErrors { field code } }
  }
`);
const Escalate = graphql(`
  mutation BoardEscalate($input: EscalateCaseInput!) {
    escalateCase(input: $input) { case { id escalatedTo { name } } userErrors { field code } }
  }
`);
const Void = graphql(`
  mutation BoardVoid($input: CaseReasonInput!) {
    voidCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Comment = graphql(`
  mutation BoardComment($input: CommentOnCaseInput!) {
    commentOnCase(input: $input) { case { id timeline { id } } userErrors { field code } }
  }
`);
const INCIDENTS = new Set([
  'PUBLIC_ORDER',
  'FIRE',
  'VEHICLE_ACCIDENT',
  'CRIMINAL',
  'EQUIPMENT_FAILURE',
  'OTHER_INCIDENT',
]);
const OpenCases = graphql(`
  query BoardOpenCases($after: String) {
    cases(filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }, first: 100, after: $after) {
      nodes { id severity kind }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Coverage = graphql(`
  query BoardPatrolCoverage($shiftId: ID!) {
    patrolCoverage(shiftId: $shiftId) {
      shift { id site { code } }
      coveredCount
      complete
      areas { area { id name } count required covered lastPatrolAt }
    }
  }
`);
const Revoke = graphql(`
  mutation BoardRevokeToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) { token { id } userErrors { code } }
  }
`);
const ViewerOf = graphql(`query BoardViewer { viewer { staff { id } } }`);
const SetLocale = graphql(`
  mutation BoardSetLocale($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }
`);

type Auth = { headers?: Record<string, string>; connectionParams?: Record<string, unknown> };
const bearer = (secret: string): Auth => ({ connectionParams: { authorization: `Bearer ${secret}` } });
const cookie = (client: Client): Auth => ({ headers: client.authHeaders });
const wsUrl = (url: string) => `${url.replace(/^http/, 'ws')}/graphql`;
type BoardEvent = BoardEventsSubscription['boardEvents'];

let steward: TestSteward;
let manager: Client;
let director: Client;
let leader: Client;
let leader2: Client;
let cs: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  [manager, director, leader, leader2, cs] = (await Promise.all(
    ['manager', 'director', 'leader', 'leader2', 'cs'].map((u) => steward.login(u)),
  )) as [Client, Client, Client, Client, Client];
});
afterAll(() => steward?.close());

async function openCase(client: Client, input: Record<string, unknown>) {
  const res = await client.gql(Open, {
    input: {
      kind: 'COMPLAINT',
      channel: 'PATROL',
      title: '测试',
      description: '看板测试',
      reportedByMe: true,
      ...input,
    } as never,
  });
  const c = res.body.data?.openCase.case;
  if (!c) throw new Error(JSON.stringify(res.body));
  // The key of its first timeline entry (OPENED), as the server publishes it.
  return { id: c.id, reference: c.reference, openedEventKey: toKey((c.timeline[0] as { id: string }).id).id };
}

/** What graphql-ws answers a `connection_init`: acknowledged, or the close code. Spoken by hand. */
function connectionAnswer(url: string, auth: Auth): Promise<'ack' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(url), 'graphql-transport-ws', { headers: auth.headers ?? {} });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: auth.connectionParams ?? {} })));
    ws.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') {
        resolve('ack');
        ws.close();
      }
    });
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

/** A wall screen's subscription, with its raw socket at hand (to stall it). */
function boardSocket(url: string, auth: Auth, siteCode: string | null = null) {
  let raw: WebSocket | null = null;
  const events: BoardEvent[] = [];
  const errors: unknown[] = [];
  const client = createClient({
    url: wsUrl(url),
    webSocketImpl: class extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: auth.headers ?? {} });
        raw = this;
      }
    },
    connectionParams: auth.connectionParams,
    retryAttempts: 0,
  });
  const stop = client.subscribe<BoardEventsSubscription>(
    { query: print(BoardEvents), variables: { siteCode } },
    {
      next: (result) => {
        if (result.data) events.push(result.data.boardEvents);
        else errors.push(result.errors);
      },
      error: (error) => errors.push(error),
      complete: () => {},
    },
  );
  return {
    client,
    events,
    errors,
    /** The TCP socket under the WebSocket: pausing it stops reading, so backpressure builds. */
    tcp: () => (raw as unknown as { _socket: Socket })._socket,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}

/** Waits until the server holds this many live feeds (the subscriptions are in place). */
async function feedsOpen(n: number, on: Steward = steward) {
  await expect.poll(() => on.pubsub.feedStats().length, { timeout: 10_000 }).toBe(n);
}

describe('sockets are authenticated at connection_init', () => {
  it('closes with 4403 whoever brings no valid credentials, and acknowledges a session or a board token', async () => {
    const url = steward.url;
    const boardToken = await createToken(director, ['BOARD']);
    const both = await createToken(director, ['READ', 'BOARD']);
    const readToken = await createToken(director, ['READ']);
    const revoked = await createToken(director, ['BOARD']);
    await director.gql(Revoke, { input: { tokenId: revoked.id } });

    // A suspended owner's token (set directly, so the token itself is not also revoked).
    const clerk = await steward.login('clerk');
    const person = await onboard(clerk, { positionKey: 'order_maintenance_shift_leader' });
    const theirs = await createToken(await firstSignIn(steward, person), ['BOARD']);
    expect(await connectionAnswer(url, bearer(theirs.secret))).toBe('ack');
    await steward.orm.em.fork().nativeUpdate(Staff, { username: person.username }, { status: StaffStatus.SUSPENDED });

    const signedOut = await steward.login('officer');
    const out = await signedOut.post(JSON.stringify({ query: 'mutation { logout { signedOut } }' }));
    expect(out.json).toEqual({ data: { logout: { signedOut: true } }, extensions: expect.anything() });

    const before = await auditCount(steward);
    expect(await connectionAnswer(url, {})).toBe(4403);
    expect(await connectionAnswer(url, bearer('stw_not-a-token'))).toBe(4403);
    expect(await connectionAnswer(url, { connectionParams: { authorization: 'Basic bWFuYWdlcg==' } })).toBe(4403);
    expect(await connectionAnswer(url, bearer(revoked.secret))).toBe(4403);
    expect(await connectionAnswer(url, bearer(theirs.secret))).toBe(4403);
    expect(await connectionAnswer(url, bearer(readToken.secret))).toBe(4403);
    expect(await connectionAnswer(url, { headers: { cookie: 'steward_session=forged' } })).toBe(4403);
    expect(await connectionAnswer(url, cookie(signedOut))).toBe(4403);
    expect(await auditCount(steward)).toBe(before);

    expect(await connectionAnswer(url, bearer(boardToken.secret))).toBe('ack');
    expect(await connectionAnswer(url, bearer(both.secret))).toBe('ack');
    expect(await connectionAnswer(url, cookie(leader))).toBe('ack');
    // A bearer token wins over the cookie sent beside it, as over HTTP.
    expect(await connectionAnswer(url, { ...cookie(leader), ...bearer(readToken.secret) })).toBe(4403);
  });
});

describe('what one socket may hold', () => {
  it('refuses more than LIMITS.subscriptionsPerSocket subscriptions on one socket', async () => {
    const client = createClient({
      url: wsUrl(steward.url),
      webSocketImpl: class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: leader.authHeaders });
        }
      },
      retryAttempts: 0,
    });
    const refused: string[] = [];
    const failures: unknown[] = [];
    const stops = [...Array(LIMITS.subscriptionsPerSocket + 1).keys()].map(() =>
      client.subscribe(
        { query: print(BoardEvents) },
        {
          next: (r) => refused.push(...(r.errors ?? []).map((e) => String(e.extensions?.code))),
          error: (e) => failures.push(e),
          complete: () => {},
        },
      ),
    );
    try {
      await expect.poll(() => refused, { timeout: 10_000 }).toEqual(['BAD_REQUEST']);
      expect(failures).toEqual([]);
      await feedsOpen(LIMITS.subscriptionsPerSocket);
    } finally {
      for (const stop of stops) stop();
      await client.dispose();
    }
    await feedsOpen(0);
  });
});

describe('the board snapshot', () => {
  it('is open to a board token, which may query nothing else and change nothing', async () => {
    const token = steward.withToken((await createToken(leader, ['BOARD'])).secret);
    const board = await token.gql(BoardSnapshot, {});
    expect(board.body.errors).toBeUndefined();
    expect(board.body.data?.board.caseLimit).toBe(200);
    const viewer = await token.gql(ViewerOf, {});
    expect(viewer.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const cases = await token.post(JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }));
    expect((cases.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('FORBIDDEN');
    const before = await auditCount(steward);
    const change = await token.gql(SetLocale, { input: { locale: 'EN' } });
    expect(change.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await auditCount(steward)).toBe(before);
    // A read token queries anything, the board too.
    const read = steward.withToken((await createToken(leader, ['READ'])).secret);
    expect((await read.gql(BoardSnapshot, {})).body.data?.board.cases).toEqual(board.body.data?.board.cases);
    // Nobody anonymous.
    expect((await steward.gql(BoardSnapshot, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the open MAJOR cases the viewer may read — as `cases` does — MAJOR first, longest open first', async () => {
    const general = await openCase(leader, { siteCode: 'CUIHU', title: '一般投诉' });
    const cuihu = await openCase(leader, { siteCode: 'CUIHU', severity: 'MAJOR', title: '翠湖重大', area: '东门' });
    const jinqiao = await openCase(leader2, { siteCode: 'JINQIAO', severity: 'MAJOR', title: '金桥重大' });

    for (const client of [manager, director, leader, leader2, cs]) {
      const snapshot = (await client.gql(BoardSnapshot, {})).body.data?.board as BoardSnapshotQuery['board'];
      const open: { id: string; severity: string; kind: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResponse<BoardOpenCasesQuery> = await client.gql(OpenCases, { after });
        const page = res.body.data?.cases;
        if (!page) throw new Error('no cases page');
        open.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      // MAJOR cases of any kind, and incidents (R16) whatever their severity.
      const expected = open.filter((c) => c.severity === 'MAJOR' || INCIDENTS.has(c.kind)).map((c) => c.id);
      expect(snapshot.cases.map((c) => c.id).sort()).toEqual(expected.sort());
      expect(snapshot.openCount).toBe(expected.length);
      expect(snapshot.cases.map((c) => c.id)).not.toContain(general.id);
      // MAJOR first, then the rest; longest open first within each.
      const severities = snapshot.cases.map((c) => c.severity);
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'MAJOR' ? -1 : 1)));
      for (const severity of ['MAJOR', 'GENERAL']) {
        const times = snapshot.cases
          .filter((c) => c.severity === severity)
          .map((c) => Date.parse(c.createdAt as string));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
    const of = async (client: Client, siteCode?: string) =>
      ((await client.gql(BoardSnapshot, { siteCode })).body.data?.board.cases ?? []).map((c) => c.id);
    expect(await of(leader)).toContain(cuihu.id);
    expect(await of(leader)).not.toContain(jinqiao.id);
    expect(await of(leader2)).toEqual(expect.arrayContaining([jinqiao.id]));
    expect(await of(leader2)).not.toContain(cuihu.id);
    expect(await of(manager)).toEqual(expect.arrayContaining([cuihu.id, jinqiao.id]));
    expect(await of(manager, 'JINQIAO')).toContain(jinqiao.id);
    expect(await of(manager, 'JINQIAO')).not.toContain(cuihu.id);
    // The director reads customer service's complaints only once one is escalated to them.
    expect(await of(director)).not.toContain(cuihu.id);
    await leader.gql(Escalate, { input: { caseId: cuihu.id, note: '重大，请主管处理' } });
    expect(await of(director)).toContain(cuihu.id);
    const row = (await leader.gql(BoardSnapshot, {})).body.data?.board.cases.find((c) => c.id === cuihu.id);
    expect(row).toMatchObject({ area: '东门', site: { code: 'CUIHU' }, escalatedTo: { name: '张伟' } });
    expect(row?.escalatedAt).toBeTruthy();

    // Voided (or resolved, closed), it leaves the board.
    const voided = await cs.gql(Void, { input: { caseId: cuihu.id, reason: '重复登记' } });
    expect(voided.body.data?.voidCase.userErrors).toEqual([]);
    expect(await of(leader)).not.toContain(cuihu.id);
    expect(await of(manager)).not.toContain(cuihu.id);
  });

  it('shows a kind flagged for the board whatever its severity', async () => {
    const repair = await openCase(cs, {
      kind: 'REPAIR',
      siteCode: 'CUIHU',
      reportedByMe: false,
      reporterName: '王女士',
    });
    const ids = async () => ((await cs.gql(BoardSnapshot, {})).body.data?.board.cases ?? []).map((c) => c.id);
    expect(await ids()).not.toContain(repair.id);
    const definition = caseKind(CaseKind.REPAIR);
    definition.onBoard = true;
    try {
      expect(await ids()).toContain(repair.id);
    } finally {
      definition.onBoard = undefined;
    }
  });

  it('shows the current shift’s patrol coverage per site, as `patrolCoverage` does, to whoever follows patrols', async () => {
    const leaderBoard = (await leader.gql(BoardSnapshot, {})).body.data?.board.coverage ?? [];
    expect(leaderBoard.map((c) => c.shift.site.code)).toEqual(['CUIHU']);
    const shift = leaderBoard[0]?.shift.id as string;
    const direct = (await leader.gql(Coverage, { shiftId: shift })).body.data?.patrolCoverage;
    expect(direct?.areas.length).toBeGreaterThan(0);
    expect(leaderBoard[0]).toEqual(direct);
    // The demo's CUIHU shift running now is the one the board takes.
    const running = await steward.orm.em.fork().findOneOrFail(Shift, toKey(shift));
    expect(running.startsAt.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 3600_000);
    expect(running.endsAt.getTime()).toBeGreaterThan(Date.now() - 4 * 3600_000);

    const directorBoard = (await director.gql(BoardSnapshot, {})).body.data?.board.coverage ?? [];
    expect(directorBoard.map((c) => c.shift.site.code)).toContain('CUIHU');
    const onlyJinqiao = (await director.gql(BoardSnapshot, { siteCode: 'JINQIAO' })).body.data?.board;
    expect(onlyJinqiao?.coverage.every((c) => c.shift.site.code === 'JINQIAO')).toBe(true);
    expect(onlyJinqiao?.siteCode).toBe('JINQIAO');
    // Neither the manager nor customer service follows patrols.
    expect((await manager.gql(BoardSnapshot, {})).body.data?.board.coverage).toEqual([]);
    expect((await cs.gql(BoardSnapshot, {})).body.data?.board.coverage).toEqual([]);
  });
});

const toKey = (globalId: string) => ({
  id: Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string,
});

describe('board events', () => {
  it('reach each board token with what its owner may read, and nothing else', async () => {
    const em = steward.orm.em.fork();
    const cuihuShift = await em.findOneOrFail(Shift, { site: 'CUIHU' }, { orderBy: { startsAt: 'asc' } });
    const jinqiaoShift = await em.findOneOrFail(Shift, { site: 'JINQIAO' }, { orderBy: { startsAt: 'asc' } });
    const jinqiao = await openCase(leader2, { siteCode: 'JINQIAO', severity: 'MAJOR', title: '金桥同步' });

    const tokens = {
      leader: await createToken(leader, ['BOARD']),
      leader2: await createToken(leader2, ['BOARD']),
      director: await createToken(director, ['BOARD']),
      manager: await createToken(manager, ['BOARD']),
    };
    const subscribers = {
      leader: boardSocket(steward.url, bearer(tokens.leader.secret)),
      leader2: boardSocket(steward.url, bearer(tokens.leader2.secret)),
      director: boardSocket(steward.url, bearer(tokens.director.secret)),
      manager: boardSocket(steward.url, bearer(tokens.manager.secret)),
      directorAtJinqiao: boardSocket(steward.url, bearer(tokens.director.secret), 'JINQIAO'),
    };
    type Name = keyof typeof subscribers;
    const names = Object.keys(subscribers) as Name[];
    const expected = Object.fromEntries(names.map((n) => [n, [] as string[]])) as Record<Name, string[]>;
    try {
      await feedsOpen(names.length);

      const caseNames = new Map<string, string>([[jinqiao.id, 'J']]);
      const shiftNames = new Map([
        [toGlobalId('Shift', cuihuShift.id), 'CUIHU'],
        [toGlobalId('Shift', jinqiaoShift.id), 'JINQIAO'],
      ]);
      const SYNC_BASE = Date.parse('2099-01-01T00:00:00Z');
      const label = (e: BoardEvent) =>
        e.type === 'COVERAGE'
          ? `sync${Date.parse(e.at as string) - SYNC_BASE}:${shiftNames.get(e.shiftId as string)}`
          : `${e.type}:${caseNames.get(e.caseId as string) ?? e.caseId}${e.major ? ':major' : ''}`;

      // Each subscriber reads its events in order: a marker it may see, published after a step,
      // proves everything before it was either delivered or withheld — no waiting on the clock.
      let syncs = 0;
      const sync = async () => {
        syncs += 1;
        for (const shift of [cuihuShift, jinqiaoShift]) {
          steward.pubsub.publish('SHIFT_EVENT', {
            shiftId: shift.id,
            type: ShiftEventType.PATROL_SCAN,
            at: new Date(SYNC_BASE + syncs).toISOString(),
          });
        }
        expected.leader.push(`sync${syncs}:CUIHU`);
        expected.leader2.push(`sync${syncs}:JINQIAO`);
        expected.director.push(`sync${syncs}:CUIHU`, `sync${syncs}:JINQIAO`);
        expected.directorAtJinqiao.push(`sync${syncs}:JINQIAO`);
        // The manager follows no patrols: J (theirs to read) marks their place instead.
        steward.pubsub.publish('CASE_EVENT', { caseId: toKey(jinqiao.id).id, eventId: jinqiao.openedEventKey });
        expected.manager.push('CASE_OPENED:J:major');
        expected.leader2.push('CASE_OPENED:J:major');
        for (const n of names) {
          await expect.poll(() => subscribers[n].events.map(label), { timeout: 10_000 }).toEqual(expected[n]);
        }
      };
      await sync();

      // A general complaint is nobody's board business; a major one is, for those who read it.
      await openCase(leader, { siteCode: 'CUIHU', title: '一般' });
      const c = await openCase(leader, { siteCode: 'CUIHU', severity: 'MAJOR', title: '翠湖重大事件' });
      caseNames.set(c.id, 'C');
      expected.leader.push('CASE_OPENED:C:major');
      expected.manager.push('CASE_OPENED:C:major');
      await sync();

      // Escalated to the director: now theirs to read too (but not at JINQIAO).
      await leader.gql(Escalate, { input: { caseId: c.id, note: '请主管到场' } });
      expected.leader.push('CASE_CHANGED:C:major');
      expected.manager.push('CASE_CHANGED:C:major');
      expected.director.push('CASE_CHANGED:C:major');
      // A shift event that changes no coverage is not sent.
      steward.pubsub.publish('SHIFT_EVENT', {
        shiftId: cuihuShift.id,
        type: ShiftEventType.DUTY_LOG,
        at: new Date().toISOString(),
      });
      await sync();

      for (const n of names) expect(subscribers[n].errors, n).toEqual([]);
    } finally {
      await Promise.all(names.map((n) => subscribers[n].close()));
    }
    await feedsOpen(0);
  });

  it('never lets a stalled screen hold up another, and keeps its queue bounded: it is told to resync', async () => {
    // A case whose every timeline entry is a large message (its description and a long timeline),
    // so a stalled socket fills the kernel's buffers quickly. GENERAL, so the board leaves it out;
    // escalated to the director, so it is theirs to follow.
    const bulky = await openCase(leader, { siteCode: 'CUIHU', description: '长'.repeat(2000) });
    await leader.gql(Escalate, { input: { caseId: bulky.id, note: '请主管知悉' } });
    for (let i = 0; i < 20; i++) await leader.gql(Comment, { input: { caseId: bulky.id, note: '记'.repeat(2000) } });
    const shift = await steward.orm.em.fork().findOneOrFail(Shift, { site: 'CUIHU' }, { orderBy: { startsAt: 'asc' } });
    const token = await createToken(director, ['BOARD']);

    // The stalled screen follows the board and, on the same socket, the bulky case.
    const stalled = boardSocket(steward.url, bearer(token.secret));
    const timelines: string[] = [];
    const timelineErrors: string[] = [];
    const unfollow = stalled.client.subscribe(
      {
        query: `subscription($id: ID) { caseEvents(filter: { caseId: $id }) { id case { description timeline { note } } } }`,
        variables: { id: bulky.id },
      },
      {
        next: (r) => {
          if (r.data) timelines.push((r.data as { caseEvents: { id: string } }).caseEvents.id);
          else timelineErrors.push(...(r.errors ?? []).map((e) => String(e.extensions?.code)));
        },
        error: (e) => timelineErrors.push(String(e)),
        complete: () => {},
      },
    );
    const healthy = boardSocket(steward.url, bearer(token.secret));
    const BASE = Date.parse('2098-01-01T00:00:00Z');
    const indexOf = (e: BoardEvent) => (e.type === 'RESYNC' ? -1 : Date.parse(e.at as string) - BASE);
    try {
      await feedsOpen(3);
      stalled.tcp().pause();
      let published = 0;
      const publishCoverage = (n: number) => {
        for (let i = 0; i < n; i++) {
          steward.pubsub.publish('SHIFT_EVENT', {
            shiftId: shift.id,
            type: ShiftEventType.PATROL_SCAN,
            at: new Date(BASE + published).toISOString(),
          });
          published += 1;
        }
      };
      const publishBulky = (n: number) => {
        for (let i = 0; i < n; i++) {
          steward.pubsub.publish('CASE_EVENT', { caseId: toKey(bulky.id).id, eventId: bulky.openedEventKey });
        }
      };
      const overflowed = () => steward.pubsub.feedStats().filter((f) => f.overflows > 0);
      // Until backpressure reaches the server and both of the stalled screen's queues overflow.
      for (let batch = 0; batch < 200 && overflowed().length < 2; batch++) {
        publishBulky(30);
        publishCoverage(10);
        await expect.poll(() => healthy.events.length, { timeout: 20_000 }).toBe(published);
        for (const feed of steward.pubsub.feedStats()) {
          expect(feed.queued).toBeLessThanOrEqual(LIMITS.subscriptionQueue);
        }
      }
      expect(overflowed().map((f) => f.topics.join())).toEqual(
        expect.arrayContaining(['CASE_EVENT,SHIFT_EVENT,ESCALATION', 'CASE_EVENT']),
      );
      expect(overflowed()).toHaveLength(2);
      // The healthy screen got every coverage event, in order, and was never told to resync.
      expect(healthy.events.map(indexOf)).toEqual([...Array(published).keys()]);
      expect(stalled.events.length).toBeLessThan(published);

      stalled.tcp().resume();
      publishCoverage(1);
      const last = published - 1;
      // (Draining the stalled socket's backlog takes a while on a loaded machine.)
      await expect
        .poll(() => stalled.events.at(-1) && indexOf(stalled.events.at(-1) as BoardEvent), { timeout: 10_000 })
        .toBe(last);
      const got = stalled.events.map(indexOf);
      const resync = got.indexOf(-1);
      // Exactly one RESYNC; before it, the events it took in before the stall, in order; after
      // it, no more than the queue holds — the latest ones, in order, up to the last.
      expect(got.filter((i) => i === -1)).toHaveLength(1);
      expect(got.slice(0, resync)).toEqual([...Array(resync).keys()]);
      const after = got.slice(resync + 1);
      expect(after.length).toBeLessThanOrEqual(LIMITS.subscriptionQueue);
      expect(after).toEqual([...Array(after.length).keys()].map((i) => last - after.length + 1 + i));
      expect(stalled.errors).toEqual([]);
      // The case subscription says once, as an error in its stream, that it dropped events; and goes on.
      await expect.poll(() => timelineErrors).toEqual(['EVENTS_MISSED']);
      const later = await leader.gql(Comment, { input: { caseId: bulky.id, note: '之后' } });
      const entry = later.body.data?.commentOnCase.case?.timeline.at(-1)?.id;
      await expect.poll(() => timelines.at(-1), { timeout: 10_000 }).toBe(entry);
      expect(timelineErrors).toEqual(['EVENTS_MISSED']);
    } finally {
      unfollow();
      await Promise.all([stalled.close(), healthy.close()]);
    }
    await feedsOpen(0);
  }, 60_000);
});

describe('reconnecting', () => {
  it('resynchronises from the snapshot after the server restarts, so it shows what `board` says', async () => {
    // A server of its own, on a database and port that outlive it.
    // (The run's demo template, copied: the demo is loaded, as on a first start.)
    const dataDir = mkdtempSync(join(tmpdir(), 'steward-board-'));
    const database = await demoDatabase(dataDir);
    const configOf = (port: number) =>
      loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: database.url,
        WEB_DIST: 'none',
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'true',
      });
    const start = (port: number) => {
      const config = configOf(port);
      return startSteward(config, createLogger(config));
    };
    let server = await start(0);
    const port = server.port;
    const url = server.url;
    const gql = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    };
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }',
        variables: { i: { username: 'leader', password: DEMO_PASSWORD } },
      }),
    });
    const session = { cookie: login.headers.get('set-cookie')?.split(';')[0] as string };
    const created = await gql<{ createApiToken: { secret: string } }>(
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
      { i: { name: 'wall', scopes: ['BOARD'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      session,
    );
    const token = { authorization: `Bearer ${created.createApiToken.secret}` };
    const snapshotQuery = print(BoardSnapshot);
    const snapshotNow = async () =>
      strip((await gql<BoardSnapshotQuery>(snapshotQuery, {}, token)).board as BoardSnapshotQuery['board']);

    // The wall, as the SPA runs it: on every (re)connect and every RESYNC, the snapshot again.
    let shown = null as Snapshot | null;
    let connects = 0;
    let gate: Promise<void> = Promise.resolve();
    let open!: () => void;
    const wall = createClient({
      url: wsUrl(url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: token.authorization },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      // Reconnects only when the test says: the world changes while the wall is away.
      retryWait: () => gate,
      on: {
        connected: () => {
          connects += 1;
          void snapshotNow().then((s) => {
            shown = s;
          });
        },
      },
    });
    const stop = wall.subscribe(
      { query: print(BoardEvents) },
      {
        next: () => {
          void snapshotNow().then((s) => {
            shown = s;
          });
        },
        error: () => {},
        complete: () => {},
      },
    );
    try {
      await expect.poll(() => shown, { timeout: 10_000 }).not.toBeNull();
      const before = shown as Snapshot;
      gate = new Promise((resolve) => {
        open = resolve;
      });

      await server.close();
      server = await start(port);
      // While the wall is away, a major case is opened at CUIHU.
      const opened = await gql<{ openCase: { case: { id: string } } }>(
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { case { id } } }`,
        {
          i: {
            kind: 'COMPLAINT',
            channel: 'PATROL',
            title: '重启期间',
            description: '看板断线时发生',
            reportedByMe: true,
            siteCode: 'CUIHU',
            severity: 'MAJOR',
          },
        },
        session,
      );
      expect(before.cases.map((c) => c.id)).not.toContain(opened.openCase.case.id);
      open();

      await expect.poll(() => connects, { timeout: 20_000 }).toBe(2);
      await expect.poll(() => shown?.cases.map((c) => c.id), { timeout: 10_000 }).toContain(opened.openCase.case.id);
      expect(shown).toEqual(await snapshotNow());
    } finally {
      stop();
      await wall.dispose();
      await server.close();
      await database.release();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** A snapshot without the moment it was taken: two snapshots of the same state are equal. */
function strip(board: BoardSnapshotQuery['board']) {
  const { generatedAt: _at, ...rest } = board;
  return rest;
}
type Snapshot = ReturnType<typeof strip>;
