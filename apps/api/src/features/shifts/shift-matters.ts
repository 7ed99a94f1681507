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

export type OpenMatterSource = (em: EntityManager, shift: Shift, ctx: Context) => Promise<OpenMatter[]>;

const sources: OpenMatterSource[] = [];

/** A feature names what its records leave open at a shift's end (at import time). */
export function addOpenMatterSource(source: OpenMatterSource): void {
  sources.push(source);
}

/** Everything still open that the shift touched, from every feature, in the order registered. */
export async function openMattersOf(em: EntityManager, shift: Shift, ctx: Context): Promise<OpenMatter[]> {
  const all: OpenMatter[] = [];
  for (const source of sources) all.push(...(await source(em, shift, ctx)));
  return all;
}
