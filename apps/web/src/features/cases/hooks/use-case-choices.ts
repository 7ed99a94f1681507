import { useMemo } from 'react';
import { useQuery } from 'urql';
import { caseChoicesQuery, caseStaffChoicesQuery } from '../case.operations.js';

export interface Option {
  value: string;
  label: string;
}

/** Departments and sites, for the intake form and the referral picker. */
export function useCaseChoices(): { departments: Option[]; sites: Option[] } {
  const [{ data }] = useQuery({ query: caseChoicesQuery });
  return useMemo(
    () => ({
      departments: (data?.departments ?? []).map((d) => ({ value: d.key, label: d.name })),
      sites: (data?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
    }),
    [data],
  );
}

/**
 * Active members of a department a case can go to, as far as the viewer may see staff (the API
 * decides how far that is).
 */
export function useDepartmentStaff(departmentKey: string | null | undefined): {
  people: Option[];
  fetching: boolean;
} {
  const [{ data, fetching }] = useQuery({
    query: caseStaffChoicesQuery,
    variables: { departmentKey: departmentKey ?? '' },
    pause: !departmentKey,
  });
  const people = useMemo(
    () =>
      (data?.staffMembers.nodes ?? []).map((s) => ({
        value: s.id,
        label: `${s.name} · ${s.position.name}`,
      })),
    [data],
  );
  return { people: departmentKey ? people : [], fetching };
}
