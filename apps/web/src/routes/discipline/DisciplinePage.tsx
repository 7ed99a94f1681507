import { Card, Col, Flex, Grid, Row, Segmented, Select, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { disciplineRecordsQuery } from '../../features/attendance/attendance.operations.js';
import { DISCIPLINE_KINDS } from '../../features/attendance/attendance-format.js';
import { AttendanceOverview } from '../../features/attendance/components/AttendanceOverview.js';
import { DisciplineList } from '../../features/attendance/components/DisciplineList.js';
import { useSession } from '../../features/auth/session-context.js';
import type { DisciplineFilter, DisciplineKind, DisciplineStatus } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;
const VIEWS = {
  open: ['OPEN', 'ESCALATED'],
  all: null,
  corrected: ['CORRECTED'],
  voided: ['VOIDED'],
} as const satisfies Record<string, readonly DisciplineStatus[] | null>;
type View = keyof typeof VIEWS;

/** The discipline records the viewer may see (the director's department, a leader's sites, an officer's own). */
function DisciplineRecords({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const view: View = (Object.keys(VIEWS) as View[]).find((v) => v === params.get('view')) ?? 'open';
  const kind = DISCIPLINE_KINDS.find((k) => k === params.get('kind')) ?? null;
  const filter = useMemo<DisciplineFilter>(
    () => ({ statuses: VIEWS[view] ? [...(VIEWS[view] as readonly DisciplineStatus[])] : null, kind }),
    [view, kind],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: disciplineRecordsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.disciplineRecords;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Flex vertical gap={12}>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={14}>
            <Segmented<View>
              block={compact}
              value={view}
              onChange={(v) => setFilter('view', v === 'open' ? null : v)}
              options={(Object.keys(VIEWS) as View[]).map((v) => ({
                value: v,
                label: t(`attendance.discipline.filters.${v}`),
              }))}
              data-testid="discipline-view"
            />
          </Col>
          <Col xs={24} md={10}>
            <Select<DisciplineKind | 'ALL'>
              style={{ width: '100%' }}
              value={kind ?? 'ALL'}
              onChange={(v) => setFilter('kind', v === 'ALL' ? null : v)}
              aria-label={t('attendance.discipline.fields.kind')}
              options={[
                { value: 'ALL', label: t('attendance.discipline.filters.allKinds') },
                ...DISCIPLINE_KINDS.map((k) => ({ value: k, label: t(`attendance.discipline.kind.${k}`) })),
              ]}
              data-testid="discipline-kind-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={reload}
        count={connection ? t('attendance.discipline.count', { count: connection.totalCount }) : ''}
        testId="discipline"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        {fetching && !data ? null : (
          <DisciplineList
            records={connection?.nodes ?? []}
            emptyText={t('attendance.discipline.empty')}
            onChanged={reload}
          />
        )}
      </ListResults>
    </Flex>
  );
}

/**
 * /discipline[?tab=attendance][&view=&kind=&after=|before=] — discipline records (R41, R42) with
 * their corrections, for the director above all; and a week's attendance (R36).
 */
export function DisciplinePage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const { params, setFilter } = useUrlListState();

  useEffect(() => {
    document.title = `${t('attendance.pageTitle')} · Steward`;
  }, [t]);

  const tabs = [
    ...(can('discipline.read')
      ? [
          {
            key: 'discipline',
            label: t('attendance.tabs.discipline'),
            children: <DisciplineRecords compact={compact} />,
          },
        ]
      : []),
    ...(can('attendance.read')
      ? [
          {
            key: 'attendance',
            label: t('attendance.tabs.attendance'),
            children: <AttendanceOverview compact={compact} />,
          },
        ]
      : []),
  ];
  const tab = tabs.find((x) => x.key === params.get('tab'))?.key ?? tabs[0]?.key;

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }} data-testid="discipline-page">
      <Typography.Title level={compact ? 3 : 2} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('attendance.pageTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('attendance.pageSubtitle')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setFilter('tab', key === 'discipline' ? null : key)}
        items={tabs}
        destroyOnHidden
      />
    </div>
  );
}
