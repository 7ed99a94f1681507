import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { StaffChoicesQuery } from '../../../gql/graphql.js';
import { staffChoicesQuery } from '../staff.operations.js';

export interface Option {
  value: string;
  label: string;
}

export interface StaffChoices {
  data: StaffChoicesQuery | undefined;
  departments: Option[];
  /** Positions grouped by department, company-level posts first. */
  positions: { label: string; options: Option[] }[];
  sites: Option[];
  /** The department a position belongs to, if any. */
  departmentOf(positionKey: string): string | null;
}

/** What staff forms and filters choose from: departments, positions, sites. */
export function useStaffChoices(): StaffChoices {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: staffChoicesQuery });
  return useMemo(() => {
    const departments = (data?.departments ?? []).map((d) => ({ value: d.key, label: d.name }));
    const all = data?.positions ?? [];
    const groups = [
      {
        label: t('rulebook.companyLevel'),
        options: all.filter((p) => !p.department).map((p) => ({ value: p.key, label: p.name })),
      },
      ...(data?.departments ?? []).map((d) => ({
        label: d.name,
        options: all.filter((p) => p.department?.key === d.key).map((p) => ({ value: p.key, label: p.name })),
      })),
    ].filter((g) => g.options.length > 0);
    const sites = (data?.sites ?? []).map((s) => ({ value: s.code, label: s.name }));
    const departmentOf = (positionKey: string) => all.find((p) => p.key === positionKey)?.department?.key ?? null;
    return { data, departments, positions: groups, sites, departmentOf };
  }, [data, t]);
}
