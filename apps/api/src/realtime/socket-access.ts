import type { Viewer } from '../features/auth/viewer.js';

/**
 * Who may hold a GraphQL socket open: a signed-in member of staff (their browser's session), or
 * an API token with the `board` scope. A `read` token may only query over HTTP; nobody anonymous
 * (no credentials, unknown, expired or revoked ones, a suspended owner) gets a socket at all.
 */
export function mayOpenSocket(viewer: Viewer | null): boolean {
  if (!viewer) return false;
  return viewer.via === 'session' || viewer.tokenScopes.includes('board');
}
