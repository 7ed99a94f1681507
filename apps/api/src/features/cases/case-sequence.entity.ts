import type { EntityManager } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

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
 * One atomic upsert, not read-then-write: on PostgreSQL concurrent transactions would otherwise
 * read the same number; the upsert's row lock makes the second wait for the first to commit.
 */
export async function nextReference(
  tx: EntityManager,
  prefix: string,
  now: Date,
  timeZone: string,
  digits: number,
): Promise<string> {
  const key = `${prefix}-${referenceDay(now, timeZone)}`;
  const [row] = await (tx as SqlEntityManager).execute<{ next: number | string }[]>(
    'insert into case_sequence (key, next) values (?, 2) on conflict (key) do update set next = case_sequence.next + 1 returning next',
    [key],
  );
  const n = Number(row?.next) - 1;
  return `${key}-${String(n).padStart(digits, '0')}`;
}
