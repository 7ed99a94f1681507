import { useMemo } from 'react';
import { useQuery } from 'urql';
import { meetingStaffChoicesQuery } from '../meeting.operations.js';

export interface StaffOption {
  value: string;
  label: string;
  departmentKey: string | null;
}

/**
 * Active staff who may be asked to a meeting or given its action items, as far as the viewer may
 * see staff, the viewer's own department first.
 */
export function useMeetingStaff(myDepartment: string | null | undefined, pause = false) {
  const [{ data, fetching }] = useQuery({ query: meetingStaffChoicesQuery, pause });
  const options = useMemo<StaffOption[]>(() => {
    const people = (data?.staffMembers.nodes ?? []).map((s) => ({
      value: s.id,
      label: `${s.name} · ${s.position.name}`,
      departmentKey: s.department?.key ?? null,
    }));
    return [
      ...people.filter((p) => p.departmentKey === myDepartment),
      ...people.filter((p) => p.departmentKey !== myDepartment),
    ];
  }, [data, myDepartment]);
  return { options, fetching };
}
