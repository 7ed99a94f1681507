import { useCallback, useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import type { CaseEventsFilter, CaseEventsSubscription } from '../../../gql/graphql.js';
import { useEventsMissed } from '../../../lib/use-events-missed.js';
import { caseEventsSubscription } from '../case.operations.js';

const FRESH_MS = 4000;

/**
 * Listens to `caseEvents` while a page is open: calls `onEvent` (debounced, so a burst of steps
 * costs one refetch) and remembers which cases just changed, for a brief highlight.
 */
export function useLiveCases(filter: CaseEventsFilter | null, onEvent: () => void): ReadonlySet<string> {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onEvent);
  latest.current = onEvent;

  const handle = useCallback((_prev: unknown, data: CaseEventsSubscription) => {
    const id = data.caseEvents.case.id;
    setFresh((s) => new Set(s).add(id));
    setTimeout(
      () =>
        setFresh((s) => {
          const next = new Set(s);
          next.delete(id);
          return next;
        }),
      FRESH_MS,
    );
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => latest.current(), 200);
    return data;
  }, []);

  const [{ error }] = useSubscription({ query: caseEventsSubscription, variables: { filter } }, handle);
  useEventsMissed(error, () => latest.current());
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  return fresh;
}
