import type { EntityManager } from '@mikro-orm/knex';

/**
 * The few places where SQLite and PostgreSQL differ for the aggregates, branched once here:
 * how a stored instant is bound (SQLite keeps MikroORM's Date columns as integer milliseconds,
 * PostgreSQL as timestamptz) and how the time between two instants is measured.
 */
export function isPostgres(em: EntityManager): boolean {
  return /postgre/i.test(em.getPlatform().constructor.name);
}

/** An instant as a query parameter compared with a Date column. */
export function instantParam(em: EntityManager, d: Date): Date | number {
  return isPostgres(em) ? d : d.getTime();
}

/** SQL for the milliseconds from instant `a` to instant `b` (both column or parameter expressions). */
export function msBetween(em: EntityManager, a: string, b: string): string {
  return isPostgres(em) ? `(EXTRACT(EPOCH FROM (${b} - ${a})) * 1000)` : `(${b} - ${a})`;
}

/** A column name of an entity's property, as MikroORM maps it. */
export function columnOf(em: EntityManager, entity: string, property: string): string {
  const prop = em.getMetadata().get(entity).properties[property];
  const name = prop?.fieldNames?.[0];
  if (!name) throw new Error(`no column for ${entity}.${property}`);
  return name;
}

/** A boolean as a query parameter compared with a boolean column (SQLite keeps 0/1). */
export function boolParam(em: EntityManager, v: boolean): boolean | number {
  return isPostgres(em) ? v : v ? 1 : 0;
}

/** The table of an entity, as MikroORM maps it. */
export function tableOf(em: EntityManager, entity: string): string {
  return em.getMetadata().get(entity).tableName;
}
