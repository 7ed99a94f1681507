import { CaseKind, Priority } from './case.enums.js';

const H = 60;
const D = 24 * H;

/**
 * DEFAULT deadlines (P1, P2): the rulebook says only 及时 (promptly) and 立即 (at once), with no
 * figures. These are common practice in Chinese property management, shipped as a starting
 * point for the company manager to change: [response minutes, resolution minutes].
 */
const BY_PRIORITY: Record<Priority, [number, number]> = {
  [Priority.URGENT]: [15, 4 * H],
  [Priority.HIGH]: [30, 1 * D],
  [Priority.NORMAL]: [2 * H, 3 * D],
  [Priority.LOW]: [8 * H, 7 * D],
};

/** Kinds that differ from the priority table: inquiries are answered sooner, rentals take longer. */
const BY_KIND: Partial<Record<CaseKind, Partial<Record<Priority, [number, number]>>>> = {
  [CaseKind.INQUIRY]: {
    [Priority.NORMAL]: [1 * H, 1 * D],
    [Priority.LOW]: [4 * H, 3 * D],
  },
  [CaseKind.RENTAL]: {
    [Priority.NORMAL]: [1 * D, 14 * D],
    [Priority.LOW]: [2 * D, 30 * D],
  },
};

export function defaultSla(kind: CaseKind, priority: Priority): [number, number] {
  return BY_KIND[kind]?.[priority] ?? BY_PRIORITY[priority];
}
