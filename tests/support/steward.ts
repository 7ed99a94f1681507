import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type StartOptions, type Steward, startSteward } from '../../apps/api/src/app.js';
import { type Config, loadConfig } from '../../apps/api/src/config.js';
import { createDatabase, dropDatabase } from '../../apps/api/src/db/postgres-admin.js';
import { DEMO_PASSWORD } from '../../apps/api/src/features/demo/demo.seed.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { copySqliteTemplate, postgresTemplate, seedSettings, TEMPLATES_ENABLED, templateKey } from './demo-template.js';

export { DEMO_PASSWORD };

export interface RequestOptions {
  headers?: Record<string, string>;
}

export interface GqlResponse<TResult> {
  status: number;
  headers: Headers;
  body: ExecutionResult<TResult>;
}

export type RawResponse = { status: number; text: string; json: unknown; headers: Headers };

/** Speaks to the API as one caller: anonymous, a signed-in browser (cookie) or a token. */
export interface Client {
  /** Runs a typed operation over HTTP, as a client would. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...rest: TVariables extends Record<string, never>
      ? [variables?: TVariables, options?: RequestOptions]
      : [variables: TVariables, options?: RequestOptions]
  ): Promise<GqlResponse<TResult>>;
  /** Posts any body to /graphql: for malformed and hostile requests. */
  post(body: string, headers?: Record<string, string>): Promise<RawResponse>;
  /** The headers that identify this caller (cookie or bearer), for hand-made requests. */
  readonly authHeaders: Record<string, string>;
}

export interface TestSteward extends Steward, Client {
  /** Signs in (demo users share DEMO_PASSWORD) and returns a client carrying the session cookie. */
  login(username: string, password?: string): Promise<Client>;
  /** A client that sends `Authorization: Bearer <secret>`. */
  withToken(secret: string): Client;
  /** Where this test's database lives. */
  readonly dataDir: string;
}

export function clientFor(url: string, authHeaders: Record<string, string>): Client {
  const post: Client['post'] = async (body, headers = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders, ...headers },
      body,
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: the caller asserts on text
    }
    return { status: res.status, text, json, headers: res.headers };
  };
  return {
    authHeaders,
    post,
    async gql(document, ...[variables, options]) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders, ...options?.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as ExecutionResult<never> };
    },
  };
}

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { staff { id } } userErrors { code message } } }`;

/** Signs in at any Steward by URL (demo users share DEMO_PASSWORD); a client with the session cookie. */
export async function signIn(url: string, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await clientFor(url, {}).post(
    JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  );
  const errors = (res.json as { data?: { login?: { userErrors?: unknown[] } } })?.data?.login?.userErrors;
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie || errors?.length) throw new Error(`sign-in as ${username} failed: ${res.text}`);
  return clientFor(url, { cookie });
}

/**
 * The PostgreSQL server the `api-pg` test project runs against (`STEWARD_TEST_PG_URL`, set by the
 * test command from `.ci/postgres start`); unset → every test server uses SQLite.
 */
export const TEST_PG_URL = process.env.STEWARD_TEST_PG_URL || null;

let databases = 0;

function newDatabaseName(): string {
  databases += 1;
  return `steward_t${process.pid}_${databases}_${Date.now().toString(36)}`;
}

/**
 * A fresh database for one test server: a SQLite file in `dataDir`, or — in the PostgreSQL run —
 * a new database on the test server, dropped by `release`.
 */
export async function freshDatabase(dataDir: string): Promise<{ url: string; release(): Promise<void> }> {
  if (!TEST_PG_URL) return { url: `sqlite:${join(dataDir, 'steward.sqlite')}`, release: async () => {} };
  const name = newDatabaseName();
  const url = await createDatabase(TEST_PG_URL, name);
  return { url, release: () => dropDatabase(TEST_PG_URL as string, name) };
}

/** The settings every test server starts with (a test's own env goes on top). */
function testSettings(databaseUrl: string, env: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    WEB_DIST: 'none',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEMO_DATA: 'true',
    // Tests run the sweeps themselves (steward.sweepOverdue(), …) on their own clocks.
    BACKGROUND_SWEEPS: 'false',
    ...env,
  };
}

/** Starts a server on `databaseUrl` with the seed's settings, which loads the demo, and closes it. */
async function seedDemo(databaseUrl: string, seedEnv: Record<string, string>): Promise<void> {
  const config = loadConfig({ ...testSettings(databaseUrl, seedEnv), LOG_LEVEL: 'silent' });
  const steward = await startSteward(config, createLogger(config));
  await steward.close();
}

/**
 * A database of its own for one test server, already holding the demo: a copy of the run's
 * demo template (see demo-template.ts) made for these seed settings. For a server with DEMO_DATA.
 */
export async function demoDatabase(
  dataDir: string,
  seedEnv: Record<string, string> = {},
): Promise<{ url: string; release(): Promise<void> }> {
  // Templates off: an empty database, on which the server's DEMO_DATA loads the demo itself.
  if (!TEMPLATES_ENABLED) return freshDatabase(dataDir);
  const dialect = TEST_PG_URL ? 'postgresql' : 'sqlite';
  const key = templateKey('source', dialect, seedEnv);
  if (!TEST_PG_URL) {
    const file = join(dataDir, 'steward.sqlite');
    await copySqliteTemplate(key, file, (at) => seedDemo(`sqlite:${at}`, seedEnv));
    return { url: `sqlite:${file}`, release: async () => {} };
  }
  const server = TEST_PG_URL;
  const name = newDatabaseName();
  let url: string | undefined;
  // A template dropped between finding it and copying it (a newer seed replaced it): find again.
  for (let attempt = 1; !url; attempt += 1) {
    const template = await postgresTemplate(server, key, (at) => seedDemo(at, seedEnv));
    try {
      url = await createDatabase(server, name, template);
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
  return { url, release: () => dropDatabase(server, name) };
}

/**
 * A real Steward on a fresh database (a SQLite file in its own temp folder, or a PostgreSQL
 * database in the PostgreSQL run), on a free port, with the demo organisation (one sign-in per
 * role). Each test file starts its own (`beforeAll`) and closes it (`afterAll`); nothing is
 * shared between files. The demo comes as a copy of the run's demo template (seeded minutes ago
 * at most, by the same code and settings); a server given its own DATABASE_URL or config
 * overrides, or without DEMO_DATA, starts on exactly what it asks for and seeds (or not) itself.
 */
export async function startTestSteward(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
  options: StartOptions & { logTo?: { write(line: string): void } } = {},
): Promise<TestSteward> {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-test-'));
  const wanted = testSettings('sqlite::memory:', env);
  const fromTemplate =
    env.DATABASE_URL === undefined && Object.keys(overrides).length === 0 && loadConfig(wanted).demoData;
  const seedEnv = seedSettings(env);
  const database = fromTemplate ? await demoDatabase(dataDir, seedEnv) : await freshDatabase(dataDir);
  const config = loadConfig(testSettings(database.url, env), overrides);
  const { logTo, ...startOptions } = options;
  const steward = await startSteward(config, createLogger(config, logTo), startOptions);
  const anonymous = clientFor(steward.url, {});

  return {
    ...steward,
    ...anonymous,
    dataDir,
    login: (username, password = DEMO_PASSWORD) => signIn(steward.url, username, password),
    withToken(secret) {
      return clientFor(steward.url, { authorization: `Bearer ${secret}` });
    },
    async close() {
      await steward.close();
      await database.release();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A clock the test moves by hand: deadlines, overdue lists and sweeps without waiting. */
export class TestClock {
  private at: number;

  constructor(start: Date = new Date()) {
    this.at = start.getTime();
  }

  readonly now = (): Date => new Date(this.at);

  advance(ms: number): void {
    this.at += ms;
  }
}
