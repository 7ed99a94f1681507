import type { LocaleTag } from '@steward/schema';
import { zonedParts } from '../shifts/zoned-time.js';

/**
 * The words of records the shift's own steps write (a failed grooming check, lateness …), in
 * the language of whoever took the step, with times in the site's zone.
 */
export const GROOMING_ITEMS = ['uniform', 'badge', 'appearance', 'equipment'] as const;
export type GroomingItem = (typeof GROOMING_ITEMS)[number];

const ITEM_ZH: Record<GroomingItem, string> = { uniform: '制服', badge: '工牌', appearance: '仪表', equipment: '装备' };

const hhmm = (at: Date, tz: string) => zonedParts(at, tz).time;

export function groomingFailed(locale: LocaleTag, failed: readonly GroomingItem[], note: string | null): string {
  if (locale === 'en') return `Failed the grooming check: ${failed.join(', ')}${note ? ` (${note})` : ''}`;
  return `仪容仪表检查未通过：${failed.map((i) => ITEM_ZH[i]).join('、')}${note ? `（${note}）` : ''}`;
}

export function groomingPassedOnRecheck(locale: LocaleTag, at: Date, tz: string, note: string | null): string {
  const time = hhmm(at, tz);
  if (locale === 'en') return `Re-checked and passed at ${time}${note ? ` (${note})` : ''}`;
  return `${time} 复查合格${note ? `（${note}）` : ''}`;
}

export function absentAtRollCall(locale: LocaleTag): string {
  return locale === 'en' ? 'Absent at the pre-shift roll call' : '班前会点名未到';
}

export function noCheckInAtAll(locale: LocaleTag): string {
  return locale === 'en' ? 'No check-in for the whole shift' : '整班未签到';
}

export function markedPresent(locale: LocaleTag): string {
  return locale === 'en' ? 'Marked present at the roll call after all' : '点名已改为到岗';
}

export function arrivedAfterAll(locale: LocaleTag, at: Date, tz: string): string {
  const time = hhmm(at, tz);
  return locale === 'en' ? `Arrived after all: checked in at ${time}` : `已于 ${time} 签到到岗`;
}

export function lateBy(locale: LocaleTag, minutes: number, due: Date, at: Date, tz: string): string {
  if (locale === 'en') return `${minutes} min late: due at ${hhmm(due, tz)}, checked in at ${hhmm(at, tz)}`;
  return `迟到 ${minutes} 分钟：应 ${hhmm(due, tz)} 到岗，${hhmm(at, tz)} 签到`;
}

export function earlyBy(locale: LocaleTag, minutes: number, due: Date, at: Date, tz: string): string {
  if (locale === 'en') return `Left ${minutes} min early: due until ${hhmm(due, tz)}, checked out at ${hhmm(at, tz)}`;
  return `早退 ${minutes} 分钟：应 ${hhmm(due, tz)} 下班，${hhmm(at, tz)} 签退`;
}
