import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatrolScan } from '../../apps/api/src/features/patrols/patrol.entity.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * Connections everywhere (issue 7, docs/api-lists.md): which lists are connections, keyset paging
 * that stays right while rows arrive, the filters, and bad paging input named.
 */

// The committed contract (drift-checked against the server in CI): what clients see.
const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../packages/schema/schema.graphql', import.meta.url)), 'utf8'),
);

/** Types whose rows grow with time or use: a plain list of them is a defect unless allowed below. */
const RECORD_TYPES = [
  'ApiToken',
  'AuditEvent',
  'Case',
  'CaseEvent',
  'DisciplineRecord',
  'DutyLog',
  'DutyLogEntry',
  'Escalation',
  'ExternalInspection',
  'FireDrill',
  'GateVisitor',
  'GoodsPass',
  'GroomingCheck',
  'Handover',
  'Inspection',
  'Meeting',
  'MissedPatrol',
  'Notice',
  'NoticeAcknowledgement',
  'Notification',
  'Occupancy',
  'PatrolRound',
  'PatrolScan',
  'ReceptionVisit',
  'Shift',
  'ShiftMember',
  'ShiftSwap',
  'StaffLeave',
  'VehicleMovement',
];

/** Root plain lists and why (docs/api-lists.md): reference sets, pickers, summaries, capped windows. */
const ROOT_PLAIN_LISTS: Record<string, string> = {
  departments: 'rulebook',
  positions: 'rulebook',
  duties: 'rulebook',
  positionPermissions: 'rulebook',
  permissionCatalogue: 'catalogue',
  auditActions: 'catalogue',
  exportDatasets: 'catalogue',
  sites: 'register',
  buildings: 'register',
  areas: 'register',
  teams: 'register',
  shiftPatterns: 'register',
  shiftMaterials: 'register',
  slaPolicies: 'register',
  inspectionChecklists: 'register',
  keyUnits: 'register',
  emergencyPlansInForce: 'register',
  fireBrigade: 'register',
  fireResponsibilities: 'register',
  inspectorChoices: 'picker',
  fireSafetyStaffOptions: 'picker',
  shiftSwapOptions: 'picker',
  customerLookup: 'picker, capped',
  contactCoverage: 'summary',
  fireResponsibilityCoverage: 'summary',
  inspectionRegularity: 'summary',
  meetingsLastHeld: 'summary',
  shiftsOverview: 'summary',
  nodes: 'bounded by the ids asked for',
  roster: 'window of at most 62 days; `shifts` is the connection',
  attendance: 'window of at most 62 days; `attendanceRecords` is the connection',
};

/** Plain lists of records on objects: per parent, bounded by it, shown whole on its page. */
const PER_PARENT_LISTS = new Set([
  'BoardSnapshot.cases',
  'Case.escalations',
  'Case.timeline',
  'Customer.occupancies',
  'DutyLog.entries',
  'ExternalInspection.notices',
  'Inspection.notices',
  'Meeting.actionItems',
  'PatrolRound.scans',
  'Shift.disciplineRecords',
  'Shift.groomingChecks',
  'Shift.members',
  'ShiftSwapCandidate.shifts',
  'Unit.currentOccupants',
  'Unit.occupancies',
]);

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) ? t.ofType : t);
const isPlainList = (f: GraphQLField<unknown, unknown>) => isListType(unwrap(f.type));
const isConnection = (t: GraphQLNamedType) => t.name.endsWith('Connection') && isObjectType(t);

function objectFields(): [string, GraphQLField<unknown, unknown>][] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((t) =>
      Object.values((t as ReturnType<typeof schema.getQueryType> & object).getFields()).map(
        (f): [string, GraphQLField<unknown, unknown>] => [`${t.name}.${f.name}`, f],
      ),
    );
}

describe('which lists are connections', () => {
  it('knows every record type it names (no typo hides a list)', () => {
    for (const name of RECORD_TYPES) expect(schema.getType(name), name).toBeTruthy();
  });

  it('allows a root plain list only with a reason in docs/api-lists.md', () => {
    const query = schema.getQueryType();
    if (!query) throw new Error('no Query');
    const plain = Object.values(query.getFields())
      .filter(isPlainList)
      .map((f) => f.name)
      .sort();
    // A new plain list fails here: make it a connection, or add it (and its reason) to the doc and ROOT_PLAIN_LISTS.
    expect(plain).toEqual(Object.keys(ROOT_PLAIN_LISTS).sort());
    const doc = readFileSync(fileURLToPath(new URL('../../docs/api-lists.md', import.meta.url)), 'utf8');
    for (const name of plain) expect(doc, name).toContain(`\`${name}`);
  });

  it('returns records from the root only as connections (bar the capped windows)', () => {
    const query = schema.getQueryType();
    if (!query) throw new Error('no Query');
    const offending = Object.values(query.getFields())
      .filter((f) => isPlainList(f) && RECORD_TYPES.includes(getNamedType(f.type).name))
      .map((f) => f.name)
      .sort();
    expect(offending).toEqual(['attendance', 'roster']);
  });

  it('hangs plain lists of records off objects only where the parent bounds them', () => {
    const offending = objectFields()
      .filter(([name, f]) => !name.startsWith('Query.') && isPlainList(f))
      .filter(([name, f]) => {
        const parent = name.split('.')[0] ?? '';
        // A connection's `nodes` is its page; a payload's list is what one mutation touched.
        const exempt = parent.endsWith('Connection') || parent.endsWith('Payload');
        return RECORD_TYPES.includes(getNamedType(f.type).name) && !exempt;
      })
      .map(([name]) => name)
      .sort();
    expect(offending).toEqual([...PER_PARENT_LISTS].sort());
  });

  it('gives every connection first/after/last/before and totalCount', () => {
    for (const [name, f] of objectFields()) {
      if (!isConnection(getNamedType(f.type))) continue;
      expect(
        f.args.map((a) => a.name),
        name,
      ).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
      const conn = getNamedType(f.type) as ReturnType<typeof schema.getQueryType> & object;
      expect(Object.keys(conn.getFields()), name).toEqual(
        expect.arrayContaining(['edges', 'nodes', 'pageInfo', 'totalCount']),
      );
    }
  });
});

// ---- paging through real data -----------------------------------------------------------------

let steward: TestSteward;
let analyst: Client;
let manager: Client;
let director: Client;
let leader: Client;
let officer: Client;

beforeAll(async () => {
  steward = await startTestSteward();
  [analyst, manager, director, leader, officer] = (await Promise.all(
    ['analyst', 'manager', 'director', 'leader', 'officer'].map((u) => steward.login(u)),
  )) as [Client, Client, Client, Client, Client];
});

afterAll(async () => {
  await steward?.close();
});

interface Page<N = { id: string }> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: N[];
}
type Gql = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function run(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Gql> {
  return (await client.post(JSON.stringify({ query, variables }))).json as Gql;
}

/** A connection at `path` (dot-separated) in the answer. */
function pageAt(res: Gql, path: string): Page {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  let at: unknown = res.data;
  for (const part of path.split('.')) at = (at as Record<string, unknown>)[part];
  return at as Page;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** `field(filter, first/after|last/before) { PAGE nodes { id … } }` as a query over a connection. */
function listQuery(field: string, filterType: string | null, nodeFields = '', wrap?: (inner: string) => string) {
  const filterVar = filterType ? `, $filter: ${filterType}` : '';
  const filterArg = filterType ? 'filter: $filter, ' : '';
  const inner = `${field}(${filterArg}first: $first, after: $after, last: $last, before: $before) { ${PAGE} nodes { id ${nodeFields} } }`;
  return `query ($first: Int, $after: String, $last: Int, $before: String${filterVar}${wrap ? ', $id: ID!' : ''}) { ${wrap ? wrap(inner) : inner} }`;
}

async function walkForward(client: Client, query: string, path: string, vars: Record<string, unknown>, size: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 500; i++) {
    const page = pageAt(await run(client, query, { ...vars, first: size, after }), path);
    total = page.totalCount;
    ids.push(...page.nodes.map((n) => n.id));
    expect(page.pageInfo.hasPreviousPage).toBe(after != null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, total };
}

async function walkBackward(client: Client, query: string, path: string, vars: Record<string, unknown>, size: number) {
  const ids: string[] = [];
  let before: string | null = null;
  for (let i = 0; i < 500; i++) {
    const page = pageAt(await run(client, query, { ...vars, last: size, before }), path);
    ids.unshift(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return ids;
}

describe('paging forward and back', () => {
  const cases: [string, () => Client, string, string, Record<string, unknown>, number][] = [
    ['cases', () => analyst, listQuery('cases', 'CaseFilter'), 'cases', {}, 7],
    ['patrolScans', () => analyst, listQuery('patrolScans', 'PatrolScanFilter'), 'patrolScans', {}, 9],
    ['patrolRounds', () => analyst, listQuery('patrolRounds', 'PatrolRoundFilter'), 'patrolRounds', {}, 4],
    [
      'attendanceRecords',
      () => analyst,
      listQuery('attendanceRecords', 'AttendanceRecordFilter'),
      'attendanceRecords',
      {},
      11,
    ],
    ['auditEvents', () => manager, listQuery('auditEvents', 'AuditEventFilter'), 'auditEvents', {}, 13],
  ];

  it.each(cases)(
    '%s: forward and backward give the same rows, once each, totalCount of them',
    async (_n, who, q, path, vars, size) => {
      const { ids, total } = await walkForward(who(), q, path, vars, size);
      expect(ids.length).toBeGreaterThan(size * 2); // several pages, or the test proves nothing
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(total);
      expect(await walkBackward(who(), q, path, vars, size)).toEqual(ids);
    },
  );

  it('pages a case’s timeline (Case.events) the same as its whole timeline', async () => {
    const list = pageAt(await run(analyst, listQuery('cases', 'CaseFilter'), { first: 50 }), 'cases');
    // The case with the longest timeline among the first fifty.
    let best = { id: '', n: 0 };
    for (const c of list.nodes) {
      const res = await run(analyst, 'query ($id: ID!) { node(id: $id) { ... on Case { timeline { id } } } }', {
        id: c.id,
      });
      const n = (res.data?.node as { timeline: unknown[] } | undefined)?.timeline.length ?? 0;
      if (n > best.n) best = { id: c.id, n };
    }
    expect(best.n).toBeGreaterThan(2);
    const q = listQuery(
      'events',
      'CaseTimelineFilter',
      'type',
      (inner) => `node(id: $id) { ... on Case { ${inner} } }`,
    );
    const { ids, total } = await walkForward(analyst, q, 'node.events', { id: best.id }, 2);
    const whole = await run(analyst, 'query ($id: ID!) { node(id: $id) { ... on Case { timeline { id } } } }', {
      id: best.id,
    });
    expect(ids).toEqual((whole.data?.node as { timeline: { id: string }[] } | undefined)?.timeline.map((e) => e.id));
    expect(total).toBe(best.n);
    expect(await walkBackward(analyst, q, 'node.events', { id: best.id }, 2)).toEqual(ids);
    // Narrowed by type: the one entry that opened it.
    const typed = pageAt(
      await run(analyst, q, { id: best.id, first: 100, filter: { types: ['OPENED'] } }),
      'node.events',
    ) as Page<{ id: string; type: string }>;
    expect(typed.nodes.map((n) => n.type)).toEqual(['OPENED']);
  });
});

describe('keyset cursors while rows arrive', () => {
  it('cases: a case opened between pages does not shift the next page', async () => {
    const q = listQuery('cases', 'CaseFilter');
    const before = await walkForward(analyst, q, 'cases', {}, 5);
    const first = pageAt(await run(analyst, q, { first: 5 }), 'cases');
    const opened = await run(
      await steward.login('cs'),
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }`,
      {
        input: {
          kind: 'COMPLAINT',
          channel: 'PHONE',
          siteCode: 'CUIHU',
          title: '分页期间新增的投诉',
          description: '用于检查游标在新增记录时保持有效。',
          reporterName: '张先生',
          reporterPhone: '13800000000',
        },
      },
    );
    const newId = (opened.data?.openCase as { case: { id: string } | null } | undefined)?.case?.id;
    expect(newId, JSON.stringify(opened)).toBeTruthy();
    const second = pageAt(await run(analyst, q, { first: 5, after: first.pageInfo.endCursor }), 'cases');
    expect(second.nodes.map((n) => n.id)).toEqual(before.ids.slice(5, 10));
    expect(second.totalCount).toBe(before.total + 1);
    // The newest sits in front of the first page now, where a fresh read finds it.
    expect(pageAt(await run(analyst, q, { first: 1 }), 'cases').nodes[0]?.id).toBe(newId);
  });

  it('patrolScans: a scan recorded behind the cursor appears once, further on; none is repeated', async () => {
    const q = listQuery('patrolScans', 'PatrolScanFilter', 'scannedAt');
    const all = await walkForward(analyst, q, 'patrolScans', {}, 6);
    const first = pageAt(await run(analyst, q, { first: 6 }), 'patrolScans') as Page<{ id: string; scannedAt: string }>;
    // A late-synced scan, timed between the 8th and 9th rows (behind the first page's cursor) —
    // or, where the demo's two sites scanned at the same instant, between the next two rows
    // whose times differ: a scan tied with others in time would fall among them by id.
    const em = steward.orm.em.fork();
    const rows = await em.find(PatrolScan, {}, { orderBy: { scannedAt: 'desc', id: 'desc' }, limit: 40 });
    const gap = rows.findIndex((r, i) => {
      const next = rows[i + 1];
      return i >= 7 && next !== undefined && next.scannedAt.getTime() < r.scannedAt.getTime() - 1;
    });
    expect(gap).toBeGreaterThanOrEqual(7);
    const [later, earlier] = [rows[gap], rows[gap + 1]] as [PatrolScan, PatrolScan];
    const at = new Date(Math.floor((later.scannedAt.getTime() + earlier.scannedAt.getTime()) / 2));
    const inserted = em.create(PatrolScan, {
      id: crypto.randomUUID(),
      shift: later.shift,
      round: later.round,
      checkpoint: later.checkpoint,
      area: later.area,
      patroller: later.patroller,
      scannedAt: at,
      method: later.method,
    } as never);
    await em.flush();
    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const page = pageAt(await run(analyst, q, { first: 6, after }), 'patrolScans');
      rest.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const seen = [...first.nodes.map((n) => n.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    const insertedId = (
      await run(analyst, '{ patrolScans(first: 100) { nodes { id } } }').then((r) =>
        pageAt(r, 'patrolScans').nodes.find((n) => !all.ids.includes(n.id)),
      )
    )?.id;
    expect(insertedId).toBeTruthy();
    expect(seen.filter((id) => id === insertedId)).toHaveLength(1);
    expect(seen.indexOf(insertedId as string)).toBe(gap + 1);
    expect(seen.filter((id) => id !== insertedId)).toEqual(all.ids);
    void inserted;
  });
});

// ---- filters ----------------------------------------------------------------------------------

interface FilterCase {
  label: string;
  who: () => Client;
  field: string;
  filterType: string;
  nodeFields: string;
  /** The filter, chosen from the first unfiltered node (so it matches something), and whether a node satisfies it. */
  pick(node: Record<string, unknown>): [Record<string, unknown>, (n: Record<string, unknown>) => boolean];
}

const get = (n: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], n);
const eq =
  (path: string, filterKey: string, valuePath = path): FilterCase['pick'] =>
  (node) => {
    const value = get(node, valuePath);
    return [{ [filterKey]: value }, (n) => get(n, path) === value];
  };

const FILTERS: FilterCase[] = [
  {
    label: 'patrolScans by checkpoint',
    who: () => analyst,
    field: 'patrolScans',
    filterType: 'PatrolScanFilter',
    nodeFields: 'checkpoint { id } round { id } shift { department { key } site { code } }',
    pick: eq('checkpoint.id', 'checkpointId'),
  },
  {
    label: 'patrolScans by round',
    who: () => analyst,
    field: 'patrolScans',
    filterType: 'PatrolScanFilter',
    nodeFields: 'round { id }',
    pick: eq('round.id', 'roundId'),
  },
  {
    label: 'patrolRounds by patroller',
    who: () => analyst,
    field: 'patrolRounds',
    filterType: 'PatrolRoundFilter',
    nodeFields: 'patroller { id } shift { site { code } }',
    pick: eq('patroller.id', 'patrollerId'),
  },
  {
    label: 'patrolRounds by site',
    who: () => analyst,
    field: 'patrolRounds',
    filterType: 'PatrolRoundFilter',
    nodeFields: 'shift { site { code } }',
    pick: eq('shift.site.code', 'siteCode'),
  },
  {
    label: 'patrolRounds by time',
    who: () => analyst,
    field: 'patrolRounds',
    filterType: 'PatrolRoundFilter',
    nodeFields: 'startedAt',
    pick: (node) => {
      const at = Date.parse(String(node.startedAt));
      const from = new Date(at - 3_600_000).toISOString();
      const to = new Date(at + 1).toISOString();
      return [
        { from, to },
        (n) => Date.parse(String(n.startedAt)) >= at - 3_600_000 && Date.parse(String(n.startedAt)) <= at,
      ];
    },
  },
  {
    label: 'attendanceRecords by person',
    who: () => analyst,
    field: 'attendanceRecords',
    filterType: 'AttendanceRecordFilter',
    nodeFields: 'staff { id }',
    pick: eq('staff.id', 'staffId'),
  },
  {
    label: 'attendanceRecords by department',
    who: () => analyst,
    field: 'attendanceRecords',
    filterType: 'AttendanceRecordFilter',
    nodeFields: 'shift { department { key } }',
    pick: eq('shift.department.key', 'departmentKey'),
  },
  {
    label: 'attendanceRecords by site and date',
    who: () => analyst,
    field: 'attendanceRecords',
    filterType: 'AttendanceRecordFilter',
    nodeFields: 'shift { date site { code } }',
    pick: (node) => {
      const date = get(node, 'shift.date');
      const site = get(node, 'shift.site.code');
      return [
        { from: date, to: date, siteCode: site },
        (n) => get(n, 'shift.date') === date && get(n, 'shift.site.code') === site,
      ];
    },
  },
  {
    label: 'attendanceRecords checked in',
    who: () => analyst,
    field: 'attendanceRecords',
    filterType: 'AttendanceRecordFilter',
    nodeFields: 'checkInAt',
    pick: () => [{ checkedIn: true }, (n) => n.checkInAt != null],
  },
  {
    label: 'auditEvents by kind of record',
    who: () => manager,
    field: 'auditEvents',
    filterType: 'AuditEventFilter',
    nodeFields: 'targetType',
    pick: eq('targetType', 'targetType'),
  },
  {
    label: 'shifts by department',
    who: () => analyst,
    field: 'shifts',
    filterType: 'ShiftFilter',
    nodeFields: 'department { key }',
    pick: eq('department.key', 'departmentKey'),
  },
  {
    label: 'handovers by department',
    who: () => analyst,
    field: 'handovers',
    filterType: 'HandoverFilter',
    nodeFields: 'shift { department { key } }',
    pick: eq('shift.department.key', 'departmentKey'),
  },
  {
    label: 'meetings by site',
    who: () => analyst,
    field: 'meetings',
    filterType: 'MeetingFilter',
    nodeFields: 'site { code }',
    pick: eq('site.code', 'siteCode'),
  },
  {
    label: 'notices by time issued',
    who: () => analyst,
    field: 'notices',
    filterType: 'NoticeFilter',
    nodeFields: 'issuedAt',
    pick: (node) => {
      const at = String(node.issuedAt);
      return [{ from: at, to: new Date(Date.parse(at) + 1).toISOString() }, (n) => n.issuedAt === at];
    },
  },
  {
    label: 'fireDrills by time planned',
    who: () => analyst,
    field: 'fireDrills',
    filterType: 'FireDrillFilter',
    nodeFields: 'plannedFor',
    pick: (node) => {
      const at = String(node.plannedFor);
      return [{ from: at, to: new Date(Date.parse(at) + 1).toISOString() }, (n) => n.plannedFor === at];
    },
  },
];

describe('filters narrow', () => {
  it.each(FILTERS.map((f) => [f.label, f] as const))('%s', async (_label, f) => {
    const q = listQuery(f.field, f.filterType, f.nodeFields);
    const all = pageAt(await run(f.who(), q, { first: 100 }), f.field) as Page<Record<string, unknown>>;
    expect(all.nodes.length, `${f.field} has demo rows`).toBeGreaterThan(0);
    const [filter, holds] = f.pick(
      all.nodes.find((n) => f.pick(n)[0] && Object.values(f.pick(n)[0]).every((v) => v != null)) ?? {},
    );
    const narrowed = pageAt(await run(f.who(), q, { first: 100, filter }), f.field) as Page<Record<string, unknown>>;
    expect(narrowed.nodes.length, JSON.stringify(filter)).toBeGreaterThan(0);
    for (const n of narrowed.nodes) expect(holds(n), JSON.stringify(n)).toBe(true);
    // Nothing the unfiltered first page shows that matches is left out.
    const expected = all.nodes.filter(holds).map((n) => n.id);
    if (all.totalCount <= 100) expect(narrowed.nodes.map((n) => n.id)).toEqual(expected);
    expect(narrowed.totalCount).toBeLessThanOrEqual(all.totalCount);
  });

  it('keeps an officer to their own attendance and rounds whatever the filter says', async () => {
    const me = (await run(officer, '{ viewer { staff { id } } }')).data?.viewer as { staff: { id: string } };
    const rows = pageAt(
      await run(officer, listQuery('attendanceRecords', 'AttendanceRecordFilter', 'staff { id }'), {
        first: 100,
        filter: { siteCode: 'CUIHU' },
      }),
      'attendanceRecords',
    ) as Page<{ id: string; staff: { id: string } }>;
    expect(rows.nodes.length).toBeGreaterThan(0);
    expect(new Set(rows.nodes.map((n) => n.staff.id))).toEqual(new Set([me.staff.id]));
    const rounds = pageAt(
      await run(officer, listQuery('patrolRounds', 'PatrolRoundFilter', 'patroller { id }'), { first: 100 }),
      'patrolRounds',
    ) as Page<{ id: string; patroller: { id: string } }>;
    for (const r of rounds.nodes) expect(r.patroller.id).toBe(me.staff.id);
  });
});

// ---- bad input --------------------------------------------------------------------------------

/** Root connections with no required argument, and the date type of their filter's from/to (if any). */
function rootConnections(): { name: string; filterType: string | null; range: 'instant' | 'date' | null }[] {
  const query = schema.getQueryType();
  if (!query) throw new Error('no Query');
  return Object.values(query.getFields())
    .filter((f) => isConnection(getNamedType(f.type)))
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => {
      const filterArg = f.args.find((a) => a.name === 'filter');
      const filter = filterArg ? getNamedType(filterArg.type) : null;
      let range: 'instant' | 'date' | null = null;
      if (filter && isInputObjectType(filter)) {
        const fields = filter.getFields();
        const from = fields.from;
        if (from && fields.to) range = getNamedType(from.type).name === 'String' ? 'date' : 'instant';
      }
      return { name: f.name, filterType: filter?.name ?? null, range };
    });
}

const codeAndField = (res: Gql) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field,
});

/** Asks as whoever may read the list (the first not FORBIDDEN). */
async function asReader(query: string, variables: Record<string, unknown>): Promise<Gql> {
  let res: Gql = {};
  for (const client of [analyst, manager, director, leader, officer]) {
    res = await run(client, query, variables);
    if (res.errors?.[0]?.extensions?.code !== 'FORBIDDEN') return res;
  }
  return res;
}

describe('bad paging input, named, on every root connection', () => {
  const roots = rootConnections();

  it('finds the connections (and they include the new ones)', () => {
    expect(roots.map((r) => r.name)).toEqual(
      expect.arrayContaining(['cases', 'patrolScans', 'patrolRounds', 'attendanceRecords', 'auditEvents', 'apiTokens']),
    );
  });

  const tooLong = Buffer.from(JSON.stringify(['a', 'b', 'c', 'd', 'e'])).toString('base64url');
  const bad: [string, Record<string, unknown>, string][] = [
    ['first: 100000', { first: 100000 }, 'first'],
    ['first: 0', { first: 0 }, 'first'],
    ['last: 101', { last: 101 }, 'last'],
    ['first with last', { first: 5, last: 5 }, 'first'],
    ['a malformed after', { after: 'garbage!' }, 'after'],
    ['a malformed before', { last: 3, before: 'garbage!' }, 'before'],
    ['an empty after', { after: '' }, 'after'],
    ['a cursor of another list’s shape', { after: tooLong }, 'after'],
  ];

  it.each(bad)('%s → BAD_USER_INPUT naming it', async (_label, vars, field) => {
    for (const r of roots) {
      const res = await asReader(
        `query ($first: Int, $after: String, $last: Int, $before: String) { ${r.name}(first: $first, after: $after, last: $last, before: $before) { totalCount } }`,
        vars,
      );
      expect(codeAndField(res), r.name).toEqual({ code: 'BAD_USER_INPUT', field: [field] });
    }
  });

  it('refuses a backwards time range on every filter that has one, naming filter.to', async () => {
    const ranged = roots.filter((r) => r.range);
    expect(ranged.length).toBeGreaterThan(10);
    for (const r of ranged) {
      const filter =
        r.range === 'date'
          ? { from: '2026-03-02', to: '2026-03-01' }
          : { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' };
      const res = await asReader(`query ($filter: ${r.filterType}) { ${r.name}(filter: $filter) { totalCount } }`, {
        filter,
      });
      expect(codeAndField(res), r.name).toEqual({ code: 'BAD_USER_INPUT', field: ['filter.to'] });
    }
  });

  it('refuses a cursor whose time does not decode, on the lists ordered by time', async () => {
    const notADate = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    for (const name of ['cases', 'patrolScans', 'patrolRounds', 'attendanceRecords', 'auditEvents', 'apiTokens']) {
      const res = await asReader(`query ($after: String) { ${name}(after: $after) { totalCount } }`, {
        after: notADate,
      });
      expect(codeAndField(res), name).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
    }
  });

  it('pages Case.events with the same rules', async () => {
    const id = pageAt(
      await run(
        analyst,
        '{ cases(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }',
      ),
      'cases',
    ).nodes[0]?.id;
    const res = await run(
      analyst,
      'query ($id: ID!) { node(id: $id) { ... on Case { events(first: 1000) { totalCount } } } }',
      {
        id,
      },
    );
    expect(codeAndField(res)).toEqual({ code: 'BAD_USER_INPUT', field: ['first'] });
  });
});
