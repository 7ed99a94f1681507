import type { DutyLogStatus, HandoverStatus } from '../../gql/graphql.js';

export const HANDOVER_STATUS_COLOR: Record<HandoverStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  DISPUTED: 'red',
  RETURNED: 'orange',
};

export const DUTY_LOG_STATUS_COLOR: Record<DutyLogStatus, string> = {
  OPEN: 'green',
  CLOSED: 'gold',
  REVIEWED: 'default',
};

/** Whole yuan with two decimals for the eye: "464.50" → "¥464.50". */
export function yuan(value: string | null | undefined): string {
  return value == null ? '—' : `¥${value}`;
}

/** The difference of a count, signed: +1, −2, 0. */
export function signed(n: number | null | undefined): string {
  if (n == null) return '—';
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/** A yuan difference, signed: "-4.00" → "−¥4.00". */
export function signedYuan(value: string | null | undefined): string {
  if (value == null) return '—';
  const n = Number(value);
  if (n === 0) return '¥0.00';
  return n > 0 ? `+¥${value}` : `−¥${value.replace(/^-/, '')}`;
}

/** A count as typed: a whole number of at least 0 (the server says the same; this is for the eye). */
export const COUNT_PATTERN = /^\d{1,5}$/;
/** An amount of money as typed: yuan with at most two decimals. */
export const YUAN_PATTERN = /^\d{1,9}(\.\d{1,2})?$/;
