import { CaseStatsDimension } from '../stats.enums.js';

/** A dimension a rollup can keep, with its column. */
export type RollupDimension = 'site' | 'department' | 'kind' | 'status' | 'channel' | 'severity';

/** Each dimension's column: the same name in `case_record` and in `case_rollup`. */
export const DIMENSION_COLUMNS: Record<RollupDimension, string> = {
  site: 'site_code',
  department: 'department_key',
  kind: 'kind',
  status: 'status',
  channel: 'channel',
  severity: 'severity',
};

export interface Cube {
  name: string;
  dims: readonly RollupDimension[];
}

/**
 * The cubes kept, smallest first (a query takes the first that has every dimension it groups
 * or filters by). Status is in each: open counts and the default "not voided" need it. Sizes at
 * scale 100 (1M cases over a year, 200 sites): ds ≈ 7k rows, dks ≈ 18k, cs ≈ 100k, site ≈ 900k
 * (a site filter reads one site's ≈ 4.5k).
 */
export const CUBES: readonly Cube[] = [
  { name: 'ds', dims: ['department', 'status'] },
  { name: 'dks', dims: ['department', 'kind', 'status'] },
  { name: 'cs', dims: ['channel', 'severity', 'department', 'kind', 'status'] },
  { name: 'site', dims: ['site', 'department', 'kind', 'status'] },
];

/** The rollup dimension a `caseStats` grouping needs (none for periods; null: no cube keeps it). */
export function rollupDimensionOf(d: CaseStatsDimension): RollupDimension | 'period' | null {
  switch (d) {
    case CaseStatsDimension.KIND:
      return 'kind';
    case CaseStatsDimension.STATUS:
      return 'status';
    case CaseStatsDimension.DEPARTMENT:
      return 'department';
    case CaseStatsDimension.CHANNEL:
      return 'channel';
    case CaseStatsDimension.SEVERITY:
      return 'severity';
    case CaseStatsDimension.SITE:
      return 'site';
    case CaseStatsDimension.AREA:
      return null;
    default:
      return 'period';
  }
}

/** The smallest cube keeping every dimension asked for, or null. */
export function cubeFor(needed: ReadonlySet<RollupDimension>): Cube | null {
  return CUBES.find((c) => [...needed].every((d) => c.dims.includes(d))) ?? null;
}
