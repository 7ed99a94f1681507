/**
 * caseStats over the generated history (issue 7, §Performance): grouped by month and department
 * over every case of the year, p95 ≤ 200 ms on SQLite. Also a narrower window and a day grouping,
 * to show how the cost follows the number of cases in range.
 */
import { type BenchContext, type BenchResult, latencyResults, measure } from './lib.js';

const STATS = `query Stats($filter: CaseStatsFilter, $groupBy: [CaseStatsDimension!]!) {
  caseStats(filter: $filter, groupBy: $groupBy) {
    percentilesExact
    totals { count open overdue medianMinutesToResult p90MinutesToResult resolvedWithinSla }
    groups { period { label } department { key } count medianMinutesToResult p90MinutesToResult resolvedWithinSla }
  }
}`;

// The generated history is the year ending 1 November 2026 (features/demo/scale).
const YEAR = { openedFrom: '2025-11-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };
const QUARTER = { openedFrom: '2026-08-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };
const MONTH = { openedFrom: '2026-10-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };

type Figures = {
  caseStats: {
    percentilesExact: boolean;
    totals: { count: number };
    groups: { medianMinutesToResult: number | null; p90MinutesToResult: number | null }[];
  };
};

/** The largest relative difference between two answers' percentiles, group by group. */
function worstPercentileError(a: Figures, b: Figures): number {
  let worst = 0;
  b.caseStats.groups.forEach((g, i) => {
    const r = a.caseStats.groups[i];
    for (const k of ['medianMinutesToResult', 'p90MinutesToResult'] as const) {
      const exact = g[k];
      const approx = r?.[k];
      if (exact && approx != null) worst = Math.max(worst, Math.abs(approx - exact) / exact);
    }
  });
  return worst;
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const scenarios: [string, Record<string, string | boolean>, string[], number, number | undefined][] = [
    ['caseStats by month × department, the whole year', YEAR, ['MONTH', 'DEPARTMENT'], ctx.requests, 200],
    ['caseStats by month × department, the last quarter', QUARTER, ['MONTH', 'DEPARTMENT'], ctx.requests, undefined],
    ['caseStats by day, the last month', MONTH, ['DAY'], ctx.requests, undefined],
    ['caseStats by kind × status, the whole year', YEAR, ['KIND', 'STATUS'], ctx.requests, undefined],
    ['caseStats by site, the whole year', YEAR, ['SITE'], 5, undefined],
    // The same question answered from every case (`exact: true`): what the rollups save.
    [
      'caseStats by month × department, the whole year, exact',
      { ...YEAR, exact: true },
      ['MONTH', 'DEPARTMENT'],
      3,
      undefined,
    ],
  ];
  const exactYear = await ctx.gql<Figures>(STATS, {
    filter: { ...YEAR, exact: true },
    groupBy: ['MONTH', 'DEPARTMENT'],
  });
  for (const [name, filter, groupBy, n, target] of scenarios) {
    const first = await ctx.gql<Figures>(STATS, { filter, groupBy });
    const count = first.caseStats.totals.count.toLocaleString('en');
    const how = first.caseStats.percentilesExact ? 'exact percentiles' : 'percentiles from the rollups';
    const error =
      name === 'caseStats by month × department, the whole year'
        ? `; largest percentile difference from the exact answer ${(worstPercentileError(first, exactYear) * 100).toFixed(2)} %`
        : '';
    ctx.log(`${name}: ${count} cases in range (${how})`);
    const s = await measure(Math.min(n, ctx.requests), () => ctx.gql(STATS, { filter, groupBy }), n > 5 ? 2 : 0);
    results.push(...latencyResults(name, s, ctx.baseline, target, `${count} cases in range, ${how}${error}`));
  }
  return results;
}
