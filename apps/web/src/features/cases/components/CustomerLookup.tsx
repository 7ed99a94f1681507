import { CloseOutlined, HomeOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CaseIntakeLookupQuery, CustomerRole } from '../../../gql/graphql.js';
import { useDebouncedValue } from '../../../lib/use-debounced-value.js';
import { caseIntakeLookupQuery } from '../case.operations.js';

type Hit = CaseIntakeLookupQuery['customerLookup'][number];
type Contacts = NonNullable<Hit['customer']>['contacts'];

/** Who and where the caller is, as found on file. */
export interface Picked {
  customer: { id: string; name: string; role: CustomerRole | null } | null;
  unit: { id: string; code: string; site: { code: string; name: string } } | null;
  phone: string | null;
}

function phoneOf(contacts: Contacts): string | null {
  const phones = contacts.filter((c) => c.kind === 'PHONE');
  return (phones.find((c) => c.primary) ?? phones[0])?.value ?? null;
}

/** Each hit as one or more choices: a unit with each of its current occupants, or a customer at their unit. */
function choicesOf(hits: readonly Hit[]): { key: string; picked: Picked }[] {
  const out: { key: string; picked: Picked }[] = [];
  for (const hit of hits) {
    if (hit.unit) {
      const unit = { id: hit.unit.id, code: hit.unit.code, site: hit.unit.site };
      for (const o of hit.unit.currentOccupants) {
        out.push({
          key: `${unit.id}|${o.customer.id}`,
          picked: {
            customer: { id: o.customer.id, name: o.customer.name, role: o.role },
            unit,
            phone: phoneOf(o.customer.contacts),
          },
        });
      }
      out.push({ key: `${unit.id}|`, picked: { customer: null, unit, phone: null } });
    } else if (hit.customer) {
      const c = hit.customer;
      const current = c.occupancies.filter((o) => o.current);
      const places = current.length ? current : [null];
      for (const o of places) {
        out.push({
          key: `${o?.unit.id ?? ''}|${c.id}`,
          picked: {
            customer: { id: c.id, name: c.name, role: o?.role ?? c.kind },
            unit: o ? { id: o.unit.id, code: o.unit.code, site: o.unit.site } : null,
            phone: phoneOf(c.contacts),
          },
        });
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(x.key) && seen.add(x.key));
}

function Label({ picked }: { picked: Picked }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
      {picked.customer ? (
        <>
          <UserOutlined />
          <Typography.Text strong>{picked.customer.name}</Typography.Text>
          {picked.customer.role && (
            <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
              {t(`cases.lookup.role.${picked.customer.role}`)}
            </Tag>
          )}
        </>
      ) : (
        <Typography.Text type="secondary">{t('cases.lookup.unitOnly')}</Typography.Text>
      )}
      {picked.unit && (
        <Typography.Text type="secondary">
          <HomeOutlined /> {picked.unit.site.name} {picked.unit.code}
        </Typography.Text>
      )}
      {picked.phone && <Typography.Text type="secondary">{picked.phone}</Typography.Text>}
    </Flex>
  );
}

/**
 * Finds the caller on file by unit code, phone or name while they are on the line; the choice
 * fills in the reporter and the unit.
 */
export function CustomerLookup({ value, onChange }: { value: Picked | null; onChange(picked: Picked | null): void }) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const settled = useDebouncedValue(term.trim());
  const [{ data, fetching }] = useQuery({
    query: caseIntakeLookupQuery,
    variables: { query: settled },
    pause: settled.length < 2,
  });
  const choices = useMemo(() => (settled.length < 2 ? [] : choicesOf(data?.customerLookup ?? [])), [data, settled]);

  if (value) {
    return (
      <Card size="small" data-testid="intake-picked" styles={{ body: { padding: '8px 12px' } }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Label picked={value} />
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('cases.lookup.clear')}
            onClick={() => onChange(null)}
            data-testid="intake-picked-clear"
          />
        </Flex>
      </Card>
    );
  }

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setTerm, searchValue: term }}
      value={null}
      placeholder={
        <span>
          <SearchOutlined /> {t('cases.lookup.placeholder')}
        </span>
      }
      suffixIcon={null}
      style={{ width: '100%' }}
      maxLength={LIMITS.maxSearchLength}
      onChange={(key) => {
        const found = choices.find((c) => c.key === key);
        if (found) {
          setTerm('');
          onChange(found.picked);
        }
      }}
      notFoundContent={
        settled.length < 2 ? null : fetching ? (
          <Flex justify="center" style={{ padding: 12 }}>
            <Spin size="small" />
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.lookup.none')} />
        )
      }
      options={choices.map((c) => ({ value: c.key, label: <Label picked={c.picked} /> }))}
      data-testid="intake-lookup"
      aria-label={t('cases.lookup.label')}
    />
  );
}
