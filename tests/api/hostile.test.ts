import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, LIMITS } from '@steward/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createToken } from '../support/factories.js';
import { type Client, demoDatabase, type RawResponse, startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * A hostile corpus against a server in production mode: each request gets a clear 4xx (or a
 * GraphQL error) with a code — never a 500, never anything from inside the server — and the
 * server answers normally afterwards. Introspection is the developer's alone there.
 */

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const bodyOf = (res: RawResponse) => res.json as Body | null;
const codeOf = (res: RawResponse) => bodyOf(res)?.errors?.[0]?.extensions?.code;
const ask = (client: Client, query: string, variables?: Record<string, unknown>) =>
  client.post(JSON.stringify({ query, variables }));

/** Nothing from inside the server: no stack frames, no file paths, no module names. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toMatch(/\bat (?:[^\s"]+ \(|file:|node:|\/)/);
  expect(text).not.toMatch(/\/(?:work|home|tmp|usr|app)\//);
  expect(text).not.toMatch(/node_modules|\.[cm]?[jt]s:\d+/);
}

/** A clear refusal: the status asked for, a JSON error with a known code, nothing internal. */
function expectRefused(res: RawResponse, status: number, code: string, label = '') {
  expect(res.status, `${label} ${res.text.slice(0, 300)}`).toBe(status);
  expect(codeOf(res), `${label} ${res.text.slice(0, 300)}`).toBe(code);
  expectNoInternals(res.text);
}

let steward: TestSteward;
let dataDir: string;
let release: () => Promise<void>;
let cs: Client;
let csToken: Client;
let developer: Client;
let developerToken: Client;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'steward-hostile-'));
  const database = await demoDatabase(dataDir);
  release = database.release;
  // Production as deployed (demo sign-ins are refused there: the demo copy is only its data).
  steward = await startTestSteward({ DATABASE_URL: database.url, DEMO_DATA: 'false' }, { nodeEnv: 'production' });
  const manager = await steward.login('manager');
  // Nobody holds developer.manage by default: the manager grants it to the analyst's post.
  const granted = await ask(
    manager,
    'mutation($input: SetPositionGrantInput!) { setPositionGrant(input: $input) { userErrors { code message } } }',
    { input: { positionKey: 'analyst', permission: 'developer.manage', scope: 'ALL' } },
  );
  expect(bodyOf(granted)?.data).toEqual({ setPositionGrant: { userErrors: [] } });
  [cs, developer] = await Promise.all([steward.login('cs'), steward.login('analyst')]);
  csToken = steward.withToken((await createToken(cs)).secret);
  developerToken = steward.withToken((await createToken(developer)).secret);
}, 120_000);

afterAll(async () => {
  await steward?.close();
  await release?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('introspection in production', () => {
  const INTROSPECTIONS = {
    plain: '{ __schema { queryType { name } } }',
    aliased: '{ schema: __schema { queryType { name } } }',
    type: '{ __type(name: "Staff") { fields { name } } }',
    aliasedType: '{ staff: __type(name: "Staff") { name } }',
    inFragment: '{ ...Q } fragment Q on Query { __schema { types { name } } }',
    fragmentNamedLikeIt: '{ ...__schema } fragment __schema on Query { s: __schema { types { name } } }',
    inline: '{ ... on Query { __schema { types { name } } } }',
    nestedFragments: '{ ...A } fragment A on Query { ...B } fragment B on Query { __type(name: "Case") { name } }',
  };

  it.each(Object.entries(INTROSPECTIONS))(
    'is refused to a normal user, a read token and the signed out (%s)',
    async (_label, query) => {
      for (const [who, client] of [
        ['cs', cs],
        ['cs token', csToken],
        ['anonymous', steward as Client],
      ] as const) {
        const res = await ask(client, query);
        expectRefused(res, 403, ErrorCode.FORBIDDEN, who);
        expect(bodyOf(res)?.data).toBeUndefined();
        expect(bodyOf(res)?.errors?.[0]?.message).toMatch(/developer\.manage/);
      }
    },
  );

  it.each(Object.entries(INTROSPECTIONS))(
    'is answered to a developer, session or token (%s)',
    async (_label, query) => {
      for (const client of [developer, developerToken]) {
        const res = await ask(client, query);
        expect(res.status, res.text.slice(0, 300)).toBe(200);
        expect(bodyOf(res)?.errors).toBeUndefined();
      }
    },
  );

  it('__typename is not introspection', async () => {
    const res = await ask(cs, '{ __typename viewer { __typename staff { __typename } } }');
    expect(res.status).toBe(200);
    expect(bodyOf(res)?.data).toMatchObject({ __typename: 'Query', viewer: { __typename: 'Viewer' } });
  });

  it('over GET too', async () => {
    const query = encodeURIComponent('{ __schema { queryType { name } } }');
    const res = await fetch(`${steward.url}/graphql?query=${query}`, {
      headers: { ...cs.authHeaders, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('"Did you mean …" is left out of errors, except for a developer', async () => {
    const typo = '{ viewer { staf { id } } }';
    const hidden = await ask(cs, typo);
    expectRefused(hidden, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(bodyOf(hidden)?.errors?.[0]?.message).toBe('Cannot query field "staf" on type "Viewer".');
    const shown = await ask(developer, typo);
    expect(bodyOf(shown)?.errors?.[0]?.message).toMatch(/Did you mean "staff"\?/);
    // Enum values and input fields are suggested in the same way.
    const badEnum = await ask(cs, '{ positions(origin: RULEBOK) { key } }');
    expect(bodyOf(badEnum)?.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('over a socket it is refused to everyone (a developer uses HTTP)', async () => {
    const ws = new WebSocket(`${steward.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: developer.authHeaders,
    });
    const replies: { id?: string; type: string; payload?: unknown }[] = [];
    ws.on('message', (data) => replies.push(JSON.parse(String(data))));
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await expect.poll(() => replies.some((r) => r.type === 'connection_ack')).toBe(true);
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __schema { queryType { name } } }' } }));
    await expect.poll(() => replies.find((r) => r.id === '1')).toBeTruthy();
    expect(replies.find((r) => r.id === '1')).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: ErrorCode.FORBIDDEN } }],
    });
    ws.close();
  });
});

describe('a hostile corpus', () => {
  const Q = LIMITS.query;

  it('deep nesting: refused by depth, or by tokens when it is longer still', async () => {
    const nested = (n: number) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`;
    for (const n of [Q.maxDepth + 1, 1000, 2400]) {
      const res = await ask(cs, nested(n));
      expectRefused(res, 400, ErrorCode.QUERY_TOO_COMPLEX, `depth ${n}`);
      expect(bodyOf(res)?.errors?.[0]?.extensions?.limit).toBe('depth');
    }
    expectRefused(await ask(cs, nested(100_000)), 400, ErrorCode.QUERY_TOO_COMPLEX, 'tokens');
    // Nested lists in an argument recurse in the parser just the same.
    const lists = `{ cases(filter: { kinds: ${'['.repeat(2400)}COMPLAINT${']'.repeat(2400)} }) { totalCount } }`;
    expectRefused(await ask(cs, lists), 400, ErrorCode.QUERY_TOO_COMPLEX, 'lists');
  });

  it('alias bombs: many names, or one name many times', async () => {
    const many = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { staff { id } }`).join(' ')} }`;
    expectRefused(await ask(cs, many), 400, ErrorCode.QUERY_TOO_COMPLEX, 'aliases');
    const same = `{ ${'a: viewer { staff { id } } '.repeat(1000)}}`;
    expectRefused(await ask(cs, same), 400, ErrorCode.QUERY_TOO_COMPLEX, 'repeats');
    const typenames = `{ ${'__typename '.repeat(2000)}}`;
    expectRefused(await ask(cs, typenames), 400, ErrorCode.QUERY_TOO_COMPLEX, 'repeats');
  });

  it('fragment cycles and fragment bombs', async () => {
    const cycle = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    expectRefused(await ask(cs, cycle), 400, 'GRAPHQL_VALIDATION_FAILED', 'cycle');
    const self = '{ viewer { ...V } } fragment V on Viewer { staff { id } ...V }';
    expectRefused(await ask(cs, self), 400, 'GRAPHQL_VALIDATION_FAILED', 'self');
    // Each fragment twice in the next: 2^30 fields if expanded; refused by depth long before.
    const bomb = Array.from(
      { length: 30 },
      (_, i) =>
        `fragment F${i} on Position { key ${i < 29 ? `x: reportsTo { ...F${i + 1} } y: reportsTo { ...F${i + 1} }` : ''} }`,
    ).join(' ');
    const res = await ask(cs, `{ positions { ...F0 } } ${bomb}`);
    expect(res.status).toBe(400);
    expectNoInternals(res.text);
  });

  it('huge lists of ids: as a variable, refused by cost; written out, by tokens', async () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `id${i}`);
    expectRefused(
      await ask(cs, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }),
      400,
      ErrorCode.QUERY_TOO_COMPLEX,
      'cost',
    );
    expectRefused(
      await ask(cs, `{ nodes(ids: ${JSON.stringify(ids)}) { id } }`),
      400,
      ErrorCode.QUERY_TOO_COMPLEX,
      'tokens',
    );
    expectRefused(
      await ask(cs, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 101) }),
      200,
      ErrorCode.BAD_USER_INPUT,
      '101 ids',
    );
  });

  it('giant strings: in a search, in a mutation, in the document', async () => {
    const giant = '長'.repeat(150_000); // 450 kB in UTF-8: two of them fit in a body
    expectRefused(
      await ask(cs, 'query($q: String!) { customerLookup(query: $q) { matchedValue } }', { q: giant }),
      200,
      ErrorCode.BAD_USER_INPUT,
      'lookup',
    );
    const opened = await ask(
      cs,
      'mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field code } } }',
      {
        input: {
          kind: 'COMPLAINT',
          channel: 'PATROL',
          title: giant,
          description: giant,
          reportedByMe: true,
        },
      },
    );
    expect(opened.status).toBe(200);
    expect(bodyOf(opened)?.data?.openCase).toMatchObject({
      case: null,
      userErrors: expect.arrayContaining([{ field: ['input', 'title'], code: 'TOO_LONG' }]),
    });
    const literal = await ask(cs, `{ cases(filter: { search: "${'x'.repeat(200_000)}" }) { totalCount } }`);
    expectRefused(literal, 200, ErrorCode.BAD_USER_INPUT, 'literal');
  });

  it('invalid UTF-8 and control bytes', async () => {
    const send = (bytes: Buffer) =>
      fetch(`${steward.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...cs.authHeaders },
        body: new Uint8Array(bytes),
      });
    const inQuery = Buffer.concat([
      Buffer.from('{"query":"{ viewer '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' }"}'),
    ]);
    let res = await send(inQuery);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const inVariable = Buffer.concat([
      Buffer.from('{"query":"query($q: String!) { customerLookup(query: $q) { matchedValue } }","variables":{"q":"'),
      Buffer.from([0xed, 0xa0, 0x80, 0xff]),
      Buffer.from('"}}'),
    ]);
    res = await send(inVariable);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).errors).toBeUndefined();
    res = await send(Buffer.from('{"query":"{ viewer \\u0000 }"}'));
    expect(res.status).toBe(400);
  });

  it('wrong content types, empty and odd bodies', async () => {
    const query = JSON.stringify({ query: '{ viewer { staff { id } } }' });
    // Simple types are refused as cross-site requests, the rest as having no JSON body, and a
    // charset we cannot read with 415; with or without the header that forces a preflight.
    for (const [type, status] of [
      ['text/plain', 400],
      ['application/x-www-form-urlencoded', 400],
      ['multipart/form-data; boundary=x', 400],
      ['application/graphql', 400],
      ['application/xml', 400],
      ['application/json; charset=latin1', 415],
    ] as const) {
      const variants: Record<string, string>[] = [
        { 'content-type': type },
        { 'content-type': type, 'apollo-require-preflight': 'true' },
      ];
      for (const headers of variants) {
        const res = await cs.post(query, headers);
        expect(res.status, type).toBe(status);
        expect(codeOf(res), type).toBe(ErrorCode.BAD_REQUEST);
        expectNoInternals(res.text);
      }
    }
    const empty = await cs.post('');
    expectRefused(empty, 400, ErrorCode.BAD_REQUEST, 'empty');
    for (const body of [
      '"just a string"',
      '42',
      'null',
      '{}',
      '{"query": 42}',
      '{"query": "{ __typename }", "variables": "x"}',
      '{"query": ["{ __typename }"]}',
    ]) {
      const res = await cs.post(body);
      expect(res.status, body).toBe(400);
      expect(codeOf(res), body).toBe(ErrorCode.BAD_REQUEST);
      expectNoInternals(res.text);
    }
  });

  it('batched arrays of operations are refused whole', async () => {
    const one = { query: '{ viewer { staff { id } } }' };
    for (const batch of [[one, one], [one], []]) {
      const res = await cs.post(JSON.stringify(batch));
      expectRefused(res, 400, ErrorCode.BAD_REQUEST, JSON.stringify(batch).slice(0, 40));
    }
  });

  it('GET: a mutation is refused, and without the preflight header so is everything (CSRF)', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${steward.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { ...cs.authHeaders, ...headers },
      });
    let res = await get('mutation { logout { userErrors { code } } }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(405);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_REQUEST);
    res = await get('{ viewer { staff { id } } }');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_REQUEST);
    // Allowed GETs count against the limits like any request.
    res = await get('{ viewer { staff { id } } }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-limit')).toBeTruthy();
    const deep = `{ positions { ${'reportsTo { '.repeat(Q.maxDepth)}key${' }'.repeat(Q.maxDepth)} } }`;
    res = await get(deep, { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });

  it('still answers a normal query after all of that', async () => {
    const res = await ask(cs, '{ viewer { staff { username } } departments { key } }');
    expect(res.status).toBe(200);
    expect(bodyOf(res)?.data).toMatchObject({ viewer: { staff: { username: 'cs' } } });
    expect((await fetch(`${steward.url}/readyz`)).status).toBe(200);
  });
});
