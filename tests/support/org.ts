import { createHash } from 'node:crypto';
import { AuditEvent } from '../../apps/api/src/features/audit/audit-event.entity.js';
import { DEMO_STAFF } from '../../apps/api/src/features/demo/demo.seed.js';
import {
  type DefaultGrant,
  defaultGrants,
  type RoleKey,
} from '../../apps/api/src/features/permissions/default-grants.js';
import { Staff } from '../../apps/api/src/features/staff/staff.entity.js';
import { toGlobalId } from '../../apps/api/src/graphql/node.js';
import type { TestSteward } from './steward.js';

/** The demo sign-in for each role: the first demo staff member holding that position. */
export const ROLE_USERS: ReadonlyMap<RoleKey, string> = (() => {
  const roles = [...new Set(defaultGrants().map((g) => g.position))];
  return new Map(
    roles.map((role) => {
      const person = DEMO_STAFF.find((s) => s.position === role);
      if (!person) throw new Error(`no demo sign-in for ${role}`);
      return [role, person.username];
    }),
  );
})();

/** The default grants of one role, by permission code. */
export function defaultGrantsOf(role: RoleKey): Map<string, DefaultGrant['scope']> {
  return new Map(defaultGrants().flatMap((g) => (g.position === role ? [[g.permission, g.scope] as const] : [])));
}

/** Global IDs of staff by username, straight from the database. */
export async function staffIds(steward: TestSteward): Promise<Map<string, string>> {
  const rows = await steward.orm.em.fork().find(Staff, {});
  return new Map(rows.map((s) => [s.username, toGlobalId('Staff', s.id)]));
}

export async function staffIdOf(steward: TestSteward, username: string): Promise<string> {
  const id = (await staffIds(steward)).get(username);
  if (!id) throw new Error(`no staff member ${username}`);
  return id;
}

/** How many audit events the database holds (optionally: of one action). */
export function auditCount(steward: TestSteward, where: { action?: string } = {}): Promise<number> {
  return steward.orm.em.fork().count(AuditEvent, where);
}

export function staffCount(steward: TestSteward): Promise<number> {
  return steward.orm.em.fork().count(Staff, {});
}

/** The session row's id for a cookie header (`steward_session=<secret>`): only its SHA-256 is stored. */
export function sessionIdOf(cookieHeader: string | undefined): string {
  const secret = cookieHeader?.split('=')[1];
  if (!secret) throw new Error('no session cookie');
  return createHash('sha256').update(decodeURIComponent(secret), 'utf8').digest('hex');
}

export { toGlobalId };
