import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { caseReadFilter } from '../cases/case.access.js';
import type { Case } from '../cases/case.entity.js';
import { type CaseKind, Severity } from '../cases/case.enums.js';
import { caseKinds } from '../cases/case.kinds.js';
import { patrolShiftFilter } from '../patrols/patrol.access.js';
import type { Shift } from '../shifts/shift.entity.js';

/** The kinds the board shows whatever their severity (incidents); any other kind only when MAJOR. */
export function boardKinds(): CaseKind[] {
  return caseKinds()
    .filter((k) => k.onBoard)
    .map((k) => k.kind);
}

/** Whether a case belongs on the board at all (open or not: that is the snapshot's business). */
export function isBoardCase(c: Pick<Case, 'kind' | 'severity'>): boolean {
  return c.severity === Severity.MAJOR || boardKinds().includes(c.kind);
}

/**
 * The cases a viewer's board may show: those the `cases` query would show them (a board token
 * reaches what its owner does), of a board kind or MAJOR.
 */
export function boardCaseFilter(viewer: Viewer): FilterQuery<Case> {
  const kinds = boardKinds();
  const onBoard: FilterQuery<Case> = kinds.length
    ? { $or: [{ kind: { $in: kinds } }, { severity: Severity.MAJOR }] }
    : { severity: Severity.MAJOR };
  return { $and: [caseReadFilter(viewer), onBoard] };
}

/** The shifts whose patrol coverage a viewer's board may show: as for `patrolCoverage`. Null: none. */
export function boardShiftFilter(viewer: Viewer): FilterQuery<Shift> | null {
  return patrolShiftFilter(viewer);
}
