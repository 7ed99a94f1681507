import type { DataScope } from '@steward/schema';
import type { PermissionMatrixQuery } from '../../gql/graphql.js';

export interface PermissionRow {
  code: string;
  action: string;
  resourceKey: string;
  resourceName: string;
  records: readonly string[];
  /** First action of its resource (where the resource's name is shown), and how many it has. */
  first: boolean;
  span: number;
}

/** The catalogue as one row per permission, each resource's actions together. */
export function permissionRows(catalogue: PermissionMatrixQuery['permissionCatalogue'], search = ''): PermissionRow[] {
  const words = search.trim().toLowerCase();
  return catalogue
    .filter((r) => !words || r.name.toLowerCase().includes(words) || r.key.includes(words))
    .flatMap((r) =>
      r.actions.map((a, i) => ({
        code: a.code,
        action: a.action,
        resourceKey: r.key,
        resourceName: r.name,
        records: r.records,
        first: i === 0,
        span: r.actions.length,
      })),
    );
}

/** Position key → permission code → scope. */
export function grantIndex(data: PermissionMatrixQuery | undefined): Map<string, Map<string, DataScope>> {
  const index = new Map<string, Map<string, DataScope>>();
  for (const pp of data?.positionPermissions ?? []) {
    index.set(pp.position.key, new Map(pp.grants.map((g) => [g.permission, g.scope as DataScope])));
  }
  return index;
}
