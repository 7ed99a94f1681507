import { EntitySchema } from '@mikro-orm/core';
import { BUCKET_COLUMNS } from './histogram.js';

/**
 * Case figures per local opening day, kept up to date in the transaction that changes a case
 * (rollup.maintain.ts), so `caseStats` over a year of a large company reads a few thousand
 * rows instead of a million cases. Several "cubes" share the table: a cube keeps only some
 * dimensions (the others hold ''), so a query reads the smallest cube that has what it needs.
 * Written and read with plain SQL only (never loaded as entities); declared here so the
 * schema tools know the table.
 */
export interface CaseRollup {
  cube: string;
  /** The IANA zone the day was cut in (the site's, or the default for cases without a site). */
  zone: string;
  /** The local opening date as days since 1970-01-01. */
  day: number;
  siteCode: string;
  departmentKey: string;
  kind: string;
  status: string;
  channel: string;
  severity: string;
  /** Cases opened. */
  cnt: number;
  /** Of those, with a result (resolvedAt set). */
  resolvedN: number;
  /** Of those, with the result within the deadline. */
  inSlaN: number;
  [bucket: `h${number}`]: number;
}

const key = (length: number) => ({ type: 'string', length, primary: true }) as const;
const counter = { type: 'integer', default: 0 } as const;

export const CaseRollupSchema = new EntitySchema<CaseRollup>({
  name: 'CaseRollup',
  tableName: 'case_rollup',
  properties: {
    cube: key(8),
    zone: key(64),
    day: { type: 'integer', primary: true },
    siteCode: key(32),
    departmentKey: key(64),
    kind: key(32),
    status: key(16),
    channel: key(16),
    severity: key(8),
    cnt: counter,
    resolvedN: counter,
    inSlaN: counter,
    ...Object.fromEntries(BUCKET_COLUMNS.map((c) => [c, counter])),
  },
});

/**
 * Which version of the rollups the table holds: rebuilt from the cases at start-up when it is
 * missing or older than ROLLUP_VERSION (new cubes or buckets), and removed when a site's zone
 * changes (its days would be cut differently); without it `caseStats` reads the cases.
 */
export interface CaseRollupState {
  id: number;
  version: number;
  builtAt: Date;
}

export const CaseRollupStateSchema = new EntitySchema<CaseRollupState>({
  name: 'CaseRollupState',
  tableName: 'case_rollup_state',
  properties: {
    id: { type: 'integer', primary: true },
    version: { type: 'integer' },
    builtAt: { type: 'Date' },
  },
});
