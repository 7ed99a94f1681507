import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

let steward: TestSteward;
let client: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  client = await steward.login('manager');
});
afterAll(() => steward?.close());

/**
 * Starts a POST /graphql whose headers the server has read (it answered `100 Continue`, which
 * Node does only after parsing them) but whose body is not sent yet: a request truly in flight.
 */
function startInFlightRequest(body: string) {
  const req = request(`${steward.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
      ...client.authHeaders,
    },
  });
  const continued = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const response = new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
    (resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.once('error', reject);
      });
    },
  );
  const socketClosed = new Promise<void>((resolve) => req.once('socket', (socket) => socket.once('close', resolve)));
  req.flushHeaders();
  return { continued, response, socketClosed, finish: () => req.end(body) };
}

function openSocket(): Promise<WebSocket> {
  const socket = new WebSocket(`${steward.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('graceful shutdown', () => {
  it('is ready before shutting down', async () => {
    const res = await fetch(`${steward.url}/readyz`);
    expect(res.status).toBe(200);
  });

  it('finishes an in-flight request and closes open sockets, then stops', async () => {
    const inFlight = startInFlightRequest(JSON.stringify({ query: '{ departments { key } }' }));
    await inFlight.continued;
    const socket = await openSocket();
    const socketClosed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    const closing = steward.close();
    inFlight.finish();

    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect((JSON.parse(res.text) as { data: { departments: unknown[] } }).data.departments).toHaveLength(8);
    expect(await socketClosed).toBe(1001);
    await expect(closing).resolves.toBeUndefined();
    // Closing waits for every connection, including the one that was kept alive.
    await inFlight.socketClosed;
  });

  it('refuses connections once closed, and has closed its database', async () => {
    for (const path of ['/healthz', '/readyz', '/graphql']) {
      await expect(fetch(`${steward.url}${path}`)).rejects.toThrow();
    }
    await expect(openSocket()).rejects.toThrow();
    expect(await steward.orm.isConnected()).toBe(false);
  });

  it('resolves close() again, however often it is called', async () => {
    await expect(steward.close()).resolves.toBeUndefined();
    await expect(Promise.all([steward.close(), steward.close()])).resolves.toEqual([undefined, undefined]);
  });

  it('shuts down an idle server promptly, even when close() is called twice at once', async () => {
    const other = await startTestSteward();
    expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    const started = Date.now();
    await Promise.all([other.close(), other.close()]);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});
