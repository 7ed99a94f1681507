import { ErrorCode } from '@steward/schema';
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';

/**
 * How a query is held to its time: a timer per query, and every field resolver of the schema
 * wrapped once (installDeadlines) to consult it —
 *
 * - a field that starts after the deadline throws TIMEOUT at once: no new resolver, no new SQL;
 * - the response goes out at the deadline instead of waiting for the slowest statement: the
 *   compiled executor races the whole execution once (`raceExecution`, graphql/jit.ts); under
 *   graphql-js, which has no such place, each field's pending work is raced instead;
 * - the work that cannot be interrupted (a SQL statement already running) runs to its end and
 *   its result is dropped. `settled()` says when that is, and the caller keeps its place among
 *   its concurrent requests until then: repeating a query that times out does not pile work up.
 *
 * Only queries get a deadline. A mutation runs in one transaction and is never cut short, so a
 * client is never told "timed out" about a change that went on to commit.
 */
export class Deadline {
  /** True once the time is up. */
  expired = false;
  private timeout: GraphQLError | null = null;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly expiry: Promise<never>;
  private readonly timer: NodeJS.Timeout;

  constructor(readonly ms: number) {
    let fail: (error: GraphQLError) => void = () => {};
    this.expiry = new Promise<never>((_resolve, reject) => {
      fail = reject;
    });
    this.expiry.catch(() => {}); // nobody may be racing it when it fires
    this.timer = setTimeout(() => {
      this.expired = true;
      fail(this.error);
    }, ms);
  }

  /** The TIMEOUT error, made when first needed: a GraphQLError captures a stack, and most queries never time out. */
  get error(): GraphQLError {
    this.timeout ??= timeoutError(this.ms);
    return this.timeout;
  }

  /** `work`, or TIMEOUT if the deadline comes first; the work is remembered until it ends. */
  race<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return Promise.race([work, this.expiry]);
  }

  /** Stops the timer (the response is on its way). */
  stop(): void {
    clearTimeout(this.timer);
  }

  /** Resolves once everything raced has really ended (at once when nothing is left). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/** TIMEOUT: the query ran longer than allowed. */
export function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(
    `The query ran longer than ${ms} ms and was stopped: ask for less at once (smaller pages, a shorter range).`,
    { extensions: { code: ErrorCode.TIMEOUT, timeoutMs: ms } },
  );
}

const DEADLINE = Symbol('steward.deadline');
type WithDeadline = { [DEADLINE]?: Deadline };

/** Gives the request with this context a deadline (its resolvers read it). */
export function setDeadline(context: object, deadline: Deadline): void {
  (context as WithDeadline)[DEADLINE] = deadline;
}

const installed = new WeakSet<GraphQLSchema>();

/**
 * Wraps every field resolver of `schema` to honour the deadline of its request, if it has one.
 * Without one (mutations, subscriptions, sockets) a field costs one extra call and a property
 * read. A field without a resolver (a column read off its parent) is left alone: it starts no
 * work, and graphql-jit compiles such a field to a plain property read, where a resolver of any
 * kind costs a call with its arguments and info (measured: most of a 100-row page's field time).
 * Idempotent per schema.
 */
export function installDeadlines(schema: GraphQLSchema, options: { raceFields?: boolean } = {}): void {
  if (installed.has(schema)) return;
  installed.add(schema);
  const raceFields = options.raceFields ?? true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.resolve === defaultFieldResolver) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
      field.resolve = (source, args, context, info) => {
        const deadline = (context as WithDeadline | null | undefined)?.[DEADLINE];
        if (deadline?.expired) throw deadline.error;
        const result = resolve(source, args, context, info);
        // Under the compiled executor the execution as a whole is raced (raceExecution): a race
        // per field cost a 100-row page a fifth of its CPU (four promises per resolver field,
        // each through Node's async hooks).
        return raceFields && deadline && isPromise(result) ? deadline.race(result) : result;
      };
    }
  }
}

/**
 * A whole execution held to the deadline of its request, if it has one: its result, or at the
 * deadline a TIMEOUT error while the work goes on to its end (`settled()` waits for it). For an
 * executor that runs every field itself (graphql/jit.ts), with `installDeadlines(…, { raceFields: false })`.
 */
export async function raceExecution<T>(
  context: unknown,
  execution: T | Promise<T>,
): Promise<T | { errors: GraphQLError[] }> {
  const deadline = (context as WithDeadline | null | undefined)?.[DEADLINE];
  if (!deadline || !isPromise(execution)) return execution;
  try {
    return await deadline.race(execution);
  } catch (error) {
    if (error === deadline.error) return { errors: [deadline.error] };
    throw error;
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
