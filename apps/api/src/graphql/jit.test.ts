import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jitGateway } from './jit.js';

// What graphql-jit does differently from graphql-js, and jitGateway makes the same. The whole API
// answering identically on both executors is tests/api/jit-executor.test.ts.
const schema = buildSchema(`
  type Query {
    greeting(name: String! = "world", times: Int): String!
    broken: String!
    list: [Item!]!
  }
  type Item { id: ID! }
`);
Object.assign(schema.getQueryType()?.getFields().greeting ?? {}, {
  resolve: (_: unknown, a: { name: string; times?: number }) => `hello ${a.name}`.repeat(a.times ?? 1),
});
Object.assign(schema.getQueryType()?.getFields().broken ?? {}, { resolve: () => null });
Object.assign(schema.getQueryType()?.getFields().list ?? {}, { resolve: () => [{ id: '1' }, { id: null }] });

let server: ApolloServer;
beforeAll(async () => {
  server = new ApolloServer({ gateway: jitGateway(schema), includeStacktraceInErrorResponses: false });
  await server.start();
});
afterAll(() => server?.stop());

async function run(query: string, variables?: Record<string, unknown>) {
  const res = await server.executeOperation({ query, variables });
  if (res.body.kind !== 'single') throw new Error('not a single result');
  return { status: res.http.status, ...res.body.singleResult };
}

describe('jitGateway', () => {
  it('applies a variable’s default value (graphql-jit would call it missing)', async () => {
    const r = await run('query($name: String! = "there") { greeting(name: $name) }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ greeting: 'hello there' });
  });

  it('answers a variable of the wrong type as bad user input (400), as graphql-js does', async () => {
    const r = await run('query($times: Int) { greeting(times: $times) }', { times: 'twice' });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.data).toBeUndefined();
  });

  it('gives its own errors (a null for a non-null field) a code, a path and a place', async () => {
    const r = await run('{ greeting broken }');
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]).toMatchObject({
      path: ['broken'],
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(r.errors?.[0]?.message).toMatch(/non-nullable/);
  });

  it('nulls a list whose non-null item is null, with the item’s path', async () => {
    const r = await run('{ list { id } }');
    expect(r.data).toBeNull();
    expect(r.errors?.[0]).toMatchObject({ path: ['list', 1, 'id'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('runs the same document again from its compiled form', async () => {
    for (let i = 0; i < 3; i++)
      expect((await run('{ greeting(times: 2) }')).data).toEqual({ greeting: 'hello worldhello world' });
  });
});
