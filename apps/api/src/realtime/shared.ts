import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  print,
} from 'graphql';
import type { Context } from '../graphql/context.js';

/**
 * One event reaches every subscriber of its topic, and many of them would do exactly the same
 * work for it: a wall board open on several screens, a department's queue page in every
 * colleague's browser. What a subscriber receives depends only on the event, who they are (the
 * member of staff, and a token's scopes), their language, and the document and variables they
 * subscribed with; subscribers alike in all of these share one check and one execution per
 * event. Keyed by the event object itself (the pubsub hands every local listener the same one),
 * so it is forgotten with the event.
 */
const perEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `work` for this event and key, done once however many subscribers ask. */
export function sharedForEvent<T>(event: object, key: string, work: () => Promise<T>): Promise<T> {
  let byKey = perEvent.get(event);
  if (!byKey) {
    byKey = new Map();
    perEvent.set(event, byKey);
  }
  let shared = byKey.get(key) as Promise<T> | undefined;
  if (!shared) {
    shared = work();
    byKey.set(key, shared);
  }
  return shared;
}

/** Who a subscriber is, as far as what they may see and how it is worded; null when signed out. */
export function viewerKey(ctx: Context): string | null {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const via = viewer.via === 'token' ? `token:${[...viewer.tokenScopes].sort().join(',')}` : 'session';
  return `${viewer.staff.id}|${via}|${ctx.locale}`;
}

const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * graphql-js's `subscribe`, with each event's execution shared by the subscribers alike (see
 * above). An event that is no object (a "you missed events" marker) runs on its own.
 */
export async function subscribeShared(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (stream as object))) return stream as ExecutionResult;
  const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const who = viewerKey(args.contextValue as Context);
  const key = `${who}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${textOf(args.document)}`;
  const run = (payload: unknown) => execute({ ...args, rootValue: payload }) as Promise<ExecutionResult>;
  const executeFor = (payload: unknown) =>
    who && typeof payload === 'object' && payload !== null
      ? sharedForEvent(payload, key, () => Promise.resolve(run(payload)))
      : run(payload);
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const read = await source.next();
      if (read.done) return { value: undefined, done: true };
      return { value: await executeFor(read.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
