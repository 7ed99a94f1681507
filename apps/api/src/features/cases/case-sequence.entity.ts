import type { EntityManager } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The next reference number per prefix and day (`TS-20261126` → 43). Every numbered record
 * shares it: cases (`TS-…`, `ZX-…`) and notices (`TZ-…`) each have their own prefix.
 */
@Entity({ tableName: 'case_sequence' })
export class CaseSequence {
  @PrimaryKey({ type: 'string', length: 16 })
  key: string;

  @Property({ type: 'integer' })
  next: number;
}

/** The date a reference number carries: the day in the site's time zone, as `YYYYMMDD`. */
export function referenceDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date)
    .replaceAll('-', '');
}

/**
 * A new reference, `<prefix>-<day>-<n>` with `n` counted per prefix and day from 1 and padded to
 * `digits`. Call inside the mutation's transaction: the counter moves with the record it numbers.
 */
export async function nextReference(
  tx: EntityManager,
  prefix: string,
  now: Date,
  timeZone: string,
  digits: number,
): Promise<string> {
  const key = `${prefix}-${referenceDay(now, timeZone)}`;
  const row = await tx.findOne(CaseSequence, { key });
  const n = row?.next ?? 1;
  if (row) row.next = n + 1;
  else tx.create(CaseSequence, { key, next: n + 1 });
  return `${key}-${String(n).padStart(digits, '0')}`;
}
