import type {
  ChangeSet,
  EntityManager,
  EventSubscriber,
  FlushEventArgs,
  TransactionEventArgs,
  UnitOfWork,
} from '@mikro-orm/core';
import { ChangeSetType } from '@mikro-orm/core';
import { Case } from '../../cases/case.entity.js';
import { Site } from '../../sites/site.entity.js';
import { DEFAULT_TIME_ZONE } from '../stats.common.js';
import { CUBES, DIMENSION_COLUMNS, type RollupDimension } from './cubes.js';
import { bucketColumn, bucketOf } from './histogram.js';
import { localDay } from './zone-days.js';

/** What of a case the rollups count: its dimensions, opening, result and deadline. */
interface Counted {
  site: string | null;
  department: string;
  kind: string;
  status: string;
  channel: string;
  severity: string;
  createdAt: number;
  resolvedAt: number | null;
  dueAt: number | null;
}

/** One rollup row's change: its key and what to add (negative to take away). */
interface Delta {
  key: (string | number)[];
  cnt: number;
  resolved: number;
  inSla: number;
  buckets: Map<number, number>;
}

type Statement = { sql: string; params: unknown[] };

const KEY_COLUMNS = ['cube', 'zone', 'day', ...Object.values(DIMENSION_COLUMNS)];
const DIMENSIONS = Object.keys(DIMENSION_COLUMNS) as RollupDimension[];

/** Milliseconds of a snapshot or entity date (SQLite snapshots hold numbers, PostgreSQL's Dates). */
function ms(v: unknown): number | null {
  if (v == null) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  const t = Date.parse(String(v));
  return Number.isNaN(t) ? null : t;
}

/** A relation's key, from an entity (a reference) or a snapshot (the key itself). */
function keyOf(v: unknown, pk: string): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  const o = v as { unwrap?: () => Record<string, unknown> } & Record<string, unknown>;
  const target = typeof o.unwrap === 'function' ? o.unwrap() : o;
  return target[pk] == null ? null : String(target[pk]);
}

function counted(data: Record<string, unknown>): Counted {
  return {
    site: keyOf(data.site, 'code'),
    department: keyOf(data.department, 'key') ?? '',
    kind: String(data.kind ?? ''),
    status: String(data.status ?? ''),
    channel: String(data.channel ?? ''),
    severity: String(data.severity ?? ''),
    createdAt: ms(data.createdAt) ?? 0,
    resolvedAt: ms(data.resolvedAt),
    dueAt: ms(data.resolutionDueAt),
  };
}

/**
 * Keeps `case_rollup` in step with the cases: for every case a flush creates or changes, the
 * rows of its old state lose it and the rows of its new state gain it, in the same transaction
 * as the change (inside a mutation's transaction at once; for a flush that opens its own, as that
 * transaction starts). Every writer of cases goes through the unit of work, so none is missed;
 * bulk writers that bypass it (the scale generator) rebuild the rollups afterwards.
 */
export class CaseRollupSubscriber implements EventSubscriber {
  private zones: Map<string, string> | null = null;
  private readonly pending = new WeakMap<UnitOfWork, Statement[]>();

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const changes = uow.getChangeSets();
    const sites = changes.filter((cs) => cs.entity instanceof Site) as ChangeSet<Site>[];
    const cases = changes.filter((cs) => cs.entity instanceof Case) as ChangeSet<Case>[];
    if (sites.length === 0 && cases.length === 0) return;
    const ctx = em.getTransactionContext();
    const statements: Statement[] = [];
    for (const cs of sites) {
      if (cs.type === ChangeSetType.UPDATE && 'timeZone' in cs.payload) {
        // Its cases' days would be cut in another zone: the rollups are rebuilt at the next start,
        // and until then `caseStats` reads the cases.
        statements.push({ sql: 'delete from case_rollup_state', params: [] });
        this.zones = null;
      } else if (this.zones) this.zones.set(cs.entity.code, cs.entity.timeZone || DEFAULT_TIME_ZONE);
    }
    if (cases.length) {
      const zones = await this.zonesFor(em, ctx, cases);
      const deltas = new Map<string, Delta>();
      for (const cs of cases) {
        if (cs.type === ChangeSetType.UPDATE || cs.type === ChangeSetType.UPDATE_EARLY) {
          this.add(deltas, counted(cs.originalEntity as Record<string, unknown>), -1, zones);
        } else if (cs.type !== ChangeSetType.CREATE) continue;
        this.add(deltas, counted(cs.entity as unknown as Record<string, unknown>), 1, zones);
      }
      const rows = [...deltas.values()]
        .filter((d) => d.cnt || d.resolved || d.inSla || [...d.buckets.values()].some((n) => n))
        .sort((a, b) => (a.key.join('\u0000') < b.key.join('\u0000') ? -1 : 1));
      statements.push(...rows.map(upsert));
    }
    if (statements.length === 0) return;
    if (em.isInTransaction()) await run(em, statements, ctx);
    else this.pending.set(uow, statements);
  }

  /** A flush outside a transaction opens its own: the changes go into it before the cases do. */
  async afterTransactionStart({ em, uow, transaction }: TransactionEventArgs): Promise<void> {
    if (!uow) return;
    const statements = this.pending.get(uow);
    if (!statements) return;
    this.pending.delete(uow);
    await run(em, statements, transaction);
  }

  private async zonesFor(em: EntityManager, ctx: unknown, cases: ChangeSet<Case>[]): Promise<Map<string, string>> {
    const codes = cases.flatMap((cs) => [
      keyOf((cs.originalEntity as Record<string, unknown> | undefined)?.site, 'code'),
      keyOf(cs.entity.site, 'code'),
    ]);
    if (!this.zones || codes.some((c) => c && !this.zones?.has(c))) {
      const rows = (await em.getConnection('write').execute('select code, time_zone from site', [], 'all', ctx)) as {
        code: string;
        time_zone: string;
      }[];
      this.zones = new Map(rows.map((r) => [r.code, r.time_zone || DEFAULT_TIME_ZONE]));
      for (const cs of cases) {
        const site = cs.entity.site?.unwrap();
        if (site && !this.zones.has(site.code)) this.zones.set(site.code, site.timeZone || DEFAULT_TIME_ZONE);
      }
    }
    return this.zones;
  }

  private add(deltas: Map<string, Delta>, c: Counted, sign: 1 | -1, zones: Map<string, string>): void {
    const zone = (c.site && zones.get(c.site)) || DEFAULT_TIME_ZONE;
    const day = localDay(new Date(c.createdAt), zone);
    const values: Record<RollupDimension, string> = {
      site: c.site ?? '',
      department: c.department,
      kind: c.kind,
      status: c.status,
      channel: c.channel,
      severity: c.severity,
    };
    const resolved = c.resolvedAt != null;
    const inSla = resolved && c.dueAt != null && (c.resolvedAt as number) <= c.dueAt;
    const bucket = resolved ? bucketOf((c.resolvedAt as number) - c.createdAt) : null;
    for (const cube of CUBES) {
      const key = [cube.name, zone, day, ...DIMENSIONS.map((d) => (cube.dims.includes(d) ? values[d] : ''))];
      const id = key.join('\u0000');
      let d = deltas.get(id);
      if (!d) {
        d = { key, cnt: 0, resolved: 0, inSla: 0, buckets: new Map() };
        deltas.set(id, d);
      }
      d.cnt += sign;
      if (resolved) d.resolved += sign;
      if (inSla) d.inSla += sign;
      if (bucket != null) d.buckets.set(bucket, (d.buckets.get(bucket) ?? 0) + sign);
    }
  }
}

function upsert(d: Delta): Statement {
  const buckets = [...d.buckets].filter(([, n]) => n !== 0);
  const counters = ['cnt', 'resolved_n', 'in_sla_n', ...buckets.map(([k]) => bucketColumn(k))];
  const columns = [...KEY_COLUMNS, ...counters];
  const sql =
    `insert into case_rollup (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) ` +
    `on conflict (${KEY_COLUMNS.join(', ')}) do update set ` +
    counters.map((c) => `${c} = case_rollup.${c} + excluded.${c}`).join(', ');
  return { sql, params: [...d.key, d.cnt, d.resolved, d.inSla, ...buckets.map(([, n]) => n)] };
}

async function run(em: EntityManager, statements: Statement[], ctx: unknown) {
  const connection = em.getConnection('write');
  for (const s of statements) await connection.execute(s.sql, s.params, 'run', ctx);
}
