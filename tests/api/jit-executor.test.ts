/**
 * The compiled executor (graphql-jit, the default) answers exactly what graphql-js answers: two
 * servers on copies of the same demo, one of each, asked the same questions by the same users —
 * every connection of the contract, the abstract types (Node, the case details union, a duty's
 * owner), nested lists, variables, and errors (bad arguments, access refused, a null for a
 * non-null field's parent) — must give byte-identical bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS, connectionQuery } from '../support/contract.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const READERS = ['manager', 'director', 'leader', 'fire', 'cs', 'clerk'] as const;
/** Lists that show the test's own sign-ins (new rows with their own ids on each server). */
const OWN_ACTIVITY = new Set(['auditEvents', 'notifications']);

let jit: TestSteward;
let interpreted: TestSteward;
const clients = new Map<string, [Client, Client]>();
/** The connections of which some reader saw rows. */
const compared = new Set<string>();

beforeAll(async () => {
  [jit, interpreted] = await Promise.all([startTestSteward(), startTestSteward({ GRAPHQL_EXECUTOR: 'graphql-js' })]);
  for (const name of READERS) clients.set(name, [await jit.login(name), await interpreted.login(name)]);
});
afterAll(async () => {
  await jit?.close();
  await interpreted?.close();
});

type Answer = { status: number; data?: unknown; errors?: unknown[] };

/** Both servers' bodies for one request, without `extensions` (the cost report is the same anyway). */
async function both(user: string, query: string, variables: Record<string, unknown> = {}) {
  const pair = clients.get(user);
  if (!pair) throw new Error(`no client for ${user}`);
  const body = JSON.stringify({ query, variables });
  const [a, b] = await Promise.all(pair.map((c) => c.post(body)));
  const strip = (r: { status: number; json: unknown }): Answer => {
    const { extensions: _x, ...rest } = r.json as Record<string, unknown>;
    return { status: r.status, ...rest };
  };
  return { jit: strip(a as never), interpreted: strip(b as never) };
}

describe('graphql-jit answers as graphql-js does', () => {
  it('runs the compiled executor on one server and graphql-js on the other', () => {
    expect(jit.url).not.toBe(interpreted.url);
  });

  for (const field of CONNECTIONS.filter((f) => !OWN_ACTIVITY.has(f.name))) {
    it(`every reader's ${field.name}`, async () => {
      const { query } = connectionQuery(field);
      for (const user of READERS) {
        const r = await both(user, query, { n: 25 });
        expect(r.jit, `${user}: ${field.name}`).toEqual(r.interpreted);
        const rows = (r.jit.data as Record<string, { edges?: unknown[] }> | null)?.[field.name]?.edges?.length ?? 0;
        if (rows > 0) compared.add(field.name);
      }
    });
  }

  it('compared pages with rows, not empty lists', () => {
    expect(compared.size).toBeGreaterThan(20);
  });

  it('cases with their details (a union), timelines and nested people', async () => {
    const query = `query($n: Int) { cases(first: $n) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id reference kind status title overdue needsEscalation viewerSteps
        assignee { name department { name } } department { name } site { name }
        details { __typename ... on RentalDetails { viewings { at recordedByName } } ... on TaskDetails { mode } }
        timeline { type at note actorName actor { name } } } } }`;
    const r = await both('manager', query, { n: 40 });
    expect(r.jit.data).toBeTruthy();
    expect(r.jit).toEqual(r.interpreted);
  });

  it('the Node interface, one id and many, including ids that are no node', async () => {
    const list = await both('manager', '{ cases(first: 3) { nodes { id } } staffMembers(first: 3) { nodes { id } } }');
    const data = list.jit.data as { cases: { nodes: { id: string }[] }; staffMembers: { nodes: { id: string }[] } };
    const ids = [...data.cases.nodes, ...data.staffMembers.nodes].map((n) => n.id);
    const query = `query($ids: [ID!]!, $one: ID!) {
      nodes(ids: $ids) { __typename id ... on Case { title } ... on Staff { name } }
      node(id: $one) { __typename id } nothing: node(id: "bm9wZQ==") { id } }`;
    const r = await both('manager', query, { ids, one: ids[0] });
    expect((r.jit.data as { nodes: unknown[] }).nodes).toHaveLength(ids.length);
    expect(r.jit).toEqual(r.interpreted);
  });

  it('the rulebook’s duties with their owners (a union of departments and positions)', async () => {
    const query = `{ duties { id owner { __typename ... on Department { key } ... on Position { key } } }
      departments { key head { key } positions { key reportingChain { key } } } }`;
    const r = await both('manager', query);
    expect(r.jit).toEqual(r.interpreted);
  });

  it('errors: a bad argument, a bad cursor, a field the viewer may not read', async () => {
    for (const [user, query] of [
      ['manager', '{ cases(first: 1000) { totalCount } }'],
      ['manager', '{ cases(first: 5, after: "zzz") { totalCount } }'],
      ['clerk', '{ auditEvents(first: 5) { nodes { id } } viewer { staff { name } } }'],
      ['cs', '{ positionPermissions { position { key } grants { permission } } viewer { authenticatedBy } }'],
    ] as const) {
      const r = await both(user, query);
      expect(r.jit, `${user}: ${query}`).toEqual(r.interpreted);
      expect(r.jit.errors ?? r.jit.data, query).toBeTruthy();
    }
  });
});
