import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { AuditEvent, type FieldChanges } from './audit-event.entity.js';

const SECRET_FIELD = /password|secret|hash|token/i;
const REDACTED = '[redacted]';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetKey: string;
  departmentKey?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Field-by-field differences, secrets shown only as "[redacted]" (that they changed is enough). */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    // A flag such as `mustChangePassword` is no secret: only values that could be one are hidden.
    const hide = (v: unknown) => (v === null || typeof v === 'boolean' ? v : REDACTED);
    changes[key] = SECRET_FIELD.test(key) ? { before: hide(b), after: hide(a) } : { before: b, after: a };
  }
  return changes;
}

/** Writes audit events inside the mutation's own transaction, so a change and its record commit together. */
export class AuditLog {
  private count = 0;

  constructor(
    private readonly tx: EntityManager,
    private readonly ctx: Pick<Context, 'viewer' | 'requestId' | 'ip'>,
  ) {}

  get recorded(): number {
    return this.count;
  }

  /** `actor` overrides the viewer (sign-in, where nobody is signed in yet). */
  record(entry: AuditEntry, actor?: Staff): AuditEvent {
    const viewer = this.ctx.viewer;
    const staff = actor ?? viewer?.staff ?? null;
    if (!staff) throw new Error('an audited change needs an actor');
    this.count += 1;
    return this.tx.create(AuditEvent, {
      id: randomUUID(),
      actorStaff: this.tx.getReference(Staff, staff.id),
      actorToken: viewer?.via === 'token' ? this.tx.getReference(ApiToken, viewer.tokenId) : null,
      actorName: staff.name,
      action: entry.action,
      targetType: entry.targetType,
      targetId: toGlobalId(entry.targetType, entry.targetKey),
      departmentKey: entry.departmentKey ?? null,
      changes: diffFields(entry.before, entry.after),
      requestId: this.ctx.requestId,
      ip: this.ctx.ip,
    });
  }
}
