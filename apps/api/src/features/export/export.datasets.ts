import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/knex';
import type { PermissionCode } from '@steward/schema';
import { attendanceReadFilter } from '../attendance/attendance.access.js';
import { auditScope } from '../audit/audit.access.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import type { CaseKind } from '../cases/case.enums.js';
import { caseKinds } from '../cases/case.kinds.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { INCIDENT_KINDS } from '../incidents/incident.kind.js';
import { patrolRecordFilter } from '../patrols/patrol.access.js';
import { PatrolScan } from '../patrols/patrol.entity.js';
import { attendanceStatus } from '../shifts/attendance-status.js';
import { ShiftMember } from '../shifts/shift.entity.js';
import { blobRowClass, rowsOfWindow, windowOfBytes } from './export.bytes.js';
import {
  boolean,
  type ExportColumn,
  ExportFormat,
  gid,
  integer,
  json,
  jsonObjectWriter,
  plain,
  RawJson,
  ExportColumnType as T,
  timestamp,
  toDate,
} from './export.format.js';
import { jsonArraySql, type Row, type SnapshotReader, type Statement } from './export.snapshot.js';

export type ExportFilterName = 'from' | 'to' | 'siteCode' | 'departmentKey';

/** The filters of one export, validated (the route answers 400 for anything else). */
export interface ExportFilter {
  from: Date;
  to: Date;
  siteCode: string | null;
  departmentKey: string | null;
}

export interface ExportRun {
  em: EntityManager;
  viewer: Viewer;
  filter: ExportFilter;
  format: ExportFormat;
  reader: SnapshotReader;
  /** The instant the export began: statuses that depend on "now" (attendance) are as of then. */
  now: Date;
  /**
   * Read the rows as bytes (BlobRow, export.bytes.ts) for the CSV byte writer: set by the route
   * for a CSV export from SQLite whose columns are all plain. Rows read so work for any JS too.
   */
  bytes?: boolean;
}

export interface ExportDataset {
  name: string;
  description: string;
  /** What `from`/`to` apply to, for the discovery query. */
  timeColumn: string;
  filters: readonly ExportFilterName[];
  columns: readonly ExportColumn[];
  /** Whether the viewer may export it at all: the read permission of the same GraphQL query. */
  mayExport(viewer: Viewer): boolean;
  /**
   * Batches of rows in keyset order, read from the snapshot: each column's `value` reads its
   * cell from a row (the route formats them straight into CSV or NDJSON lines).
   */
  rows(run: ExportRun): AsyncGenerator<Row[]>;
}

/**
 * Keys per window when rows are read through an access filter (two statements a window, the
 * keys bound into the second): big enough that per-query overhead vanishes, small enough to hold.
 */
export const EXPORT_BATCH = 2000;
/**
 * Rows per window when nothing filters them (a company-wide reader, no siteCode or
 * departmentKey): one statement walks the (time, id) index. Small enough that a window's
 * garbage dies young (measured over 100k cases: peak RSS 245 MB at 1,000 rows a window, 275 MB at
 * 2,000, 374 MB at 5,000, for the same speed); a statement costs about what a few rows do.
 */
export const EXPORT_WINDOW = 1000;

const ALL_FILTERS: readonly ExportFilterName[] = ['from', 'to', 'siteCode', 'departmentKey'];

// ---- building statements ----------------------------------------------------------------------

/** `(k1, k2, …) > (v1, v2, …)` spelt out with OR/AND (portable), for keys given as `alias.property`. */
function after(keys: readonly string[], values: readonly unknown[]): FilterQuery<object> {
  const branches = keys.map((key, i) => {
    const cond: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) cond[keys[j] as string] = values[j];
    cond[key] = { $gt: values[i] };
    return cond;
  });
  // The redundant `k1 >= v1` lets the planner seek to the last key instead of scanning the range
  // from its start at every batch (an OR alone is no index range: quadratic over a million rows).
  return { $and: [{ [keys[0] as string]: { $gte: values[0] } }, { $or: branches }] } as FilterQuery<object>;
}

function statementOf(qb: { getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } } }): Statement {
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, bindings };
}

function qbOf<E extends object>(em: EntityManager, entity: new (...a: never[]) => E, alias: string): QueryBuilder<E> {
  return (em as SqlEntityManager).createQueryBuilder(entity, alias) as QueryBuilder<E>;
}

/** Whether a filter holds no condition at all (`{}`, or an `$and` of such). */
function unconditional(filter: unknown): boolean {
  if (filter === null || filter === undefined) return true;
  if (typeof filter !== 'object' || Array.isArray(filter)) return false;
  const entries = Object.entries(filter);
  return entries.every(([key, value]) => key === '$and' && Array.isArray(value) && value.every(unconditional));
}

interface WindowSpec<E extends object> {
  entity: new (...a: never[]) => E;
  alias: string;
  time: { property: string; column: string };
  /** `alias.column [as name]`; holds `alias.id` and `alias.<time column>` (the keyset). */
  select: readonly string[];
  /** The conditions besides the time range: the access filter and the export's filters. */
  where: readonly FilterQuery<E>[];
  /** Adds the joins the select list reads. */
  join(qb: QueryBuilder<E>): QueryBuilder<E>;
  /** The rows of a window's keys through `where` (two-step windows); default: `join`, `id in`, `where`. */
  rowsOf?(ids: string[], packedSelect: unknown): Statement;
}

/**
 * Keyset windows over an index on (time, id), read from the snapshot.
 *
 * Nothing to filter (a company-wide reader, no siteCode or departmentKey): one statement a window,
 * `… where time in range and (time, id) > last order by time, id limit n`, a walk along the index.
 *
 * Otherwise two steps: each window first takes the next `EXPORT_BATCH` keys in the time range
 * (index only), then reads those rows through the filter. The filter's ORs (kinds, departments,
 * involvement) never steer the planner away from the time index, and a viewer who sees 1% of the
 * rows costs one index scan, not a sort per batch.
 */
async function* windowed<E extends object>(run: ExportRun, spec: WindowSpec<E>): AsyncGenerator<Row[]> {
  const { entity, alias, time } = spec;
  if (!spec.select.includes(`${alias}.id`) || !spec.select.includes(`${alias}.${time.column}`))
    throw new Error(`the select list of ${alias} lacks its keyset`);
  const pack = packed(run.em, spec.select, run.bytes ? { time: `${alias}.${time.column}`, id: `${alias}.id` } : null);
  const timeKey = `${alias}.${time.property}`;
  const idKey = `${alias}.id`;
  const range = { [timeKey]: { $gte: run.filter.from, $lt: run.filter.to } };
  const order = { [timeKey]: 'asc', [idKey]: 'asc' } as never;
  // After the first window the range's lower bound is left out: the keyset's own (time ≥ last)
  // implies it, and with both SQLite seeks to the range's start, not to the last key — every
  // window then scans all the ones before it (measured: 120 ms a window at the end of a 1M year).
  const from = (last: { time: unknown; id: unknown } | null) =>
    (last
      ? { $and: [{ [timeKey]: { $lt: run.filter.to } }, after([timeKey, idKey], [toDate(last.time), last.id])] }
      : range) as FilterQuery<E>;

  if (spec.where.every(unconditional)) {
    let last: { time: unknown; id: unknown } | null = null;
    for (;;) {
      const qb = spec
        .join(qbOf(run.em, entity, alias).select(pack.select as never))
        .where(from(last))
        .orderBy(order)
        .limit(EXPORT_WINDOW);
      const rows = await pack.read(run.reader, statementOf(qb));
      const end = rows[rows.length - 1];
      if (rows.length) yield rows;
      if (rows.length < EXPORT_WINDOW || !end) return;
      last = { time: end[time.column], id: end.id };
    }
  }

  const rowsOf =
    spec.rowsOf ??
    ((ids: string[], packedSelect: unknown) =>
      statementOf(
        spec
          .join(qbOf(run.em, entity, alias).select(packedSelect as never))
          .where({ $and: [{ id: { $in: ids } }, ...spec.where] } as FilterQuery<E>)
          .orderBy(order),
      ));
  const windows = run.reader.batches((last) => {
    const qb = qbOf(run.em, entity, alias)
      .select([`${idKey} as k_id`, `${alias}.${time.column} as k_time`])
      .where(from(last ? { time: last.k_time, id: last.k_id } : null))
      .orderBy(order)
      .limit(EXPORT_BATCH);
    return statementOf(qb);
  }, EXPORT_BATCH);
  for await (const keys of windows) {
    const rows = await pack.read(
      run.reader,
      rowsOf(
        keys.map((k) => String(k.k_id)),
        pack.select,
      ),
    );
    if (rows.length) yield rows;
  }
}

/**
 * A select list (`alias.column` or `alias.column as name`) packed into one JSON column `r`, and
 * unpacked into rows keyed by name (see jsonArraySql: the drivers are slow per cell).
 *
 * A row keeps the parsed array and reads a name through a getter of its class, made once per
 * select list: no per-row copy into 40 keyed properties (the bulk of an export's time and garbage
 * when done per row). Properties set later (a timeline, a computed status) are the row's own.
 *
 * With `bytes` (SQLite, for the CSV byte writer), `read` takes a whole window as one blob of its
 * rows' JSON (export.bytes.ts windowOfBytes: one Buffer a window, not one a row, which the driver
 * makes at a microsecond or two each); its rows are BlobRows over it, parsed when JS reads them.
 * `select` then adds the keyset the window is ordered by, as `k_time` and `k_id`.
 */
function packed(em: EntityManager, select: readonly string[], bytes: { time: string; id: string } | null = null) {
  const parts = select.map((s) => {
    const [expr, name] = s.split(' as ') as [string, string | undefined];
    return { expr, name: name ?? (expr.split('.').pop() as string) };
  });
  class PackedRow {
    constructor(readonly values: readonly unknown[]) {}
  }
  parts.forEach(({ name }, i) => {
    Object.defineProperty(PackedRow.prototype, name, {
      get(this: PackedRow) {
        return this.values[i];
      },
      enumerable: true,
    });
  });
  const sql = raw(
    `${jsonArraySql(
      em,
      parts.map((p) => p.expr),
    )} as r`,
  );
  const unpack = (rows: Row[]): Row[] => {
    const out: Row[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = (rows[i] as Row).r;
      // JSON text from SQLite; node-postgres has already parsed PostgreSQL's json.
      out[i] = new PackedRow((typeof r === 'string' ? JSON.parse(r) : r) as unknown[]) as unknown as Row;
    }
    return out;
  };
  if (!bytes)
    return {
      sql,
      unpack,
      select: sql,
      read: async (reader: SnapshotReader, s: Statement) => unpack(await reader.all(s)),
    };
  const Blob = blobRowClass(parts.map((p) => p.name));
  return {
    sql,
    unpack,
    select: [sql, `${bytes.time} as k_time`, `${bytes.id} as k_id`],
    read: async (reader: SnapshotReader, s: Statement) =>
      rowsOfWindow(Blob, await reader.all(windowOfBytes(s))) as unknown as Row[],
  };
}

// ---- cases, their timelines and the incidents ----------------------------------------------

/** Any case kind's read grant (asked late: kinds register themselves as their modules load). */
const mayReadCases = (viewer: Viewer) =>
  caseKinds().some((k) => viewer.grants.has(`${k.resource}.read` as PermissionCode));

function caseWhere(viewer: Viewer, f: ExportFilter, kinds?: readonly CaseKind[]): FilterQuery<Case> {
  const where: FilterQuery<Case>[] = [caseReadFilter(viewer)];
  if (kinds) where.push({ kind: { $in: [...kinds] } });
  // As `cases(filter: { departmentKey, siteCode })` reads them.
  if (f.departmentKey) where.push({ $or: [{ department: f.departmentKey }, { holderDepartment: f.departmentKey }] });
  if (f.siteCode) where.push({ site: f.siteCode });
  return { $and: where };
}

const CASE_SELECT = [
  'c.id',
  'c.reference',
  'c.kind',
  'c.status',
  'c.channel',
  'c.severity',
  'c.priority',
  'c.title',
  'c.description',
  'c.site_code',
  'c.unit_id',
  'c.area',
  'c.department_key',
  'c.holder_department_key',
  'c.on_behalf_of_key',
  'c.reporter_customer_id',
  'c.reporter_staff_id',
  'c.reporter_name',
  'c.reporter_phone',
  'c.received_by_id',
  'c.assignee_id',
  'c.holder_id',
  'c.escalated_to_id',
  'c.escalated_at',
  'c.beyond_authority',
  'c.awaiting_acknowledgement',
  'c.created_at',
  'c.response_due_at',
  'c.resolution_due_at',
  'c.responded_at',
  'c.resolved_at',
  'c.closed_at',
  'c.result',
  'c.satisfaction',
  'c.feedback',
  'c.void_reason',
  'c.updated_at',
];

/** The cases of the filter, in (createdAt, id) order, a batch at a time. */
function caseBatches(run: ExportRun, select: readonly string[], kinds?: readonly CaseKind[]) {
  const where = caseWhere(run.viewer, run.filter, kinds);
  const join = (qb: QueryBuilder<Case>) => {
    if (select.includes('a.name as assignee_name')) qb.leftJoin('c.assignee', 'a');
    if (select.includes('h.name as holder_name')) qb.leftJoin('c.holder', 'h');
    return qb;
  };
  return windowed(run, {
    entity: Case,
    alias: 'c',
    time: { property: 'createdAt', column: 'created_at' },
    select,
    where: [where],
    join,
    rowsOf: (ids, packedSelect) => {
      // The window's rows first (a subquery with a LIMIT is never flattened), then the access filter
      // on those: otherwise, with no statistics, SQLite prefers an OR of the filter's indexes over
      // the whole table to the 2,000 primary keys.
      const window = qbOf(run.em, Case, 'c')
        .select('*')
        .where({ id: { $in: ids } })
        .limit(ids.length);
      const qb = join(
        qbOf(run.em, Case, 'c')
          .from(window, 'c')
          .select(packedSelect as never),
      );
      qb.where({ $and: [{ id: { $in: ids } }, where] }).orderBy({ createdAt: 'asc', id: 'asc' });
      return statementOf(qb);
    },
  });
}

const EVENT_COLUMNS: ExportColumn[] = [
  plain('id', T.ID, 'id', 'The event’s global ID.', 'CaseEvent'),
  plain('seq', T.INTEGER, 'seq', 'Its place in the case’s timeline (1, 2, …).'),
  plain('type', T.STRING, 'type', 'What happened: OPENED, ASSIGNED, REFERRED, RESOLVED …'),
  plain('at', T.TIMESTAMP, 'at', 'When (ISO-8601, UTC).'),
  plain('actorId', T.ID, 'actor_id', 'Who did it: a Staff global ID.', 'Staff'),
  plain('actorName', T.STRING, 'actor_name', 'Their name at the time.'),
  plain('note', T.STRING, 'note', 'What they wrote: comment, result, reason.'),
  {
    name: 'data',
    type: T.JSON,
    description: 'Structured particulars (status change, referral or escalation target).',
    value: (r) => json(r.data),
  },
];

const eventJson = jsonObjectWriter(EVENT_COLUMNS);

/** The timelines of a batch of cases, grouped by case, each in order. */
async function timelinesOf(run: ExportRun, caseIds: readonly string[]): Promise<Map<string, Row[]>> {
  const byCase = new Map<string, Row[]>();
  if (!caseIds.length) return byCase;
  const pack = packed(run.em, [
    'e.id',
    'e.case_id',
    'e.seq',
    'e.type',
    'e.at',
    'e.actor_id',
    'e.actor_name',
    'e.note',
    'e.data',
  ]);
  const qb = qbOf(run.em, CaseEvent, 'e')
    .select(pack.sql)
    .where({ case: { $in: [...caseIds] } })
    .orderBy({ case: 'asc', seq: 'asc' });
  for (const row of pack.unpack(await run.reader.all(statementOf(qb)))) {
    const key = String(row.case_id);
    const list = byCase.get(key);
    if (list) list.push(row);
    else byCase.set(key, [row]);
  }
  return byCase;
}

const caseColumn = {
  id: plain('id', T.ID, 'id', 'The case’s global ID (as in GraphQL).', 'Case'),
  reference: plain('reference', T.STRING, 'reference', 'Reference people quote, e.g. TS-20261126-0042.'),
  kind: plain('kind', T.STRING, 'kind', 'CaseKind: COMPLAINT, REPAIR, FIRE …'),
  status: plain('status', T.STRING, 'status', 'CaseStatus: OPEN … CLOSED, VOIDED.'),
  severity: plain('severity', T.STRING, 'severity', 'GENERAL or MAJOR.'),
  title: plain('title', T.STRING, 'title', 'A one-line summary.'),
  description: plain('description', T.STRING, 'description', 'What the reporter said, in full.'),
  siteCode: plain('siteCode', T.STRING, 'site_code', 'The site’s code.'),
  area: plain('area', T.STRING, 'area', 'Where, when not a unit.'),
  departmentKey: plain('departmentKey', T.STRING, 'department_key', 'The department whose queue it is in.'),
  holderDepartmentKey: plain(
    'holderDepartmentKey',
    T.STRING,
    'holder_department_key',
    'The department of whoever holds it after a referral.',
  ),
  holderId: plain('holderId', T.ID, 'holder_id', 'Who holds it now (Staff global ID).', 'Staff'),
  createdAt: plain('createdAt', T.TIMESTAMP, 'created_at', 'When it was recorded (ISO-8601, UTC).'),
  resolvedAt: plain('resolvedAt', T.TIMESTAMP, 'resolved_at', 'When the result was written.'),
  closedAt: plain('closedAt', T.TIMESTAMP, 'closed_at', 'When it was closed.'),
  result: plain('result', T.STRING, 'result', 'The result (事事有结果).'),
  updatedAt: plain('updatedAt', T.TIMESTAMP, 'updated_at', 'When it last changed.'),
} satisfies Record<string, ExportColumn>;

const CASE_COLUMNS: ExportColumn[] = [
  caseColumn.id,
  caseColumn.reference,
  caseColumn.kind,
  caseColumn.status,
  plain('channel', T.STRING, 'channel', 'How it reached us: DESK_VISIT, PHONE, PATROL …'),
  caseColumn.severity,
  plain('priority', T.STRING, 'priority', 'LOW, NORMAL, HIGH or URGENT.'),
  caseColumn.title,
  caseColumn.description,
  caseColumn.siteCode,
  plain('unitId', T.ID, 'unit_id', 'The unit it is about (Unit global ID).', 'Unit'),
  caseColumn.area,
  caseColumn.departmentKey,
  caseColumn.holderDepartmentKey,
  plain('onBehalfOfKey', T.STRING, 'on_behalf_of_key', 'Taken for another department (SL-2): its key.'),
  plain('reporterCustomerId', T.ID, 'reporter_customer_id', 'The reporting customer (Customer global ID).', 'Customer'),
  plain('reporterStaffId', T.ID, 'reporter_staff_id', 'The reporting member of staff (Staff global ID).', 'Staff'),
  plain('reporterName', T.STRING, 'reporter_name', 'The reporter’s name when not on file.'),
  plain('reporterPhone', T.STRING, 'reporter_phone', 'A number to call the reporter back on.'),
  plain('receivedById', T.ID, 'received_by_id', 'Who recorded it (Staff global ID).', 'Staff'),
  plain('assigneeId', T.ID, 'assignee_id', 'Assigned to (Staff global ID).', 'Staff'),
  plain('assigneeName', T.STRING, 'assignee_name', 'Assigned to: their name.'),
  caseColumn.holderId,
  plain('holderName', T.STRING, 'holder_name', 'Held by: their name.'),
  plain('escalatedToId', T.ID, 'escalated_to_id', 'Escalated to (Staff global ID).', 'Staff'),
  plain('escalatedAt', T.TIMESTAMP, 'escalated_at', 'When it was escalated.'),
  plain('beyondAuthority', T.BOOLEAN, 'beyond_authority', 'Marked beyond the handler’s authority (CS-7).'),
  plain('awaitingAcknowledgement', T.BOOLEAN, 'awaiting_acknowledgement', 'Referred and not yet acknowledged.'),
  caseColumn.createdAt,
  plain('responseDueAt', T.TIMESTAMP, 'response_due_at', 'First response due by.'),
  plain('resolutionDueAt', T.TIMESTAMP, 'resolution_due_at', 'Result due by.'),
  plain('respondedAt', T.TIMESTAMP, 'responded_at', 'When someone first responded.'),
  caseColumn.resolvedAt,
  caseColumn.closedAt,
  caseColumn.result,
  plain('satisfaction', T.INTEGER, 'satisfaction', 'Satisfaction on the return visit, 1–5.'),
  plain('feedback', T.STRING, 'feedback', 'The customer’s remark on the return visit.'),
  plain('voidReason', T.STRING, 'void_reason', 'Why it was voided.'),
  caseColumn.updatedAt,
  {
    name: 'timeline',
    type: T.JSON,
    description:
      'NDJSON only: the timeline, oldest first — objects with the columns of the case-events dataset but caseId and caseReference.',
    formats: [ExportFormat.NDJSON],
    value: (r) => r.timeline ?? [],
  },
];

const casesDataset: ExportDataset = {
  name: 'cases',
  description:
    'Every case you may read opened in the range (createdAt), oldest first. NDJSON nests each case’s timeline; CSV has one row per case (the timelines are the case-events dataset).',
  timeColumn: 'createdAt',
  filters: ALL_FILTERS,
  columns: CASE_COLUMNS,
  mayExport: mayReadCases,
  async *rows(run) {
    const select = [...CASE_SELECT, 'a.name as assignee_name', 'h.name as holder_name'];
    for await (const rows of caseBatches(run, select)) {
      if (run.format === ExportFormat.NDJSON) {
        const timelines = await timelinesOf(
          run,
          rows.map((r) => String(r.id)),
        );
        // Written here as JSON text (what the event records would stringify to), once per event.
        for (const r of rows) {
          const events = timelines.get(String(r.id));
          r.timeline = new RawJson(events ? `[${events.map(eventJson).join(',')}]` : '[]');
        }
      }
      yield rows;
    }
  },
};

const CASE_EVENT_COLUMNS: ExportColumn[] = [
  plain('caseId', T.ID, 'case_id', 'The case’s global ID.', 'Case'),
  // Copied onto each event from its case (not selected with the event).
  { name: 'caseReference', type: T.STRING, description: 'The case’s reference.', value: (r) => r.case_reference },
  ...EVENT_COLUMNS,
];

const caseEventsDataset: ExportDataset = {
  name: 'case-events',
  description:
    'The timelines of the cases the cases dataset gives for the same filters (cases opened in the range), one row per entry, by case then in order.',
  timeColumn: 'case createdAt',
  filters: ALL_FILTERS,
  columns: CASE_EVENT_COLUMNS,
  mayExport: casesDataset.mayExport,
  async *rows(run) {
    for await (const cases of caseBatches(run, ['c.id', 'c.reference', 'c.created_at'])) {
      const timelines = await timelinesOf(
        run,
        cases.map((c) => String(c.id)),
      );
      const rows: Row[] = [];
      for (const c of cases)
        for (const e of timelines.get(String(c.id)) ?? []) {
          e.case_reference = c.reference;
          rows.push(e);
        }
      if (rows.length) yield rows;
    }
  },
};

interface IncidentDetailsRow {
  occurredAt?: string;
  areaId?: string | null;
  involvedPeople?: string | null;
  vehicles?: string | null;
  actionsTaken?: string | null;
  losses?: string | null;
  authorities?: { authority: string; notifiedAt: string; reference: string | null }[];
  reportDeadlineMinutes?: number;
  reportDelayMinutes?: number;
}
// Nine columns read the details of the row being written: parsed once per row, not per column.
let detailsOf: { row: Row; details: IncidentDetailsRow } | null = null;
function details(r: Row): IncidentDetailsRow {
  if (detailsOf?.row !== r) detailsOf = { row: r, details: (json(r.details) ?? {}) as IncidentDetailsRow };
  return detailsOf.details;
}

const INCIDENT_COLUMNS: ExportColumn[] = [
  caseColumn.id,
  caseColumn.reference,
  caseColumn.kind,
  caseColumn.status,
  caseColumn.severity,
  caseColumn.title,
  caseColumn.description,
  caseColumn.siteCode,
  caseColumn.area,
  caseColumn.departmentKey,
  caseColumn.holderId,
  {
    name: 'occurredAt',
    type: T.TIMESTAMP,
    description: 'When it happened (createdAt is when it was reported).',
    value: (r) => timestamp(details(r).occurredAt),
  },
  caseColumn.createdAt,
  {
    name: 'areaId',
    type: T.ID,
    description: 'The area it happened in (Area global ID).',
    value: (r) => gid('Area')(details(r).areaId),
  },
  {
    name: 'involvedPeople',
    type: T.STRING,
    description: 'People involved: names, injuries.',
    value: (r) => details(r).involvedPeople ?? null,
  },
  {
    name: 'vehicles',
    type: T.STRING,
    description: 'Vehicles involved: plates.',
    value: (r) => details(r).vehicles ?? null,
  },
  {
    name: 'actionsTaken',
    type: T.STRING,
    description: 'Actions taken.',
    value: (r) => details(r).actionsTaken ?? null,
  },
  { name: 'losses', type: T.STRING, description: 'Losses and damage.', value: (r) => details(r).losses ?? null },
  {
    name: 'authorities',
    type: T.JSON,
    description: 'Authorities told, in order: [{authority, notifiedAt, reference}].',
    value: (r) => details(r).authorities ?? [],
  },
  {
    name: 'reportDeadlineMinutes',
    type: T.INTEGER,
    description: 'The reporting deadline in force (P7, or P8 for a fire), minutes.',
    value: (r) => integer(details(r).reportDeadlineMinutes),
  },
  {
    name: 'reportDelayMinutes',
    type: T.INTEGER,
    description: 'Minutes from occurrence to report.',
    value: (r) => integer(details(r).reportDelayMinutes),
  },
  {
    name: 'reportedLate',
    type: T.BOOLEAN,
    description: 'Reported later than its deadline (C8, C9).',
    value: (r) => {
      const d = details(r);
      return d.reportDelayMinutes === undefined || d.reportDeadlineMinutes === undefined
        ? null
        : d.reportDelayMinutes > d.reportDeadlineMinutes;
    },
  },
  caseColumn.resolvedAt,
  caseColumn.closedAt,
  caseColumn.result,
  caseColumn.updatedAt,
];

const incidentsDataset: ExportDataset = {
  name: 'incidents',
  description:
    'The incident cases you may read (public order, fire, vehicle accident, criminal, equipment failure, other) reported in the range, with their details (R16).',
  timeColumn: 'createdAt',
  filters: ALL_FILTERS,
  columns: INCIDENT_COLUMNS,
  mayExport: (viewer) => viewer.grants.has('incident.read'),
  rows(run) {
    return caseBatches(run, [...CASE_SELECT, 'c.details'], INCIDENT_KINDS);
  },
};

// ---- patrol scans ---------------------------------------------------------------------------

const SCAN_COLUMNS: ExportColumn[] = [
  plain('id', T.ID, 'id', 'The scan’s global ID.', 'PatrolScan'),
  plain('scannedAt', T.TIMESTAMP, 'scanned_at', 'When (ISO-8601, UTC).'),
  plain('method', T.STRING, 'method', 'CODE (its QR code scanned) or LIST (picked from the list).'),
  plain('siteCode', T.STRING, 'site_code', 'The checkpoint’s site.'),
  plain('departmentKey', T.STRING, 'department_key', 'The department of the shift patrolled.'),
  plain('shiftId', T.ID, 'shift_id', 'The shift (Shift global ID).', 'Shift'),
  plain('roundId', T.ID, 'round_id', 'The round (PatrolRound global ID).', 'PatrolRound'),
  plain('checkpointId', T.ID, 'checkpoint_id', 'The checkpoint (Checkpoint global ID).', 'Checkpoint'),
  plain('checkpointName', T.STRING, 'checkpoint_name', 'The checkpoint’s name.'),
  plain('areaId', T.ID, 'area_id', 'The area when scanned (Area global ID).', 'Area'),
  plain('areaNameZh', T.STRING, 'area_name_zh', 'The area’s Chinese name.'),
  plain('areaNameEn', T.STRING, 'area_name_en', 'The area’s English name.'),
  plain('patrollerId', T.ID, 'patroller_id', 'Who scanned (Staff global ID).', 'Staff'),
  plain('patrollerName', T.STRING, 'patroller_name', 'Their name.'),
  plain('observation', T.STRING, 'observation', 'What was seen (SL-4).'),
  plain('caseId', T.ID, 'case_id', 'The case opened for an anomaly found here (Case global ID).', 'Case'),
];

const SCAN_SELECT = [
  's.id',
  's.scanned_at',
  's.method',
  's.observation',
  's.case_id',
  's.shift_id',
  's.round_id',
  's.checkpoint_id',
  's.area_id',
  's.patroller_id',
  'cp.name as checkpoint_name',
  'cp.site_code as site_code',
  'ar.name_zh as area_name_zh',
  'ar.name_en as area_name_en',
  'p.name as patroller_name',
  'sh.department_key as department_key',
];

const patrolScansDataset: ExportDataset = {
  name: 'patrol-scans',
  description: 'Every patrol scan you may read made in the range (scannedAt), oldest first.',
  timeColumn: 'scannedAt',
  filters: ALL_FILTERS,
  columns: SCAN_COLUMNS,
  mayExport: (viewer) => viewer.grants.has('patrol.read'),
  rows(run) {
    const reach = patrolRecordFilter(run.viewer) ?? { id: null };
    const f = run.filter;
    const where: FilterQuery<PatrolScan>[] = [reach as FilterQuery<PatrolScan>];
    // As `patrolScans(filter: { siteCode })`: the checkpoint's site; the department is the shift's.
    if (f.siteCode) where.push({ checkpoint: { site: f.siteCode } });
    if (f.departmentKey) where.push({ shift: { department: f.departmentKey } });
    return windowed(run, {
      entity: PatrolScan,
      alias: 's',
      time: { property: 'scannedAt', column: 'scanned_at' },
      select: SCAN_SELECT,
      where,
      join: (qb) => qb.join('s.checkpoint', 'cp').join('s.area', 'ar').join('s.patroller', 'p').join('s.shift', 'sh'),
    });
  },
};

async function* mapBatches(batches: AsyncGenerator<Row[]>, map: (rows: Row[]) => Row[]): AsyncGenerator<Row[]> {
  for await (const rows of batches) yield map(rows);
}

// ---- attendance ---------------------------------------------------------------------------

const ATTENDANCE_COLUMNS: ExportColumn[] = [
  plain('id', T.ID, 'id', 'The rostered place’s global ID (ShiftMember).', 'ShiftMember'),
  plain('shiftId', T.ID, 'shift_id', 'The shift (Shift global ID).', 'Shift'),
  plain('shiftDate', T.STRING, 'shift_date', 'The shift’s date in its site’s time zone (YYYY-MM-DD).'),
  plain('shiftStartsAt', T.TIMESTAMP, 'starts_at', 'When the shift starts (ISO-8601, UTC).'),
  plain('shiftEndsAt', T.TIMESTAMP, 'ends_at', 'When it ends.'),
  plain('patternCode', T.STRING, 'pattern_code', 'The shift pattern’s code.'),
  plain('siteCode', T.STRING, 'site_code', 'The shift’s site.'),
  plain('departmentKey', T.STRING, 'department_key', 'The shift’s department.'),
  plain('staffId', T.ID, 'staff_id', 'Who (Staff global ID).', 'Staff'),
  plain('employeeNo', T.STRING, 'employee_no', 'Their employee number.'),
  plain('staffName', T.STRING, 'staff_name', 'Their name.'),
  plain('role', T.STRING, 'role', 'LEADER or OFFICER.'),
  plain('post', T.STRING, 'post', 'The post assigned at the pre-shift meeting.'),
  plain('onLeave', T.BOOLEAN, 'on_leave', 'On leave for this shift.'),
  plain('rollCall', T.STRING, 'roll_call', 'PRESENT or ABSENT at the roll call.'),
  plain('checkInAt', T.TIMESTAMP, 'check_in_at', 'When they checked in.'),
  plain('checkOutAt', T.TIMESTAMP, 'check_out_at', 'When they checked out.'),
  {
    name: 'status',
    type: T.STRING,
    description: 'AttendanceStatus as of the export’s start: ON_TIME, LATE, LEFT_EARLY, ABSENT, ON_LEAVE, EXPECTED …',
    // Computed for each row by the dataset (attendanceStatus).
    value: (r) => r.status,
  },
];

const ATTENDANCE_SELECT = [
  'm.id',
  'm.staff_id',
  'm.role',
  'm.post',
  'm.on_leave',
  'm.roll_call',
  'm.check_in_at',
  'm.check_out_at',
  'sh.id as shift_id',
  'sh.date as shift_date',
  'sh.starts_at as starts_at',
  'sh.ends_at as ends_at',
  'sh.site_code as site_code',
  'sh.department_key as department_key',
  'pt.code as pattern_code',
  'pt.late_grace_minutes as late_grace_minutes',
  'pt.early_leave_grace_minutes as early_leave_grace_minutes',
  'st.name as staff_name',
  'st.employee_no as employee_no',
];

const attendanceDataset: ExportDataset = {
  name: 'attendance',
  description:
    'Every rostered place you may read (attendance, R36) on shifts starting in the range (shiftStartsAt), in order of the shifts.',
  timeColumn: 'shiftStartsAt',
  filters: ALL_FILTERS,
  columns: ATTENDANCE_COLUMNS,
  mayExport: (viewer) => viewer.grants.has('attendance.read'),
  rows(run) {
    const f = run.filter;
    // After the first batch the keyset's own lower bound replaces the range's (see `windowed`).
    const whereFrom = (first: boolean) => {
      const shift: Record<string, unknown> = { startsAt: first ? { $gte: f.from, $lt: f.to } : { $lt: f.to } };
      if (f.siteCode) shift.site = f.siteCode;
      if (f.departmentKey) shift.department = f.departmentKey;
      return { $and: [attendanceReadFilter(run.viewer), { removedAt: null, shift }] } as FilterQuery<ShiftMember>;
    };
    const pack = packed(run.em, ATTENDANCE_SELECT);
    const batches = run.reader.batches((last) => {
      const qb = qbOf(run.em, ShiftMember, 'm')
        .select([pack.sql, 'm.id as k_id', 'sh.starts_at as k_time'])
        .join('m.shift', 'sh')
        .join('sh.pattern', 'pt')
        .join('m.staff', 'st')
        .where(
          last
            ? { $and: [whereFrom(false), after(['sh.startsAt', 'm.id'], [toDate(last.k_time), last.k_id])] }
            : (whereFrom(true) as FilterQuery<object>),
        )
        .orderBy({ 'sh.startsAt': 'asc', 'm.id': 'asc' })
        .limit(EXPORT_BATCH);
      return statementOf(qb);
    }, EXPORT_BATCH);
    return mapBatches(batches, (packedRows) => {
      const rows = pack.unpack(packedRows);
      for (const r of rows) {
        const checkIn = timestamp(r.check_in_at);
        const checkOut = timestamp(r.check_out_at);
        r.status = attendanceStatus(
          {
            onLeave: boolean(r.on_leave) ?? false,
            startsAt: toDate(r.starts_at),
            endsAt: toDate(r.ends_at),
            checkInAt: checkIn ? new Date(checkIn) : null,
            checkOutAt: checkOut ? new Date(checkOut) : null,
            lateGraceMinutes: Number(r.late_grace_minutes),
            earlyLeaveGraceMinutes: Number(r.early_leave_grace_minutes),
          },
          run.now,
        );
      }
      return rows;
    });
  },
};

// ---- audit events -----------------------------------------------------------------------------

const AUDIT_COLUMNS: ExportColumn[] = [
  plain('id', T.ID, 'id', 'The event’s global ID.', 'AuditEvent'),
  plain('occurredAt', T.TIMESTAMP, 'occurred_at', 'When (ISO-8601, UTC).'),
  plain('action', T.STRING, 'action', 'What was done, e.g. case.referred.'),
  plain('actorId', T.ID, 'actor_staff_id', 'Who (Staff global ID).', 'Staff'),
  plain('actorName', T.STRING, 'actor_name', 'Their name at the time.'),
  {
    name: 'viaToken',
    type: T.BOOLEAN,
    description: 'Done with an API token rather than a browser session.',
    value: (r) => r.actor_token_id !== null && r.actor_token_id !== undefined,
  },
  plain('targetType', T.STRING, 'target_type', 'The type of record changed, e.g. Case.'),
  { name: 'targetId', type: T.ID, description: 'The global ID of the record changed.', value: (r) => r.target_id },
  plain('departmentKey', T.STRING, 'department_key', 'The department the record belongs to.'),
  {
    name: 'changes',
    type: T.JSON,
    description: 'Field by field: {"field": {"before": …, "after": …}} (secrets redacted).',
    value: (r) => json(r.changes),
  },
  plain('requestId', T.STRING, 'request_id', 'The request that made the change.'),
  plain('ip', T.STRING, 'ip', 'The client address it came from.'),
];

const AUDIT_SELECT = [
  'e.id',
  'e.occurred_at',
  'e.action',
  'e.actor_staff_id',
  'e.actor_token_id',
  'e.actor_name',
  'e.target_type',
  'e.target_id',
  'e.department_key',
  'e.changes',
  'e.request_id',
  'e.ip',
];

const auditEventsDataset: ExportDataset = {
  name: 'audit-events',
  description: 'The audit trail you may read (audit.read) in the range (occurredAt), oldest first.',
  timeColumn: 'occurredAt',
  filters: ['from', 'to', 'departmentKey'],
  columns: AUDIT_COLUMNS,
  mayExport: (viewer) => auditScope(viewer) !== null,
  rows(run) {
    const scope = auditScope(run.viewer) ?? { id: null };
    const where: FilterQuery<AuditEvent>[] = [scope];
    if (run.filter.departmentKey) where.push({ departmentKey: run.filter.departmentKey });
    return windowed(run, {
      entity: AuditEvent,
      alias: 'e',
      time: { property: 'occurredAt', column: 'occurred_at' },
      select: AUDIT_SELECT,
      where,
      join: (qb) => qb,
    });
  },
};

export const EXPORT_DATASETS: readonly ExportDataset[] = [
  casesDataset,
  caseEventsDataset,
  incidentsDataset,
  patrolScansDataset,
  attendanceDataset,
  auditEventsDataset,
];

export function exportDataset(name: string): ExportDataset | undefined {
  return EXPORT_DATASETS.find((d) => d.name === name);
}
