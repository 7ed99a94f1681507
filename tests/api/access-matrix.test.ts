import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleKey } from '../../apps/api/src/features/permissions/default-grants.js';
import type { MatrixAuditPageQuery, MatrixStaffPageQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { codes, minimalOperation, type RootField, rootFields, run } from '../support/operations.js';
import { auditCount, defaultGrantsOf, ROLE_USERS, staffIds } from '../support/org.js';
import { requiredPermissions } from '../support/required-permissions.js';
import {
  type Client,
  DEMO_PASSWORD,
  type GqlResponse,
  startTestSteward,
  type TestSteward,
} from '../support/steward.js';

/**
 * The access matrix, generated: every demo role × every root field of the committed contract,
 * the expected answer computed from the default permission mapping (`defaultGrants()`) and the
 * permissions each field's `@Authorized` demands (type-graphql's metadata). A new field or a
 * changed grant changes the matrix without anyone editing this file.
 */
const CONTRACT = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));
const FIELDS = rootFields(CONTRACT);
const REQUIRED = requiredPermissions();
const ROLES = [...ROLE_USERS.keys()];
/** Root fields anyone may call (the rest need a signed-in viewer). */
const PUBLIC_FIELDS = new Set(['login', 'viewer']);

type Outcome = 'allowed' | 'FORBIDDEN';

function requirementOf(root: RootField) {
  const req = REQUIRED.get(`${root.kind}.${root.name}`);
  if (!req) throw new Error(`${root.kind} ${root.name} is in the contract but not served by any resolver`);
  return req;
}

function expected(role: RoleKey, permissions: readonly string[]): Outcome {
  if (permissions.length === 0) return 'allowed';
  const grants = defaultGrantsOf(role);
  return permissions.some((p) => grants.has(p)) ? 'allowed' : 'FORBIDDEN';
}

/**
 * Argument checks the services make beyond `@Authorized`, as extra rows of the matrix: the same
 * field with the argument that needs more.
 */
const ARGUMENT_ROWS: { label: string; field: string; args: Record<string, unknown>; permissions: string[] }[] = [
  { label: 'apiTokens(all: true)', field: 'apiTokens', args: { all: true }, permissions: ['api_token.manage'] },
];

let steward: TestSteward;
const clients = new Map<RoleKey, Client>();
let ids: Map<string, string>;
beforeAll(async () => {
  steward = await startTestSteward();
  for (const [role, username] of ROLE_USERS) clients.set(role, await steward.login(username));
  ids = await staffIds(steward);
});
afterAll(() => steward?.close());

/** Arguments that make each call sensible for the caller; the rest come from the schema's types. */
function argsFor(root: RootField, username: string): Record<string, unknown> {
  const self = ids.get(username);
  switch (root.name) {
    case 'login':
      return { input: { username, password: DEMO_PASSWORD } };
    case 'node':
    case 'staffMember':
      return { id: self };
    case 'nodes':
      return { ids: [self] };
    case 'setMyLocale':
      return { input: { locale: 'ZH_CN' } };
    default:
      return {};
  }
}

const clientOf = async (role: RoleKey, root: RootField): Promise<Client> => {
  const username = ROLE_USERS.get(role) as string;
  // Signing out ends the session it is sent with: give it one of its own.
  if (root.name === 'logout') return steward.login(username);
  return clients.get(role) as Client;
};

describe('the matrix covers the whole contract', () => {
  it('has the 8 roles, and every root field of the running server is in the committed contract', () => {
    expect(ROLES).toHaveLength(8);
    const names = (fields: RootField[]) => fields.map((f) => `${f.kind}.${f.name}`).sort();
    expect(names(rootFields(steward.schema))).toEqual(names(FIELDS));
    for (const root of FIELDS) requirementOf(root);
    // Every permission a field demands is one the catalogue knows (else nobody could ever hold it).
    const known = new Set(ROLES.flatMap((r) => [...defaultGrantsOf(r).keys()]));
    for (const [field, req] of REQUIRED) for (const p of req.permissions) expect(known, `${field}: ${p}`).toContain(p);
  });

  it('leaves no field behind that needs a sign-in but names no permission, except the viewer’s own', () => {
    // Open to any signed-in viewer: the caller's own things, reference data, or rows filtered by scope.
    const open = FIELDS.filter((f) => !PUBLIC_FIELDS.has(f.name) && requirementOf(f).permissions.length === 0).map(
      (f) => f.name,
    );
    expect(open.sort()).toEqual(
      [
        'apiTokens',
        'changePassword',
        'createApiToken',
        'logout',
        'node',
        'nodes',
        'permissionCatalogue',
        'revokeApiToken',
        'setMyLocale',
        'sites',
        'staffMember',
      ].sort(),
    );
  });
});

describe('anonymous callers', () => {
  it.each(FIELDS.filter((f) => !PUBLIC_FIELDS.has(f.name)).map((f) => [`${f.kind} ${f.name}`, f] as const))(
    '%s → UNAUTHENTICATED',
    async (_label, root) => {
      const before = await auditCount(steward);
      const res = await run(steward, minimalOperation(root));
      expect(res.status).toBe(200);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toBe('You need to sign in.');
      expect(res.data?.[root.name] ?? null).toBeNull();
      expect(await auditCount(steward)).toBe(before);
    },
  );

  it('viewer → null, without errors', async () => {
    const res = await run(steward, { query: '{ viewer { staff { id } } }', variables: {} });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ viewer: null });
  });

  it('login → allowed (and a wrong password gets a userError, not an error)', async () => {
    const res = await run(steward, {
      query: 'mutation($i: LoginInput!) { login(input: $i) { viewer { staff { id } } userErrors { code } } }',
      variables: { i: { username: 'manager', password: 'wrong password 1' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ login: { viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] } });
  });
});

interface Case {
  label: string;
  root: RootField;
  args: Record<string, unknown>;
  permissions?: readonly string[];
}

describe.each(ROLES)('%s', (role) => {
  const rows: Case[] = [
    ...FIELDS.map((root) => ({ label: `${root.kind} ${root.name}`, root, args: {} })),
    ...ARGUMENT_ROWS.map((row) => {
      const root = FIELDS.find((f) => f.name === row.field);
      if (!root) throw new Error(`no field ${row.field}`);
      return { label: `${root.kind} ${row.label}`, root, args: row.args, permissions: row.permissions };
    }),
  ];
  const cases = rows.map((c) => {
    const permissions = c.permissions ?? (PUBLIC_FIELDS.has(c.root.name) ? [] : requirementOf(c.root).permissions);
    return { ...c, outcome: expected(role, permissions), permissions };
  });

  it.each(cases.map((c) => [c.label, c.outcome, c] as const))('%s → %s', async (_label, outcome, c) => {
    const client = await clientOf(role, c.root);
    const username = ROLE_USERS.get(role) as string;
    const op = minimalOperation(c.root, { ...argsFor(c.root, username), ...c.args });
    const before = await auditCount(steward);
    const res = await run(client, op);
    expect(res.status, JSON.stringify(res.errors)).toBe(200);
    if (outcome === 'allowed') {
      expect(res.errors, `${role} ${c.label}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      expect(res.data?.[c.root.name]).toBeDefined();
    } else {
      expect(codes(res), `${role} ${c.label}`).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message).toBe('You are not allowed to do this.');
      expect(res.data?.[c.root.name] ?? null).toBeNull();
      // Refused before anything happened: no change, so no audit event either.
      expect(await auditCount(steward)).toBe(before);
    }
  });
});

const StaffPage = graphql(`
  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {
    staffMembers(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id username }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const StaffById = graphql(`
  query MatrixStaffById($id: ID!) {
    staffMember(id: $id) { id username }
  }
`);

const StaffNode = graphql(`
  query MatrixStaffNode($id: ID!) {
    node(id: $id) { id ... on Staff { username } }
  }
`);

const StaffNodes = graphql(`
  query MatrixStaffNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);

const AuditPage = graphql(`
  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id action targetId targetType actorName }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const AuditNode = graphql(`
  query MatrixAuditNode($id: ID!) {
    node(id: $id) { id ... on AuditEvent { action } }
  }
`);

/** Every staff member a client can list, page by page. */
async function visibleStaff(client: Client, filter: Record<string, unknown> | null = null) {
  const seen: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const res: GqlResponse<MatrixStaffPageQuery> = await client.gql(StaffPage, { first: 4, after, filter });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data?.staffMembers;
    if (!page) throw new Error('no page');
    total = page.totalCount;
    seen.push(...page.nodes.map((n) => n.username));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return { usernames: seen, totalCount: total };
}

describe('out of scope is indistinguishable from missing', () => {
  const JINQIAO_ONLY = ['cs2', 'leader2', 'officer4'];

  it('the shift leader (SITE, CUIHU) cannot list, count, fetch or node() JINQIAO-only staff', async () => {
    const leader = clients.get('order_maintenance_shift_leader') as Client;
    const { usernames, totalCount } = await visibleStaff(leader);
    expect(usernames.sort()).toEqual(
      ['manager', 'cs', 'director', 'leader', 'officer', 'fire', 'clerk', 'analyst', 'officer2', 'officer3'].sort(),
    );
    expect(totalCount).toBe(10);
    for (const username of JINQIAO_ONLY) {
      const id = ids.get(username) as string;
      const one = await leader.gql(StaffById, { id });
      expect(one.body).toEqual({ data: { staffMember: null } });
      const node = await leader.gql(StaffNode, { id });
      expect(node.body).toEqual({ data: { node: null } });
      // A search that names them finds nothing and counts nothing.
      const searched = await leader.gql(StaffPage, { first: 10, filter: { search: username } });
      expect(searched.body.data?.staffMembers.nodes.map((n) => n.username)).not.toContain(username);
    }
    const many = await leader.gql(StaffNodes, {
      ids: [ids.get('leader') as string, ...JINQIAO_ONLY.map((u) => ids.get(u) as string)],
    });
    expect(many.body.data?.nodes.map((n) => n?.id ?? null)).toEqual([ids.get('leader'), null, null, null]);
    const byEmployeeNo = await leader.gql(StaffPage, { first: 10, filter: { search: 'E0205' } });
    expect(byEmployeeNo.body.data?.staffMembers.totalCount).toBe(0);
    const byPosition = await leader.gql(StaffPage, {
      first: 10,
      filter: { positionKey: 'order_maintenance_shift_leader' },
    });
    expect(byPosition.body.data?.staffMembers).toMatchObject({ totalCount: 1, nodes: [{ username: 'leader' }] });

    // The same records, seen by the clerk (ALL): they exist.
    const clerk = clients.get('office_clerk') as Client;
    for (const username of JINQIAO_ONLY) {
      const one = await clerk.gql(StaffById, { id: ids.get(username) as string });
      expect(one.body.data?.staffMember?.username).toBe(username);
    }
    expect((await visibleStaff(clerk)).totalCount).toBe(13);
  });

  it('an officer (OWN) sees only themself', async () => {
    const officer = clients.get('order_maintenance_officer') as Client;
    expect(await visibleStaff(officer)).toEqual({ usernames: ['officer'], totalCount: 1 });
    const own = await officer.gql(StaffById, { id: ids.get('officer') as string });
    expect(own.body.data?.staffMember?.username).toBe('officer');
    for (const username of ['officer2', 'leader', 'manager', 'cs2']) {
      const id = ids.get(username) as string;
      expect((await officer.gql(StaffById, { id })).body).toEqual({ data: { staffMember: null } });
      expect((await officer.gql(StaffNode, { id })).body).toEqual({ data: { node: null } });
    }
  });

  it('a director reads only the audit events of order maintenance', async () => {
    // Events in several departments: sign-ins of customer service, the Office, order maintenance, the manager.
    for (const username of ['cs', 'clerk', 'leader', 'officer', 'manager', 'cs2']) await steward.login(username);
    const rows = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; department_key: string | null }[]>('select id, department_key from audit_event');
    const omIds = new Set(rows.filter((r) => r.department_key === 'order_maintenance').map((r) => r.id));
    const otherIds = rows.filter((r) => r.department_key !== 'order_maintenance').map((r) => r.id);
    expect(omIds.size).toBeGreaterThan(0);
    expect(otherIds.length).toBeGreaterThan(0);

    const director = clients.get('order_maintenance_director') as Client;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (;;) {
      const res: GqlResponse<MatrixAuditPageQuery> = await director.gql(AuditPage, { first: 50, after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data?.auditEvents;
      if (!page) throw new Error('no page');
      totalCount = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const keys = seen.map((id) =>
      Buffer.from(id, 'base64url')
        .toString('utf8')
        .replace(/^AuditEvent:/, ''),
    );
    expect(new Set(keys)).toEqual(omIds);
    expect(totalCount).toBe(omIds.size);

    // Someone else's event, by its id: as if it did not exist.
    const otherId = Buffer.from(`AuditEvent:${otherIds[0]}`, 'utf8').toString('base64url');
    expect((await director.gql(AuditNode, { id: otherId })).body).toEqual({ data: { node: null } });
    const cs = ids.get('cs') as string;
    const filtered = await director.gql(AuditPage, { first: 10, filter: { targetId: cs } });
    expect(filtered.body.data?.auditEvents.totalCount).toBe(0);

    // The manager reads them all.
    const manager = clients.get('company_manager') as Client;
    const all = await manager.gql(AuditPage, { first: 1 });
    expect(all.body.data?.auditEvents.totalCount).toBe(rows.length);
    expect((await manager.gql(AuditNode, { id: otherId })).body.data?.node?.id).toBe(otherId);
  });
});
