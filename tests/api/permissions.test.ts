import { PERMISSION_CODES } from '@steward/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PositionGrant } from '../../apps/api/src/features/permissions/position-grant.entity.js';
import type { PermStaffPageQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { auditCount, defaultGrantsOf, ROLE_USERS, staffIds } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, type TestSteward } from '../support/steward.js';

const SetGrant = graphql(`
  mutation PermSetGrant($input: SetPositionGrantInput!) {
    setPositionGrant(input: $input) {
      positionPermissions { position { key } grants { permission scope } }
      userErrors { field message code }
    }
  }
`);

const PositionPermissions = graphql(`
  query PermPositionPermissions($positionKey: String) {
    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }
  }
`);

const Catalogue = graphql(`
  query PermCatalogue {
    permissionCatalogue { key name records actions { code action } }
  }
`);

const MyPermissions = graphql(`
  query PermMine {
    viewer { permissions { permission scope } }
  }
`);

const AuditTotal = graphql(`
  query PermAuditTotal {
    auditEvents(first: 100) { totalCount nodes { actor { id } } }
  }
`);

const StaffPage = graphql(`
  query PermStaffPage($first: Int, $after: String) {
    staffMembers(first: $first, after: $after) {
      totalCount
      nodes { username }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const Departments = graphql(`
  query PermDepartments {
    departments { key }
  }
`);

let steward: TestSteward;
let manager: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  manager = await steward.login('manager');
});
afterAll(() => steward?.close());

const code = (res: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions?.code;
const grantsOf = async (client: Client) =>
  new Map(((await client.gql(MyPermissions)).body.data?.viewer?.permissions ?? []).map((g) => [g.permission, g.scope]));
const sql = <T>(query: string, params: unknown[] = []) =>
  steward.orm.em.fork().getConnection().execute<T[]>(query, params);

describe('reading the mapping', () => {
  it('serves the whole catalogue, in the contract’s order', async () => {
    const officer = await steward.login('officer');
    const { body } = await officer.gql(Catalogue);
    expect(body.errors).toBeUndefined();
    const codes = body.data?.permissionCatalogue.flatMap((r) => r.actions.map((a) => a.code));
    expect(codes).toEqual([...PERMISSION_CODES]);
    const complaint = body.data?.permissionCatalogue.find((r) => r.key === 'complaint');
    expect(complaint).toMatchObject({ name: '投诉', records: ['R3'] });
    expect(complaint?.actions.map((a) => a.action)).toEqual(['read', 'create', 'handle', 'approve']);
  });

  it('shows each position’s live grants, which start as the default mapping', async () => {
    const clerk = await steward.login('clerk'); // permission.read
    const { body } = await clerk.gql(PositionPermissions, {});
    expect(body.errors).toBeUndefined();
    const byPosition = new Map(
      (body.data?.positionPermissions ?? []).map((p) => [
        p.position.key,
        new Map(p.grants.map((g) => [g.permission, g.scope])),
      ]),
    );
    expect([...byPosition.keys()]).toHaveLength(9);
    for (const role of ROLE_USERS.keys()) expect(byPosition.get(role), role).toEqual(defaultGrantsOf(role));
    const one = await clerk.gql(PositionPermissions, { positionKey: 'analyst' });
    expect(one.body.data?.positionPermissions.map((p) => p.position.key)).toEqual(['analyst']);
    const none = await clerk.gql(PositionPermissions, { positionKey: 'nope' });
    expect(none.body.data?.positionPermissions).toEqual([]);
  });
});

describe('setPositionGrant', () => {
  it('is the company manager’s alone: everyone else gets FORBIDDEN', async () => {
    const rows = await steward.orm.em.fork().count(PositionGrant, {});
    for (const username of ['clerk', 'director', 'leader', 'officer', 'cs', 'fire', 'analyst']) {
      const client = await steward.login(username);
      const res = await client.gql(SetGrant, {
        input: { positionKey: 'order_maintenance_officer', permission: 'audit.read', scope: 'ALL' },
      });
      expect(code(res), username).toBe('FORBIDDEN');
    }
    expect(await steward.orm.em.fork().count(PositionGrant, {})).toBe(rows);
  });

  it('grants, widens and revokes: the grantee’s access changes on their very next request', async () => {
    const officer = await steward.login('officer');
    const officerId = (await staffIds(steward)).get('officer') as string;
    expect(code(await officer.gql(AuditTotal))).toBe('FORBIDDEN');

    const granted = await manager.gql(SetGrant, {
      input: { positionKey: 'order_maintenance_officer', permission: 'audit.read', scope: 'OWN' },
    });
    expect(granted.body.data?.setPositionGrant.userErrors).toEqual([]);
    expect(granted.body.data?.setPositionGrant.positionPermissions?.grants).toContainEqual({
      permission: 'audit.read',
      scope: 'OWN',
    });
    expect((await grantsOf(officer)).get('audit.read')).toBe('OWN');
    // OWN: the events they caused themselves.
    const own = await officer.gql(AuditTotal);
    expect(own.body.errors).toBeUndefined();
    const mine = await sql<{ n: number }>('select count(*) as n from audit_event where actor_staff_id = ?', [
      Buffer.from(officerId, 'base64url')
        .toString('utf8')
        .replace(/^Staff:/, ''),
    ]);
    expect(own.body.data?.auditEvents.totalCount).toBe(Number(mine[0]?.n));
    expect(own.body.data?.auditEvents.totalCount).toBeGreaterThan(0);
    for (const n of own.body.data?.auditEvents.nodes ?? []) expect(n.actor?.id).toBe(officerId);

    // Wider: their department's events.
    await manager.gql(SetGrant, {
      input: { positionKey: 'order_maintenance_officer', permission: 'audit.read', scope: 'DEPARTMENT' },
    });
    const dept = await sql<{ n: number }>(
      "select count(*) as n from audit_event where department_key = 'order_maintenance'",
    );
    expect((await officer.gql(AuditTotal)).body.data?.auditEvents.totalCount).toBe(Number(dept[0]?.n));

    // Revoked (scope null): gone at once; the row is kept, marked revoked.
    const revoked = await manager.gql(SetGrant, {
      input: { positionKey: 'order_maintenance_officer', permission: 'audit.read', scope: null },
    });
    expect(revoked.body.data?.setPositionGrant.userErrors).toEqual([]);
    expect(revoked.body.data?.setPositionGrant.positionPermissions?.grants.map((g) => g.permission)).not.toContain(
      'audit.read',
    );
    expect(code(await officer.gql(AuditTotal))).toBe('FORBIDDEN');
    expect((await grantsOf(officer)).has('audit.read')).toBe(false);
    const row = await steward.orm.em
      .fork()
      .findOneOrFail(PositionGrant, { position: 'order_maintenance_officer', permission: 'audit.read' });
    expect(row.scope).toBeNull();
    expect(row.revokedAt).not.toBeNull();
    // Every step is in the trail.
    const steps = await sql<{ changes: string }>(
      "select cast(changes as text) as changes from audit_event where action = 'permission.set' order by occurred_at",
    );
    expect(steps.map((s) => JSON.parse(s.changes).scope)).toEqual([
      { before: null, after: 'OWN' },
      { before: 'OWN', after: 'DEPARTMENT' },
      { before: 'DEPARTMENT', after: null },
    ]);
  });

  it('revoking a permission hides what it reached, as if it did not exist', async () => {
    const analyst = await steward.login('analyst');
    expect((await analyst.gql(Departments)).body.data?.departments).toHaveLength(8);
    await manager.gql(SetGrant, { input: { positionKey: 'analyst', permission: 'rulebook.read', scope: null } });
    expect(code(await analyst.gql(Departments))).toBe('FORBIDDEN');
    const id = Buffer.from('Department:customer_service').toString('base64url');
    const node = await analyst.post(JSON.stringify({ query: `{ node(id: "${id}") { id } }` }));
    expect(node.json).toEqual({ data: { node: null }, extensions: expect.anything() });
    await manager.gql(SetGrant, { input: { positionKey: 'analyst', permission: 'rulebook.read', scope: 'ALL' } });
    expect((await analyst.gql(Departments)).body.data?.departments).toHaveLength(8);
  });

  it('reaches every site of a SITE grant, counting each person once', async () => {
    // The fire supervisor works at both sites; staff.read is narrowed from their department to their sites.
    await manager.gql(SetGrant, { input: { positionKey: 'fire_supervisor', permission: 'staff.read', scope: 'SITE' } });
    const fire = await steward.login('fire');
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: GqlResponse<PermStaffPageQuery> = await fire.gql(StaffPage, { first: 5, after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data?.staffMembers;
      if (!page) throw new Error('no page');
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.username));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const everyone = await sql<{ n: number }>('select count(*) as n from staff');
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(Number(everyone[0]?.n));
    expect(total).toBe(seen.length);
  });

  it('will not let the manager revoke their own permission.manage (changing its reach is fine)', async () => {
    const events = await auditCount(steward);
    const res = await manager.gql(SetGrant, {
      input: { positionKey: 'company_manager', permission: 'permission.manage', scope: null },
    });
    expect(res.body.data?.setPositionGrant).toEqual({
      positionPermissions: null,
      userErrors: [
        {
          field: ['input', 'scope'],
          message: 'scope cannot revoke your own permission to manage permissions',
          code: 'INVALID',
        },
      ],
    });
    expect(await auditCount(steward)).toBe(events);
    expect((await grantsOf(manager)).get('permission.manage')).toBe('ALL');
  });

  it.each([
    ['an unknown position', { positionKey: 'astronaut' }, [['positionKey', 'NOT_FOUND']]],
    ['an overlong position key', { positionKey: 'p'.repeat(1000) }, [['positionKey', 'NOT_FOUND']]],
    ['an unknown permission', { permission: 'complaint.delete' }, [['permission', 'NOT_FOUND']]],
    ['a permission in another spelling', { permission: 'Complaint.Read' }, [['permission', 'NOT_FOUND']]],
    [
      'both unknown',
      { positionKey: '', permission: 'x'.repeat(500) },
      [
        ['positionKey', 'NOT_FOUND'],
        ['permission', 'NOT_FOUND'],
      ],
    ],
  ] as const)('refuses %s with userErrors naming the fields, writing nothing', async (_label, change, expected) => {
    const [rows, events] = [await steward.orm.em.fork().count(PositionGrant, {}), await auditCount(steward)];
    const res = await manager.gql(SetGrant, {
      input: { positionKey: 'analyst', permission: 'complaint.read', scope: 'ALL', ...change },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.setPositionGrant.positionPermissions).toBeNull();
    expect(res.body.data?.setPositionGrant.userErrors.map((e) => [e.field?.[1], e.code])).toEqual(expected);
    expect(await steward.orm.em.fork().count(PositionGrant, {})).toBe(rows);
    expect(await auditCount(steward)).toBe(events);
  });

  it('answers an unknown scope with BAD_USER_INPUT', async () => {
    const res = await manager.post(
      JSON.stringify({
        query: 'mutation($i: SetPositionGrantInput!) { setPositionGrant(input: $i) { userErrors { code } } }',
        variables: { i: { positionKey: 'analyst', permission: 'complaint.read', scope: 'GALAXY' } },
      }),
    );
    expect(res.status).toBe(400);
    expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
