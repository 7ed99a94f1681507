import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, LIMITS } from '@steward/schema';
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  Kind,
  Lexer,
  print,
  Source,
  TokenKind,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { operationCost } from '../../apps/api/src/graphql/limits/cost.js';
import { checkShape } from '../../apps/api/src/graphql/limits/rules.js';
import * as webDocuments from '../../apps/web/src/gql/graphql.js';
import * as testDocuments from '../gql/graphql.js';
import { createToken } from '../support/factories.js';
import { startRedis } from '../support/redis.js';
import { type Client, demoDatabase, type RawResponse, startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * Every limit at its edge: the largest request allowed and the smallest refused, with the code,
 * the limit's name and the HTTP status a client can act on (docs/limits.md).
 */

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requested: number | null; maximum: number } };
}

const bodyOf = (res: RawResponse) => res.json as Body;
const codeOf = (res: RawResponse) => bodyOf(res).errors?.[0]?.extensions?.code;
const ask = (client: Client, query: string, variables?: Record<string, unknown>) =>
  client.post(JSON.stringify({ query, variables }));

function tokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

function expectAllowed(res: RawResponse) {
  expect(res.status, res.text.slice(0, 500)).toBe(200);
  expect(bodyOf(res).errors, res.text.slice(0, 500)).toBeUndefined();
}

function expectTooComplex(res: RawResponse, limit: string, maximum: number, found?: number) {
  expect(res.status, res.text.slice(0, 500)).toBe(400);
  const error = bodyOf(res).errors?.[0];
  expect(error?.extensions).toMatchObject({ code: ErrorCode.QUERY_TOO_COMPLEX, limit, maximum });
  if (found !== undefined) expect(error?.extensions?.found).toBe(found);
  expect(error?.message).toContain(String(maximum));
  expect(res.text).not.toMatch(/stacktrace|node_modules/);
}

const Q = LIMITS.query;

describe('the shape of one operation', () => {
  let steward: TestSteward;
  let manager: Client;
  beforeAll(async () => {
    steward = await startTestSteward();
    manager = await steward.login('manager');
  });
  afterAll(() => steward?.close());

  /** `positions { reportsTo { … { key } } }`: `depth` levels of fields, one object each. */
  const deep = (depth: number) => `{ positions { ${'reportsTo { '.repeat(depth - 2)}key${' }'.repeat(depth - 2)} } }`;

  it(`depth: ${Q.maxDepth} levels are answered, ${Q.maxDepth + 1} refused before anything runs`, async () => {
    expectAllowed(await ask(manager, deep(Q.maxDepth)));
    expectTooComplex(await ask(manager, deep(Q.maxDepth + 1)), 'depth', Q.maxDepth, Q.maxDepth + 1);
  });

  it('depth counts the fields inside fragments, not the fragments', async () => {
    // Each fragment adds one level (`reportsTo`); the operation itself holds `positions`.
    const chain = (levels: number) => {
      const fragments = Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Position { reportsTo { ${i + 1 < levels ? `...F${i + 1}` : 'key'} } }`,
      );
      return `{ positions { ...F0 } } ${fragments.join(' ')}`;
    };
    // positions + (levels) reportsTo + key = levels + 2.
    expectAllowed(await ask(manager, chain(Q.maxDepth - 2)));
    expectTooComplex(await ask(manager, chain(Q.maxDepth - 1)), 'depth', Q.maxDepth, Q.maxDepth + 1);
  });

  it(`aliases: ${Q.maxAliases} are answered, ${Q.maxAliases + 1} refused`, async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { staff { id } }`).join(' ')} }`;
    expectAllowed(await ask(manager, aliased(Q.maxAliases)));
    expectTooComplex(await ask(manager, aliased(Q.maxAliases + 1)), 'aliases', Q.maxAliases, Q.maxAliases + 1);
  });

  it('aliases count inside fragments, each time a fragment is spread', async () => {
    const half = Q.maxAliases / 2 + 1;
    const fragment = `fragment Named on Staff { ${Array.from({ length: half }, (_, i) => `n${i}: id`).join(' ')} }`;
    expectAllowed(await ask(manager, `{ viewer { staff { ...Named } } } ${fragment}`));
    // The same fragment under a second field: its aliases count again.
    expectTooComplex(
      await ask(manager, `{ viewer { staff { ...Named } } again: viewer { staff { ...Named } } } ${fragment}`),
      'aliases',
      Q.maxAliases,
      2 * half + 1,
    );
  });

  it(`tokens: a document of ${Q.maxTokens} is read, one of ${Q.maxTokens + 1} refused`, async () => {
    // A long list of enum values is the plainest way to many tokens without breaking another limit.
    const withTokens = (n: number) => {
      const head = '{ cases(first: 1, filter: { kinds: [';
      const tail = '] }) { totalCount } }';
      return `${head}${' COMPLAINT'.repeat(n - tokens(`${head}${tail}`))}${tail}`;
    };
    expect(tokens(withTokens(Q.maxTokens))).toBe(Q.maxTokens);
    expectAllowed(await ask(manager, withTokens(Q.maxTokens)));
    const refused = await ask(manager, withTokens(Q.maxTokens + 1));
    expectTooComplex(refused, 'tokens', Q.maxTokens);
    // Comments are not tokens.
    expectAllowed(await ask(manager, `{ viewer { staff { id } } } # ${'word '.repeat(Q.maxTokens)}`));
  });

  it(`directives: ${Q.maxDirectives} are answered, ${Q.maxDirectives + 1} refused`, async () => {
    const directed = (n: number) =>
      `{ viewer { staff @include(if: true) { ${Array.from({ length: n - 1 }, (_, i) => `d${i}: id @skip(if: false)`).join(' ')} } } }`;
    expectAllowed(await ask(manager, directed(Q.maxDirectives)));
    expectTooComplex(
      await ask(manager, directed(Q.maxDirectives + 1)),
      'directives',
      Q.maxDirectives,
      Q.maxDirectives + 1,
    );
  });

  it(`repeats: one field ${Q.maxRepeats} times in one place is answered, ${Q.maxRepeats + 1} refused`, async () => {
    const repeated = (n: number) => `{ viewer { staff { ${'id '.repeat(n)}} } }`;
    expectAllowed(await ask(manager, repeated(Q.maxRepeats)));
    expectTooComplex(await ask(manager, repeated(Q.maxRepeats + 1)), 'repeats', Q.maxRepeats, Q.maxRepeats + 1);
    // Inline fragments merge into the selection they are in: their fields count there.
    const inline = `{ viewer { staff { ${'... on Staff { id } '.repeat(Q.maxRepeats + 1)}} } }`;
    expectTooComplex(await ask(manager, inline), 'repeats', Q.maxRepeats, Q.maxRepeats + 1);
  });

  describe('cost', () => {
    // cases(first: a) { nodes { events(first: b) { nodes { id } } } } costs 1 + a + a × (1 + b).
    const NESTED = `query Nested($cases: Int!, $events: Int!) {
      cases(first: $cases) { nodes { events(first: $events) { nodes { id } } } }
    }`;

    it(`costs ${Q.maxCost} (99 cases × 99 events) are answered, ${Q.maxCost + 1} refused, before anything runs`, async () => {
      const allowed = await ask(manager, NESTED, { cases: 99, events: 99 });
      expectAllowed(allowed);
      expect(bodyOf(allowed).extensions?.cost).toEqual({ requested: Q.maxCost, maximum: Q.maxCost });
      const refused = await ask(manager, NESTED, { cases: 100, events: 98 });
      expectTooComplex(refused, 'cost', Q.maxCost, Q.maxCost + 1);
      expect(bodyOf(refused).data).toBeUndefined();
      expect(bodyOf(refused).extensions?.cost).toEqual({ requested: Q.maxCost + 1, maximum: Q.maxCost });
    });

    it('a list of 100 cases each with 100 events is refused, naming what it would cost', async () => {
      expectTooComplex(await ask(manager, NESTED, { cases: 100, events: 100 }), 'cost', Q.maxCost, 1 + 100 + 100 * 101);
    });

    it('every response says what it cost, defaults and literals included', async () => {
      const res = await ask(manager, '{ cases { nodes { id site { code } } pageInfo { hasNextPage } } }');
      expectAllowed(res);
      // cases 1 + 20 nodes (the default page) + 20 sites + pageInfo 1.
      expect(bodyOf(res).extensions?.cost).toEqual({ requested: 42, maximum: Q.maxCost });
      const scalars = await ask(manager, '{ __typename }');
      expect(bodyOf(scalars).extensions?.cost).toEqual({ requested: 0, maximum: Q.maxCost });
      const invalid = await ask(manager, '{ nope }');
      expect(invalid.status).toBe(400);
      expect(bodyOf(invalid).extensions?.cost).toEqual({ requested: null, maximum: Q.maxCost });
    });

    it('nodes(ids:) costs by the ids asked for', async () => {
      const ids = Array.from({ length: Q.maxCost + 1 }, (_, i) => `id${i}`);
      expectTooComplex(
        await ask(manager, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }),
        'cost',
        Q.maxCost,
        Q.maxCost + 1,
      );
    });
  });

  it('in development and test the schema is open to everyone: introspection, "Did you mean …"', async () => {
    const cs = await steward.login('cs');
    const schema = await ask(cs, '{ __schema { queryType { name } } }');
    expectAllowed(schema);
    expect(bodyOf(schema).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await ask(cs, '{ viewer { staf { id } } }');
    expect(bodyOf(typo).errors?.[0]?.message).toMatch(/Did you mean "staff"\?/);
  });

  it(`page size: ${LIMITS.pageSize.max} items are answered, ${LIMITS.pageSize.max + 1} refused naming the argument`, async () => {
    const page = 'query($first: Int, $last: Int) { cases(first: $first, last: $last) { nodes { id } } }';
    expectAllowed(await ask(manager, page, { first: LIMITS.pageSize.max }));
    for (const [arg, n] of [
      ['first', LIMITS.pageSize.max + 1],
      ['last', LIMITS.pageSize.max + 1],
      ['first', 0],
    ] as const) {
      const res = await ask(manager, page, { [arg]: n });
      expect(codeOf(res)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(bodyOf(res).errors?.[0]?.extensions?.field).toEqual([arg]);
    }
  });

  it(`nodes(ids:): ${LIMITS.pageSize.max} ids are answered, ${LIMITS.pageSize.max + 1} refused`, async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `nope${i}`);
    const allowed = await ask(manager, query, { ids: ids(LIMITS.pageSize.max) });
    expectAllowed(allowed);
    expect(bodyOf(allowed).data?.nodes).toHaveLength(LIMITS.pageSize.max);
    const refused = await ask(manager, query, { ids: ids(LIMITS.pageSize.max + 1) });
    expect(codeOf(refused)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(bodyOf(refused).errors?.[0]?.extensions?.field).toEqual(['ids']);
  });

  it(`body: ${LIMITS.maxBodyBytes} bytes are read, one byte more is 413 PAYLOAD_TOO_LARGE`, async () => {
    const bodyOfSize = (bytes: number) => {
      const start = '{"query":"{ __typename } #';
      const end = '"}';
      return `${start}${'x'.repeat(bytes - start.length - end.length)}${end}`;
    };
    expect(Buffer.byteLength(bodyOfSize(LIMITS.maxBodyBytes))).toBe(LIMITS.maxBodyBytes);
    expectAllowed(await manager.post(bodyOfSize(LIMITS.maxBodyBytes)));
    const refused = await manager.post(bodyOfSize(LIMITS.maxBodyBytes + 1));
    expect(refused.status).toBe(413);
    expect(codeOf(refused)).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
  });
});

describe('what the clients send fits every limit', () => {
  const schema = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));
  const documents = (module: Record<string, unknown>) =>
    Object.entries(module).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith('Document') && (entry[1] as { kind?: string } | null)?.kind === Kind.DOCUMENT,
    );

  it.each([
    ['the web app', webDocuments],
    ['the tests', testDocuments],
  ])('every operation of %s, at its largest pages', (_label, module) => {
    const all = documents(module as Record<string, unknown>);
    expect(all.length).toBeGreaterThan(50);
    const over: string[] = [];
    for (const [name, document] of all) {
      const source = print(document);
      if (tokens(source) > Q.maxTokens) over.push(`${name}: ${tokens(source)} tokens`);
      const refusal = checkShape(schema, document);
      if (refusal) over.push(`${name}: ${refusal.message}`);
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        // Every Int variable at the largest page: an upper bound of what the client can ask.
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, LIMITS.pageSize.max]),
        );
        const cost = operationCost({ schema, operation, fragments, variables });
        if (cost > Q.maxCost) over.push(`${name}: costs ${cost}`);
      }
    }
    expect(over).toEqual([]);
  });
});

/** A raw graphql-transport-ws socket: what the server answers `connection_init` (ack or close code). */
function openSocket(url: string, headers: Record<string, string>) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  const answer = new Promise<'ack' | number>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      messages.push(message);
      if (message.type === 'connection_ack') resolve('ack');
    });
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
  const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
  return {
    answer,
    messages,
    /** Sends one operation and waits for its first answer. */
    async run(id: string, query: string) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
      for (let i = 0; i < 200; i++) {
        const reply = messages.find((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
        if (reply) return reply;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no answer to ${id}`);
    },
    async close() {
      ws.close();
      await closed;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rate limits', () => {
  const WINDOW = 3;
  const REQUESTS = 5;
  const ANONYMOUS = 12;
  let steward: TestSteward;
  beforeAll(async () => {
    steward = await startTestSteward({
      RATE_LIMIT_WINDOW_SECONDS: String(WINDOW),
      RATE_LIMIT_REQUESTS: String(REQUESTS),
      RATE_LIMIT_ANONYMOUS: String(ANONYMOUS),
      RATE_LIMIT_EXPORTS: '2',
      RATE_LIMIT_SOCKETS: '2',
      RATE_LIMIT_CONCURRENT: '1',
    });
  });
  afterAll(() => steward?.close());

  const VIEWER = '{ viewer { staff { username } } }';
  const limitHeaders = (res: RawResponse) => ({
    limit: res.headers.get('ratelimit-limit'),
    remaining: res.headers.get('ratelimit-remaining'),
    reset: Number(res.headers.get('ratelimit-reset')),
    retryAfter: res.headers.get('retry-after'),
  });

  it(`a session: ${REQUESTS} requests a window, the next refused with 429 and when to retry, then allowed again`, async () => {
    const cs = await steward.login('cs');
    const other = await steward.login('cs2');
    for (let i = 1; i <= REQUESTS; i++) {
      const res = await ask(cs, VIEWER);
      expectAllowed(res);
      const headers = limitHeaders(res);
      expect(headers).toMatchObject({ limit: String(REQUESTS), remaining: String(REQUESTS - i), retryAfter: null });
      expect(headers.reset).toBeGreaterThanOrEqual(1);
      expect(headers.reset).toBeLessThanOrEqual(WINDOW);
    }
    const refused = await ask(cs, VIEWER);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe(ErrorCode.RATE_LIMITED);
    const headers = limitHeaders(refused);
    expect(headers.remaining).toBe('0');
    expect(Number(headers.retryAfter)).toBe(headers.reset);
    expect(headers.reset).toBeGreaterThanOrEqual(1);
    expect(headers.reset).toBeLessThanOrEqual(WINDOW);
    expect(bodyOf(refused).errors?.[0]?.extensions?.retryAfterSeconds).toBe(headers.reset);
    expect(bodyOf(refused).errors?.[0]?.message).toContain(String(REQUESTS));
    // Someone else is not held up.
    expectAllowed(await ask(other, VIEWER));
    await sleep(headers.reset * 1000 + 100);
    const again = await ask(cs, VIEWER);
    expectAllowed(again);
    expect(limitHeaders(again).remaining).toBe(String(REQUESTS - 1));
  });

  it('an API token has a budget of its own, apart from its owner’s session', async () => {
    const analyst = await steward.login('analyst');
    const token = steward.withToken((await createToken(analyst)).secret);
    for (let i = 0; i < REQUESTS; i++) expectAllowed(await ask(token, VIEWER));
    expect((await ask(token, VIEWER)).status).toBe(429);
    expectAllowed(await ask(analyst, VIEWER));
  });

  it('signed out, the address is the caller; a made-up cookie or token changes nothing', async () => {
    await sleep(WINDOW * 1000); // a window of the address's own
    const made = [
      steward,
      steward.withToken('stw_madeup'),
      { post: (body: string) => steward.post(body, { cookie: 'steward_session=madeup' }) } as Client,
    ];
    for (let i = 0; i < ANONYMOUS; i++) {
      const res = await ask(made[i % made.length] as Client, VIEWER);
      expect(res.status).toBe(200);
      expect(limitHeaders(res).limit).toBe(String(ANONYMOUS));
    }
    for (const caller of made) {
      const res = await ask(caller, VIEWER);
      expect(res.status).toBe(429);
      expect(bodyOf(res).errors?.[0]?.message).toMatch(/signed out/);
    }
    await sleep(WINDOW * 1000);
  });

  it('exports count apart: 2 downloads a window, then 429', async () => {
    const analyst = await steward.login('analyst');
    const download = () =>
      fetch(`${steward.url}/export/cases.csv?from=2026-01-01&to=2026-01-02`, { headers: analyst.authHeaders });
    for (let i = 0; i < 2; i++) {
      const res = await download();
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('2');
      await res.arrayBuffer();
    }
    const refused = await download();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: { code: ErrorCode.RATE_LIMITED } });
  });

  it('requests of one caller run one at a time here; the next waits its turn (429), others do not', async () => {
    const leader = await steward.login('leader');
    const director = await steward.login('director');
    const field = steward.schema.getQueryType()?.getFields().departments;
    if (!field?.resolve) throw new Error('no departments resolver');
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown>;
    let open: () => void = () => {};
    const gate = new Promise<void>((r) => {
      open = r;
    });
    let entered: () => void = () => {};
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    field.resolve = async (...args) => {
      entered();
      await gate;
      return resolve(...args);
    };
    try {
      const slow = ask(leader, '{ departments { key } }');
      await inside;
      const second = await ask(leader, VIEWER);
      expect(second.status).toBe(429);
      expect(codeOf(second)).toBe(ErrorCode.RATE_LIMITED);
      expect(second.headers.get('retry-after')).toBe('1');
      expectAllowed(await ask(director, VIEWER));
      open();
      expectAllowed(await slow);
      expectAllowed(await ask(leader, VIEWER));
    } finally {
      field.resolve = resolve;
      open();
    }
  });

  it('sockets: opening one counts as a request; a caller holds 2 at once, the third is closed with 4429', async () => {
    const officer = await steward.login('officer');
    const first = openSocket(steward.url, officer.authHeaders);
    const second = openSocket(steward.url, officer.authHeaders);
    expect(await first.answer).toBe('ack');
    expect(await second.answer).toBe('ack');
    const third = openSocket(steward.url, officer.authHeaders);
    expect(await third.answer).toBe(4429);
    await second.close();
    const fourth = openSocket(steward.url, officer.authHeaders);
    expect(await fourth.answer).toBe('ack');
    // Operations over a socket draw on the same budget: four openings so far (the refused one
    // too), so one request is left.
    expect((await first.run('a', VIEWER)).type).toBe('next');
    const refused = await first.run('b', VIEWER);
    expect(refused.type).toBe('error');
    expect(refused.payload).toMatchObject([{ extensions: { code: ErrorCode.RATE_LIMITED } }]);
    await Promise.all([first.close(), fourth.close()]);
  });

  it('limits over a socket are those over HTTP: a too-deep or too-costly operation is refused', async () => {
    const fire = await steward.login('fire');
    const socket = openSocket(steward.url, fire.authHeaders);
    expect(await socket.answer).toBe('ack');
    const deep = `{ positions { ${'reportsTo { '.repeat(Q.maxDepth - 1)}key${' }'.repeat(Q.maxDepth - 1)} } }`;
    const refused = await socket.run('deep', deep);
    expect(refused.type).toBe('error');
    expect(refused.payload).toMatchObject([{ extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'depth' } }]);
    const costly = await socket.run(
      'costly',
      '{ cases(first: 100) { nodes { events(first: 100) { nodes { id } } } } }',
    );
    expect(costly.payload).toMatchObject([{ extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'cost' } }]);
    await socket.close();
  });
});

describe('the query timeout', () => {
  let steward: TestSteward;
  let manager: Client;
  beforeAll(async () => {
    // One millisecond: any query that waits for the database outlives it.
    steward = await startTestSteward({ REQUEST_TIMEOUT_MS: '1' });
    manager = await steward.login('manager');
  });
  afterAll(() => steward?.close());

  it('a query running longer is answered 503 TIMEOUT, without partial data', async () => {
    const res = await ask(
      manager,
      '{ cases(first: 100) { totalCount nodes { id site { code } timeline { id } escalations { id } } } }',
    );
    expect(res.status).toBe(503);
    expect(bodyOf(res).data).toBeUndefined();
    expect(bodyOf(res).errors).toEqual([
      { message: expect.stringContaining('1 ms'), extensions: { code: ErrorCode.TIMEOUT, timeoutMs: 1 } },
    ]);
    expect(bodyOf(res).extensions?.cost?.maximum).toBe(Q.maxCost);
  });

  it('what needs no waiting is answered; a mutation is never cut short', async () => {
    expectAllowed(await ask(manager, '{ __typename }'));
    const res = await ask(
      manager,
      'mutation($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }',
      { input: { locale: 'EN' } },
    );
    expectAllowed(res);
    expect(bodyOf(res).data).toEqual({ setMyLocale: { userErrors: [] } });
  });
});

describe('with Redis, every replica draws on one budget', () => {
  it('a session’s requests count the same whichever replica answers them', async () => {
    const redis = await startRedis();
    const dir = mkdtempSync(join(tmpdir(), 'steward-limits-'));
    const database = await demoDatabase(dir);
    const env = {
      DATABASE_URL: database.url,
      DEMO_DATA: 'false',
      REDIS_URL: redis.url,
      RATE_LIMIT_REQUESTS: '4',
      RATE_LIMIT_WINDOW_SECONDS: '30',
    };
    const a = await startTestSteward(env);
    const b = await startTestSteward(env);
    try {
      const onA = await a.login('clerk');
      const onB = { post: (body: string) => b.post(body, onA.authHeaders) } as Client;
      const answers: number[] = [];
      for (const replica of [onA, onB, onA, onB, onA, onB]) answers.push((await ask(replica, VIEWER_QUERY)).status);
      expect(answers).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await Promise.allSettled([a.close(), b.close()]);
      await database.release();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const VIEWER_QUERY = '{ viewer { staff { username } } }';
