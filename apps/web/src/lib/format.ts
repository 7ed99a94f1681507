import type { LocaleTag } from '@steward/schema';

/**
 * Times are shown in the company's time zone (the viewer's site's), not the device's: a night
 * shift, a due time and a reference number's date must read the same on every screen.
 */
let displayTimeZone = 'Asia/Shanghai';

export function setDisplayTimeZone(zone: string | null | undefined): void {
  if (zone) displayTimeZone = zone;
}

/** A moment (a `DateTimeISO` string) in the reader's language and the company's time zone, to the minute. */
export function formatDateTime(iso: unknown, locale: LocaleTag): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    // "26 Nov 2026" cannot be misread; "11/26/2026" can, by anyone not from the US.
    month: locale === 'en' ? 'short' : '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: displayTimeZone,
  }).format(date);
}

/** A calendar day (an ISO moment or a `YYYY-MM-DD` date) in the reader's language. */
export function formatDate(value: unknown, locale: LocaleTag): string {
  if (typeof value !== 'string' || !value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = day ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale === 'en' ? 'short' : '2-digit',
    day: '2-digit',
    // A calendar day is the same day everywhere; a moment is read in the company's zone.
    timeZone: day ? 'UTC' : displayTimeZone,
  }).format(date);
}

/** A moment's time of day (`HH:MM`) in the company's time zone. */
export function formatTime(iso: unknown, locale: LocaleTag): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: displayTimeZone,
  }).format(date);
}
