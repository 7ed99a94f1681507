/**
 * No N+1 (issue 8): the SQL statements an operation runs do not grow with the page size. Counted
 * from the server's own trace (SQL_TRACE=true: `extensions.sql`, every statement that reached the
 * database, the viewer's sign-in lookups included).
 *
 * 1. The main queries, as the web app and notebooks send them: at most the query's depth + 1
 *    statements, the same at 5 rows as at 50.
 * 2. Every connection of the contract, generated: each node's scalar fields and every object field
 *    that takes no arguments; 30 rows may cost at most one statement more per object field than
 *    3 rows do (a field whose first rows were all null starts its one batched query), never one
 *    per row.
 */
import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS, connectionQuery } from '../support/contract.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

let steward: TestSteward;
let manager: Client;
/** Demo users in turn: each connection is read by the first of them who may read it. */
const READERS = ['manager', 'director', 'leader', 'fire', 'cs', 'clerk'];
const readers: Client[] = [];
beforeAll(async () => {
  steward = await startTestSteward({ SQL_TRACE: 'true' });
  for (const name of READERS) readers.push(await steward.login(name));
  // Each viewer's grants are read once, then cached: the counts below are of warm requests.
  for (const reader of readers) await reader.post(JSON.stringify({ query: '{ viewer { staff { id } } }' }));
  manager = readers[0] as Client;
});
afterAll(() => steward?.close());

type Traced = { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { sql?: { sql: string }[] } };

async function traced(client: Client, query: string, variables: Record<string, unknown>): Promise<Traced> {
  return (await client.post(JSON.stringify({ query, variables }))).json as Traced;
}

async function run(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const body = await traced(client, query, variables);
  expect(body.errors, query).toBeUndefined();
  const sql = body.extensions?.sql;
  if (!sql) throw new Error('the server did not trace its SQL');
  return { data: body.data ?? {}, statements: sql.map((s) => s.sql) };
}

/** Levels of fields, as depth limits count them: `{ a { b { c } } }` is 3. */
function depthOf(doc: DocumentNode): number {
  const walk = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + walk(s.selectionSet));
      if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, walk(s.selectionSet));
    }
    return deepest;
  };
  const op = doc.definitions[0];
  return op?.kind === Kind.OPERATION_DEFINITION ? walk(op.selectionSet) : 0;
}

const MAIN: {
  name: string;
  query: string;
  variables?: (data: Record<string, string>) => Record<string, unknown>;
  /** Who asks (default the manager). */
  user?: string;
}[] = [
  {
    name: 'the case list (web app and notebook page)',
    query: `query($n: Int) { cases(first: $n) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id reference kind status title createdAt resolutionDueAt
        assignee { name } holder { name } department { name } site { name } } } } }`,
  },
  {
    name: 'a case with its timeline',
    query: `query($id: ID!) { case(id: $id) { id reference title status department { name } assignee { name }
      timeline { type at note actorName actor { name department { name } } } } }`,
    variables: (d) => ({ id: d.caseId }),
  },
  {
    name: 'the audit trail',
    query: `query($n: Int) { auditEvents(first: $n) { edges { node { id action occurredAt actor { name } } } } }`,
  },
  {
    name: 'patrol scans',
    query: `query($n: Int) { patrolScans(first: $n) { edges { node { id scannedAt checkpoint { name } patroller { name } } } } }`,
    user: 'director',
  },
  {
    name: 'the viewer',
    query: '{ viewer { authenticatedBy staff { id name department { name } position { name } } } }',
  },
];

describe('the main queries', () => {
  let caseId = '';
  beforeAll(async () => {
    // The case with the longest timeline among the newest 50: the most actors to look up.
    const { data } = await run(manager, '{ cases(first: 50) { edges { node { id timeline { type } } } } }');
    const edges = (data.cases as { edges: { node: { id: string; timeline: unknown[] } }[] }).edges;
    caseId = [...edges].sort((a, b) => b.node.timeline.length - a.node.timeline.length)[0]?.node.id ?? '';
    expect(caseId).not.toBe('');
  });

  for (const main of MAIN) {
    it(`${main.name}: at most depth + 1 statements, whatever the page size`, async () => {
      const limit = depthOf(parse(main.query)) + 1;
      const counts: number[] = [];
      for (const n of [5, 50]) {
        const client = readers[READERS.indexOf(main.user ?? 'manager')] as Client;
        const { statements } = await run(client, main.query, { n, ...main.variables?.({ caseId }) });
        expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limit);
        counts.push(statements.length);
      }
      expect(counts[1]).toBe(counts[0]);
    });
  }

  it('counts what it should: a timeline read one actor at a time would fail the bound', async () => {
    // The trace sees every statement: 50 rows with totalCount cost a count more than without.
    const without = await run(manager, '{ cases(first: 50) { edges { node { id } } } }');
    const counted = await run(manager, '{ cases(first: 50) { totalCount edges { node { id } } } }');
    expect(counted.statements.length).toBe(without.statements.length + 1);
    expect(counted.statements.some((s) => /count\(\*\)/i.test(s))).toBe(true);
  });
});

// ---- every connection, generated from the contract ----------------------------------------------

describe('every connection: no statement per row', () => {
  it('finds the connections of the contract', () => {
    expect(CONNECTIONS.length).toBeGreaterThan(20);
  });

  for (const field of CONNECTIONS) {
    it(`${field.name}`, async () => {
      const { query, objects } = connectionQuery(field);
      // Whoever of them sees the most rows: a reader who sees none shows nothing per row.
      let reader: Client | undefined;
      let most = -1;
      for (const candidate of readers) {
        const body = await traced(candidate, query, { n: 30 });
        const seen = (body.data?.[field.name] as { edges?: unknown[] } | undefined)?.edges?.length ?? -1;
        if (!body.errors?.length && seen > most) {
          reader = candidate;
          most = seen;
        }
      }
      if (!reader) throw new Error(`none of ${READERS.join(', ')} may read ${field.name}`);
      const few = await run(reader, query, { n: 3 });
      const many = await run(reader, query, { n: 30 });
      if (process.env.SHOW_SQL)
        console.log(
          field.name,
          few.statements.length,
          '→',
          many.statements.length,
          '\n',
          many.statements.map((s) => s.slice(0, 150)).join('\n'),
        );
      const rows = ((many.data[field.name] as { edges: unknown[] }).edges ?? []).length;
      expect(
        many.statements.length,
        `${rows} rows: ${many.statements.length} statements, against ${few.statements.length} for 3\n${many.statements.join('\n')}`,
      ).toBeLessThanOrEqual(few.statements.length + objects);
    });
  }
});
