import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, Priority, Severity } from '../../cases/case.enums.js';
import { caseKind } from '../../cases/case.kinds.js';
import { defaultSla } from '../../cases/sla.defaults.js';
import { DEMO_SITES, DEMO_STAFF } from '../demo.seed.js';
import { BulkWriter, type TableSpec } from './bulk-writer.js';
import { Rng } from './rng.js';
import {
  AREAS,
  COMMENTS,
  CUSTOMER_FEEDBACK,
  GIVEN,
  OBSERVATIONS,
  SITE_KINDS,
  SITE_WORDS,
  SURNAMES,
  TEXT,
  VOID_REASONS,
} from './scale-text.js';

/**
 * Bulk history for benchmarks and analytics (`pnpm seed --scale N`): about 10,000 × N cases over
 * a year, at generated sites with their own staff, shifts, attendance and patrols, written with
 * multi-row INSERTs through knex. Deterministic: the same case count and seed give the same rows
 * (a seeded PRNG, a fixed calendar, ids derived from both). Every row is one the application
 * could have written: statuses follow the timeline, deadlines follow the service levels,
 * references follow the case-sequence rules, and every foreign key holds.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Generated sites are in China: Asia/Shanghai, UTC+8 all year (no daylight saving). */
const TIME_ZONE = 'Asia/Shanghai';
const OFFSET = 8 * HOUR;
/** The history ends at local midnight of 1 November 2026 and covers the year before it. */
export const HISTORY_END = Date.UTC(2026, 9, 31, 16, 0, 0);
export const HISTORY_DAYS = 365;
const HISTORY_START = HISTORY_END - HISTORY_DAYS * DAY;
/** Cases per generated site over the year (≈ 14 a day). */
const CASES_PER_SITE = 5_000;
/** Site codes of generated sites: `BK0001`…; their staff `bk0001-01`…. */
export const BULK_SITE_PREFIX = 'BK';
export const CASES_PER_SCALE = 10_000;
/** Bumped whenever the generator writes different rows for the same arguments (benchmark caches key on it). */
export const GENERATOR_VERSION = 1;
/** No password opens a generated account: history only. */
const NO_PASSWORD = 'disabled$generated-history';

export interface ScaleOptions {
  cases: number;
  seed: number;
  /** Times are bound as milliseconds (SQLite's storage) rather than Date objects. */
  sqlite: boolean;
  /** Progress lines (to stderr in the CLI). */
  progress?: (message: string) => void;
}

export type ScaleSummary = Record<string, number>;

const T = (table: string, columns: string[], parents: TableSpec[] = []): TableSpec => ({ table, columns, parents });
const SITE = T('site', ['code', 'name_zh', 'name_en', 'time_zone', 'created_at']);
const STAFF = T('staff', [
  'id',
  'employee_no',
  'name',
  'phone',
  'department_key',
  'position_key',
  'status',
  'hire_date',
  'leave_date',
  'locale',
  'username',
  'password_hash',
  'must_change_password',
  'password_changed_at',
  'created_at',
  'updated_at',
]);
const STAFF_SITE = T('staff_site', ['staff_id', 'site_code'], [STAFF, SITE]);
const AREA = T(
  'area',
  [
    'id',
    'site_code',
    'kind',
    'name_zh',
    'name_en',
    'note',
    'patrolled',
    'min_patrols',
    'active',
    'created_at',
    'updated_at',
  ],
  [SITE],
);
const CHECKPOINT = T(
  'checkpoint',
  [
    'id',
    'area_id',
    'site_code',
    'name',
    'location_hint',
    'code',
    'code_issued_at',
    'active',
    'created_at',
    'updated_at',
  ],
  [AREA],
);
const PATTERN = T(
  'shift_pattern',
  [
    'id',
    'site_code',
    'code',
    'name_zh',
    'name_en',
    'start_time',
    'end_time',
    'late_grace_minutes',
    'early_leave_grace_minutes',
    'active',
    'created_at',
  ],
  [SITE],
);
const TEAM = T(
  'team',
  ['id', 'site_code', 'department_key', 'name', 'leader_id', 'active', 'created_at'],
  [SITE, STAFF],
);
const CASE = T('case_record', [
  'id',
  'reference',
  'kind',
  'status',
  'channel',
  'title',
  'description',
  'reporter_customer_id',
  'reporter_staff_id',
  'reporter_name',
  'reporter_phone',
  'unit_id',
  'site_code',
  'area',
  'severity',
  'priority',
  'beyond_authority',
  'department_key',
  'assignee_id',
  'holder_id',
  'holder_department_key',
  'awaiting_acknowledgement',
  'escalated_to_id',
  'escalated_at',
  'on_behalf_of_key',
  'received_by_id',
  'response_due_at',
  'resolution_due_at',
  'responded_at',
  'resolved_at',
  'closed_at',
  'result',
  'satisfaction',
  'feedback',
  'void_reason',
  'details',
  'created_at',
  'updated_at',
  'version',
]);
const CASE_EVENT = T(
  'case_event',
  ['id', 'case_id', 'seq', 'type', 'actor_id', 'actor_name', 'at', 'note', 'data'],
  [CASE],
);
const SHIFT = T('shift', [
  'id',
  'site_code',
  'department_key',
  'date',
  'pattern_id',
  'team_id',
  'leader_id',
  'starts_at',
  'ends_at',
  'status',
  'note',
  'briefing_at',
  'on_duty_at',
  'handing_over_at',
  'closed_at',
  'created_at',
  'updated_at',
  'version',
]);
const SHIFT_MEMBER = T(
  'shift_member',
  [
    'id',
    'shift_id',
    'staff_id',
    'role',
    'post',
    'on_leave',
    'leave_note',
    'roll_call',
    'check_in_at',
    'check_in_by_id',
    'check_out_at',
    'check_out_by_id',
    'removed_at',
    'created_at',
  ],
  [SHIFT],
);
const ROUND = T(
  'patrol_round',
  ['id', 'shift_id', 'patroller_id', 'started_at', 'last_scan_at', 'completed_at'],
  [SHIFT],
);
const SCAN = T(
  'patrol_scan',
  [
    'id',
    'round_id',
    'shift_id',
    'checkpoint_id',
    'area_id',
    'patroller_id',
    'scanned_at',
    'method',
    'observation',
    'case_id',
  ],
  [ROUND],
);

interface Person {
  id: string;
  name: string;
  department: string | null;
}

interface Team {
  id: string;
  leader: Person;
  officers: Person[];
}

interface BulkSite {
  code: string;
  weight: number;
  areas: { id: string; nameZh: string; checkpoint: string }[];
  day: string;
  night: string;
  teams: Team[];
  cs: Person[];
  tech: Person;
}

const KIND_WEIGHTS: [CaseKind, number][] = [
  [CaseKind.COMPLAINT, 30],
  [CaseKind.REPAIR, 28],
  [CaseKind.INQUIRY, 18],
  [CaseKind.SPECIAL_SERVICE, 6],
  [CaseKind.TASK, 7],
  [CaseKind.PUBLIC_ORDER, 3],
  [CaseKind.EQUIPMENT_FAILURE, 3],
  [CaseKind.VEHICLE_ACCIDENT, 2],
  [CaseKind.OTHER_INCIDENT, 2],
  [CaseKind.FIRE, 0.5],
  [CaseKind.CRIMINAL, 0.5],
];
const INCIDENTS = new Set([
  CaseKind.PUBLIC_ORDER,
  CaseKind.EQUIPMENT_FAILURE,
  CaseKind.VEHICLE_ACCIDENT,
  CaseKind.OTHER_INCIDENT,
  CaseKind.FIRE,
  CaseKind.CRIMINAL,
]);
const CHANNELS: Partial<Record<CaseKind, [CaseChannel, number][]>> = {
  [CaseKind.COMPLAINT]: [
    [CaseChannel.PHONE, 45],
    [CaseChannel.ONLINE, 25],
    [CaseChannel.DESK_VISIT, 18],
    [CaseChannel.NIGHT_DUTY, 8],
    [CaseChannel.LETTER, 4],
  ],
  [CaseKind.REPAIR]: [
    [CaseChannel.PHONE, 50],
    [CaseChannel.ONLINE, 25],
    [CaseChannel.DESK_VISIT, 15],
    [CaseChannel.PATROL, 10],
  ],
  [CaseKind.INQUIRY]: [
    [CaseChannel.PHONE, 55],
    [CaseChannel.DESK_VISIT, 30],
    [CaseChannel.ONLINE, 15],
  ],
  [CaseKind.SPECIAL_SERVICE]: [
    [CaseChannel.PHONE, 50],
    [CaseChannel.DESK_VISIT, 30],
    [CaseChannel.ONLINE, 20],
  ],
  [CaseKind.TASK]: [
    [CaseChannel.OTHER, 70],
    [CaseChannel.MEETING, 30],
  ],
};
const INCIDENT_CHANNELS: [CaseChannel, number][] = [
  [CaseChannel.PATROL, 50],
  [CaseChannel.PHONE, 30],
  [CaseChannel.NIGHT_DUTY, 20],
];
/** Calls by hour of the local day: quiet nights, busy mornings and late afternoons. */
const HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 3, 7, 9, 9, 8, 5, 5, 7, 8, 8, 7, 6, 5, 4, 3, 2, 1.5];

/** How a time is bound: SQLite keeps milliseconds (as MikroORM does), PostgreSQL a timestamp. */
let iso: (ms: number) => number | Date = (ms) => new Date(ms);
const localDate = (ms: number) => new Date(ms + OFFSET).toISOString().slice(0, 10);
const referenceDay = (ms: number) => localDate(ms).replaceAll('-', '');

/** A UUID (version 7 layout) whose first 48 bits are `ms`: rows inserted in time order append to their indexes. */
function uuidAt(rng: Rng, ms: number): string {
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  const a = rng.u32();
  const b = rng.u32().toString(16).padStart(8, '0');
  const c = rng.u32().toString(16).padStart(8, '0');
  const x = (a & 0xfff).toString(16).padStart(3, '0');
  const y = (((a >>> 12) & 0x3fff) | 0x8000).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${x}-${y}-${b}${c.slice(0, 4)}`;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export async function generateScaleHistory(em: EntityManager, opts: ScaleOptions): Promise<ScaleSummary> {
  const knex = (em as SqlEntityManager).getKnex() as Knex;
  const writer = new BulkWriter(knex);
  try {
    return await generate(knex, writer, opts);
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function generate(knex: Knex, writer: BulkWriter, opts: ScaleOptions): Promise<ScaleSummary> {
  const rng = new Rng(opts.seed);
  iso = opts.sqlite ? (ms) => ms : (ms) => new Date(ms);
  const progress = opts.progress ?? (() => {});
  const siteCount = Math.max(1, Math.ceil(opts.cases / CASES_PER_SITE));

  // The people generated history escalates to: the demo's company manager and director when present.
  const lookup = async (username: string): Promise<Person | null> => {
    const row = await knex('staff').where({ username }).first('id', 'name', 'department_key');
    return row ? { id: row.id, name: row.name, department: row.department_key } : null;
  };
  const manager = await lookup('manager');
  const director = await lookup('director');

  // ---- the sites, their places, patterns, teams and staff --------------------------------
  const sites: BulkSite[] = [];
  const setupAt = HISTORY_START - 30 * DAY;
  const hireDate = localDate(setupAt - 200 * DAY);
  let staffNo = 0;
  const person = async (site: string, n: number, position: string, department: string): Promise<Person> => {
    staffNo += 1;
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
    const id = uuidAt(rng, setupAt + staffNo);
    await writer.add(STAFF, [
      id,
      `${site}-${String(n).padStart(2, '0')}`,
      name,
      `13${rng.int(10)}${String(rng.int(1e8)).padStart(8, '0')}`,
      department,
      position,
      'ACTIVE',
      hireDate,
      null,
      'zh-CN',
      `${site.toLowerCase()}-${String(n).padStart(2, '0')}`,
      NO_PASSWORD,
      true,
      null,
      iso(setupAt),
      iso(setupAt),
    ]);
    await writer.add(STAFF_SITE, [id, site]);
    return { id, name, department };
  };

  for (let s = 0; s < siteCount; s++) {
    const code = `${BULK_SITE_PREFIX}${String(s + 1).padStart(4, '0')}`;
    const [wordZh, wordEn] = SITE_WORDS[s % SITE_WORDS.length] as readonly [string, string];
    const [kindZh, kindEn] = SITE_KINDS[Math.floor(s / SITE_WORDS.length) % SITE_KINDS.length] as readonly [
      string,
      string,
    ];
    const phase = Math.floor(s / (SITE_WORDS.length * SITE_KINDS.length));
    await writer.add(SITE, [
      code,
      `${wordZh}${kindZh}${phase ? ` ${phase + 1} 期` : ''}`,
      `${wordEn} ${kindEn}${phase ? ` Phase ${phase + 1}` : ''}`,
      TIME_ZONE,
      iso(setupAt),
    ]);
    const areas: BulkSite['areas'] = [];
    for (const a of AREAS) {
      const id = uuidAt(rng, setupAt);
      await writer.add(AREA, [id, code, a.kind, a.zh, a.en, null, true, null, true, iso(setupAt), iso(setupAt)]);
      const checkpoint = uuidAt(rng, setupAt);
      let cardCode = '';
      for (let i = 0; i < 12; i++) cardCode += CROCKFORD[rng.int(32)];
      await writer.add(CHECKPOINT, [
        checkpoint,
        id,
        code,
        a.checkpoint,
        null,
        cardCode,
        iso(setupAt),
        true,
        iso(setupAt),
        iso(setupAt),
      ]);
      areas.push({ id, nameZh: a.zh, checkpoint });
    }
    const day = uuidAt(rng, setupAt);
    const night = uuidAt(rng, setupAt);
    await writer.add(PATTERN, [day, code, 'DAY', '白班', 'Day shift', '08:00', '20:00', 5, 5, true, iso(setupAt)]);
    await writer.add(PATTERN, [
      night,
      code,
      'NIGHT',
      '夜班',
      'Night shift',
      '20:00',
      '08:00',
      5,
      5,
      true,
      iso(setupAt),
    ]);
    let n = 0;
    const teams: Team[] = [];
    for (const teamName of ['一班', '二班', '三班', '四班']) {
      const leader = await person(code, ++n, 'order_maintenance_shift_leader', 'order_maintenance');
      const officers = [];
      for (let i = 0; i < 3; i++)
        officers.push(await person(code, ++n, 'order_maintenance_officer', 'order_maintenance'));
      const id = uuidAt(rng, setupAt);
      await writer.add(TEAM, [id, code, 'order_maintenance', teamName, leader.id, true, iso(setupAt)]);
      teams.push({ id, leader, officers });
    }
    const cs = [
      await person(code, ++n, 'customer_service_staff', 'customer_service'),
      await person(code, ++n, 'customer_service_staff', 'customer_service'),
    ];
    const tech = await person(code, ++n, 'facilities_technician', 'facilities');
    sites.push({ code, weight: 0.6 + rng.next() * 0.8, areas, day, night, teams, cs, tech });
  }
  await writer.finish();
  progress(`${siteCount} sites with ${staffNo} staff`);

  // ---- cases, day by day in time order (references count up through each day) -----------
  const sequence = new Map<string, number>();
  for (const row of (await knex('case_sequence').select('key', 'next')) as { key: string; next: number }[]) {
    sequence.set(row.key, Number(row.next));
  }
  const preexisting = new Set(sequence.keys());
  const siteTotal = sites.reduce((sum, s) => sum + s.weight, 0);
  const dayWeights = Array.from({ length: HISTORY_DAYS }, (_, d) => {
    const weekday = new Date(HISTORY_START + d * DAY + OFFSET).getUTCDay();
    const growth = 0.85 + (0.3 * d) / HISTORY_DAYS;
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * (d - 120)) / 365);
    return growth * season * (weekday === 0 || weekday === 6 ? 0.8 : 1);
  });
  const perDay = apportion(opts.cases, dayWeights);
  const hourTotal = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const kindTotal = KIND_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  let written = 0;
  let events = 0;
  let nextReport = 0.1;
  for (let d = 0; d < HISTORY_DAYS; d++) {
    const count = perDay[d] as number;
    const dayStart = HISTORY_START + d * DAY;
    const times: { at: number; site: BulkSite }[] = [];
    for (let i = 0; i < count; i++) {
      let h = rng.next() * hourTotal;
      let hour = 0;
      while (hour < 23 && h >= (HOUR_WEIGHTS[hour] as number)) h -= HOUR_WEIGHTS[hour++] as number;
      let w = rng.next() * siteTotal;
      let site = sites[0] as BulkSite;
      for (const s of sites) {
        site = s;
        w -= s.weight;
        if (w < 0) break;
      }
      times.push({ at: dayStart + hour * HOUR + rng.int(60) * MINUTE + rng.int(60) * 1000, site });
    }
    times.sort((a, b) => a.at - b.at);
    for (const { at, site } of times) {
      let k = rng.next() * kindTotal;
      let kind = CaseKind.COMPLAINT;
      for (const [candidate, weight] of KIND_WEIGHTS) {
        kind = candidate;
        k -= weight;
        if (k < 0) break;
      }
      const built = buildCase(rng, kind, at, site, { manager, director });
      const key = `${caseKind(kind).prefix}-${referenceDay(at)}`;
      const n = sequence.get(key) ?? 1;
      sequence.set(key, n + 1);
      built.row[1] = `${key}-${String(n).padStart(4, '0')}`;
      await writer.add(CASE, built.row);
      for (const e of built.events) await writer.add(CASE_EVENT, e);
      events += built.events.length;
      written += 1;
    }
    if (written >= nextReport * opts.cases) {
      progress(`cases: ${written.toLocaleString('en')} of ${opts.cases.toLocaleString('en')}`);
      nextReport += 0.1;
    }
  }
  await writer.finish();
  const newKeys = [...sequence].filter(([key]) => !preexisting.has(key));
  for (let i = 0; i < newKeys.length; i += 500) {
    await knex('case_sequence').insert(newKeys.slice(i, i + 500).map(([key, next]) => ({ key, next })));
  }
  for (const [key, next] of sequence) {
    if (preexisting.has(key)) await knex('case_sequence').where({ key }).update({ next });
  }

  // ---- shifts, rosters, attendance and patrols --------------------------------------------
  let shifts = 0;
  for (let d = 0; d < HISTORY_DAYS; d++) {
    for (const site of sites) {
      for (const [pattern, team, startHour] of [
        [site.day, site.teams[d % 4], 8],
        [site.night, site.teams[(d + 2) % 4], 20],
      ] as const) {
        if (!team) continue;
        await writeShift(rng, writer, site, pattern, team, HISTORY_START + d * DAY + startHour * HOUR, d);
        shifts += 1;
      }
    }
    if ((d + 1) % 73 === 0) progress(`shifts: ${shifts.toLocaleString('en')}`);
  }
  await writer.finish();
  const summary: ScaleSummary = { sites: siteCount, staff: staffNo };
  for (const [table, n] of writer.counts) summary[table] = n;
  summary.case_record = written;
  summary.case_event = events;
  return summary;
}

/** Splits `total` across `weights` in whole numbers that add up exactly (largest remainders). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left -= 1;
  }
  return out;
}

interface Built {
  row: unknown[];
  events: unknown[][];
}

/**
 * One case and its timeline, as the engine would have written it: a plan of steps from opening
 * to closing, cut at the end of the history (what was still under way stays so), with the case's
 * columns following its last step.
 */
function buildCase(
  rng: Rng,
  kind: CaseKind,
  openedAt: number,
  site: BulkSite,
  chain: { manager: Person | null; director: Person | null },
): Built {
  const text = TEXT[kind] ?? (TEXT[CaseKind.COMPLAINT] as NonNullable<(typeof TEXT)[CaseKind]>);
  const incident = INCIDENTS.has(kind);
  const task = kind === CaseKind.TASK;
  const definition = caseKind(kind);
  const team = site.teams[rng.int(site.teams.length)] as Team;
  const channel = rng.weighted(incident ? INCIDENT_CHANNELS : (CHANNELS[kind] ?? INCIDENT_CHANNELS));
  const priority = incident
    ? rng.weighted([
        [Priority.HIGH, 60],
        [Priority.URGENT, 40],
      ])
    : rng.weighted([
        [Priority.LOW, 15],
        [Priority.NORMAL, 62],
        [Priority.HIGH, 18],
        [Priority.URGENT, 5],
      ]);
  const severity = rng.chance(incident ? 0.2 : 0.03) ? Severity.MAJOR : Severity.GENERAL;
  const title = rng.pick(text.titles);
  const area = rng.chance(0.5)
    ? (rng.pick(site.areas).nameZh as string)
    : `${1 + rng.int(12)} 栋 ${1 + rng.int(30)} 楼`;
  const reporterName = `${rng.pick(SURNAMES)}${rng.chance(0.5) ? '先生' : '女士'}`;

  // Who takes it, who works it, who approves it.
  let receiver: Person;
  let onBehalfOf: string | null = null;
  let worker: Person;
  let referTo: Person | null = null;
  let giver: Person | null = null;
  if (task) {
    giver = (rng.chance(0.5) ? chain.manager : chain.director) ?? team.leader;
    receiver = giver;
    worker = rng.pick([team.leader, site.cs[0] as Person, site.tech]);
  } else if (incident) {
    receiver = team.leader;
    worker = team.leader;
  } else if (channel === CaseChannel.NIGHT_DUTY) {
    receiver = team.leader; // taken at night for customer service (SL-2)
    onBehalfOf = 'customer_service';
    worker = rng.pick(site.cs);
  } else {
    receiver = rng.pick(site.cs);
    worker = kind === CaseKind.REPAIR || rng.chance(0.7) ? receiver : rng.pick(site.cs);
  }
  if (kind === CaseKind.REPAIR && rng.chance(0.75)) referTo = site.tech;
  const department = definition.department ?? worker.department ?? 'customer_service';
  const approver = task ? (giver as Person) : incident ? (chain.director ?? team.leader) : rng.pick(site.cs);

  const [responseMinutes, resolutionMinutes] = defaultSla(kind, priority);
  const responseDue = openedAt + responseMinutes * MINUTE;
  const resolutionDue = task ? openedAt + (2 + rng.int(6)) * DAY : openedAt + resolutionMinutes * MINUTE;

  // The plan: [type, actor, minutes after the previous step, note, data].
  type Step = {
    type: CaseEventType;
    actor: Person;
    at: number;
    note: string | null;
    data: Record<string, unknown>;
    /** Whom it gave the case to (opening a task, assigning, referring). */
    who?: Person;
  };
  const steps: Step[] = [];
  let t = openedAt;
  const after = (minutes: number) => {
    t += Math.max(0, Math.round(minutes)) * MINUTE + rng.int(60) * 1000;
    return t;
  };
  const within = (budgetMinutes: number, late: boolean) =>
    late ? budgetMinutes * (1.05 + rng.next() * 1.5) : budgetMinutes * (0.05 + rng.next() * 0.8);
  let status: CaseStatus = task ? CaseStatus.ASSIGNED : CaseStatus.OPEN;
  const push = (
    type: CaseEventType,
    actor: Person,
    at: number,
    note: string | null,
    data: Record<string, unknown>,
    who?: Person,
  ) => steps.push({ type, actor, at, note, data, who });
  const move = (
    type: CaseEventType,
    actor: Person,
    at: number,
    to: CaseStatus,
    note: string | null = null,
    data = {},
    who?: Person,
  ) => {
    push(type, actor, at, note, { ...data, from: status, to }, who);
    status = to;
  };

  push(
    CaseEventType.OPENED,
    receiver,
    openedAt,
    null,
    task ? { status, assignee: worker.id, assigneeName: worker.name } : { status },
    task ? worker : undefined,
  );
  const escalateTo = incident ? chain.director : chain.manager;
  const escalated =
    (severity === Severity.MAJOR || kind === CaseKind.FIRE) && escalateTo && escalateTo.id !== receiver.id;
  if (incident && escalated && escalateTo) {
    // Incidents escalate themselves as they are opened (the duty chain).
    push(CaseEventType.ESCALATED, receiver, openedAt, null, {
      escalatedTo: escalateTo.id,
      escalatedToName: escalateTo.name,
      level: 'DIRECTOR',
    });
  }
  const openingEvents = steps.length;
  const voided = !task && !incident && rng.chance(0.03);
  const stuck = rng.chance(0.015); // never finished: still under way, long overdue
  const late = rng.chance(incident ? 0.05 : 0.15);
  if (voided) {
    move(CaseEventType.VOIDED, approver, after(10 + rng.int(120)), CaseStatus.VOIDED, rng.pick(VOID_REASONS));
  } else {
    if (!incident && escalated && escalateTo) {
      push(CaseEventType.ESCALATED, receiver, after(2 + rng.int(20)), '重大事项，请领导知悉。', {
        escalatedTo: escalateTo.id,
        escalatedToName: escalateTo.name,
        from: status,
        to: status,
      });
    }
    const responseBudget = (responseDue - openedAt) / MINUTE;
    if (task) {
      move(CaseEventType.ACKNOWLEDGED, worker, after(within(responseBudget, false)), CaseStatus.ASSIGNED);
    } else if (referTo) {
      move(
        CaseEventType.REFERRED,
        receiver,
        after(within(responseBudget, false) / 2),
        CaseStatus.ASSIGNED,
        null,
        {
          department: referTo.department,
          assignee: referTo.id,
          assigneeName: referTo.name,
        },
        referTo,
      );
      move(CaseEventType.ACKNOWLEDGED, referTo, after(within(responseBudget, late) / 2), CaseStatus.ASSIGNED);
      worker = referTo;
    } else {
      move(
        CaseEventType.ASSIGNED,
        receiver,
        after(within(responseBudget, false)),
        CaseStatus.ASSIGNED,
        null,
        {
          assignee: worker.id,
          assigneeName: worker.name,
        },
        worker,
      );
      if (worker.id !== receiver.id) {
        move(CaseEventType.ACKNOWLEDGED, worker, after(5 + rng.int(60)), CaseStatus.ASSIGNED);
      }
    }
    const resolutionBudget = (resolutionDue - t) / MINUTE;
    move(CaseEventType.STARTED, worker, after(within(resolutionBudget, false) / 4), CaseStatus.IN_PROGRESS);
    if (rng.chance(0.3))
      push(CaseEventType.COMMENTED, worker, after(30 + rng.int(600)), rng.pick(COMMENTS), {
        from: status,
        to: status,
      });
    if (!stuck) {
      const result = rng.pick(text.results);
      const remaining = Math.max(5, (resolutionDue - t) / MINUTE);
      move(
        CaseEventType.RESOLVED,
        worker,
        after(late ? remaining * (1.1 + rng.next()) : remaining * rng.next() * 0.9),
        CaseStatus.RESOLVED,
        result,
      );
      if (rng.chance(0.93)) {
        const rated = !task && !incident && rng.chance(0.7);
        const satisfaction = rated
          ? rng.weighted([
              [5, 45],
              [4, 35],
              [3, 12],
              [2, 5],
              [1, 3],
            ])
          : null;
        move(
          CaseEventType.CLOSED,
          approver,
          after(60 + rng.int(3 * 24 * 60)),
          CaseStatus.CLOSED,
          rated && rng.chance(0.6) ? rng.pick(CUSTOMER_FEEDBACK) : null,
          { satisfaction },
        );
      }
    }
  }

  // Cut at the end of the history and derive the case's columns from what remains.
  const kept = steps.filter((s) => s.at < HISTORY_END);
  const c = {
    status: CaseStatus.OPEN as CaseStatus,
    assignee: null as Person | null,
    holderDepartment: null as string | null,
    awaiting: false,
    escalatedTo: null as Person | null,
    escalatedAt: null as number | null,
    respondedAt: null as number | null,
    resolvedAt: null as number | null,
    closedAt: null as number | null,
    result: null as string | null,
    satisfaction: null as number | null,
    feedback: null as string | null,
    voidReason: null as string | null,
  };
  const respond = (at: number) => {
    c.respondedAt ??= at;
  };
  for (const s of kept) {
    const to = (s.data.to ?? s.data.status) as CaseStatus | undefined;
    if (to) c.status = to;
    switch (s.type) {
      case CaseEventType.OPENED:
      case CaseEventType.ASSIGNED:
      case CaseEventType.REFERRED:
        if (s.who) {
          c.assignee = s.who;
          c.holderDepartment = s.who.department;
          c.awaiting = s.who.id !== s.actor.id;
        }
        if (s.type === CaseEventType.ASSIGNED) respond(s.at);
        break;
      case CaseEventType.ACKNOWLEDGED:
        c.awaiting = false;
        respond(s.at);
        break;
      case CaseEventType.ESCALATED:
        c.escalatedTo = escalateTo;
        c.escalatedAt = s.at;
        if (s.data.from !== undefined) respond(s.at);
        break;
      case CaseEventType.STARTED:
        respond(s.at);
        break;
      case CaseEventType.RESOLVED:
        c.resolvedAt = s.at;
        c.result = s.note;
        break;
      case CaseEventType.CLOSED:
        c.closedAt = s.at;
        c.satisfaction = (s.data.satisfaction as number | null) ?? null;
        c.feedback = s.note;
        break;
      case CaseEventType.VOIDED:
        c.voidReason = s.note;
        break;
      default:
        break;
    }
  }
  const last = kept[kept.length - 1] as Step;
  const id = uuidAt(rng, openedAt);
  const details = task
    ? { mode: rng.chance(0.6) ? 'WRITTEN' : 'ORAL' }
    : incident
      ? {
          occurredAt: new Date(openedAt - (5 + rng.int(20)) * MINUTE).toISOString(),
          areaId: rng.pick(site.areas).id,
          involvedPeople: rng.chance(0.5) ? '住户一名，无人受伤' : null,
          vehicles: kind === CaseKind.VEHICLE_ACCIDENT ? `沪A${String(rng.int(1e5)).padStart(5, '0')}` : null,
          actionsTaken: '值班人员到场处置，控制室跟进记录',
          losses: null,
          authorities: [],
          reportDeadlineMinutes: 30,
          reportDelayMinutes: rng.int(25),
        }
      : null;
  const row: unknown[] = [
    id,
    '', // reference: numbered by the caller, in time order
    kind,
    c.status,
    channel,
    title,
    task
      ? `${title}：${rng.pick(text.details)}。`
      : incident
        ? `${rng.pick(text.details)}：${area}${title}。`
        : `${reporterName}反映：${title}，${rng.pick(text.details)}。`,
    null,
    task || incident ? receiver.id : null,
    task || incident ? null : reporterName,
    task || incident
      ? null
      : `13${rng.int(10)} ${String(rng.int(1e4)).padStart(4, '0')} ${String(rng.int(1e4)).padStart(4, '0')}`,
    null,
    site.code,
    area,
    severity,
    priority,
    false,
    department,
    c.assignee?.id ?? null,
    c.assignee?.id ?? null,
    c.holderDepartment,
    c.awaiting,
    c.escalatedTo?.id ?? null,
    c.escalatedAt === null ? null : iso(c.escalatedAt),
    onBehalfOf,
    receiver.id,
    iso(responseDue),
    iso(resolutionDue),
    c.respondedAt === null ? null : iso(c.respondedAt),
    c.resolvedAt === null ? null : iso(c.resolvedAt),
    c.closedAt === null ? null : iso(c.closedAt),
    c.result,
    c.satisfaction,
    c.feedback,
    c.voidReason,
    details ? JSON.stringify(details) : null,
    iso(openedAt),
    iso(last.at),
    1 + Math.max(0, kept.length - openingEvents),
  ];
  const events = kept.map((s, i) => [
    uuidAt(rng, openedAt),
    id,
    i + 1,
    s.type,
    s.actor.id,
    s.actor.name,
    iso(s.at),
    s.note,
    JSON.stringify(s.data),
  ]);
  return { row, events };
}

async function writeShift(
  rng: Rng,
  writer: BulkWriter,
  site: BulkSite,
  pattern: string,
  team: Team,
  startsAt: number,
  day: number,
): Promise<void> {
  const endsAt = startsAt + 12 * HOUR;
  const id = uuidAt(rng, startsAt);
  const closedAt = endsAt + (5 + rng.int(20)) * MINUTE;
  await writer.add(SHIFT, [
    id,
    site.code,
    'order_maintenance',
    localDate(startsAt),
    pattern,
    team.id,
    team.leader.id,
    iso(startsAt),
    iso(endsAt),
    'CLOSED',
    null,
    iso(startsAt - 30 * MINUTE),
    iso(startsAt),
    iso(endsAt - 15 * MINUTE),
    iso(closedAt),
    iso(startsAt - 20 * DAY),
    iso(closedAt),
    5,
  ]);
  const posts = ['GATE', 'PATROL', 'CAR_PARK'];
  let patroller = team.leader;
  const members: [Person, 'LEADER' | 'OFFICER', string | null][] = [
    [team.leader, 'LEADER', null],
    ...team.officers.map((o, i) => [o, 'OFFICER', posts[(i + day) % 3] as string] as [Person, 'OFFICER', string]),
  ];
  for (const [member, role, post] of members) {
    const onLeave = role === 'OFFICER' && rng.chance(0.03);
    const absent = !onLeave && role === 'OFFICER' && rng.chance(0.015);
    const present = !onLeave && !absent;
    if (present && post === 'PATROL') patroller = member;
    const checkIn = rng.chance(0.06) ? startsAt + (6 + rng.int(35)) * MINUTE : startsAt - (5 + rng.int(20)) * MINUTE;
    const checkOut = rng.chance(0.03) ? endsAt - (10 + rng.int(50)) * MINUTE : endsAt + rng.int(20) * MINUTE;
    await writer.add(SHIFT_MEMBER, [
      uuidAt(rng, startsAt),
      id,
      member.id,
      role,
      present ? post : null,
      onLeave,
      onLeave ? '调休' : null,
      role === 'LEADER' ? null : absent ? 'ABSENT' : onLeave ? null : 'PRESENT',
      present ? iso(checkIn) : null,
      present ? member.id : null,
      present ? iso(checkOut) : null,
      present ? member.id : null,
      null,
      iso(startsAt - 20 * DAY),
    ]);
  }
  for (const offset of [1, 5, 9]) {
    const round = uuidAt(rng, startsAt + offset * HOUR);
    let at = startsAt + offset * HOUR + rng.int(20) * MINUTE;
    const first = at;
    const skip = rng.chance(0.05) ? rng.int(site.areas.length) : -1;
    const scans: unknown[][] = [];
    const start = rng.int(site.areas.length);
    for (let i = 0; i < site.areas.length; i++) {
      const a = site.areas[(start + i) % site.areas.length] as BulkSite['areas'][number];
      if (i === skip) continue;
      if (scans.length) at += (3 + rng.int(6)) * MINUTE + rng.int(60) * 1000;
      scans.push([
        uuidAt(rng, at),
        round,
        id,
        a.checkpoint,
        a.id,
        patroller.id,
        iso(at),
        rng.chance(0.92) ? 'CODE' : 'LIST',
        rng.chance(0.03) ? rng.pick(OBSERVATIONS) : null,
        null,
      ]);
    }
    await writer.add(ROUND, [round, id, patroller.id, iso(first), iso(at), iso(at + (1 + rng.int(3)) * MINUTE)]);
    for (const scan of scans) await writer.add(SCAN, scan);
  }
}

/** A site this generator wrote (`BK0001`…). */
export function isGeneratedSite(code: string): boolean {
  return /^BK\d{4,}$/.test(code);
}

/** Site codes and usernames that are the demo's or generated: anything else is a company's own. */
export function isDemoOrGenerated(kind: 'site' | 'staff', key: string): boolean {
  if (kind === 'site') return DEMO_SITES.some((s) => s.code === key) || isGeneratedSite(key);
  return DEMO_STAFF.some((s) => s.username === key) || /^bk\d{4,}-\d{2}$/.test(key);
}
