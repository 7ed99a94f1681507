import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter, scopeFilter } from '../permissions/scope.js';
import type { Notice } from './notice.entity.js';
import { NoticeStatus } from './notice.enums.js';

/**
 * Who sees and does what with notices (implied.md §6, R9: CS drafts C U, the manager approves A,
 * everyone else views V):
 * - every issued notice (in force, expired or withdrawn since) is for the whole company: any
 *   `notice.read` sees it, whatever its reach;
 * - drafts (and drafts given up) stay with the issuing department (`notice.create`/`handle`
 *   reaching it), those who approve notices (`notice.approve`), and their author.
 */
const WRITERS = ['notice.create', 'notice.handle', 'notice.approve'] as const satisfies readonly PermissionCode[];
const FIELDS = { department: 'department', own: 'author' };

export function noticeReadFilter(viewer: Viewer): FilterQuery<Notice> {
  const everyone: ScopeFilter | null = viewer.grants.has('notice.read') ? { issuedAt: { $ne: null } } : null;
  const writers = WRITERS.map((p) => scopeFilter(viewer, p, FIELDS));
  return (anyOf(everyone, ...writers, { author: viewer.staff.id }) ?? {
    author: viewer.staff.id,
  }) as FilterQuery<Notice>;
}

/** Whether the viewer's `permission` reaches this notice: everywhere, its department, or their own. */
export function reaches(viewer: Viewer, n: Notice, permission: PermissionCode): boolean {
  const scope = viewer.grants.get(permission);
  if (!scope) return false;
  const mine = n.author.unwrap().id === viewer.staff.id;
  switch (scope) {
    case 'ALL':
      return true;
    case 'DEPARTMENT': {
      const department = viewer.staff.department?.unwrap().key;
      return department ? n.department?.unwrap().key === department : mine;
    }
    default:
      return mine;
  }
}

export const isAuthor = (viewer: Viewer, n: Notice) => n.author.unwrap().id === viewer.staff.id;

/** Rewriting a draft: the issuing department (`notice.handle`), or its author (`notice.create`). */
export function mayEdit(viewer: Viewer, n: Notice): boolean {
  return reaches(viewer, n, 'notice.handle') || (isAuthor(viewer, n) && reaches(viewer, n, 'notice.create'));
}

/** Issuing is approving it (the manager, `notice.approve`): the department that wrote it cannot issue alone. */
export function mayIssue(viewer: Viewer, n: Notice): boolean {
  return reaches(viewer, n, 'notice.approve');
}

/**
 * Taking a notice down: whoever may approve it, or its issuing department (`notice.handle`) —
 * the department that posted it takes it down when it no longer applies. A draft may also be
 * given up by whoever may rewrite it.
 */
export function mayWithdraw(viewer: Viewer, n: Notice): boolean {
  if (reaches(viewer, n, 'notice.approve') || reaches(viewer, n, 'notice.handle')) return true;
  return n.status === NoticeStatus.DRAFT && mayEdit(viewer, n);
}

/** Who has and has not acknowledged it: the issuing department, approvers and the author. */
export function maySeeProgress(viewer: Viewer, n: Notice): boolean {
  return isAuthor(viewer, n) || reaches(viewer, n, 'notice.handle') || reaches(viewer, n, 'notice.approve');
}
