import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { useSession } from '../../auth/session-context.js';
import { useLiveShift } from '../../shifts/hooks/use-live-shift.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import { shiftDutyLogQuery } from '../handover.operations.js';
import { DutyLogCard } from './DutyLog.js';

const RUNNING = ['BRIEFING', 'ON_DUTY', 'HANDING_OVER'];

/**
 * The shift console's duty log tab (R38): the quick entry box for those on the shift while it
 * runs, the entries as a timeline with the cases they concern, and for the director the review.
 */
export function DutyLogPanel({ shift }: ShiftSlotProps) {
  const { viewer, can } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: shiftDutyLogQuery,
    variables: { id: shift.id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveShift({ shiftId: shift.id }, reload);
  const log = data?.shift?.dutyLog ?? null;
  const onShift = !!shift.viewerMember || shift.leader.id === viewer?.staff.id;
  // Before the first entry there is no log to ask: whoever is on the running shift may start it.
  const canWrite = log
    ? log.viewerMayWrite
    : onShift && can('duty_log.create') && RUNNING.includes(data?.shift?.status ?? shift.status);
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
      <DutyLogCard
        log={log}
        target={{ shiftId: shift.id }}
        siteCode={shift.site.code}
        canWrite={canWrite}
        onChanged={reload}
      />
    </QueryState>
  );
}
