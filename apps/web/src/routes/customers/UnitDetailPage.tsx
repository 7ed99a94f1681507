import { ArrowLeftOutlined, LoginOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Result, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { RecordHistory } from '../../features/audit/components/RecordHistory.js';
import { useSession } from '../../features/auth/session-context.js';
import { CaseHistoryCard } from '../../features/cases/components/CaseHistoryCard.js';
import { MoveInModal, MoveOutModal } from '../../features/customers/components/CustomerActions.js';
import { OccupancyList, type OccupancyRow } from '../../features/customers/components/OccupancyList.js';
import { unitFileQuery } from '../../features/customers/customers.operations.js';
import { unitPlace } from '../../features/customers/unit-label.js';

/**
 * /customers/units/:id: one unit: who is there now, and who was before. Like the customer page, a
 * stack of cards, so the unit's cases can join as another.
 */
export function UnitDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: unitFileQuery, variables: { id } });
  const unit = data?.unit;
  const [leaving, setLeaving] = useState<OccupancyRow | null>(null);
  const [movingIn, setMovingIn] = useState(false);
  const mayHandle = can('customer_file.handle');

  useEffect(() => {
    document.title = `${unit?.code ?? t('customers.title')} · Steward`;
  }, [t, unit?.code]);

  const past = unit?.occupancies.filter((o) => !o.current) ?? [];
  const facts = unit
    ? [
        unitPlace(unit),
        unit.floor != null ? t('customers.floorValue', { floor: unit.floor }) : null,
        unit.area != null ? t('customers.areaValue', { area: unit.area }) : null,
      ].filter(Boolean)
    : [];

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto' }}>
      <Link to="/customers">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('customers.backToList')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {unit ? (
          <Flex vertical gap={16}>
            <Card data-testid="unit-detail" styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Flex align="center" gap={10} wrap>
                <Typography.Title level={2} style={{ margin: 0 }} data-testid="unit-code">
                  {unit.code}
                </Typography.Title>
                <Tag bordered={false} color="geekblue" style={{ marginInlineEnd: 0 }}>
                  {t(`customers.usage.${unit.usage}`)}
                </Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                {facts.join(' · ')}
              </Typography.Text>
              {unit.note && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{unit.note}</Typography.Paragraph>}
              {(mayHandle || can('customer_file.create')) && (
                <Flex gap={8} wrap style={{ marginTop: 16 }}>
                  {mayHandle && (
                    <Button
                      type="primary"
                      icon={<LoginOutlined />}
                      onClick={() => setMovingIn(true)}
                      data-testid="action-move-in"
                    >
                      {t('customers.actions.moveIn')}
                    </Button>
                  )}
                  {can('customer_file.create') && (
                    <Link to={`/customers/new?unit=${encodeURIComponent(unit.id)}`}>
                      <Button icon={<UserAddOutlined />}>{t('customers.actions.newHere')}</Button>
                    </Link>
                  )}
                </Flex>
              )}
            </Card>
            <Card
              title={t('customers.currentTitle')}
              styles={{ body: { padding: compact ? 12 : 0 } }}
              data-testid="unit-current"
            >
              <OccupancyList
                rows={unit.currentOccupants}
                show="customer"
                compact={compact}
                empty={t('customers.noCurrent')}
                onMoveOut={mayHandle ? setLeaving : undefined}
                testId="current-occupants"
              />
            </Card>
            <Card
              title={t('customers.pastTitle')}
              styles={{ body: { padding: compact ? 12 : 0 } }}
              data-testid="unit-past"
            >
              <OccupancyList
                rows={past}
                show="customer"
                compact={compact}
                empty={t('customers.noPast')}
                testId="past-occupants"
              />
            </Card>
            <CaseHistoryCard unitId={unit.id} />
            {can('audit.read') && <RecordHistory targetId={unit.id} compact={compact} />}
            <MoveOutModal
              open={leaving !== null}
              onClose={() => setLeaving(null)}
              occupancy={leaving}
              customerName={leaving?.customer?.name ?? ''}
              unitCode={unit.code}
            />
            <MoveInModal
              open={movingIn}
              onClose={() => setMovingIn(false)}
              unit={{ id: unit.id, code: unit.code, label: `${unit.code} · ${unitPlace(unit)}` }}
            />
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('customers.unitNotFound')} />
        )}
      </QueryState>
    </div>
  );
}
