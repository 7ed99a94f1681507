/**
 * Money as the API speaks it: a decimal string in yuan with at most two places ("1234.5",
 * "80.00"), kept as whole fen (分) so no sum is ever a float. A count typed wrong comes back as
 * a userError naming the field, which a GraphQL `Float` could not do.
 */
export type Parsed = { ok: true; cents: number } | { ok: false; reason: 'INVALID' | 'NEGATIVE' | 'TOO_LARGE' };

export function parseYuan(value: string, maxCents: number): Parsed {
  const v = value.trim().replace(/^¥/, '').replace(/,/g, '');
  if (/^-\s*\d/.test(v)) return { ok: false, reason: 'NEGATIVE' };
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return { ok: false, reason: 'INVALID' };
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (cents > maxCents) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, cents };
}

/** Whole fen as a yuan string with two places: 123450 → "1234.50", -500 → "-5.00". */
export function formatYuan(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A count of things: a whole number, at least 0. */
export type ParsedCount = { ok: true; value: number } | { ok: false; reason: 'INVALID' | 'NEGATIVE' | 'TOO_LARGE' };

export function parseCount(value: string, max: number): ParsedCount {
  const v = value.trim();
  if (/^-\s*\d/.test(v)) return { ok: false, reason: 'NEGATIVE' };
  if (!/^\d{1,9}$/.test(v)) return { ok: false, reason: 'INVALID' };
  const n = Number(v);
  return n > max ? { ok: false, reason: 'TOO_LARGE' } : { ok: true, value: n };
}
