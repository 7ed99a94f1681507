import { ErrorCode } from '@steward/schema';
import { buildSchema, graphql } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../config.js';
import { loadConfig } from '../../config.js';
import type { RateLimits } from '../../http/rate-limit.js';
import type { Context } from '../context.js';
import { limitsPlugin } from './plugin.js';
import { Deadline, installDeadlines, raceExecution, setDeadline } from './timeout.js';

/** A promise and the means to settle it by hand. */
function manual<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Deadline', () => {
  it('answers TIMEOUT at the deadline while the work it raced is still running, and knows when that work ends', async () => {
    vi.useFakeTimers();
    const deadline = new Deadline(100);
    const work = manual<string>();
    const raced = deadline.race(work.promise);
    let settled = false;
    void deadline.settled().then(() => {
      settled = true;
    });
    vi.advanceTimersByTime(100);
    await expect(raced).rejects.toMatchObject({ extensions: { code: ErrorCode.TIMEOUT, timeoutMs: 100 } });
    expect(deadline.expired).toBe(true);
    await Promise.resolve();
    expect(settled).toBe(false); // the statement that could not be interrupted is still running
    work.resolve('late');
    await vi.waitFor(() => expect(settled).toBe(true));
  });

  it('passes the work through when it ends in time', async () => {
    const deadline = new Deadline(1000);
    await expect(deadline.race(Promise.resolve(7))).resolves.toBe(7);
    await deadline.settled();
    expect(deadline.expired).toBe(false);
    deadline.stop();
  });
});

describe('installDeadlines', () => {
  const schema = buildSchema(
    'type Query { slow: String, quick: String, nested: Nested } type Nested { value: String }',
  );
  const calls: string[] = [];
  const gate = manual<void>();
  // Resolvers on the schema, as type-graphql builds them; `Nested.value` has none (a column read).
  const fields = schema.getQueryType()?.getFields() ?? {};
  Object.assign(fields.slow ?? {}, {
    resolve: async () => {
      calls.push('slow');
      await gate.promise;
      return 'slow';
    },
  });
  Object.assign(fields.quick ?? {}, { resolve: () => 'quick' });
  Object.assign(fields.nested ?? {}, {
    resolve: () => {
      calls.push('nested');
      return { value: 'v' };
    },
  });
  const rootValue = {};
  installDeadlines(schema);
  installDeadlines(schema); // idempotent: wrapping twice would race twice

  it('leaves a field without a resolver as it is: a property read starts no work', () => {
    const schema = buildSchema('type Query { a: String }');
    installDeadlines(schema);
    expect(schema.getQueryType()?.getFields().a?.resolve).toBeUndefined();
  });

  it('without a deadline, resolvers run as they are', async () => {
    const result = await graphql({ schema, source: '{ quick nested { value } }', rootValue, contextValue: {} });
    expect(result).toEqual({ data: { quick: 'quick', nested: { value: 'v' } } });
  });

  it('answers at the deadline, and starts no resolver after it', async () => {
    calls.length = 0;
    const contextValue = {};
    const deadline = new Deadline(20);
    setDeadline(contextValue, deadline);
    const started = Date.now();
    const result = await graphql({ schema, source: '{ slow quick }', rootValue, contextValue });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.TIMEOUT);
    expect(deadline.expired).toBe(true);
    // After the deadline, no resolver starts: not even one that needs no waiting.
    const after = await graphql({ schema, source: '{ quick nested { value } }', rootValue, contextValue });
    expect(after.data).toEqual({ quick: null, nested: null });
    expect(after.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.TIMEOUT, ErrorCode.TIMEOUT]);
    expect(calls).toEqual(['slow']);
    gate.resolve();
    await deadline.settled();
  });
});

describe('one race per execution (the compiled executor)', () => {
  it('leaves pending work unraced, starts no resolver after the deadline, and answers TIMEOUT once at it', async () => {
    vi.useFakeTimers();
    const schema = buildSchema('type Query { slow: String, quick: String }');
    const work = manual<string>();
    const started: string[] = [];
    const fields = schema.getQueryType()?.getFields() ?? {};
    const slowResolve = () => {
      started.push('slow');
      return work.promise;
    };
    Object.assign(fields.slow ?? {}, { resolve: slowResolve });
    Object.assign(fields.quick ?? {}, {
      resolve: () => {
        started.push('quick');
        return 'quick';
      },
    });
    installDeadlines(schema, { raceFields: false });
    const contextValue = {};
    const deadline = new Deadline(50);
    setDeadline(contextValue, deadline);
    // The field's own promise comes back as it is: nothing raced per field.
    expect(fields.slow?.resolve?.(undefined, {}, contextValue, undefined as never)).toBe(work.promise);
    const execution = graphql({ schema, source: '{ slow }', contextValue });
    const answer = raceExecution(contextValue, execution);
    let settled = false;
    void deadline.settled().then(() => {
      settled = true;
    });
    vi.advanceTimersByTime(50);
    await expect(answer).resolves.toMatchObject({ errors: [{ extensions: { code: ErrorCode.TIMEOUT } }] });
    // After the deadline no resolver starts.
    expect(() => fields.quick?.resolve?.(undefined, {}, contextValue, undefined as never)).toThrow(/longer than 50 ms/);
    expect(started).toEqual(['slow', 'slow']);
    await Promise.resolve();
    expect(settled).toBe(false); // the statement still running is waited for
    work.resolve('late');
    await vi.waitFor(() => expect(settled).toBe(true));
  });

  it('passes an execution through when it ends in time, and one without a deadline untouched', async () => {
    const contextValue = {};
    const deadline = new Deadline(1000);
    setDeadline(contextValue, deadline);
    await expect(raceExecution(contextValue, Promise.resolve({ data: { a: 1 } }))).resolves.toEqual({ data: { a: 1 } });
    await expect(raceExecution({}, Promise.resolve({ data: { a: 2 } }))).resolves.toEqual({ data: { a: 2 } });
    deadline.stop();
  });
});

describe('the limits plugin', () => {
  const config: Config = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_CONCURRENT: '1', REQUEST_TIMEOUT_MS: '10' });

  /** Drives the plugin's hooks as Apollo does for one query, with a hold that records releases. */
  async function request(holds: { taken: number; released: number }) {
    const rateLimits = {
      hold: () => {
        holds.taken += 1;
        return () => {
          holds.released += 1;
        };
      },
    } as unknown as RateLimits;
    const plugin = limitsPlugin(config, rateLimits);
    const contextValue = { viewer: null, ip: '127.0.0.1', config } as unknown as Context;
    const listener = await plugin.requestDidStart?.({ contextValue } as never);
    if (!listener) throw new Error('no listener');
    const schema = buildSchema('type Query { a: String }');
    const { parse } = await import('graphql');
    const document = parse('{ a }');
    const operation = document.definitions[0];
    await listener.didResolveOperation?.({ operation, document, request: {}, schema, contextValue } as never);
    await listener.executionDidStart?.({ operation, contextValue } as never);
    return { listener, contextValue };
  }

  it('keeps the caller’s place until the work of a timed-out query has ended', async () => {
    const holds = { taken: 0, released: 0 };
    const { listener, contextValue } = await request(holds);
    // The query's one resolver: still running when the deadline passes.
    const work = manual<void>();
    const schema = buildSchema('type Query { a: String }');
    Object.assign(schema.getQueryType()?.getFields().a ?? {}, { resolve: () => work.promise.then(() => 'late') });
    installDeadlines(schema);
    const result = graphql({ schema, source: '{ a }', contextValue });
    expect((await result).errors?.[0]?.extensions?.code).toBe(ErrorCode.TIMEOUT);
    const response = {
      http: { status: undefined as number | undefined },
      body: { kind: 'single', singleResult: { data: { a: null }, errors: [{ message: 'x' }] } },
    };
    await listener.willSendResponse?.({ response } as never);
    expect(response.http.status).toBe(503);
    expect(response.body.singleResult).toMatchObject({
      errors: [{ extensions: { code: ErrorCode.TIMEOUT } }],
      extensions: { cost: { requested: 0 } },
    });
    expect(response.body.singleResult).not.toHaveProperty('data');
    await new Promise((r) => setTimeout(r, 20));
    expect(holds).toEqual({ taken: 1, released: 0 });
    work.resolve();
    await vi.waitFor(() => expect(holds.released).toBe(1));
  });

  it('gives the place back with the response when nothing is left running', async () => {
    const holds = { taken: 0, released: 0 };
    const { listener } = await request(holds);
    const response = { http: {}, body: { kind: 'single', singleResult: { data: { a: 'x' } } } };
    await listener.willSendResponse?.({ response } as never);
    await vi.waitFor(() => expect(holds).toEqual({ taken: 1, released: 1 }));
    expect(response.body.singleResult).toEqual({
      data: { a: 'x' },
      extensions: { cost: { requested: 0, maximum: 10_000 } },
    });
  });
});
