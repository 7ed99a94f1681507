import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './use-debounced-value.js';

export interface PageCursor {
  after?: string | null;
  before?: string | null;
}

/**
 * A list page's state kept in the URL (shareable, survives reload): filters, the search once
 * typing pauses (`q`), and the keyset cursor (`after`/`before`). Changing a filter returns to
 * the first page.
 */
export function useUrlListState() {
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const before = params.get('before');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const settled = useDebouncedValue(search.trim());

  const setFilter = (name: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(name, value);
        else p.delete(name);
        p.delete('after');
        p.delete('before');
        return p;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled search changes the URL (not every render)
  useEffect(() => {
    if ((params.get('q') ?? '') !== settled) setFilter('q', settled);
  }, [settled]);

  const page = (cursor: PageCursor) =>
    setParams((p) => {
      p.delete('after');
      p.delete('before');
      if (cursor.after) p.set('after', cursor.after);
      if (cursor.before) p.set('before', cursor.before);
      return p;
    });

  /** Previous/next availability for a connection fetched with these cursors. */
  const paging = (pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean } | undefined) => ({
    hasPrevious: before ? !!pageInfo?.hasPreviousPage : !!after,
    hasNext: before ? true : !!pageInfo?.hasNextPage,
  });

  return { params, after, before, search, setSearch, settled, setFilter, page, paging };
}
