import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createStewardPubSub } from '../../apps/api/src/realtime/pubsub.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { type RedisServer, startRedis } from '../support/redis.js';
import { type Client, clientFor, DEMO_PASSWORD, freshDatabase, signIn, TEST_PG_URL } from '../support/steward.js';

/**
 * Two API processes (the production build) on one database — PostgreSQL in the api-pg run, one
 * SQLite file in WAL mode otherwise — and one Redis: a subscriber on one replica hears what a
 * mutation on the other did; a session and the sign-in throttle are the same on both.
 */
let redis: RedisServer;
let a: BuiltServer;
let b: BuiltServer;
let release: () => Promise<void>;
const dataDir = mkdtempSync(join(tmpdir(), 'steward-replicas-'));

beforeAll(async () => {
  redis = await startRedis();
  const database = await freshDatabase(dataDir);
  release = database.release;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    DEMO_DATA: 'true',
    BACKGROUND_SWEEPS: 'false',
    LOGIN_MAX_FAILURES: '3',
    WEB_DIST: 'none',
  };
  // One after the other: the first applies the migrations and loads the demo; the second finds
  // them done (as a rolling deploy's second replica does).
  // (Loading the demo week over PostgreSQL's socket takes a while on a loaded machine.)
  a = await startBuiltServer(env, 180_000);
  b = await startBuiltServer(env, 60_000);
}, 240_000);

afterAll(async () => {
  await Promise.allSettled([a?.stop(), b?.stop()]);
  await redis?.stop();
  await release?.();
  rmSync(dataDir, { recursive: true, force: true });
});

function listen(url: string, client: Client, query: string) {
  const received: unknown[] = [];
  const ws = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: client.authHeaders });
      }
    },
    retryAttempts: 0,
  });
  const connected = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
  const stop = ws.subscribe(
    { query },
    { next: (msg) => received.push(msg.data), error: (err) => received.push({ error: err }), complete: () => {} },
  );
  return {
    received,
    connected,
    close: () => {
      stop();
      return ws.dispose();
    },
  };
}

const gql = async (client: Client, query: string, variables: Record<string, unknown> = {}) => {
  const res = await client.post(JSON.stringify({ query, variables }));
  expect(res.status, res.text).toBe(200);
  return res.json as { data?: Record<string, unknown>; errors?: unknown[] };
};

describe(`two replicas on one ${TEST_PG_URL ? 'PostgreSQL' : 'SQLite'} database and one Redis`, () => {
  it('are both ready, and say Redis is reachable', async () => {
    for (const server of [a, b]) {
      const res = await fetch(`${server.url}/readyz`);
      expect(await res.json()).toMatchObject({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
    }
  });

  it('deliver to a subscriber on one replica what a mutation on the other did', async () => {
    const csOnA = await signIn(a.url, 'cs');
    // The same session works on the other replica: sessions live in the shared database.
    const csOnB = clientFor(b.url, csOnA.authHeaders);
    const viewer = await gql(csOnB, '{ viewer { staff { username } } }');
    expect(viewer.data).toEqual({ viewer: { staff: { username: 'cs' } } });

    const list = await gql(
      csOnA,
      '{ cases(first: 1, filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }) { nodes { id } } }',
    );
    const caseId = (list.data as { cases: { nodes: { id: string }[] } }).cases.nodes[0]?.id;
    expect(caseId).toBeTruthy();

    const onB = listen(b.url, csOnB, 'subscription { caseEvents { type note case { id } } }');
    await onB.connected;
    // The subscription is registered once the server has subscribed its Redis channel; give the
    // SUBSCRIBE a moment to reach Redis before publishing from the other replica.
    await new Promise((r) => setTimeout(r, 300));
    const note = `跨副本 ${Date.now()}`;
    const comment = await gql(
      csOnA,
      'mutation ($input: CommentOnCaseInput!) { commentOnCase(input: $input) { userErrors { field message } } }',
      { input: { caseId, note } },
    );
    expect(comment.errors).toBeUndefined();
    await expect
      .poll(() => onB.received, { timeout: 10_000 })
      .toContainEqual({ caseEvents: { type: 'COMMENTED', note, case: { id: caseId } } });
    await onB.close();
  });

  it('count failed sign-ins on both replicas against one limit', async () => {
    const attempt = async (url: string, password: string) => {
      const res = await clientFor(url, {}).post(
        JSON.stringify({
          query:
            'mutation ($input: LoginInput!) { login(input: $input) { viewer { staff { username } } userErrors { code } } }',
          variables: { input: { username: 'clerk', password } },
        }),
      );
      return (
        (res.json as { data: { login: { userErrors: { code: string }[] } } }).data.login.userErrors[0]?.code ?? 'OK'
      );
    };
    expect(await attempt(a.url, 'wrong-1')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(b.url, 'wrong-2')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(a.url, 'wrong-3')).not.toBe('OK');
    // Locked on both, even with the right password.
    expect(await attempt(b.url, DEMO_PASSWORD)).toBe('LOCKED');
    expect(await attempt(a.url, DEMO_PASSWORD)).toBe('LOCKED');
  });

  it('give a once-per-minute chore to exactly one of them', async () => {
    const prefix = `t${Date.now()}:`;
    const same = [1, 2, 3].map(() => createStewardPubSub({ redis: { url: redis.url, prefix } }));
    try {
      const turns = await Promise.all(same.map((p) => p.takeTurn('sweeps', 2_000)));
      expect(turns.filter(Boolean)).toHaveLength(1);
      // Until the turn expires nobody else gets it; then someone does.
      expect(await same[0]?.takeTurn('sweeps', 2_000)).toBe(false);
      await new Promise((r) => setTimeout(r, 2_100));
      expect(await same[1]?.takeTurn('sweeps', 2_000)).toBe(true);
    } finally {
      await Promise.all(same.map((p) => p.close()));
    }
  });
});
