import type { LocaleTag } from '@steward/schema';

/**
 * Calendar days as `YYYY-MM-DD` strings, computed without the device's time zone: a roster day is
 * the site's local date, the same on every screen. Only "today" needs a zone (the site's).
 */

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const utc = (date: string) => new Date(`${date}T12:00:00Z`);

export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** 0 for Monday … 6 for Sunday (a Chinese roster week starts on Monday). */
export function weekdayOf(date: string): number {
  return (utc(date).getUTCDay() + 6) % 7;
}

export function isValidDate(date: string | null | undefined): date is string {
  return !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && utc(date).toISOString().slice(0, 10) === date;
}

export type CalendarView = 'week' | 'month';

/** The days a view shows around a date: its week (Mon–Sun), or its month in whole weeks. */
export function periodOf(
  view: CalendarView,
  anchor: string,
): { from: string; to: string; days: string[]; month: string } {
  let from: string;
  let to: string;
  if (view === 'week') {
    from = addDays(anchor, -weekdayOf(anchor));
    to = addDays(from, 6);
  } else {
    const first = `${anchor.slice(0, 7)}-01`;
    const last = addDays(`${addDays(first, 32).slice(0, 7)}-01`, -1);
    from = addDays(first, -weekdayOf(first));
    to = addDays(last, 6 - weekdayOf(last));
  }
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return { from, to, days, month: anchor.slice(0, 7) };
}

/** The same view one step earlier or later. */
export function stepPeriod(view: CalendarView, anchor: string, step: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * step);
  const [y, m] = anchor.split('-').map(Number) as [number, number];
  const month = new Date(Date.UTC(y, m - 1 + step, 1, 12));
  return month.toISOString().slice(0, 10);
}

/** "Mon", "周一"… */
export function weekdayName(date: string, locale: LocaleTag, width: 'narrow' | 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(utc(date));
}

/** "11/27" in Chinese, "27 Nov" in English. */
export function shortDate(date: string, locale: LocaleTag): string {
  return new Intl.DateTimeFormat(locale, {
    month: locale === 'en' ? 'short' : 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc(date));
}

/** "2026年11月" / "November 2026". */
export function monthName(month: string, locale: LocaleTag): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    utc(`${month}-01`),
  );
}
