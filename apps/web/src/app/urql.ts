import { ErrorCode, type LocaleTag } from '@steward/schema';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import schema from '../gql/introspection.js';
import { cacheOptions, embeddedKeys } from './cache.js';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

export interface ApiClientOptions {
  locale: LocaleTag;
  /** Called once per client when the server answers `UNAUTHENTICATED` (the session ended). */
  onUnauthenticated(): void;
}

/**
 * Operations go by the id codegen gave them at build time (`__meta__.hash`, see codegen.ts), never
 * as text: in production the server runs only the documents it knows (trusted documents).
 */
/** The build-time id of one of the app's documents. */
export function persistedId(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('a document without its persisted id: run pnpm codegen');
  return hash;
}

export function trustedDocuments() {
  return persistedExchange({
    enforcePersistedQueries: true,
    enableForMutation: true,
    enableForSubscriptions: true,
    // POST like every other request (Apollo's CSRF prevention refuses simple GETs).
    preferGetForPersistedQueries: false,
    generateHash: async (_query, document) => persistedId(document),
  });
}

/**
 * One client per language and per session: bilingual fields are resolved by the server from
 * `Accept-Language`, so switching language starts a fresh cache instead of mixing languages in
 * one; signing in or out starts a fresh cache so nobody sees what the previous person could.
 */
export function createApiClient({ locale, onUnauthenticated }: ApiClientOptions): {
  client: Client;
  dispose: () => void;
} {
  // Connects on the first subscription only, so pages without live data open no socket.
  const ws = createWsClient({ url: wsUrl(), lazy: true, connectionParams: { locale }, retryAttempts: Infinity });
  let signedOut = false;
  const client = new Client({
    url: '/graphql',
    // Apollo's CSRF prevention rejects simple GETs; POST with JSON is always accepted.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'Accept-Language': locale } }),
    exchanges: [
      mapExchange({
        onError(error) {
          const expired = error.graphQLErrors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED);
          if (expired && !signedOut) {
            signedOut = true;
            onUnauthenticated();
          }
        },
      }),
      cacheExchange({ schema, ...cacheOptions, keys: { ...embeddedKeys(schema), ...cacheOptions.keys } }),
      trustedDocuments(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}
