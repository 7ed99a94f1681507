import { NoticeEffectiveStatus, NoticeStatus } from './notice.enums.js';

interface Dated {
  status: NoticeStatus;
  publishAt: Date | null;
  expiresAt: Date | null;
}

/** The status a notice has at `now`: expiry and scheduling are derived from its dates, never stored. */
export function effectiveStatus(n: Dated, now: Date): NoticeEffectiveStatus {
  if (n.status === NoticeStatus.DRAFT) return NoticeEffectiveStatus.DRAFT;
  if (n.status === NoticeStatus.WITHDRAWN) return NoticeEffectiveStatus.WITHDRAWN;
  if (n.expiresAt && n.expiresAt <= now) return NoticeEffectiveStatus.EXPIRED;
  if (n.publishAt && n.publishAt > now) return NoticeEffectiveStatus.SCHEDULED;
  return NoticeEffectiveStatus.ISSUED;
}

/** Issued and not yet expired (scheduled ones included): what staff can still acknowledge. */
export function isLive(n: Dated, now: Date): boolean {
  const s = effectiveStatus(n, now);
  return s === NoticeEffectiveStatus.ISSUED || s === NoticeEffectiveStatus.SCHEDULED;
}

/**
 * Whether a member of staff is asked to acknowledge it: it asks for acknowledgement, they are in
 * one of the named departments (or none are named: everyone), and they neither wrote nor issued it.
 */
export function asksToAcknowledge(
  n: { requiresAcknowledgement: boolean; acknowledgementDepartmentKeys: readonly string[] },
  person: { id: string; departmentKey: string | null },
  authorId: string,
  issuerId: string | null,
): boolean {
  if (!n.requiresAcknowledgement) return false;
  if (person.id === authorId || person.id === issuerId) return false;
  const keys = n.acknowledgementDepartmentKeys;
  return keys.length === 0 || (person.departmentKey !== null && keys.includes(person.departmentKey));
}
