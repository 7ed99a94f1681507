import { useCallback, useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import type { ShiftEventsFilter, ShiftEventsSubscription } from '../../../gql/graphql.js';
import { useEventsMissed } from '../../../lib/use-events-missed.js';
import { shiftEventsSubscription } from '../shift.operations.js';

/**
 * Listens to `shiftEvents` while a page is open and calls `onEvent` with each (debounced, so a
 * burst of scans costs one refetch), or with null when the server dropped events for this page
 * (`EVENTS_MISSED`): reload everything then. Paused while there is nothing to listen to.
 */
export function useLiveShift(
  filter: ShiftEventsFilter | null,
  onEvent: (event: ShiftEventsSubscription['shiftEvents'] | null) => void,
): void {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onEvent);
  latest.current = onEvent;

  const handle = useCallback((_prev: unknown, data: ShiftEventsSubscription) => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => latest.current(data.shiftEvents), 150);
    return data;
  }, []);

  const [{ error }] = useSubscription(
    { query: shiftEventsSubscription, variables: { filter }, pause: !filter },
    handle,
  );
  useEventsMissed(error, () => latest.current(null));
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
}
