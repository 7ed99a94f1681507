import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../apps/api/src/features/audit/audit-event.entity.js';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const Stats = graphql(`
  query StatsCases($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {
    caseStats(groupBy: $groupBy, filter: $filter) {
      from
      to
      groupBy
      groups {
        kind
        status
        department { key name }
        site { key name }
        area
        channel
        severity
        period { label start end }
        count
        open
        overdue
        resolved
        medianMinutesToResult
        p90MinutesToResult
        resolvedWithinSla
      }
      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }
    }
  }
`);

const Open = graphql(`
  mutation StatsOpen($input: OpenCaseInput!) {
    openCase(input: $input) { case { id status } userErrors { field code message } }
  }
`);
const Assign = graphql(`
  mutation StatsAssign($input: AssignCaseInput!) {
    assignCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Start = graphql(`
  mutation StatsStart($input: CaseStepInput!) {
    startCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Resolve = graphql(`
  mutation StatsResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Refer = graphql(`
  mutation StatsRefer($input: ReferCaseInput!) {
    referCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const StaffByUsername = graphql(`
  query StatsStaff($search: String) {
    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }
  }
`);
const CreateToken = graphql(`
  mutation StatsToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret userErrors { field code } }
  }
`);
const Attendance = graphql(`
  query StatsAttendanceList($range: AttendanceRangeInput!) {
    attendance(range: $range) { id status: attendanceStatus }
  }
`);
const AttendanceStats = graphql(`
  query StatsAttendance($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {
    attendanceStats(groupBy: $groupBy, range: $range) {
      from
      to
      groups { person { key name } period { label } site { key } rostered present onTime late leftEarly absent onLeave expected }
      totals { rostered present onTime late leftEarly absent onLeave expected }
    }
  }
`);
const PatrolStats = graphql(`
  query StatsPatrols($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {
    patrolCoverageStats(groupBy: $groupBy, range: $range) {
      groups { shift { id key name } area { id name } period { label } shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans roundsCompleted missedPatrols }
      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }
    }
  }
`);
const ShiftCoverage = graphql(`
  query StatsShiftCoverage($shiftId: ID!) {
    patrolCoverage(shiftId: $shiftId) { coveredCount areas { required count covered } }
  }
`);

// Monday 4 March 2030, 09:00 in Shanghai: far from the demo's own cases (around the real today).
const START = new Date('2030-03-04T01:00:00Z');
const H = 3600_000;
const M = 60_000;
const WINDOW = { openedFrom: '2030-03-01T00:00:00+08:00', openedTo: '2030-03-10T00:00:00+08:00' };

let clock: TestClock;
let steward: TestSteward;
let cs: Client;
let analyst: Client;
let director: Client;
let clerk: Client;
const ids = new Map<string, string>();

async function staffId(username: string): Promise<string> {
  const cached = ids.get(username);
  if (cached) return cached;
  const res = await cs.gql(StaffByUsername, { search: username });
  const found = res.body.data?.staffMembers.nodes.find((s) => s.username === username);
  if (!found) throw new Error(`no staff ${username}`);
  ids.set(username, found.id);
  return found.id;
}

const at = (ms: number) => {
  const target = START.getTime() + ms;
  clock.advance(target - clock.now().getTime());
};

async function open(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await cs.gql(Open, {
    input: {
      kind: 'COMPLAINT',
      channel: 'PHONE',
      title: '电梯异响',
      description: '业主来电：3 号楼电梯运行时有异响。',
      reporterName: '张先生',
      siteCode: 'CUIHU',
      ...extra,
    },
  });
  const id = res.body.data?.openCase.case?.id;
  if (!id) throw new Error(`open failed: ${JSON.stringify(res.body)}`);
  return id;
}

async function takeOn(caseId: string) {
  await cs.gql(Assign, { input: { caseId, assigneeId: await staffId('cs') } });
  const started = await cs.gql(Start, { input: { caseId } });
  expect(started.body.data?.startCase.case?.status).toBe('IN_PROGRESS');
}

async function resolve(caseId: string) {
  const res = await cs.gql(Resolve, { input: { caseId, result: '已请维保单位检修，异响消除。' } });
  expect(res.body.data?.resolveCase.case?.status).toBe('RESOLVED');
}

const auditCount = () => steward.orm.em.fork().count(AuditEvent, {});

beforeAll(async () => {
  clock = new TestClock(START);
  steward = await startTestSteward({}, {}, { clock: clock.now });
  [cs, analyst, director, clerk] = await Promise.all([
    steward.login('cs'),
    steward.login('analyst'),
    steward.login('director'),
    steward.login('clerk'),
  ]);
  // Six complaints at CUIHU (customer service's queue), NORMAL: a result is due within 72 hours.
  at(0);
  const c1 = await open();
  await takeOn(c1);
  at(1 * H);
  const c2 = await open();
  await takeOn(c2);
  await resolve(c1); // 60 minutes
  at(2 * H);
  const c3 = await open();
  await takeOn(c3);
  at(3 * H);
  await resolve(c2); // 120 minutes
  // Either side of midnight in Shanghai (16:00 UTC): 23:59 on the 4th, 00:01 on the 5th.
  at(15 * H - 1 * M);
  await open(); // c4: stays open, overdue by the end
  at(15 * H + 1 * M);
  await open({ priority: 'LOW' }); // c5: stays open, due in 7 days: not overdue
  at(16 * H);
  const c6 = await open();
  const referred = await cs.gql(Refer, {
    input: {
      caseId: c6,
      departmentKey: 'order_maintenance',
      assigneeId: await staffId('director'),
      note: '请秩序维护部跟进',
    },
  });
  expect(referred.body.data?.referCase.userErrors).toEqual([]);
  at(102 * H);
  await resolve(c3); // 6,000 minutes: past its 72-hour deadline
});
afterAll(() => steward?.close());

describe('caseStats: the figures', () => {
  it('totals: count, open, overdue, nearest-rank median and p90 of minutes to result, share within the service level', async () => {
    const before = await auditCount();
    const res = await analyst.gql(Stats, { groupBy: [], filter: WINDOW });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data?.caseStats;
    expect(s?.groups).toHaveLength(1);
    expect(s?.totals).toEqual({
      count: 6,
      open: 3,
      overdue: 2,
      resolved: 3,
      medianMinutesToResult: 120,
      p90MinutesToResult: 6000,
      resolvedWithinSla: 2 / 3,
    });
    expect(new Date(String(s?.from)).toISOString()).toBe('2030-02-28T16:00:00.000Z');
    // Reading leaves no trace in the audit trail.
    expect(await auditCount()).toBe(before);
  });

  it('cuts days at local midnight in the site’s time zone, not at UTC midnight', async () => {
    const res = await analyst.gql(Stats, { groupBy: ['DAY'], filter: WINDOW });
    const groups = res.body.data?.caseStats.groups ?? [];
    expect(groups.map((g) => [g.period?.label, g.count, g.open, g.overdue, g.resolved])).toEqual([
      ['2030-03-04', 4, 1, 1, 3],
      ['2030-03-05', 2, 2, 1, 0],
    ]);
    expect(groups[0]).toMatchObject({ medianMinutesToResult: 120, p90MinutesToResult: 6000, resolvedWithinSla: 2 / 3 });
    expect(groups[1]).toMatchObject({ medianMinutesToResult: null, p90MinutesToResult: null, resolvedWithinSla: null });
    expect(groups[1]?.period).toEqual({
      label: '2030-03-05',
      start: '2030-03-04T16:00:00.000Z',
      end: '2030-03-05T16:00:00.000Z',
    });
  });

  it('weeks start on Monday; months are calendar months', async () => {
    const week = await analyst.gql(Stats, { groupBy: ['WEEK'], filter: WINDOW });
    expect(week.body.data?.caseStats.groups.map((g) => [g.period?.label, g.count])).toEqual([['2030-03-04', 6]]);
    const month = await analyst.gql(Stats, { groupBy: ['MONTH', 'DEPARTMENT'], filter: WINDOW });
    expect(month.body.data?.caseStats.groups.map((g) => [g.period?.label, g.department?.key, g.count])).toEqual([
      ['2030-03', 'customer_service', 6],
    ]);
    expect(month.body.data?.caseStats.groups[0]?.department?.name).toBe('客户服务部');
  });

  it('groups by status, kind, site, channel, severity, area — up to three at once', async () => {
    const res = await analyst.gql(Stats, { groupBy: ['STATUS', 'KIND', 'SITE'], filter: WINDOW });
    expect(res.body.data?.caseStats.groups.map((g) => [g.status, g.kind, g.site?.key, g.count, g.overdue])).toEqual([
      ['ASSIGNED', 'COMPLAINT', 'CUIHU', 1, 1],
      ['OPEN', 'COMPLAINT', 'CUIHU', 2, 1],
      ['RESOLVED', 'COMPLAINT', 'CUIHU', 3, 0],
    ]);
    const more = await analyst.gql(Stats, { groupBy: ['CHANNEL', 'SEVERITY', 'AREA'], filter: WINDOW });
    expect(more.body.data?.caseStats.groups.map((g) => [g.channel, g.severity, g.area, g.count])).toEqual([
      ['PHONE', 'GENERAL', '', 6],
    ]);
  });

  it('narrows by statuses, kinds, site and department', async () => {
    const resolved = await analyst.gql(Stats, { groupBy: [], filter: { ...WINDOW, statuses: ['RESOLVED'] } });
    expect(resolved.body.data?.caseStats.totals).toMatchObject({ count: 3, open: 0, medianMinutesToResult: 120 });
    const repairs = await analyst.gql(Stats, { groupBy: [], filter: { ...WINDOW, kinds: ['REPAIR'] } });
    expect(repairs.body.data?.caseStats.totals).toMatchObject({ count: 0, medianMinutesToResult: null });
    const elsewhere = await analyst.gql(Stats, { groupBy: [], filter: { ...WINDOW, siteCode: 'JINQIAO' } });
    expect(elsewhere.body.data?.caseStats.totals.count).toBe(0);
    const dept = await analyst.gql(Stats, { groupBy: [], filter: { ...WINDOW, departmentKey: 'customer_service' } });
    expect(dept.body.data?.caseStats.totals.count).toBe(6);
  });
});

describe('caseStats: who sees what', () => {
  it('a department-scoped viewer counts only their slice (the case referred to their department)', async () => {
    const res = await director.gql(Stats, { groupBy: ['DEPARTMENT'], filter: WINDOW });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.caseStats.totals).toMatchObject({ count: 1, open: 1, overdue: 1 });
    expect(res.body.data?.caseStats.groups.map((g) => [g.department?.key, g.count])).toEqual([['customer_service', 1]]);
  });

  it('answers an API token with read scope as its owner', async () => {
    const created = await analyst.gql(CreateToken, {
      input: { name: 'stats notebook', scopes: ['READ'], expiresAt: new Date(Date.now() + 30 * 24 * H).toISOString() },
    });
    const secret = created.body.data?.createApiToken.secret;
    expect(secret, JSON.stringify(created.body)).toBeTruthy();
    const res = await steward.withToken(secret as string).gql(Stats, { groupBy: ['DAY'], filter: WINDOW });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.caseStats.totals.count).toBe(6);
  });

  it('refuses the signed-out and those who may read no cases', async () => {
    const anonymous = await steward.gql(Stats, { groupBy: [], filter: WINDOW });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await clerk.gql(Stats, { groupBy: [], filter: WINDOW });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.body.data?.caseStats ?? null).toBeNull();
  });
});

describe('caseStats: bad input', () => {
  const codeOf = (res: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }) =>
    res.body.errors?.[0]?.extensions;

  it('refuses an unknown dimension by the schema', async () => {
    const res = await analyst.post(
      JSON.stringify({
        query: 'query($g: [CaseStatsDimension!]!) { caseStats(groupBy: $g) { totals { count } } }',
        variables: { g: ['COLOUR'] },
      }),
    );
    expect(res.status).toBe(400);
    expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each([
    ['more than three dimensions', ['KIND', 'STATUS', 'SITE', 'AREA'], WINDOW, 'groupBy'],
    ['a dimension twice', ['KIND', 'KIND'], WINDOW, 'groupBy'],
    ['two calendar periods', ['DAY', 'MONTH'], WINDOW, 'groupBy'],
    ['a backwards range', [], { openedFrom: WINDOW.openedTo, openedTo: WINDOW.openedFrom }, 'filter.openedTo'],
    ['an empty range', [], { openedFrom: WINDOW.openedFrom, openedTo: WINDOW.openedFrom }, 'filter.openedTo'],
    [
      'days over more than three years',
      ['DAY'],
      { openedFrom: '2026-01-01T00:00:00Z', openedTo: '2029-06-01T00:00:00Z' },
      'filter.openedFrom',
    ],
    [
      'over ten years',
      [],
      { openedFrom: '2018-01-01T00:00:00Z', openedTo: '2029-06-01T00:00:00Z' },
      'filter.openedFrom',
    ],
  ] as const)('%s → BAD_USER_INPUT naming the argument', async (_label, groupBy, filter, field) => {
    const res = await analyst.gql(Stats, { groupBy: [...groupBy], filter });
    expect(codeOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: [field] });
    expect(res.body.data?.caseStats ?? null).toBeNull();
  });

  it('takes three years of days, and months over several years', async () => {
    const days = await analyst.gql(Stats, {
      groupBy: ['DAY'],
      filter: { openedFrom: '2027-03-10T00:00:00+08:00', openedTo: '2030-03-10T00:00:00+08:00' },
    });
    expect(days.body.errors).toBeUndefined();
    expect(days.body.data?.caseStats.groups.at(-1)).toMatchObject({ period: { label: '2030-03-05' }, count: 2 });
    const months = await analyst.gql(Stats, {
      groupBy: ['MONTH'],
      filter: { openedFrom: '2024-01-01T00:00:00+08:00', openedTo: '2030-04-01T00:00:00+08:00' },
    });
    expect(months.body.data?.caseStats.groups.at(-1)).toMatchObject({ period: { label: '2030-03' }, count: 6 });
  });
});

describe('attendanceStats and patrolCoverageStats', () => {
  // The demo roster lies around the real today; the test clock is in 2030, so every past shift is settled.
  const today = new Date().toISOString().slice(0, 10);
  const shift = (d: string, days: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const range = { from: shift(today, -40), to: shift(today, 10) };

  it('counts attendance exactly as the attendance list states it', async () => {
    const list = await director.gql(Attendance, { range });
    expect(list.body.errors).toBeUndefined();
    const rows = list.body.data?.attendance ?? [];
    expect(rows.length).toBeGreaterThan(0);
    const n = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).length;
    const res = await director.gql(AttendanceStats, { groupBy: ['PERSON'], range });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data?.attendanceStats;
    expect(s?.totals).toEqual({
      rostered: rows.length,
      present: n('ON_TIME', 'LATE', 'LEFT_EARLY', 'LATE_AND_LEFT_EARLY'),
      onTime: n('ON_TIME'),
      late: n('LATE', 'LATE_AND_LEFT_EARLY'),
      leftEarly: n('LEFT_EARLY', 'LATE_AND_LEFT_EARLY'),
      absent: n('ABSENT'),
      onLeave: n('ON_LEAVE'),
      expected: n('EXPECTED'),
    });
    expect(s?.groups.reduce((sum, g) => sum + g.rostered, 0)).toBe(rows.length);
    expect(s?.groups.every((g) => g.person?.name)).toBe(true);
  });

  it('shows an officer only their own places', async () => {
    const officer = await steward.login('officer');
    const own = await officer.gql(Attendance, { range });
    const res = await officer.gql(AttendanceStats, { groupBy: ['PERSON'], range });
    expect(res.body.data?.attendanceStats.totals.rostered).toBe(own.body.data?.attendance.length);
    expect(res.body.data?.attendanceStats.groups.length).toBeLessThanOrEqual(1);
  });

  it('counts patrol coverage per shift as patrolCoverage(shiftId) does', async () => {
    const directorRes = await director.gql(PatrolStats, { groupBy: ['SHIFT'], range });
    expect(directorRes.body.errors).toBeUndefined();
    const groups = directorRes.body.data?.patrolCoverageStats.groups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups.slice(0, 6)) {
      const one = await director.gql(ShiftCoverage, { shiftId: g.shift?.id as string });
      const areas = (one.body.data?.patrolCoverage?.areas ?? []).filter((a) => a.required > 0);
      expect(g.areasDue, g.shift?.name).toBe(areas.length);
      expect(g.areasCovered, g.shift?.name).toBe(areas.filter((a) => a.covered).length);
      expect(g.patrolsDone, g.shift?.name).toBe(areas.reduce((s, a) => s + a.count, 0));
    }
    const totals = directorRes.body.data?.patrolCoverageStats.totals;
    expect(totals?.areasDue).toBe(groups.reduce((s, g) => s + g.areasDue, 0));
    expect(totals?.scans).toBeGreaterThan(0);
  });

  it('refuses those without the read permission, and bad ranges', async () => {
    const noPatrols = await clerk.gql(PatrolStats, { groupBy: [], range });
    expect(noPatrols.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await director.gql(PatrolStats, { groupBy: [], range: { from: range.to, to: range.from } });
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['range.to'] });
    const notADate = await director.gql(AttendanceStats, { groupBy: [], range: { from: '2026-02-30', to: range.to } });
    expect(notADate.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['range.from'] });
    const tooLong = await director.gql(AttendanceStats, {
      groupBy: ['DAY'],
      range: { from: '2020-01-01', to: range.to },
    });
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['range.from'] });
  });
});
