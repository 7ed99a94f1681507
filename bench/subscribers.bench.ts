/**
 * Issue 8: 1,000 concurrent subscribers on one API process receive an event with p99 ≤ 100 ms,
 * and what an idle subscriber costs in memory. Each subscriber is its own WebSocket
 * (graphql-transport-ws) on a `board` token of the analyst, subscribed to the web app's own
 * `CaseEvents` document by its persisted id (what the case queue pages run); the event is a comment
 * on a case, posted by a customer-service session through the app's `CommentOnCase`. Latency is from
 * just before the mutation is sent to each subscriber's receipt.
 */
import WebSocket from 'ws';
import { type BenchContext, type BenchResult, persistedId, rssMb, signInByPersistedId, stats } from './lib.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
// Twenty events after the warm-up one: each event moves a thousand samples together, so five made a
// noisy figure. The first events after start are slower (the server still optimising its code).
const EVENTS = 20;
const DEMO_PASSWORD = 'Steward2026';
/** How graphql-ws starts an event for our subscription id "1" (id, type, then payload). */
const NEXT = Buffer.from('{"id":"1","type":"next"');

interface Subscriber {
  socket: WebSocket;
  /** Resolves at the next event this subscriber receives (performance.now()). */
  next(): Promise<number>;
}

function subscribe(url: string, token: string, documentId: string): Promise<Subscriber> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  let waiting: ((at: number) => void) | null = null;
  let pending: number | null = null;
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    // Closed before it was subscribed (a socket limit, 4429): say so rather than wait for ever.
    socket.once('close', (code, reason) => reject(new Error(`socket closed ${code} ${String(reason)}`)));
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('message', (raw: Buffer) => {
      // The receipt time first, and an event recognised by its first bytes: a thousand sockets
      // share this one client process, and parsing each 3 KB payload before timing the next
      // would measure the client's queue, not the server's delivery.
      const at = performance.now();
      if (raw.subarray(0, NEXT.length).equals(NEXT)) {
        if (waiting) {
          waiting(at);
          waiting = null;
        } else pending = at;
        return;
      }
      const message = JSON.parse(String(raw)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: {
              query: '',
              variables: {},
              extensions: { persistedQuery: { version: 1, sha256Hash: documentId } },
            },
          }),
        );
        // Subscribed once the server has had the message; a ping round-trip confirms it is read.
        socket.send(JSON.stringify({ type: 'ping' }));
      } else if (message.type === 'pong') {
        resolve({
          socket,
          next: () =>
            new Promise<number>((done) => {
              if (pending !== null) {
                done(pending);
                pending = null;
              } else waiting = done;
            }),
        });
      } else if (message.type === 'error') {
        reject(new Error(`subscription refused: ${JSON.stringify(message.payload).slice(0, 300)}`));
      }
    });
  });
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const analyst = await signInByPersistedId(ctx.url, 'analyst', DEMO_PASSWORD);
  const created = (await analyst.persisted('mutation CreateApiToken(', {
    input: { name: `bench board ${Date.now()}`, scopes: ['BOARD'], expiresAt: new Date(Date.now() + 86_400_000) },
  })) as { createApiToken?: { secret?: string } };
  const boardToken = created.createApiToken?.secret;
  if (!boardToken) throw new Error(`no board token: ${JSON.stringify(created)}`);
  const cs = await signInByPersistedId(ctx.url, 'cs', DEMO_PASSWORD);
  const open = await ctx.gql<{ cases: { edges: { node: { id: string } }[] } }>(
    '{ cases(first: 1, filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS], departmentKey: "customer_service" }) { edges { node { id } } } }',
  );
  const caseId = open.cases.edges[0]?.node.id;
  if (!caseId) throw new Error('no open customer-service case to comment on');

  const documentId = persistedId('subscription CaseEvents(');
  const before = rssMb(ctx.serverPid);
  ctx.log(`opening ${SUBSCRIBERS} subscribers …`);
  const subscribers: Subscriber[] = [];
  // In batches: a thousand handshakes at once would measure the accept queue, not the server.
  for (let i = 0; i < SUBSCRIBERS; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, SUBSCRIBERS - i) }, () => subscribe(ctx.url, boardToken, documentId)),
    );
    subscribers.push(...batch);
  }
  await new Promise((r) => setTimeout(r, 2000));
  const idle = rssMb(ctx.serverPid);
  ctx.log(`subscribed: API RSS ${before} → ${idle} MB`);

  const latencies: number[] = [];
  try {
    for (let e = 0; e < EVENTS + 1; e++) {
      const arrivals = subscribers.map((s) => s.next());
      const t0 = performance.now();
      await cs.persisted('mutation CommentOnCase(', { input: { caseId, note: `bench ${e}: 订阅延迟测量` } });
      const at = await Promise.all(arrivals);
      // The first event warms every subscriber's path; the rest are measured.
      if (e > 0) latencies.push(...at.map((a) => a - t0));
    }
  } finally {
    for (const s of subscribers) s.socket.close();
  }
  const s = stats(latencies);
  const perSubscriberKb = ((idle - before) * 1024) / SUBSCRIBERS;
  return [
    {
      name: `${SUBSCRIBERS} subscribers, an event to all`,
      metric: 'p99',
      value: s.p99,
      unit: 'ms',
      target: '≤ 100 ms',
      pass: s.p99 <= 100,
      samples: s.samples,
      note: `p50 ${s.p50.toFixed(0)} ms, max ${s.max.toFixed(0)} ms; ${EVENTS} comments, latency from sending the mutation to each subscriber's receipt`,
    },
    {
      name: `${SUBSCRIBERS} subscribers, an event to all`,
      metric: 'p50',
      value: s.p50,
      unit: 'ms',
      samples: s.samples,
    },
    {
      name: 'memory per idle subscriber',
      metric: 'RSS',
      value: perSubscriberKb,
      unit: 'KB',
      note: `API RSS ${before} MB before, ${idle} MB with ${SUBSCRIBERS} open subscriptions`,
    },
  ];
}
