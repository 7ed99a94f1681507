import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const DepartmentKeys = graphql(`
  query DepartmentKeys {
    departments { key }
  }
`);

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

/** Nothing from inside the server: no stack frames, no file paths, no module names. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/stacktrace/i);
  // A stack frame: `at fn (file:…)`, `at file:…`, `at /path…`; the words "at most" are fine.
  expect(text).not.toMatch(/\bat (?:[^\s"]+ \(|file:|node:|\/)/);
  expect(text).not.toMatch(/\/(?:work|home|tmp|usr|app)\//);
  expect(text).not.toMatch(/node_modules|\.[cm]?[jt]s:\d+/);
}

function firstCode(json: unknown): string | undefined {
  return (json as ErrorBody | null)?.errors?.[0]?.extensions?.code;
}

let steward: TestSteward;
let client: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  client = await steward.login('manager');
});
afterAll(() => steward?.close());

describe('health endpoints', () => {
  it('GET /healthz answers 200 {status: ok}', async () => {
    const res = await fetch(`${steward.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 with the database and migrations checked', async () => {
    const res = await fetch(`${steward.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
  });
});

describe('hostile and malformed requests', () => {
  it('answers malformed JSON with 400 BAD_REQUEST and nothing internal', async () => {
    for (const body of ['{"query": ', '{not json}', '\u0000\u0001', '{"query": "{ departments { key } }",}']) {
      const res = await client.post(body);
      expect(res.status, body).toBe(400);
      expect(firstCode(res.json), body).toBe('BAD_REQUEST');
      expectNoInternals(res.text);
    }
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: `{ departments { key } } # ${'x'.repeat(1024 * 1024)}` });
    const res = await client.post(body);
    expect(res.status).toBe(413);
    expect(firstCode(res.json)).toBe('PAYLOAD_TOO_LARGE');
    expectNoInternals(res.text);
  });

  it('accepts a body just under 1 MB', async () => {
    const query = '{ departments { key } }';
    const padding = 1024 * 1024 - JSON.stringify({ query: `${query} # ` }).length - 1024;
    const res = await client.post(JSON.stringify({ query: `${query} # ${'x'.repeat(padding)}` }));
    expect(res.status).toBe(200);
    expect((res.json as ErrorBody).errors).toBeUndefined();
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await client.post(JSON.stringify({ query: '{ departments { key ' }));
    expect(res.status).toBe(400);
    expect(firstCode(res.json)).toBe('GRAPHQL_PARSE_FAILED');
    expectNoInternals(res.text);
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await client.post(JSON.stringify({ query: '{ departments { key salary } }' }));
    expect(res.status).toBe(400);
    expect(firstCode(res.json)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((res.json as ErrorBody).errors?.[0]?.message).toContain('salary');
    expectNoInternals(res.text);
  });

  it('answers a wrong or missing variable with 400 BAD_USER_INPUT', async () => {
    const query = 'query($k: String!) { department(key: $k) { key } }';
    for (const variables of [{ k: 5 }, {}, { k: null }, { k: { $ne: 1 } }]) {
      const res = await client.post(JSON.stringify({ query, variables }));
      expect(res.status, JSON.stringify(variables)).toBe(400);
      expect(firstCode(res.json), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expectNoInternals(res.text);
    }
  });

  it('answers a request without a query with 400', async () => {
    const res = await client.post(JSON.stringify({ variables: {} }));
    expect(res.status).toBe(400);
    expectNoInternals(res.text);
  });

  it('still answers a normal query after all of that', async () => {
    const { status, body } = await client.gql(DepartmentKeys);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.departments).toHaveLength(8);
  });
});

describe('request ids', () => {
  it('gives every response an X-Request-Id, a fresh one each time', async () => {
    const responses = await Promise.all([
      fetch(`${steward.url}/healthz`),
      fetch(`${steward.url}/readyz`),
      fetch(`${steward.url}/`),
      client.gql(DepartmentKeys),
      fetch(`${steward.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
    ]);
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echoes a sane incoming x-request-id', async () => {
    for (const id of ['abc-123', 'lb:7f3a.9_x', 'a'.repeat(64)]) {
      const res = await fetch(`${steward.url}/healthz`, { headers: { 'x-request-id': id } });
      expect(res.headers.get('x-request-id')).toBe(id);
    }
    const { headers } = await client.gql(DepartmentKeys, {}, { headers: { 'x-request-id': 'trace-42' } });
    expect(headers.get('x-request-id')).toBe('trace-42');
  });

  it('replaces an insane incoming x-request-id', async () => {
    for (const id of ['a'.repeat(200), 'has spaces in it', 'semi;colon', '<script>']) {
      const res = await fetch(`${steward.url}/healthz`, { headers: { 'x-request-id': id } });
      const given = res.headers.get('x-request-id');
      expect(given).not.toBe(id);
      expect(given).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
    }
  });
});

describe('CSRF prevention and the rest of the site', () => {
  const getUrl = () => `${steward.url}/graphql?query=${encodeURIComponent('{ departments { key } }')}`;

  // SameSite=Lax still sends the session cookie with a cross-site top-level GET: CSRF prevention
  // must hold for a signed-in browser, so these requests carry the cookie.
  it('rejects a GET query without a preflight-forcing header (Apollo: 400, code BAD_REQUEST)', async () => {
    const res = await fetch(getUrl(), { headers: client.authHeaders });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(firstCode(JSON.parse(text))).toBe('BAD_REQUEST');
    expect(text).toMatch(/Cross-Site Request Forgery \(CSRF\)/);
    expect(text).not.toContain('customer_service');
    expectNoInternals(text);
  });

  it('rejects a simple (text/plain) POST the same way', async () => {
    const res = await fetch(`${steward.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...client.authHeaders },
      body: JSON.stringify({ query: '{ departments { key } }' }),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/CSRF/);
    expect(text).not.toContain('customer_service');
  });

  it.each([
    ['apollo-require-preflight', 'true'],
    ['x-apollo-operation-name', 'Departments'],
  ])('runs a GET query that carries %s', async (name, value) => {
    const res = await fetch(getUrl(), { headers: { [name]: value, ...client.authHeaders } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { departments: { key: string }[] } };
    expect(body.data?.departments).toHaveLength(8);
  });

  it('answers an anonymous GET query that passes CSRF prevention with UNAUTHENTICATED', async () => {
    const res = await fetch(getUrl(), { headers: { 'apollo-require-preflight': 'true' } });
    const body = (await res.json()) as ErrorBody;
    expect(firstCode(body)).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('answers GET / with a plain-text 404 when the SPA is not built', async () => {
    const res = await fetch(`${steward.url}/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/not built/);
  });
});

describe('graphql-ws', () => {
  /** A WebSocket that sends these headers with its upgrade request, as a browser sends its cookie. */
  const socketWith = (headers: Record<string, string>) =>
    class extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    };

  const run = async <T>(
    options: { headers?: Record<string, string>; connectionParams?: Record<string, unknown> } = {},
  ): Promise<T> => {
    const wsClient = createClient({
      url: `${steward.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: socketWith(options.headers ?? {}),
      connectionParams: options.connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const results: T[] = [];
      for await (const result of wsClient.iterate({ query: '{ departments { key name } }' })) {
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        results.push(result.data as T);
      }
      expect(results).toHaveLength(1);
      return results[0] as T;
    } finally {
      await wsClient.dispose();
    }
  };

  type Departments = { departments: { key: string; name: string }[] };

  it('runs a query over the socket for a signed-in browser (cookie), in Chinese by default', async () => {
    const data = await run<Departments>({ headers: client.authHeaders });
    expect(data.departments).toHaveLength(8);
    expect(data.departments[0]).toEqual({ key: 'customer_service', name: '客户服务部' });
  });

  it('speaks the locale given in connectionParams', async () => {
    const data = await run<Departments>({ headers: client.authHeaders, connectionParams: { locale: 'en' } });
    expect(data.departments.map((d) => d.key)).toEqual([
      'customer_service',
      'order_maintenance',
      'facilities',
      'environment',
      'finance',
      'admin_office',
      'engineering',
      'public_facilities',
    ]);
    expect(data.departments[0]?.name).toBe('Customer Service Department');
  });

  it('accepts a board token in connectionParams, and applies its scope; a read token gets no socket', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const secretFor = async (scope: 'READ' | 'BOARD') => {
      const res = await client.post(
        JSON.stringify({
          query:
            'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { code } } }',
          variables: { input: { name: `ws ${scope}`, scopes: [scope], expiresAt } },
        }),
      );
      const secret = (res.json as { data?: { createApiToken?: { secret?: string } } }).data?.createApiToken?.secret;
      if (!secret) throw new Error(`no token: ${res.text}`);
      return secret;
    };
    // A read token queries over HTTP; a socket is for live data, which it may not have.
    const read = await secretFor('READ');
    await expect(run({ connectionParams: { authorization: `Bearer ${read}` } })).rejects.toMatchObject({ code: 4403 });
    // A board token gets its socket, but may not run queries over it (only `board`).
    const board = await secretFor('BOARD');
    await expect(run({ connectionParams: { authorization: `Bearer ${board}` } })).rejects.toThrow(/FORBIDDEN/);
  });

  it('closes an anonymous socket, or one with a bad token or session, with 4403 at connection_init', async () => {
    await expect(run()).rejects.toMatchObject({ code: 4403, reason: 'Forbidden' });
    await expect(run({ connectionParams: { authorization: 'Bearer stw_nope' } })).rejects.toMatchObject({
      code: 4403,
    });
    await expect(run({ headers: { cookie: 'steward_session=forged' } })).rejects.toMatchObject({ code: 4403 });
  });
});
