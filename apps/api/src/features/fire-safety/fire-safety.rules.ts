import { addDays } from '../shifts/zoned-time.js';
import { DRILL_LIMITS } from './fire-drill.entity.js';

/**
 * The programme's parameters (implied.md P14, P15: the rulebook gives no interval). They are the
 * defaults of the overview's arguments, so a dashboard may ask with the company's own.
 */
export const FIRE_SAFETY_DEFAULTS = {
  /** P14: a fire drill at least every this many months per site (C14). */
  drillIntervalMonths: 6,
  /** P15: every active brigade member trained at least every this many months (C16). */
  trainingIntervalMonths: 12,
  /** The widest interval either may be asked with. */
  maxIntervalMonths: 60,
} as const;

/** `YYYY-MM-DD` plus (or minus) whole calendar months; the 31st of a short month lands on its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whether something due on `dueOn` is overdue on `today` (due today is not yet overdue). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}

/** When the next drill is due after the last one held (C14), and whether that day has passed. */
export function drillDue(
  lastHeldOn: string | null,
  intervalMonths: number,
  today: string,
): { nextDueOn: string | null; overdue: boolean } {
  if (!lastHeldOn) return { nextDueOn: null, overdue: true };
  const nextDueOn = addMonths(lastHeldOn, intervalMonths);
  return { nextDueOn, overdue: isOverdue(nextDueOn, today) };
}

/** Whether a member's last fire training is too old on `today`, or missing (C16). */
export function trainingLapsed(lastTrainedOn: string | null, intervalMonths: number, today: string): boolean {
  return !lastTrainedOn || isOverdue(addMonths(lastTrainedOn, intervalMonths), today);
}

/** Whether an assignment `[from, to]` (inclusive days; `to` null: open) is in force on `day`. */
export function inForceOn(range: { effectiveFrom: string; effectiveTo: string | null }, day: string): boolean {
  return range.effectiveFrom <= day && (range.effectiveTo === null || range.effectiveTo >= day);
}

/**
 * What a new assignment starting on `from` does to one already on record for the same place:
 * one that started earlier and is still running on `from` ends the day before (it is superseded);
 * one that starts on or after `from`, or overlaps it otherwise, is a conflict.
 */
export function supersession(
  existing: { effectiveFrom: string; effectiveTo: string | null },
  from: string,
  to: string | null,
): 'unaffected' | 'supersede' | 'conflict' {
  const overlaps = existing.effectiveFrom <= (to ?? '9999-12-31') && (existing.effectiveTo ?? '9999-12-31') >= from;
  if (!overlaps) return 'unaffected';
  return existing.effectiveFrom < from ? 'supersede' : 'conflict';
}

/** The last day of an assignment a new one starting on `from` supersedes. */
export function supersededEnd(from: string): string {
  return addDays(from, -1);
}

export interface DrillTimes {
  alarmAt: Date;
  assembledAt: Date | null;
  evacuatedAt: Date | null;
  endedAt: Date;
}

/**
 * The timing rules of a drill held (R30): alarm ≤ assembled ≤ evacuated ≤ ended, the end no
 * later than now and no more than `DRILL_LIMITS.maxHours` after the alarm. Each problem names the
 * field at fault.
 */
export function drillTimingProblems(t: DrillTimes, now: Date): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const order: [keyof DrillTimes, Date | null][] = [
    ['alarmAt', t.alarmAt],
    ['assembledAt', t.assembledAt],
    ['evacuatedAt', t.evacuatedAt],
    ['endedAt', t.endedAt],
  ];
  let previous: [string, Date] | null = null;
  for (const [field, at] of order) {
    if (!at) continue;
    if (previous && at.getTime() < previous[1].getTime()) {
      problems.push({ field, message: `must not be before ${previous[0]}` });
    }
    previous = [field, at];
  }
  if (t.endedAt.getTime() > now.getTime()) problems.push({ field: 'endedAt', message: 'must not be in the future' });
  if (t.endedAt.getTime() - t.alarmAt.getTime() > DRILL_LIMITS.maxHours * 3600_000) {
    problems.push({ field: 'endedAt', message: `must be within ${DRILL_LIMITS.maxHours} hours of alarmAt` });
  }
  return problems;
}

/** Seconds from one instant to another, when both are known. */
export function secondsBetween(from: Date | null, to: Date | null): number | null {
  return from && to ? Math.round((to.getTime() - from.getTime()) / 1000) : null;
}
