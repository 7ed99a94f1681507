import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, type PermissionCode } from '@steward/schema';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../features/auth/viewer.js';

/**
 * Trusted documents (issue 8): the web app's operations are generated at build time with their
 * SHA-256 (`pnpm codegen` → packages/schema/persisted-documents.json), and the app sends only that
 * id (`extensions.persistedQuery.sha256Hash`). The server runs the text it holds for the id.
 * With `TRUSTED_DOCUMENTS` on (the default in production) any other document is refused, except
 * from those who write their own queries: an API token with the read scope (notebooks) and staff
 * with the developer permission.
 */
export const DEVELOPER_PERMISSION = 'developer.manage' as PermissionCode;

export interface TrustedDocuments {
  /** The document for an id, with or without its `sha256:` prefix. */
  byId(id: string): string | undefined;
  /** Whether a document's text is one of them (sent as text, it is as harmless as by id). */
  has(text: string): boolean;
}

export function loadTrustedDocuments(): TrustedDocuments {
  const file = createRequire(import.meta.url).resolve('@steward/schema/persisted-documents.json');
  const byId = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  const texts = new Set(byId.values());
  return {
    byId: (id) => byId.get(id) ?? byId.get(`sha256:${id}`),
    has: (text) => texts.has(text),
  };
}

/** Whoever may send documents of their own (see above). */
export function mayRunAnyDocument(viewer: Viewer | null): boolean {
  if (!viewer) return false;
  if (viewer.via === 'token' && viewer.tokenScopes.includes('read')) return true;
  return viewer.grants.has(DEVELOPER_PERMISSION);
}

type PersistedBody = { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };

/**
 * The id of a persisted document in a GraphQL request (HTTP body or WebSocket subscribe payload)
 * replaced by its text; the `persistedQuery` extension is taken off (Apollo's own automatic
 * persisted queries are off). Returns an error message, or null when the payload is fine.
 */
export function resolvePersisted(documents: TrustedDocuments, payload: PersistedBody): string | null {
  const persisted = payload.extensions?.persistedQuery;
  if (!persisted || typeof persisted !== 'object') return null;
  const id = typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : '';
  const text = id.length <= 80 ? documents.byId(id) : undefined;
  if (!text) return 'No such persisted document: the web app and the server are of different builds; reload the page.';
  if (typeof payload.query === 'string' && payload.query !== '' && payload.query !== text)
    return 'The query does not match the persisted document it names.';
  const { persistedQuery: _, ...otherExtensions } = payload.extensions ?? {};
  payload.query = text;
  payload.extensions = otherExtensions;
  return null;
}

/** Express: persisted ids on POST /graphql become their documents, before Apollo reads the body. */
export function persistedDocumentsMiddleware(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const body = req.body as PersistedBody | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const problem = resolvePersisted(documents, body);
    if (!problem) return next();
    res.status(400).json({ errors: [{ message: problem, extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } }] });
  };
}

export const trustedDocumentRequired = () =>
  new GraphQLError(
    'This server runs only the web app’s own operations. Send your own queries with an API token that has the read scope.',
    { extensions: { code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED, http: { status: 400 } } },
  );

/** Apollo: with trusted documents enforced, a document of one's own needs `mayRunAnyDocument`. */
export function trustedDocumentsPlugin<C extends { viewer: Viewer | null }>(
  documents: TrustedDocuments,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, contextValue }) {
          if (typeof request.query === 'string' && documents.has(request.query)) return;
          if (!mayRunAnyDocument(contextValue.viewer)) throw trustedDocumentRequired();
        },
      };
    },
  };
}
