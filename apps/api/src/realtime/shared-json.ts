import { randomBytes } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * A result shared by subscribers alike (shared.ts) is turned into JSON once, not once per socket.
 *
 * graphql-ws stringifies every `next` message itself, per socket: for one event to a thousand
 * subscribers that was a thousand JSON.stringify calls of the same payload (17 ms of the event's
 * delivery, measured). Node 20 has no JSON.rawJSON to hand it text, so:
 *
 * 1. `onNext` answers a stand-in for the result, whose `toJSON` gives a marker (and leaves the
 *    result's JSON, made once per result object, as the one pending text);
 * 2. graphql-ws stringifies `{ id, type: 'next', payload: <stand-in> }` and hands the text to the
 *    socket's `send` in the same synchronous step (graphql-ws/use/ws);
 * 3. each socket's `send` (wrapped at connection) puts the pending text where the marker ends
 *    the message.
 *
 * Only a message that ENDS with `"payload":"<marker>"}` is rewritten: the client chooses the id,
 * which comes first, and could otherwise write a marker of its own; the marker also carries a
 * per-process nonce. A result with errors goes the ordinary way (its errors are formatted per
 * socket). tests/api/subscriptions and the E2E live queue read what arrives.
 */
const MARKER = `steward-shared-result-${randomBytes(8).toString('hex')}`;
const TAIL = `"payload":"${MARKER}"}`;

const texts = new WeakMap<object, string>();
let pending: string | null = null;

/** What graphql-ws should send as the payload of this result. */
export function sharedPayload(result: ExecutionResult): object {
  let text = texts.get(result);
  if (text === undefined) {
    text = JSON.stringify(result);
    texts.set(result, text);
  }
  const json = text;
  return {
    toJSON: () => {
      pending = json;
      return MARKER;
    },
  };
}

/** The message with the pending result's JSON in place of the marker (any other message as it is). */
export function withSharedPayload(data: string): string {
  if (pending === null || !data.endsWith(TAIL)) return data;
  const text = pending;
  pending = null;
  return `${data.slice(0, data.length - TAIL.length)}"payload":${text}}`;
}

/** Wraps each socket's `send` as it connects: call before graphql-ws's `useServer`, so it runs first. */
export function expandSharedPayloads(server: WebSocketServer): void {
  server.on('connection', (socket: WebSocket) => {
    const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
    socket.send = ((data: unknown, ...rest: unknown[]) =>
      send(typeof data === 'string' ? withSharedPayload(data) : data, ...rest)) as WebSocket['send'];
  });
}
