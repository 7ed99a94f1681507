/**
 * Wall-clock times in a site's IANA time zone, without a date library: Intl knows every zone's
 * offsets (including daylight saving), so a local date and time converts to an instant by
 * guessing with the offset at that moment and correcting once.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const { date, time, second } = zonedParts(instant, timeZone);
  const asUtc = Date.parse(`${date}T${time}:${String(second).padStart(2, '0')}Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a local `YYYY-MM-DD` + `HH:MM` happens in the zone. A time skipped by a
 * daylight-saving jump lands just after the jump; a repeated one takes its first occurrence.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  const first = offsetMinutes(new Date(naive), timeZone);
  const guess = naive - first * 60_000;
  const second = offsetMinutes(new Date(guess), timeZone);
  if (second === first) return new Date(guess);
  const retry = naive - second * 60_000;
  return offsetMinutes(new Date(retry), timeZone) === second ? new Date(Math.min(guess, retry)) : new Date(guess);
}

/** The local calendar date of an instant in the zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  return zonedParts(instant, timeZone).date;
}

/** `YYYY-MM-DD` plus whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

/** Whether a shift from `start` to `end` (both `HH:MM`) runs past midnight into the next day. */
export function crossesMidnight(start: string, end: string): boolean {
  return minutesOf(end) <= minutesOf(start);
}

/**
 * When a shift of a pattern on a local date starts and ends. A night shift 20:00–08:00 belongs to
 * the date it starts and ends the next morning, whatever the zone's offset does overnight.
 */
export function shiftWindow(date: string, start: string, end: string, timeZone: string) {
  return {
    startsAt: zonedInstant(date, start, timeZone),
    endsAt: zonedInstant(crossesMidnight(start, end) ? addDays(date, 1) : date, end, timeZone),
  };
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
