import { ErrorCode, type LocaleTag } from '@steward/schema';
import { cacheExchange } from '@urql/exchange-graphcache';
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
