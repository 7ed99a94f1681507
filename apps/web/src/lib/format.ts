import type { LocaleTag } from '@steward/schema';

/** A moment (a `DateTimeISO` string) in the reader's language and time zone, to the minute. */
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
  }).format(date);
}

/** A calendar day (an ISO moment or a `YYYY-MM-DD` date) in the reader's language. */
export function formatDate(value: unknown, locale: LocaleTag): string {
  if (typeof value !== 'string' || !value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale === 'en' ? 'short' : '2-digit',
    day: '2-digit',
  }).format(date);
}
