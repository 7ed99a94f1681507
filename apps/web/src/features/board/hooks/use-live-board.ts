import { ErrorCode, type LocaleTag } from '@steward/schema';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Client, fetchExchange } from 'urql';
import { persistedId, trustedDocuments } from '../../../app/urql.js';
import type { BoardEventsLiveSubscription, BoardSnapshotViewQuery } from '../../../gql/graphql.js';
import { boardEventsSubscription, boardSnapshotQuery } from '../board.operations.js';

export type BoardSnapshot = BoardSnapshotViewQuery['board'];
export type BoardCase = BoardSnapshot['cases'][number];

/** How the wall is connected: live, (re)connecting, or refused (the token or session is no good). */
export type BoardConnection = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveBoard {
  snapshot: BoardSnapshot | null;
  connection: BoardConnection;
  /** Reconnection attempts since the connection was last live. */
  attempts: number;
  /** The last snapshot could not be fetched (the one shown is older): say so on the wall. */
  stale: boolean;
  /** MAJOR cases that arrived while the wall watched, newest first, until dismissed. */
  alerts: string[];
  dismissAlert(caseId: string): void;
}

interface Options {
  /** The board token; null: the signed-in browser's session cookie. */
  token: string | null;
  siteCode: string | null;
  locale: LocaleTag;
  /** Called once per new MAJOR case (for the sound). */
  onMajor(): void;
}

/** Waits before reconnect attempt `n` (0-based): 1 s, 2 s, 4 s … at most 30 s, with some jitter. */
export function reconnectDelay(n: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.min(n, 5)) + Math.floor(Math.random() * 1000);
}

/** A dead network path sends nothing back: no pong within this after a ping, and the socket is dropped. */
const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 5_000;
/** Even when nothing happens, the snapshot is taken again this often (a shift may begin without an event). */
const SAFETY_REFRESH_MS = 5 * 60_000;

const wsUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;

/**
 * The wall's live state. It runs for days: the snapshot (`board`) is fetched on every (re)connect
 * and on every event (`boardEvents`) — including `RESYNC`, sent when the server had to drop
 * events for it — so what it shows is never older than the connection. The socket reconnects by
 * itself with backoff after network drops and server restarts, and a silent dead path is noticed
 * by its unanswered pings.
 */
export function useLiveBoard({ token, siteCode, locale, onMajor }: Options): LiveBoard {
  const [snapshot, setSnapshot] = useState<BoardSnapshot | null>(null);
  const [connection, setConnection] = useState<BoardConnection>('connecting');
  const [attempts, setAttempts] = useState(0);
  const [stale, setStale] = useState(false);
  const [alerts, setAlerts] = useState<string[]>([]);
  const majorRef = useRef(onMajor);
  majorRef.current = onMajor;

  useEffect(() => {
    let disposed = false;
    const authorization = token ? `Bearer ${token}` : null;
    const http = new Client({
      url: '/graphql',
      preferGetMethod: false,
      exchanges: [trustedDocuments(), fetchExchange],
      fetchOptions: () => ({
        headers: { 'Accept-Language': locale, ...(authorization ? { Authorization: authorization } : {}) },
      }),
    });

    // Every MAJOR case seen, so each sounds the alarm once: from its event, or from a snapshot
    // that shows it first (after a reconnect or a RESYNC). The first snapshot alarms nobody.
    const seen = new Set<string>();
    let first = true;
    const alarm = (caseId: string) => {
      if (seen.has(caseId)) return;
      seen.add(caseId);
      if (first) return;
      setAlerts((a) => [caseId, ...a.filter((id) => id !== caseId)].slice(0, 20));
      majorRef.current();
    };

    // One snapshot at a time; asked again while one is on its way, one more follows it.
    let inFlight = false;
    let again = false;
    const refresh = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        do {
          again = false;
          const result = await http
            .query(boardSnapshotQuery, { siteCode }, { requestPolicy: 'network-only' })
            .toPromise();
          if (disposed) return;
          const board = result.data?.board;
          if (board) {
            for (const c of board.cases) if (c.severity === 'MAJOR') alarm(c.id);
            first = false;
            setSnapshot(board);
            setStale(false);
          } else {
            const codes = result.error?.graphQLErrors.map((e) => e.extensions?.code) ?? [];
            if (codes.includes(ErrorCode.UNAUTHENTICATED) || codes.includes(ErrorCode.FORBIDDEN)) {
              setConnection('refused');
            }
            setStale(true);
          }
        } while (again && !disposed);
      } finally {
        inFlight = false;
      }
    };

    let pongTimer: ReturnType<typeof setTimeout> | null = null;
    let ws: WsClient | null = null;
    ws = createWsClient({
      url: wsUrl(),
      connectionParams: () => ({ locale, ...(authorization ? { authorization } : {}) }),
      lazy: false,
      keepAlive: PING_EVERY_MS,
      retryAttempts: Number.POSITIVE_INFINITY,
      // Whatever closed it — a network drop, a restart, even a refusal (a token may be renewed) — try again.
      shouldRetry: () => true,
      retryWait: async (n) => {
        setAttempts(n + 1);
        await new Promise((resolve) => setTimeout(resolve, reconnectDelay(n)));
      },
      on: {
        connecting: () => setConnection((c) => (c === 'live' ? 'reconnecting' : c)),
        connected: () => {
          setConnection('live');
          setAttempts(0);
          // Whatever happened while away, the snapshot says it.
          void refresh();
        },
        closed: (event) => {
          if (pongTimer) clearTimeout(pongTimer);
          const code = (event as { code?: number } | undefined)?.code;
          setConnection(code === 4403 ? 'refused' : 'reconnecting');
        },
        ping: (received) => {
          if (received) return;
          pongTimer = setTimeout(() => ws?.terminate(), PONG_WITHIN_MS);
        },
        pong: (received) => {
          if (received && pongTimer) clearTimeout(pongTimer);
        },
      },
    });

    let unsubscribe = () => {};
    let resubscribe: ReturnType<typeof setTimeout> | null = null;
    const subscribe = () => {
      unsubscribe = (ws as WsClient).subscribe<BoardEventsLiveSubscription>(
        // By its persisted id, as every operation of the app (the server may run no other text).
        {
          query: '',
          variables: { siteCode },
          extensions: { persistedQuery: { version: 1, sha256Hash: persistedId(boardEventsSubscription) } },
        },
        {
          next: (result) => {
            const event = result.data?.boardEvents;
            if (event?.type === 'CASE_OPENED' && event.major && event.caseId) alarm(event.caseId);
            // Every kind of event — RESYNC above all — means: take the snapshot again.
            void refresh();
          },
          // The socket itself retries; a subscription ended by the server is started again.
          error: () => {
            if (!disposed) resubscribe = setTimeout(subscribe, 2000);
          },
          complete: () => {
            if (!disposed) resubscribe = setTimeout(subscribe, 2000);
          },
        },
      );
    };
    subscribe();
    void refresh();

    const safety = setInterval(() => void refresh(), SAFETY_REFRESH_MS);
    const online = () => void refresh();
    window.addEventListener('online', online);
    return () => {
      disposed = true;
      clearInterval(safety);
      if (resubscribe) clearTimeout(resubscribe);
      if (pongTimer) clearTimeout(pongTimer);
      window.removeEventListener('online', online);
      unsubscribe();
      void ws?.dispose();
    };
  }, [token, siteCode, locale]);

  const dismissAlert = useCallback((caseId: string) => setAlerts((a) => a.filter((id) => id !== caseId)), []);
  return { snapshot, connection, attempts, stale, alerts, dismissAlert };
}
