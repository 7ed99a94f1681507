import { type EntityManager, type EntityMetadata, type EntityName, ReferenceKind } from '@mikro-orm/core';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import type { ApiToken } from './api-token.entity.js';
import type { Session } from './session.entity.js';

/**
 * Every request starts by finding its credential (a session or an API token), its staff member and
 * that member's sites. Through the ORM's query builder with `populate` that was most of a small
 * request's CPU (about 2 ms of 6 for `viewer`: building the join, then hydrating it). Here it is
 * two fixed statements, written once per ORM from the entities' metadata, whose rows `em.map`
 * turns into the same managed entities `populate` gave: an initialised staff member with its
 * sites, and the credential pointing at them.
 */
interface Plan {
  credential: string;
  sites: string;
}

const plans = new WeakMap<object, Map<string, Plan>>();

/** The stored columns an entity loads by default (lazy ones, like a password hash, left out). */
function columnsOf(meta: EntityMetadata): string[] {
  return meta.props
    .filter(
      (p) =>
        p.persist !== false &&
        !p.lazy &&
        (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE) &&
        p.fieldNames?.length,
    )
    .flatMap((p) => p.fieldNames);
}

/** The one column of a property (a scalar or a many-to-one to a single-column key). */
function column(meta: EntityMetadata, prop: string): string {
  const name = meta.properties[prop as keyof typeof meta.properties]?.fieldNames?.[0];
  if (!name) throw new Error(`${meta.className}.${prop} has no column`);
  return name;
}

function planOf(em: EntityManager, entity: EntityName<ApiToken | Session>, staffProp: string, keyProp: string): Plan {
  let byEntity = plans.get(em.config);
  if (!byEntity) {
    byEntity = new Map();
    plans.set(em.config, byEntity);
  }
  const name = typeof entity === 'string' ? entity : (entity as { name: string }).name;
  const cached = byEntity.get(name);
  if (cached) return cached;
  const q = (id: string) => em.getPlatform().quoteIdentifier(id);
  const metadata = em.getMetadata();
  const credential = metadata.get(name);
  const staff = metadata.get(Staff.name);
  const site = metadata.get(Site.name);
  const pivot = staff.properties.sites;
  const [staffColumn, siteColumn] = [pivot?.joinColumns[0], pivot?.inverseJoinColumns[0]];
  if (!pivot?.pivotTable || !staffColumn || !siteColumn) throw new Error('Staff.sites is not a pivot table');
  const select = [
    ...columnsOf(credential).map((c) => `c.${q(c)} as ${q(`c__${c}`)}`),
    ...columnsOf(staff).map((c) => `s.${q(c)} as ${q(`s__${c}`)}`),
  ].join(', ');
  const plan: Plan = {
    credential:
      `select ${select} from ${q(credential.tableName)} c ` +
      `join ${q(staff.tableName)} s on s.${q(column(staff, 'id'))} = c.${q(column(credential, staffProp))} ` +
      `where c.${q(column(credential, keyProp))} = ? and c.${q(column(credential, 'revokedAt'))} is null`,
    sites:
      `select ${columnsOf(site)
        .map((c) => `x.${q(c)}`)
        .join(', ')} from ${q(site.tableName)} x ` +
      `join ${q(pivot.pivotTable)} p on p.${q(siteColumn)} = x.${q(column(site, 'code'))} ` +
      `where p.${q(staffColumn)} = ?`,
  };
  byEntity.set(name, plan);
  return plan;
}

function prefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = row[key];
  return out;
}

/**
 * The unrevoked credential whose `keyProp` is `key`, with its staff member (`staffProp`) and the
 * member's sites loaded, managed by `em`; null when there is none.
 */
export async function findCredential<T extends ApiToken | Session>(
  em: EntityManager,
  entity: EntityName<T>,
  staffProp: 'owner' | 'staff',
  keyProp: 'secretHash' | 'id',
  key: string,
): Promise<{ credential: T; staff: Staff } | null> {
  const plan = planOf(em, entity as EntityName<ApiToken | Session>, staffProp, keyProp);
  const connection = em.getConnection();
  const [row] = await connection.execute<Record<string, unknown>[]>(
    plan.credential,
    [key],
    'all',
    em.getTransactionContext(),
  );
  if (!row) return null;
  // The staff member first, so the credential's reference to it resolves to this loaded instance.
  const staff = em.map(Staff, prefixed(row, 's__'));
  const credential = em.map(entity, prefixed(row, 'c__') as never) as T;
  const sites = await connection.execute<Record<string, unknown>[]>(
    plan.sites,
    [staff.id],
    'all',
    em.getTransactionContext(),
  );
  staff.sites.hydrate(sites.map((s: Record<string, unknown>) => em.map(Site, s)));
  return { credential, staff };
}
