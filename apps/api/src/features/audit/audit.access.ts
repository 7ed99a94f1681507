import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { scopeFilter } from '../permissions/scope.js';
import type { AuditEvent } from './audit-event.entity.js';

/** The manager reads every event; a director, their department's; `OWN` reaches what you did yourself. */
export function auditScope(viewer: Viewer): FilterQuery<AuditEvent> | null {
  return scopeFilter(viewer, 'audit.read', {
    department: 'departmentKey',
    own: 'actorStaff',
  }) as FilterQuery<AuditEvent> | null;
}
