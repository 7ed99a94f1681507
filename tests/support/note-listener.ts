import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Listens to `caseEvents` on one server as one caller and tells when an event carrying a given
 * note arrives: for timing delivery (bench/replicas.bench.ts).
 */
export function noteListener(url: string, headers: Record<string, string>) {
  const waiting = new Map<string, (at: number) => void>();
  const ws = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
  });
  const connected = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
  const stop = ws.subscribe(
    { query: 'subscription { caseEvents { note } }' },
    {
      next: (msg) => {
        const note = (msg.data as { caseEvents: { note: string | null } }).caseEvents.note ?? '';
        waiting.get(note)?.(performance.now());
      },
      error: () => {},
      complete: () => {},
    },
  );
  return {
    connected,
    /** Resolves with the time the event carrying `note` arrived. */
    expect: (note: string) => new Promise<number>((resolve) => waiting.set(note, resolve)),
    close: () => {
      stop();
      return ws.dispose();
    },
  };
}
