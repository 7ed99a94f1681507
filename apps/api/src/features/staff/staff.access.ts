import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, scopeFilter } from '../permissions/scope.js';
import type { Staff } from './staff.entity.js';

const FIELDS = { department: 'department', site: 'sites', own: 'id' } as const;

/**
 * Which staff records a viewer reaches with a permission. Everyone sees their own record; beyond
 * that, `staff.read` (or the action's own permission) decides. `null`: none at all.
 */
export function staffScope(viewer: Viewer, permission: PermissionCode = 'staff.read'): FilterQuery<Staff> | null {
  const self = permission === 'staff.read' ? { id: viewer.staff.id } : null;
  return anyOf(scopeFilter(viewer, permission, FIELDS), self) as FilterQuery<Staff> | null;
}
