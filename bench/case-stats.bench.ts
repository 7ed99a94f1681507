/**
 * caseStats over the generated history (issue 7, §Performance): grouped by month and department
 * over every case of the year, p95 ≤ 200 ms on SQLite. Also a narrower window and a day grouping,
 * to show how the cost follows the number of cases in range.
 */
import { type BenchContext, type BenchResult, latencyResults, measure } from './lib.js';

const STATS = `query Stats($filter: CaseStatsFilter, $groupBy: [CaseStatsDimension!]!) {
  caseStats(filter: $filter, groupBy: $groupBy) {
    totals { count open overdue medianMinutesToResult p90MinutesToResult resolvedWithinSla }
    groups { period { label } department { key } count medianMinutesToResult p90MinutesToResult resolvedWithinSla }
  }
}`;

// The generated history is the year ending 1 November 2026 (features/demo/scale).
const YEAR = { openedFrom: '2025-11-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };
const QUARTER = { openedFrom: '2026-08-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };
const MONTH = { openedFrom: '2026-10-01T00:00:00Z', openedTo: '2026-11-02T00:00:00Z' };

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const scenarios: [string, Record<string, string>, string[], number, number | undefined][] = [
    ['caseStats by month × department, the whole year', YEAR, ['MONTH', 'DEPARTMENT'], 20, 200],
    ['caseStats by month × department, the last quarter', QUARTER, ['MONTH', 'DEPARTMENT'], 20, undefined],
    ['caseStats by day, the last month', MONTH, ['DAY'], 50, undefined],
  ];
  for (const [name, filter, groupBy, n, target] of scenarios) {
    const first = await ctx.gql<{ caseStats: { totals: { count: number } } }>(STATS, { filter, groupBy });
    ctx.log(`${name}: ${first.caseStats.totals.count} cases in range`);
    const s = await measure(Math.min(n, ctx.requests), () => ctx.gql(STATS, { filter, groupBy }), 2);
    results.push(...latencyResults(name, s, ctx.baseline, target, `${first.caseStats.totals.count} cases in range`));
  }
  return results;
}
