import type { LocaleTag } from '@steward/schema';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import schema from '../gql/introspection.js';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One client per language: bilingual fields are resolved by the server from `Accept-Language`,
 * so switching language starts a fresh cache instead of mixing languages in one.
 */
export function createApiClient(locale: LocaleTag): { client: Client; dispose: () => void } {
  // Connects on the first subscription only, so pages without live data open no socket.
  const ws = createWsClient({ url: wsUrl(), lazy: true, connectionParams: { locale }, retryAttempts: Infinity });
  const client = new Client({
    url: '/graphql',
    // Apollo's CSRF prevention rejects simple GETs; POST with JSON is always accepted.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'Accept-Language': locale } }),
    exchanges: [
      cacheExchange({ schema }),
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
