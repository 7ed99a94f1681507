import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Steward, startSteward } from '../../apps/api/src/app.js';
import { type Config, loadConfig } from '../../apps/api/src/config.js';
import { createLogger } from '../../apps/api/src/logger.js';

export interface TestSteward extends Steward {
  /** Runs a typed operation over HTTP, as a client would. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...rest: TVariables extends Record<string, never>
      ? [variables?: TVariables, options?: RequestOptions]
      : [variables: TVariables, options?: RequestOptions]
  ): Promise<GqlResponse<TResult>>;
  /** Posts any body to /graphql: for malformed and hostile requests. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string; json: unknown }>;
  /** Where this test's database lives. */
  readonly dataDir: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
}

export interface GqlResponse<TResult> {
  status: number;
  headers: Headers;
  body: ExecutionResult<TResult>;
}

/**
 * A real Steward on a fresh SQLite file in its own temp folder, on a free port. Each test file
 * starts its own (`beforeAll`) and closes it (`afterAll`); nothing is shared between files.
 */
export async function startTestSteward(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
): Promise<TestSteward> {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-test-'));
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: `sqlite:${join(dataDir, 'steward.sqlite')}`,
      WEB_DIST: 'none',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...env,
    },
    overrides,
  );
  const steward = await startSteward(config, createLogger(config));

  const post: TestSteward['post'] = async (body, headers = {}) => {
    const res = await fetch(`${steward.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: the caller asserts on text
    }
    return { status: res.status, text, json };
  };

  return {
    ...steward,
    dataDir,
    post,
    async gql(document, ...[variables, options]) {
      const res = await fetch(`${steward.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options?.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as ExecutionResult<never> };
    },
    async close() {
      await steward.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
