import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestSteward, type TestSteward } from '../support/steward.js';

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

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

interface Item {
  __typename: string;
  id: string;
  key: string;
}

let steward: TestSteward;
let items: Item[];
beforeAll(async () => {
  steward = await startTestSteward();
  const { body } = await steward.gql(AllIds);
  if (body.errors || !body.data) throw new Error(`AllIds failed: ${JSON.stringify(body.errors)}`);
  items = [
    ...body.data.departments,
    ...body.data.positions,
    ...body.data.duties.map(({ __typename, id, citation }) => ({ __typename, id, key: citation })),
  ];
});
afterAll(() => steward?.close());

const keyOf = (node: { key?: string; citation?: string } | null | undefined) => node?.key ?? node?.citation;

describe('node(id) and nodes(ids)', () => {
  it('gives every department, position and duty a distinct, opaque id', () => {
    expect(items).toHaveLength(8 + 5 + 48);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id).not.toBe(item.key);
      expect(item.id).not.toContain(item.key);
      expect(item.id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('round-trips every id through node(id) to the same object', async () => {
    for (const item of items) {
      const { status, body } = await steward.gql(NodeById, { id: item.id });
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
    const { status, body } = await steward.gql(NodesByIds, { ids });
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
      const { status, body } = await steward.gql(NodeById, { id });
      expect(status, id).toBe(200);
      expect(body.errors, id).toBeUndefined();
      expect(body.data, id).toEqual({ node: null });
    }
    const { status, body } = await steward.gql(NodesByIds, { ids: garbage });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.nodes).toEqual(garbage.map(() => null));
  });

  it('does not let a key of one type be reached as another type', async () => {
    const { body } = await steward.gql(NodeById, { id: b64url('Position:customer_service') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toBeNull();
  });
});
