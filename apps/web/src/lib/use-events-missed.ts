import { ErrorCode } from '@steward/schema';
import { useEffect, useRef } from 'react';
import type { CombinedError } from 'urql';

/**
 * Calls `reload` when a live subscription says it dropped events for this page (`EVENTS_MISSED`:
 * the page fell too far behind, e.g. a tab asleep on a bad network). The subscription goes on;
 * what the page shows is simply fetched again.
 */
export function useEventsMissed(error: CombinedError | undefined, reload: () => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (error?.graphQLErrors.some((e) => e.extensions?.code === ErrorCode.EVENTS_MISSED)) latest.current();
  }, [error]);
}
