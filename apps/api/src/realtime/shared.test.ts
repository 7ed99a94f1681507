import { buildSchema, type ExecutionResult, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../graphql/context.js';
import { subscribeShared } from './shared.js';

// A subscription whose source yields the events it is given and whose field counts how often it
// is executed and answers who asked.
function setup(events: unknown[]) {
  let executions = 0;
  const schema = buildSchema('type Subscription { tick(n: Int): String } type Query { x: Int }');
  const field = schema.getSubscriptionType()?.getFields().tick;
  if (!field) throw new Error('no field');
  field.subscribe = async function* () {
    for (const e of events) yield e;
  };
  field.resolve = (payload: unknown, args: { n?: number }, ctx: Context) => {
    executions++;
    return `${String((payload as { id?: string })?.id ?? payload)} for ${ctx.viewer?.staff.id} in ${ctx.locale} n=${args.n}`;
  };
  return { schema, executions: () => executions };
}

const ctx = (staff: string, locale = 'zh-CN') =>
  ({ viewer: { staff: { id: staff }, via: 'session', grants: new Map() }, locale }) as unknown as Context;

async function all(stream: Awaited<ReturnType<typeof subscribeShared>>): Promise<unknown[]> {
  if (!(Symbol.asyncIterator in (stream as object))) throw new Error(JSON.stringify(stream));
  const out: unknown[] = [];
  for await (const r of stream as AsyncIterable<ExecutionResult>) out.push(r.data?.tick);
  return out;
}

describe('subscribeShared', () => {
  it('executes an event once for subscribers alike, and apart for anyone different', async () => {
    const a = { id: 'e1' };
    const b = { id: 'e2' };
    const { schema, executions } = setup([a, b]);
    const sub = (contextValue: Context, n = 1) =>
      subscribeShared({
        schema,
        document: parse('subscription($n: Int) { tick(n: $n) }'),
        contextValue,
        variableValues: { n },
      }).then(all);
    const [same1, same2, other, english, otherVars] = await Promise.all([
      sub(ctx('u1')),
      sub(ctx('u1')),
      sub(ctx('u2')),
      sub(ctx('u1', 'en')),
      sub(ctx('u1'), 2),
    ]);
    expect(same1).toEqual(['e1 for u1 in zh-CN n=1', 'e2 for u1 in zh-CN n=1']);
    expect(same2).toEqual(same1);
    expect(other).toEqual(['e1 for u2 in zh-CN n=1', 'e2 for u2 in zh-CN n=1']);
    expect(english).toEqual(['e1 for u1 in en n=1', 'e2 for u1 in en n=1']);
    expect(otherVars).toEqual(['e1 for u1 in zh-CN n=2', 'e2 for u1 in zh-CN n=2']);
    // 2 events × 4 distinct subscribers (the two alike count once).
    expect(executions()).toBe(8);
  });

  it('runs an event that is no object (a "missed events" marker) for each subscriber', async () => {
    const { schema, executions } = setup(['missed']);
    const document = parse('subscription { tick }');
    const got = await Promise.all(
      [1, 2].map(() => subscribeShared({ schema, document, contextValue: ctx('u1') }).then(all)),
    );
    expect(got).toEqual([['missed for u1 in zh-CN n=undefined'], ['missed for u1 in zh-CN n=undefined']]);
    expect(executions()).toBe(2);
  });

  it('shares nothing with a subscriber signed out', async () => {
    const e = { id: 'e1' };
    const { schema, executions } = setup([e]);
    const document = parse('subscription { tick }');
    const anon = { viewer: null, locale: 'zh-CN' } as unknown as Context;
    await Promise.all([1, 2].map(() => subscribeShared({ schema, document, contextValue: anon }).then(all)));
    expect(executions()).toBe(2);
  });
});
