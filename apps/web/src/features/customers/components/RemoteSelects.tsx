import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../../lib/use-debounced-value.js';
import { customerChoicesQuery, unitChoicesQuery } from '../customers.operations.js';
import { unitPlace } from '../unit-label.js';
import { primaryPhone } from './ContactList.js';

interface Props {
  value?: string;
  /** The chosen id, and the label it was shown with. */
  onChange?: (value: string, label?: string) => void;
  /** Shown before anything is searched, e.g. the unit the form was opened for. */
  initialLabel?: string;
  testId?: string;
}

/** A unit, found by typing part of its code (a unit picker for forms). */
export function UnitSelect({ value, onChange, initialLabel, testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: unitChoicesQuery, variables: { search: settled || null } });
  const options = (data?.units.nodes ?? []).map((u) => ({
    value: u.id,
    label: `${u.code} · ${unitPlace(u)}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select<string>
      value={value}
      onChange={(id, option) => onChange?.(id, (option as { label?: string } | undefined)?.label)}
      allowClear
      placeholder={t('customers.chooseUnit')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={fetching ? <Spin size="small" /> : undefined}
      options={options}
      data-testid={testId}
    />
  );
}

/** A customer, found by typing part of a name, a phone or a unit code. */
export function CustomerSelect({ value, onChange, initialLabel, testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: customerChoicesQuery, variables: { search: settled || null } });
  const options = (data?.customers.nodes ?? []).map((c) => {
    const phone = primaryPhone(c.contacts);
    return {
      value: c.id,
      label: `${c.name} · ${t(`customers.roles.${c.kind}`)}${phone ? ` · ${phone.value}` : ''}`,
    };
  });
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select<string>
      value={value}
      onChange={(id) => onChange?.(id)}
      allowClear
      placeholder={t('customers.chooseCustomer')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={fetching ? <Spin size="small" /> : undefined}
      options={options}
      data-testid={testId}
    />
  );
}
