import type { EntityManager } from '@mikro-orm/core';
import type { TokenScope } from '@steward/schema';
import type { Config } from '../../config.js';
import { cachedGrantsOf, type Grants } from '../permissions/grants.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { ApiToken } from './api-token.entity.js';
import { findCredential } from './credential-lookup.js';
import { sha256 } from './secrets.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'steward_session';
export const TOKEN_PREFIX = 'stw_';

/** Who is asking: a member of staff, through a browser session or an API token. */
export type Viewer = {
  staff: Staff;
  grants: Grants;
} & ({ via: 'session'; sessionId: string } | { via: 'token'; tokenId: string; tokenScopes: readonly TokenScope[] });

export interface Credentials {
  sessionSecret?: string | null;
  authorization?: string | null;
}

// Activity is recorded to the minute, so a busy session costs one write a minute, not one a request.
const TOUCH_EVERY_MS = 60_000;

/**
 * Resolves the caller. Anything not valid right now (unknown, expired, idle too long, revoked,
 * or its staff member no longer active) is simply no viewer: the request is anonymous.
 */
export async function resolveViewer(
  em: EntityManager,
  creds: Credentials,
  auth: Config['auth'],
): Promise<Viewer | null> {
  const now = new Date();
  const bearer = /^Bearer\s+(\S+)$/i.exec(creds.authorization ?? '')?.[1];
  if (bearer) {
    if (!bearer.startsWith(TOKEN_PREFIX) || bearer.length > 100) return null;
    const found = await findCredential(em, ApiToken, 'owner', 'secretHash', sha256(bearer));
    if (!found || found.credential.expiresAt <= now) return null;
    const { credential: token, staff } = found;
    if (staff.status !== StaffStatus.ACTIVE) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    return {
      staff,
      grants: await cachedGrantsOf(em, staff.position.unwrap().key),
      via: 'token',
      tokenId: token.id,
      tokenScopes: token.scopes,
    };
  }
  if (creds.sessionSecret && creds.sessionSecret.length <= 100) {
    const found = await findCredential(em, Session, 'staff', 'id', sha256(creds.sessionSecret));
    if (!found || found.credential.expiresAt <= now) return null;
    const { credential: session, staff } = found;
    if (now.getTime() - session.lastSeenAt.getTime() > auth.sessionIdleMinutes * 60_000) return null;
    if (staff.status !== StaffStatus.ACTIVE) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    return {
      staff,
      grants: await cachedGrantsOf(em, staff.position.unwrap().key),
      via: 'session',
      sessionId: session.id,
    };
  }
  return null;
}

/** Revokes every session and token of a staff member at once (suspension, offboarding). */
export async function revokeAllCredentials(em: EntityManager, staff: Staff, by: Staff | null): Promise<void> {
  const now = new Date();
  await em.nativeUpdate(Session, { staff: staff.id, revokedAt: null }, { revokedAt: now });
  await em.nativeUpdate(ApiToken, { owner: staff.id, revokedAt: null }, { revokedAt: now, revokedBy: by?.id ?? null });
}

export { Staff };
