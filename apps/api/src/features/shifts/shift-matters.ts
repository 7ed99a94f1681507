import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import type { Shift } from './shift.entity.js';

/**
 * Something still open that a shift touched (SL-2: 未落实情况): a case or task, a missed patrol …
 * The handover lists them; each feature contributes its own kind through a source, so the
 * handover needs to know none of them.
 */
export interface OpenMatter {
  /** What kind of record: `CASE`, `TASK`, `MISSED_PATROL` … */
  kind: string;
  /** The record's global id (to link to it). */
  recordId: string;
  /** Its reference number, if it has one (e.g. `TS-20261126-0003`). */
  reference: string | null;
  /** In words, one line. */
  title: string;
  /** Its status, as its feature names it. */
  status: string;
  dueAt: Date | null;
}

/**
 * What a feature's records leave open, for several shifts at once (a list's handover drafts): a
 * few grouped queries whatever their number, answered by shift id.
 */
export type OpenMatterSource = (
  em: EntityManager,
  shifts: readonly Shift[],
  ctx: Context,
) => Promise<ReadonlyMap<string, OpenMatter[]>>;

const sources: OpenMatterSource[] = [];

/** A feature names what its records leave open at a shift's end (at import time). */
export function addOpenMatterSource(source: OpenMatterSource): void {
  sources.push(source);
}

/** Everything still open that each shift touched, from every feature, in the order registered. */
export async function openMattersOfShifts(
  em: EntityManager,
  shifts: readonly Shift[],
  ctx: Context,
): Promise<Map<string, OpenMatter[]>> {
  const all = new Map<string, OpenMatter[]>(shifts.map((s) => [s.id, []]));
  if (!shifts.length) return all;
  for (const source of sources) {
    const found = await source(em, shifts, ctx);
    for (const [id, matters] of all) matters.push(...(found.get(id) ?? []));
  }
  return all;
}

/** Everything still open that the shift touched, from every feature, in the order registered. */
export async function openMattersOf(em: EntityManager, shift: Shift, ctx: Context): Promise<OpenMatter[]> {
  return (await openMattersOfShifts(em, [shift], ctx)).get(shift.id) ?? [];
}
