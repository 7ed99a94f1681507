import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { fireStaffOptionsQuery } from '../fire-safety.operations.js';

/** Active staff working at the site, by name and employee number, for a fire-safety form. */
export function StaffSelect({
  siteCode,
  ...props
}: { siteCode: string } & Omit<SelectProps<string | string[]>, 'options'>) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: fireStaffOptionsQuery, variables: { siteCode } });
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={fetching}
      placeholder={t('fireSafety.pickStaff')}
      options={(data?.fireSafetyStaffOptions ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.employeeNo}` }))}
      {...props}
    />
  );
}
