import { ContactCategory } from './contact.enums.js';

/**
 * The contact registers' parameters. The rulebook gives no figure (implied.md P11): these are
 * Steward's defaults, documented here and in the API's descriptions.
 */
export const CONTACT_RULES = {
  /**
   * P11: a contact not verified for this many days is stale (C28) — it must be rung or checked and
   * marked verified again. Queries take `staleAfterDays` to look with another threshold.
   */
  staleAfterDays: 180,
  /** The most a query may ask for as its own threshold. */
  staleAfterDaysMax: 3650,
  /** C29 (OM-7): every site needs an active liaison contact at each of these authorities. */
  liaisonRequired: [ContactCategory.POLICE, ContactCategory.FIRE, ContactCategory.TRAFFIC],
  /**
   * C28 (DIR-10): the numbers every site's directory must have, its own or company-wide. The
   * rulebook names only "突发性事件联系电话"; the list is ours (implied.md R23 inference).
   */
  emergencyRequired: [
    ContactCategory.POLICE,
    ContactCategory.FIRE,
    ContactCategory.AMBULANCE,
    ContactCategory.GAS,
    ContactCategory.WATER,
    ContactCategory.POWER,
    ContactCategory.LIFT,
    ContactCategory.DUTY,
  ],
} as const;

const DAY_MS = 86_400_000;

/** The moment before which a verification is stale, with a threshold in days. */
export function staleBefore(now: Date, days: number = CONTACT_RULES.staleAfterDays): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

const PHONE_CHARS = /^\+?[\d\s-]+$/;

/**
 * Why a number cannot be dialled from the directory, or null: digits with spaces and dashes and an
 * optional leading `+`; 3 digits (110) to 20. No letters or brackets: what is stored is what a
 * phone dials from a `tel:` link.
 */
export function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '').length;
  if (!PHONE_CHARS.test(value)) return 'must be digits, spaces, dashes and an optional leading +';
  if (digits < 3 || digits > 20) return 'must have 3 to 20 digits';
  return null;
}

/** What a `tel:` link dials: the digits and a leading `+`. */
export function dialString(value: string): string {
  return value.trim().startsWith('+') ? `+${value.replace(/\D/g, '')}` : value.replace(/\D/g, '');
}
