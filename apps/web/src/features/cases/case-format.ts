import type { LocaleTag } from '@steward/schema';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';

const MINUTE = 60_000;

/**
 * A moment relative to now, in the reader's language: "in 3 hours", "2 days ago". Rounded to the
 * largest unit that fits, since a due time is read at a glance.
 */
export function formatRelative(iso: unknown, now: number, locale: LocaleTag): string {
  if (typeof iso !== 'string') return '';
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return '';
  const minutes = Math.round((at - now) / MINUTE);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(minutes);
  if (abs < 60) return rtf.format(minutes, 'minute');
  if (abs < 48 * 60) return rtf.format(Math.round(minutes / 60), 'hour');
  return rtf.format(Math.round(minutes / (24 * 60)), 'day');
}

/** A span of minutes as people say it: "15 minutes", "4 hours", "1 day 12 hours". */
export function formatMinutes(total: number, t: TFunction): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days) parts.push(t('sla.units.days', { count: days }));
  if (hours) parts.push(t('sla.units.hours', { count: hours }));
  if (minutes || parts.length === 0) parts.push(t('sla.units.minutes', { count: minutes }));
  return parts.join(t('sla.units.join'));
}

/** The current time, refreshed every `intervalMs`: relative times stay true while a page is open. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
