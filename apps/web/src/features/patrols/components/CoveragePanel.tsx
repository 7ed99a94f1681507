import { Badge, Card, Empty, Flex, List, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { QueryState } from '../../../components/QueryState.js';
import type { PatrolCoverageQuery } from '../../../gql/graphql.js';
import { formatTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { AREA_KIND_COLOR } from '../../places/place-format.js';
import { useLiveShift } from '../../shifts/hooks/use-live-shift.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import { patrolCoverageQuery, patrolRoundsQuery } from '../patrol.operations.js';
import { inStartOrder, RoundList } from './RoundList.js';

type Row = NonNullable<PatrolCoverageQuery['patrolCoverage']>['areas'][number];

/** Green when covered, orange when begun, red when not patrolled at all. */
function colourOf(row: Row): string {
  if (row.covered) return '#389e0d';
  return row.count > 0 ? '#d48806' : '#cf1322';
}

function StatusTag({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.missedPatrol) {
    return row.missedPatrol.status === 'REVIEWED' ? (
      <Tag>{t('patrols.coverage.reviewed')}</Tag>
    ) : (
      <Tag color="red">{t('patrols.coverage.missed')}</Tag>
    );
  }
  if (row.covered) return <Tag color="success">{t('patrols.coverage.covered')}</Tag>;
  return (
    <Tag color={row.count ? 'warning' : 'error'}>
      {t(row.count ? 'patrols.coverage.short' : 'patrols.coverage.none')}
    </Tag>
  );
}

function Count({ row }: { row: Row }) {
  return (
    <Flex align="center" gap={8} style={{ minWidth: 120 }}>
      <Typography.Text strong style={{ color: colourOf(row), minWidth: 36 }} data-testid="coverage-count">
        {row.count} / {row.required}
      </Typography.Text>
      <Progress
        percent={Math.min(100, Math.round((row.count / Math.max(1, row.required)) * 100))}
        showInfo={false}
        size="small"
        strokeColor={colourOf(row)}
        style={{ flex: 1, margin: 0 }}
      />
    </Flex>
  );
}

/**
 * The shift leader's live view of patrols (C1): each area's patrols this shift against its
 * minimum — coloured, with the last patrol — updating as scans arrive; then the rounds walked.
 */
export function CoveragePanel({ shift, compact }: ShiftSlotProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const follows = can('patrol.read');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: patrolCoverageQuery,
    variables: { shiftId: shift.id },
    requestPolicy: 'cache-and-network',
    pause: !follows,
  });
  const [{ data: rounds }, refetchRounds] = useQuery({
    query: patrolRoundsQuery,
    variables: { shiftId: shift.id, mine: false },
    requestPolicy: 'cache-and-network',
    pause: !follows,
  });
  useLiveShift(follows ? { shiftId: shift.id } : null, (event) => {
    if (event && event.type !== 'PATROL_SCAN' && event.type !== 'STATUS_CHANGED') return;
    refetch({ requestPolicy: 'network-only' });
    refetchRounds({ requestPolicy: 'network-only' });
  });
  if (!follows) return null;
  const coverage = data?.patrolCoverage;
  const needed = coverage?.areas.filter((a) => a.required > 0) ?? [];
  // Scans still arrive while the shift is on duty and within its hours (half an hour after its end).
  const live = shift.status === 'ON_DUTY' && Date.now() < Date.parse(String(shift.endsAt)) + 30 * 60_000;

  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <Flex vertical gap={16} data-testid="coverage-panel">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="coverage-summary">
              {t('patrols.coverage.summary', { covered: coverage?.coveredCount ?? 0, total: needed.length })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('patrols.coverage.rule', { n: coverage?.minimumDefault ?? 2 })}
            </Typography.Text>
          </div>
          {live && <Badge status="processing" text={t('patrols.coverage.live')} />}
        </Flex>
        {!coverage?.areas.length ? (
          <Empty description={t('patrols.coverage.noAreas')} />
        ) : compact ? (
          <List
            dataSource={coverage.areas}
            renderItem={(row) => (
              <List.Item
                data-testid="coverage-row"
                data-area={row.area.name}
                data-covered={row.covered}
                data-last={row.lastPatrolAt ?? ''}
              >
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong>{row.area.name}</Typography.Text>
                    <StatusTag row={row} />
                  </Flex>
                  <Count row={row} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('patrols.coverage.last')}
                    {t('common.colon')}
                    {row.lastPatrolAt ? formatTime(row.lastPatrolAt, locale) : t('patrols.coverage.never')}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Row>
            size="small"
            rowKey={(r) => r.area.id}
            pagination={false}
            dataSource={coverage.areas}
            onRow={(row) =>
              ({
                'data-testid': 'coverage-row',
                'data-area': row.area.name,
                'data-covered': row.covered,
                'data-last': row.lastPatrolAt ?? '',
              }) as never
            }
            columns={[
              {
                key: 'area',
                title: t('patrols.coverage.area'),
                render: (_, row) => (
                  <Flex gap={8} align="center">
                    <Tag color={AREA_KIND_COLOR[row.area.kind]}>{t(`places.kind.${row.area.kind}`)}</Tag>
                    <Typography.Text>{row.area.name}</Typography.Text>
                  </Flex>
                ),
              },
              { key: 'count', title: t('patrols.coverage.count'), width: 240, render: (_, row) => <Count row={row} /> },
              {
                key: 'last',
                title: t('patrols.coverage.last'),
                width: 120,
                render: (_, row) =>
                  row.lastPatrolAt ? formatTime(row.lastPatrolAt, locale) : t('patrols.coverage.never'),
              },
              {
                key: 'status',
                title: t('patrols.coverage.status'),
                width: 130,
                render: (_, row) => <StatusTag row={row} />,
              },
            ]}
          />
        )}
        <Card size="small" title={t('patrols.rounds.title')} styles={{ body: { padding: compact ? 8 : 12 } }}>
          <RoundList
            rounds={inStartOrder(rounds?.patrolRounds?.nodes)}
            showPatroller
            emptyText={t('patrols.rounds.none')}
          />
        </Card>
      </Flex>
    </QueryState>
  );
}
