/**
 * caseStats from the rollups (issue 7: month × department over a million cases within 200 ms):
 * with STATS_EXACT_BELOW=0 every company-wide query that a cube can answer reads the rollups, so
 * each figure is compared with the exact answer (`filter.exact`) on the same data — after the demo
 * (written through the services, so through the rollups' upkeep) and after more case changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Site } from '../../apps/api/src/features/sites/site.entity.js';
import { bucketOf } from '../../apps/api/src/features/stats/rollup/histogram.js';
import { rebuildRollups, rollupsReady } from '../../apps/api/src/features/stats/rollup/rollup.rebuild.js';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const Stats = graphql(`
  query RollupStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {
    caseStats(groupBy: $groupBy, filter: $filter) {
      percentilesExact
      groups {
        kind
        status
        department { key }
        site { key }
        area
        channel
        severity
        period { label }
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
  mutation RollupOpen($input: OpenCaseInput!) {
    openCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const Void = graphql(`
  mutation RollupVoid($input: CaseReasonInput!) {
    voidCase(input: $input) { case { status } userErrors { field code } }
  }
`);
const Assign = graphql(`
  mutation RollupAssign($input: AssignCaseInput!) {
    assignCase(input: $input) { case { status } userErrors { field code } }
  }
`);
const Start = graphql(`
  mutation RollupStart($input: CaseStepInput!) {
    startCase(input: $input) { case { status } userErrors { field code } }
  }
`);
const Me = graphql(`
  query RollupMe {
    viewer { staff { id } }
  }
`);
const Resolve = graphql(`
  mutation RollupResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { status } userErrors { field code } }
  }
`);

type Row = Record<string, unknown> & { medianMinutesToResult: number | null; p90MinutesToResult: number | null };

let steward: TestSteward;
let clock: TestClock;
let analyst: Client;
let cs: Client;

/** The histogram bucket a percentile in minutes falls in (null stays null). */
const bucket = (minutes: number | null) => (minutes === null ? null : bucketOf(Math.round(minutes * 60_000)));

/** Everything but the percentiles, which must instead fall in the same histogram bucket. */
function split(row: Row) {
  const { medianMinutesToResult, p90MinutesToResult, ...rest } = row;
  return { rest, buckets: [bucket(medianMinutesToResult), bucket(p90MinutesToResult)] };
}

/**
 * Asks the rollups and the cases the same question and checks they agree (`fromRollups` false:
 * the default answer is expected to come from the cases too).
 */
async function agree(groupBy: string[], filter: Record<string, unknown> = {}, fromRollups = true) {
  const [fast, exact] = await Promise.all([
    analyst.gql(Stats, { groupBy: groupBy as never, filter }),
    analyst.gql(Stats, { groupBy: groupBy as never, filter: { ...filter, exact: true } }),
  ]);
  expect(fast.body.errors).toBeUndefined();
  expect(exact.body.errors).toBeUndefined();
  const a = fast.body.data?.caseStats;
  const b = exact.body.data?.caseStats;
  if (!a || !b) throw new Error('no figures');
  expect(a.percentilesExact).toBe(!fromRollups);
  expect(b.percentilesExact).toBe(true);
  expect(a.groups.map((g) => split(g as Row).rest)).toEqual(b.groups.map((g) => split(g as Row).rest));
  expect(a.groups.map((g) => split(g as Row).buckets)).toEqual(b.groups.map((g) => split(g as Row).buckets));
  expect(split(a.totals as Row)).toEqual(split(b.totals as Row));
  return b;
}

async function rollupRows(): Promise<string[]> {
  const rows = (await steward.orm.em
    .fork()
    .getConnection()
    .execute(
      'select * from case_rollup order by cube, zone, day, site_code, department_key, kind, status, channel, severity',
    )) as Record<string, unknown>[];
  // A row whose cases all moved elsewhere stays, at zero: the same as no row.
  return rows
    .filter((r) => Object.entries(r).some(([k, v]) => /^(cnt|resolved_n|in_sla_n|h\d+)$/.test(k) && Number(v) !== 0))
    .map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)])));
}

beforeAll(async () => {
  clock = new TestClock(new Date());
  steward = await startTestSteward({ STATS_EXACT_BELOW: '0' }, {}, { clock: clock.now });
  [analyst, cs] = await Promise.all([steward.login('analyst'), steward.login('cs')]);
});

afterAll(async () => {
  await steward?.close();
});

describe('caseStats from the rollups', () => {
  it('agrees with the exact figures for every grouping a cube keeps', async () => {
    const totals = await agree([]);
    expect(totals.totals.count).toBeGreaterThan(20);
    expect(totals.totals.resolved).toBeGreaterThan(5);
    for (const groupBy of [
      ['MONTH', 'DEPARTMENT'],
      ['DAY'],
      ['WEEK', 'KIND'],
      ['KIND', 'STATUS'],
      ['SITE'],
      ['CHANNEL', 'SEVERITY'],
      ['SITE', 'DEPARTMENT', 'DAY'],
    ]) {
      await agree(groupBy);
    }
  });

  it('agrees under every filter, and over ranges that start and end mid-day', async () => {
    const now = clock.now().getTime();
    await agree(['DEPARTMENT'], { siteCode: 'CUIHU' });
    await agree(['KIND'], { kinds: ['COMPLAINT', 'REPAIR'] });
    await agree(['STATUS'], { statuses: ['VOIDED', 'CLOSED', 'RESOLVED'] });
    await agree(['DAY', 'STATUS'], { departmentKey: 'customer_service' });
    // 13:37 local a week ago to 02:11 local two days ago: partial days at both ends.
    const from = new Date(now - 7 * 86_400_000);
    from.setUTCHours(5, 37, 0, 0);
    const to = new Date(now - 2 * 86_400_000);
    to.setUTCHours(18, 11, 0, 0);
    await agree(['DAY', 'DEPARTMENT'], { openedFrom: from.toISOString(), openedTo: to.toISOString() });
    // Within one day: no whole day the rollups could give, so the cases answer.
    await agree(
      ['KIND'],
      { openedFrom: new Date(now - 20 * 3600_000).toISOString(), openedTo: new Date(now - 3600_000).toISOString() },
      false,
    );
  });

  it('follows case changes in their transaction: opened, resolved, voided', async () => {
    const before = (await agree([])).totals;
    const opened: string[] = [];
    for (const title of ['水管漏水', '门禁失灵', '路灯不亮']) {
      const res = await cs.gql(Open, {
        input: {
          kind: 'REPAIR',
          channel: 'PHONE',
          title,
          description: `业主来电：${title}。`,
          reporterName: '李女士',
          siteCode: 'CUIHU',
        },
      });
      const id = res.body.data?.openCase.case?.id;
      if (!id) throw new Error(JSON.stringify(res.body));
      opened.push(id);
    }
    const me = (await cs.gql(Me, {})).body.data?.viewer?.staff?.id as string;
    await cs.gql(Assign, { input: { caseId: opened[0] as string, assigneeId: me } });
    expect((await cs.gql(Start, { input: { caseId: opened[0] as string } })).body.data?.startCase.case?.status).toBe(
      'IN_PROGRESS',
    );
    clock.advance(95 * 60_000);
    const resolved = await cs.gql(Resolve, {
      input: { caseId: opened[0] as string, result: '已更换阀门，不再漏水。' },
    });
    expect(resolved.body.data?.resolveCase.case?.status).toBe('RESOLVED');
    const voided = await cs.gql(Void, { input: { caseId: opened[1] as string, reason: '重复登记' } });
    expect(voided.body.data?.voidCase.case?.status).toBe('VOIDED');

    const after = (await agree([])).totals;
    expect(after.count).toBe(before.count + 2); // three opened, one voided (not counted by default)
    expect(after.resolved).toBe(before.resolved + 1);
    await agree(['DAY', 'STATUS'], { statuses: ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'VOIDED'] });
  });

  it('holds what a rebuild from the cases would count', async () => {
    const kept = await rollupRows();
    expect(kept.length).toBeGreaterThan(10);
    await rebuildRollups(steward.orm.em.fork() as never);
    expect(await rollupRows()).toEqual(kept);
  });

  it('reads the cases for slices the rollups do not keep', async () => {
    // A department-scoped reader: their slice is cut by holders and people.
    const scoped = await cs.gql(Stats, { groupBy: ['MONTH'] });
    expect(scoped.body.data?.caseStats.percentilesExact).toBe(true);
    // Areas are free text: no cube keeps them.
    const areas = await analyst.gql(Stats, { groupBy: ['AREA'] });
    expect(areas.body.data?.caseStats.percentilesExact).toBe(true);
  });

  it('stops using the rollups when a site moves to another time zone, until they are rebuilt', async () => {
    const em = steward.orm.em.fork();
    const site = await em.findOneOrFail(Site, { code: 'CUIHU' });
    site.timeZone = 'Asia/Tokyo';
    await em.flush();
    expect(await rollupsReady(steward.orm.em.fork() as never)).toBe(false);
    const res = await analyst.gql(Stats, { groupBy: ['MONTH'] });
    expect(res.body.data?.caseStats.percentilesExact).toBe(true);
    await rebuildRollups(steward.orm.em.fork() as never);
    await agree(['DAY', 'SITE']);
  });
});
