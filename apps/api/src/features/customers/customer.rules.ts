import { ContactKind, LookupMatch } from './customer.enums.js';

/**
 * The rules of customer files that need no database: how contacts and codes are normalised for
 * search, what a lookup query can mean, and how hits are ranked. Unit-tested beside this file.
 */

const PHONE_CHARS = /^\+?[\d\s\-()]+$/;
const CHINA_MOBILE_WITH_COUNTRY = /^(?:0086|86)(1\d{10})$/;

/** A phone's digits, without a Chinese country prefix on a mobile (`+86 138…` is `138…`). */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return CHINA_MOBILE_WITH_COUNTRY.exec(digits)?.[1] ?? digits;
}

/** Why a contact value is not acceptable for its kind, or null when it is. */
export function contactProblem(kind: ContactKind, value: string): string | null {
  switch (kind) {
    case ContactKind.PHONE: {
      const digits = value.replace(/\D/g, '').length;
      return PHONE_CHARS.test(value) && digits >= 3 && digits <= 20
        ? null
        : 'must be a phone number: 3–20 digits, with spaces, dashes, brackets or a leading +';
    }
    case ContactKind.EMAIL:
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'must be an e-mail address';
    case ContactKind.WECHAT:
      return /\s/.test(value) ? 'must be a WeChat ID, without spaces' : null;
    case ContactKind.OTHER:
      return null;
  }
}

/** What searches compare a contact by: a phone's digits, anything else in lower case with single spaces. */
export function normalizeContact(kind: ContactKind, value: string): string {
  return kind === ContactKind.PHONE ? phoneDigits(value) : value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Unit codes are compared and stored in upper case, without spaces: `3-1201`, `A-2305`. */
export function normalizeUnitCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export const UNIT_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

/** A LIKE pattern that finds the text anywhere. LIKE escapes differ between SQLite and PostgreSQL: a
 * wildcard the user typed matches any one character instead, which is portable and finds at worst a little more. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_]/g, '_')}%`;
}

/** The ways one typed query may be meant: a name, a unit code, a phone number or another contact. */
export interface LookupTerms {
  /** Lower case, for names and contacts. */
  text: string;
  /** Upper case without spaces, for unit codes. */
  unitCode: string;
  /** The digits, when the query could be (part of) a phone number; else null. */
  phone: string | null;
}

export function lookupTerms(query: string): LookupTerms {
  const text = query.trim().replace(/\s+/g, ' ').toLowerCase();
  const digits = PHONE_CHARS.test(text) ? phoneDigits(text) : '';
  return { text, unitCode: normalizeUnitCode(text), phone: digits.length >= 3 ? digits : null };
}

/** Lower ranks come first: whatever names the one thing exactly, then close matches, then the rest. */
export function lookupRank(match: LookupMatch, exact: boolean): number {
  if (exact) return match === LookupMatch.UNIT_CODE || match === LookupMatch.PHONE ? 0 : 1;
  return match === LookupMatch.NAME || match === LookupMatch.CONTACT ? 3 : 2;
}

/** Today's date (`YYYY-MM-DD`) in a time zone: a site's "today" decides what may be recorded as past. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
