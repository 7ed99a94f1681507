import type { UnitSummaryFragment } from '../../gql/graphql.js';

/** Where a unit is, as people say it: `翠湖花园 · 3栋`. */
export function unitPlace(unit: Pick<UnitSummaryFragment, 'site' | 'building'>): string {
  return `${unit.site.name} · ${unit.building.name}`;
}

/** The unit page's path. */
export function unitPath(id: string): string {
  return `/customers/units/${encodeURIComponent(id)}`;
}

export function customerPath(id: string): string {
  return `/customers/${encodeURIComponent(id)}`;
}
