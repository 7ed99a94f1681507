import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const AllIds = graphql(`
  query AllIds {
    departments { __typename id key }
    positions { __typename id key }
    duties { __typename id citation }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Department { key }
      ... on Position { key }
      ... on Duty { citation }
    }
  }
`);

const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Department { key }
      ... on Position { key }
      ... on Duty { citation }
    }
  }
`);

const NewNodeIds = graphql(`
  query NewNodeIds {
    viewer { staff { id username } }
    sites { id code }
    apiTokens { nodes { id name } }
    auditEvents(first: 5) { nodes { id action } }
  }
`);

const AnyNode = graphql(`
  query AnyNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Staff { username }
      ... on Site { code }
      ... on ApiToken { name }
      ... on AuditEvent { action }
    }
  }
`);

const CreateToken = graphql(`
  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token { id } userErrors { code } }
  }
`);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

interface Item {
  __typename: string;
  id: string;
  key: string;
}

let steward: TestSteward;
let client: Client;
let items: Item[];
beforeAll(async () => {
  steward = await startTestSteward();
  client = await steward.login('manager');
  const { body } = await client.gql(AllIds);
  if (body.errors || !body.data) throw new Error(`AllIds failed: ${JSON.stringify(body.errors)}`);
  items = [
    ...body.data.departments,
    ...body.data.positions,
    ...body.data.duties.map(({ __typename, id, citation }) => ({ __typename, id, key: citation })),
  ];
});
afterAll(() => steward?.close());

/** The key a node was found by: departments and positions have a `key`, duties a `citation`. */
const keyOf = (node: object | null | undefined): string | undefined => {
  if (!node) return undefined;
  if ('key' in node && typeof node.key === 'string') return node.key;
  if ('citation' in node && typeof node.citation === 'string') return node.citation;
  return undefined;
};

describe('node(id) and nodes(ids)', () => {
  it('gives every department, position and duty a distinct, opaque id', () => {
    // 8 departments, 8 positions (the rulebook's 5 and the company's 3), 48 duties.
    expect(items).toHaveLength(8 + 9 + 48); // departments, positions (5 rulebook + 4 company), duties
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id).not.toBe(item.key);
      expect(item.id).not.toContain(item.key);
      expect(item.id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('round-trips every id through node(id) to the same object', async () => {
    for (const item of items) {
      const { status, body } = await client.gql(NodeById, { id: item.id });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.node?.__typename).toBe(item.__typename);
      expect(body.data?.node?.id).toBe(item.id);
      expect(keyOf(body.data?.node)).toBe(item.key);
    }
  });

  it('keeps the order of nodes(ids), with null for each unknown id', async () => {
    const item = (index: number): Item => {
      const found = items[index];
      if (!found) throw new Error(`no item ${index}`);
      return found;
    };
    // A duty, a department, a position and a duty, and the department again at the end.
    const [duty, department, position, otherDuty] = [item(60), item(0), item(10), item(30)];
    const unknown = b64url('Department:nope');
    const ids = [duty.id, unknown, department.id, position.id, '!!!', otherDuty.id, department.id];
    const { status, body } = await client.gql(NodesByIds, { ids });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.nodes ?? [];
    expect(nodes).toHaveLength(ids.length);
    const expected = (i: Item) => [i.__typename, i.key];
    expect(nodes.map((n) => n && [n.__typename, keyOf(n)])).toEqual([
      expected(duty),
      null,
      expected(department),
      expected(position),
      null,
      expected(otherDuty),
      expected(department),
    ]);
    expect(new Set(nodes.map((n) => n?.__typename))).toEqual(new Set(['Duty', 'Department', 'Position', undefined]));
    expect(nodes.map((n) => n?.id ?? null)).toEqual(ids.map((id) => (id === unknown || id === '!!!' ? null : id)));
  });

  it('answers null, without errors, for garbage ids', async () => {
    const garbage = [
      '',
      '!!!',
      ' ',
      '=',
      b64('Nope:x'),
      b64url('Nope:x'),
      b64('Department:nope'),
      b64url('Department:nope'),
      b64url('Department:'),
      b64url(':customer_service'),
      b64url('customer_service'),
      'customer_service',
      b64url(`Department:${'x'.repeat(500)}`),
      'A'.repeat(10_000),
      b64url('Duty:customer_service#99'),
    ];
    for (const id of garbage) {
      const { status, body } = await client.gql(NodeById, { id });
      expect(status, id).toBe(200);
      expect(body.errors, id).toBeUndefined();
      expect(body.data, id).toEqual({ node: null });
    }
    const { status, body } = await client.gql(NodesByIds, { ids: garbage });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.nodes).toEqual(garbage.map(() => null));
  });

  it('does not let a key of one type be reached as another type', async () => {
    const { body } = await client.gql(NodeById, { id: b64url('Position:customer_service') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toBeNull();
  });
});

describe('node(id) for staff, sites, API tokens and audit events', () => {
  it('round-trips each of them to the same object', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await client.gql(CreateToken, { input: { name: 'node test', scopes: ['READ'], expiresAt } });
    expect(created.body.data?.createApiToken.userErrors).toEqual([]);

    const { body } = await client.gql(NewNodeIds);
    expect(body.errors).toBeUndefined();
    const data = body.data;
    if (!data?.viewer) throw new Error('no viewer');
    const expected: [string, string, string][] = [
      ['Staff', data.viewer.staff.id, data.viewer.staff.username],
      ...data.sites.map((s): [string, string, string] => ['Site', s.id, s.code]),
      ...data.apiTokens.nodes.map((t): [string, string, string] => ['ApiToken', t.id, t.name]),
      ...data.auditEvents.nodes.map((e): [string, string, string] => ['AuditEvent', e.id, e.action]),
    ];
    expect(new Set(expected.map(([typename]) => typename))).toEqual(
      new Set(['Staff', 'Site', 'ApiToken', 'AuditEvent']),
    );
    for (const [typename, id, label] of expected) {
      const res = await client.gql(AnyNode, { id });
      expect(res.body.errors, id).toBeUndefined();
      const node = res.body.data?.node;
      expect(node?.__typename).toBe(typename);
      expect(node?.id).toBe(id);
      const shown =
        node &&
        ('username' in node
          ? node.username
          : 'code' in node
            ? node.code
            : 'name' in node
              ? node.name
              : 'action' in node
                ? node.action
                : null);
      expect(shown).toBe(label);
    }
  });

  it('answers UNAUTHENTICATED to anonymous callers, whatever the id', async () => {
    const { body } = await client.gql(NewNodeIds);
    const id = body.data?.viewer?.staff.id ?? '';
    for (const res of [await steward.gql(AnyNode, { id }), await steward.gql(NodeById, { id })]) {
      expect(res.body.data?.node ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const many = await steward.gql(NodesByIds, { ids: [id] });
    expect(many.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
