/**
 * The gate's parameters and the rules that need no database. The rulebook gives no figures
 * (implied.md P12 and R25 are inference): these are Steward's defaults, documented here and in
 * the API's descriptions.
 */
export const GATE_RULES = {
  /**
   * P12: a vehicle other than a resident's still inside this many hours after it came in is an
   * overstay (listed and flagged). Queries take `overstayHours` to look with another threshold.
   */
  overstayHours: 24,
  overstayHoursMax: 24 * 30,
  /** A goods pass is valid for at most this many days (its first and last day included). */
  passMaxDays: 7,
  /** A pass may be written at most this many days ahead of its first day. */
  passAheadDays: 30,
  /** A movement at the gate may be entered afterwards at most this long after it happened. */
  backdateHours: 12,
  /** Lines of goods on one pass. */
  passItemsMax: 20,
  passQuantityMax: 9999,
} as const;

/** Province abbreviations on Chinese plates (省、自治区、直辖市简称). */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Letters on plates: I and O are never used (they read as 1 and 0). */
const L = 'A-HJ-NP-Z';
const PLATE = new RegExp(
  `^[${PROVINCES}][${L}](?:` +
    // 沪A12345, 沪AB1234: five letters or digits (GA 36).
    `[${L}0-9]{5}` +
    // New energy (新能源, 8 characters): 沪AD12345 / 沪ADA1234 (small), 沪A12345D (large).
    `|[DF][${L}0-9][0-9]{4}|[0-9]{5}[DF]` +
    // Trailers, coaching cars, police, Hong Kong and Macau entry: 沪A1234挂.
    `|[${L}0-9]{4}[挂学警港澳]` +
    ')$',
);

/** A plate as typed, in the one form it is stored and compared in: upper case, no spaces, dots or dashes. */
export function normalizePlate(value: string): string {
  return value.replace(/[\s·.\-・•]/g, '').toUpperCase();
}

/** Why a (normalised) plate is not a Chinese plate, or null. */
export function plateProblem(plate: string): string | null {
  return PLATE.test(plate)
    ? null
    : 'must be a Chinese plate: a province, a letter and 5 letters or digits (沪A12345), or 6 for new energy (沪AD12345)';
}

/** An ID document's last four characters (no full ID number is ever stored): digits, or a final X. */
export const ID_LAST4 = /^[0-9]{3}[0-9X]$/;

/** A pass number as typed (`fx-20261126-003`, `FX20261126003`, `20261126003`), in its stored key form. */
export function passNumberKey(value: string): string {
  const key = value.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return /^\d+$/.test(key) ? `FX${key}` : key;
}
