import { useMemo } from 'react';
import { useQuery } from 'urql';
import { auditTargetsQuery } from '../audit.operations.js';

/** Global ID → a readable name, for the targets of the events on screen. */
export function useTargetNames(ids: readonly string[]): Map<string, string> {
  const unique = useMemo(() => [...new Set(ids)].sort().slice(0, 100), [ids]);
  const [{ data }] = useQuery({ query: auditTargetsQuery, variables: { ids: unique }, pause: unique.length === 0 });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const node of data?.nodes ?? []) {
      if (!node) continue;
      if (node.__typename === 'Staff') names.set(node.id, `${node.name} (${node.employeeNo})`);
      else if (node.__typename === 'ApiToken') names.set(node.id, `${node.name} · ${node.prefix}…`);
      else if (node.__typename === 'Position') names.set(node.id, node.name);
      else if (node.__typename === 'Customer') names.set(node.id, node.name);
      else if (node.__typename === 'Unit') names.set(node.id, `${node.code} · ${node.site.name}`);
      else if (node.__typename === 'Building') names.set(node.id, `${node.name} · ${node.site.name}`);
    }
    return names;
  }, [data]);
}
