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

/** A clock: the time of day to the second, in the company's time zone. */
export function formatClock(at: Date, locale: LocaleTag): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone: displayTimeZone,
  }).format(at);
}

/** The day a clock belongs to, with its weekday: “2026年11月27日 星期五”, “Fri, 27 Nov 2026”. */
export function formatLongDay(at: Date, locale: LocaleTag): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: locale === 'en' ? 'short' : 'long',
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: displayTimeZone,
  }).format(at);
}

/**
 * How long something has been going on, as a live timer reads: `07:05` (minutes and seconds),
 * `3:07:05` within a day, then whole days and hours (`2d 3h` / `2天3小时` through `days`).
 */
export function formatElapsed(ms: number, days: (d: number, h: number) => string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  if (h >= 24) return days(Math.floor(h / 24), h % 24);
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
