import { HomeOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerLookupQuery } from '../../../gql/graphql.js';
import { customerPath, unitPath, unitPlace } from '../unit-label.js';
import { primaryPhone } from './ContactList.js';
import { CustomerRoleTag, VoidedTag } from './CustomerRoleTag.js';

export type LookupHit = CustomerLookupQuery['customerLookup'][number];

/** Where a hit leads. */
export function hitPath(hit: LookupHit): string {
  if (hit.unit) return unitPath(hit.unit.id);
  return customerPath(hit.customer?.id ?? '');
}

interface Props {
  hits: readonly LookupHit[];
  loading: boolean;
  /** The hit Enter would open. */
  active: number;
  onHover(index: number): void;
  listId: string;
}

function MatchTag({ hit }: { hit: LookupHit }) {
  const { t } = useTranslation();
  return (
    <Tag bordered={false} color={hit.exact ? 'processing' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`customers.match.${hit.match}`)}
    </Tag>
  );
}

function UnitHit({ hit }: { hit: LookupHit }) {
  const { t } = useTranslation();
  const unit = hit.unit;
  if (!unit) return null;
  const people = unit.currentOccupants;
  return (
    <Flex gap={12} align="flex-start">
      <HomeOutlined style={{ fontSize: 20, color: '#1f4e79', marginTop: 4 }} aria-hidden />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 17 }} data-testid="hit-title">
            {unit.code}
          </Typography.Text>
          <Typography.Text type="secondary">
            {unitPlace(unit)} · {t(`customers.usage.${unit.usage}`)}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '2px 0 0' }}>
          {people.length
            ? people
                .map((o) => t('customers.withRole', { name: o.customer.name, role: t(`customers.roles.${o.role}`) }))
                .join(t('customers.listSep'))
            : t('customers.noCurrent')}
        </Typography.Paragraph>
      </div>
      <MatchTag hit={hit} />
    </Flex>
  );
}

function CustomerHit({ hit }: { hit: LookupHit }) {
  const { t } = useTranslation();
  const c = hit.customer;
  if (!c) return null;
  const phone = primaryPhone(c.contacts);
  const shown = hit.match === 'PHONE' || hit.match === 'CONTACT' ? hit.matchedValue : phone?.value;
  const units = c.occupancies.filter((o) => o.current).map((o) => `${o.unit.code} ${o.unit.site.name}`);
  return (
    <Flex gap={12} align="flex-start">
      <UserOutlined style={{ fontSize: 20, color: '#1f4e79', marginTop: 4 }} aria-hidden />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 17 }} data-testid="hit-title">
            {c.name}
          </Typography.Text>
          <CustomerRoleTag role={c.kind} />
          {c.voided && <VoidedTag />}
        </Flex>
        <Flex gap={12} wrap style={{ marginTop: 2 }}>
          {shown && (
            <Typography.Text type={hit.match === 'PHONE' ? undefined : 'secondary'}>
              <PhoneOutlined /> {shown}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {units.length ? units.join(t('customers.listSep')) : t('customers.noCurrent')}
          </Typography.Text>
        </Flex>
      </div>
      <MatchTag hit={hit} />
    </Flex>
  );
}

/** Units and customers found by the intake desk's box, the one Enter would open highlighted. */
export function LookupHits({ hits, loading, active, onHover, listId }: Props) {
  const { t } = useTranslation();
  if (loading && hits.length === 0) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (hits.length === 0) return <Empty description={t('customers.noHits')} data-testid="lookup-empty" />;
  return (
    <Flex vertical gap={8} role="listbox" id={listId} aria-label={t('customers.lookup')} data-testid="lookup-hits">
      {hits.map((hit, i) => {
        const key = hit.unit ? `u:${hit.unit.id}` : `c:${hit.customer?.id}`;
        return (
          <Link
            key={key}
            id={`${listId}-${i}`}
            to={hitPath(hit)}
            role="option"
            aria-selected={i === active}
            data-testid="lookup-hit"
            data-kind={hit.unit ? 'unit' : 'customer'}
            onMouseEnter={() => onHover(i)}
            style={{ color: 'inherit' }}
          >
            <Card
              size="small"
              hoverable
              styles={{ body: { padding: '10px 14px' } }}
              style={i === active ? { borderColor: '#1f4e79', boxShadow: '0 0 0 1px #1f4e79' } : undefined}
            >
              {hit.unit ? <UnitHit hit={hit} /> : <CustomerHit hit={hit} />}
            </Card>
          </Link>
        );
      })}
    </Flex>
  );
}
