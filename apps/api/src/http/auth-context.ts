import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { parse as parseCookies, serialize } from 'cookie';
import type { Response } from 'express';
import type { Config } from '../config.js';
import { resolveViewer, SESSION_COOKIE, type Viewer } from '../features/auth/viewer.js';
import type { CookieJar } from '../graphql/context.js';

/** The viewer behind an HTTP request or a WebSocket upgrade: session cookie or bearer token. */
export function viewerOf(
  em: EntityManager,
  req: IncomingMessage,
  config: Config,
  authorization?: string | null,
): Promise<Viewer | null> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  return resolveViewer(
    em,
    { sessionSecret: cookies[SESSION_COOKIE], authorization: authorization ?? req.headers.authorization },
    config.auth,
  );
}

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it), Secure on HTTPS. */
export function cookieJar(res: Response, config: Config): CookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.auth.cookieSecure, path: '/' };
  return {
    set: (name, value, { maxAgeSeconds }) =>
      res.append('Set-Cookie', serialize(name, value, { ...base, maxAge: maxAgeSeconds })),
    clear: (name) => res.append('Set-Cookie', serialize(name, '', { ...base, maxAge: 0, expires: new Date(0) })),
  };
}
