import type { PermissionCode } from '@steward/schema';
import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../gql/graphql.js';

export interface Session {
  /** `undefined` while asking the server, `null` when nobody is signed in. */
  viewer: ViewerFieldsFragment | null | undefined;
  /** True when the viewer's position grants the permission (at any reach). */
  can(permission: PermissionCode): boolean;
  /** Starts afresh after signing in or out: a new cache, and the viewer asked again. */
  restart(): void;
}

export const SessionContext = createContext<Session>({ viewer: undefined, can: () => false, restart: () => {} });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Where to go after signing in: only a path of this app, never another site or the sign-in page. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/change-password')) return '/';
  return next;
}

/** `/login?next=<here>` for the page the reader is on. */
export function loginPathFor(pathname: string, search = ''): string {
  const here = `${pathname}${search}`;
  return here === '/' || pathname === '/login' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
