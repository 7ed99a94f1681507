/**
 * Pagination of `cases` over the generated history (issue 7, §Performance):
 * - a filtered first page (department + status, first: 20): p95 ≤ 20 ms;
 * - deep pagination: page 1,000 reached by cursors is as fast as page 1 (keyset, not offset).
 */
import { type BenchContext, type BenchResult, latencyResults, measure, ratio, stats } from './lib.js';

export const PAGE = `query Page($first: Int!, $after: String, $filter: CaseFilter) {
  cases(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id reference kind status priority title createdAt resolutionDueAt }
  }
}`;

type Page = { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

export const OPEN_CS = { departmentKey: 'customer_service', statuses: ['OPEN', 'ASSIGNED', 'IN_PROGRESS'] };
const CLOSED_FACILITIES = { departmentKey: 'facilities', statuses: ['CLOSED'] };
const DEEP = 1_000;

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const page = (variables: Record<string, unknown>) => ctx.gql<Page>(PAGE, { first: 20, ...variables });

  // The queue view (a department's open cases) is the target; a broad filter (a fifth of all
  // history) is measured too, with fewer samples: it counts every match on each page.
  for (const [label, filter, n] of [
    ['customer service, open statuses', OPEN_CS, ctx.requests],
    ['facilities, closed', CLOSED_FACILITIES, Math.min(ctx.requests, 20)],
  ] as const) {
    const first = await page({ filter });
    ctx.log(`first page (${label}): ${first.cases.totalCount.toLocaleString('en')} cases match`);
    const s = await measure(n, () => page({ filter }), 2);
    results.push(
      ...latencyResults(
        `cases first page, ${label} (first: 20)`,
        s,
        ctx.baseline,
        20,
        `${first.cases.totalCount.toLocaleString('en')} of the list match`,
      ),
    );
  }

  // Walk to page 1,000 by cursors (every analyst-visible case, newest first), then time page 1
  // and page 1,000 alternately so both see the same machine.
  ctx.log(`walking to page ${DEEP} by cursors…`);
  let after: string | null = null;
  let total = 0;
  const walk: number[] = [];
  for (let p = 1; p < DEEP; p++) {
    const t = performance.now();
    const res: Page = await page({ after });
    walk.push(performance.now() - t);
    total = res.cases.totalCount;
    if (!res.cases.pageInfo.hasNextPage) throw new Error(`the list ends at page ${p}: generate a larger scale`);
    after = res.cases.pageInfo.endCursor;
    if (p % 200 === 0) ctx.log(`  page ${p}`);
  }
  const deepCursor = after;
  const one: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < ctx.requests + 10; i++) {
    let t = performance.now();
    await page({});
    if (i >= 10) one.push(performance.now() - t);
    t = performance.now();
    await page({ after: deepCursor });
    if (i >= 10) deep.push(performance.now() - t);
  }
  const s1 = stats(one);
  const sDeep = stats(deep);
  const sWalk = stats(walk);
  results.push(...latencyResults('cases page 1 (all visible, first: 20)', s1, ctx.baseline));
  results.push(...latencyResults(`cases page ${DEEP} by cursor (all visible, first: 20)`, sDeep, ctx.baseline));
  results.push({
    name: `page ${DEEP} ÷ page 1`,
    metric: 'p95 ratio',
    value: ratio(sDeep.p95, s1.p95),
    unit: '×',
    target: '≈ 1 (keyset)',
    pass: ratio(sDeep.p95, s1.p95) <= 1.5,
    note: `p50 ratio ${ratio(sDeep.p50, s1.p50).toFixed(2)}; ${total.toLocaleString('en')} cases visible; walk of ${DEEP - 1} pages p50 ${sWalk.p50.toFixed(1)} ms, p95 ${sWalk.p95.toFixed(1)} ms`,
  });
  return results;
}
