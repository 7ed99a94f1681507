import { FileProtectOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Grid, Row, Segmented, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { ACTIVE_STATUSES } from '../../features/cases/case-abilities.js';
import { useNow } from '../../features/cases/case-format.js';
import { InspectionHeader } from '../../features/inspections/components/InspectionTabs.js';
import { IssueNoticeForm } from '../../features/inspections/components/IssueNoticeForm.js';
import { NoticeList } from '../../features/inspections/components/NoticeList.js';
import { inspectionSitesQuery, rectificationNoticesQuery } from '../../features/inspections/inspection.operations.js';
import { noticePath } from '../../features/inspections/inspection-format.js';
import type { CaseFilter } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;
const VIEWS = ['open', 'overdue', 'closed', 'all'] as const;
type View = (typeof VIEWS)[number];

/** /inspections/notices[?view=&site=]: rectification notices and their deadlines (R20, C10). */
export function RectificationNoticesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const now = useNow(60_000);
  const [issuing, setIssuing] = useState(false);
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'open';
  const site = params.get('site');
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery });

  useEffect(() => {
    document.title = `${t('inspections.notices.title')} · Steward`;
  }, [t]);

  const filter = useMemo<CaseFilter>(
    () => ({
      kinds: ['RECTIFICATION'],
      siteCode: site,
      statuses: view === 'open' ? [...ACTIVE_STATUSES, 'RESOLVED'] : view === 'closed' ? ['CLOSED'] : null,
      overdue: view === 'overdue' ? true : null,
    }),
    [view, site],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: rectificationNoticesQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.cases;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <InspectionHeader
        subtitle={t('inspections.notices.subtitle')}
        action={
          can('inspection.create') && (
            <Button
              type="primary"
              icon={<FileProtectOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="notice-issue-button"
            >
              {t('inspections.notices.issue')}
            </Button>
          )
        }
      />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={14}>
            <Segmented
              block={compact}
              value={view}
              onChange={(v) => setFilter('view', v === 'open' ? null : v)}
              options={VIEWS.map((v) => ({ value: v, label: t(`inspections.notices.filter.${v}`) }))}
              data-testid="notice-view"
            />
          </Col>
          <Col xs={24} md={10}>
            <Select<string>
              aria-label={t('inspections.fields.site')}
              style={{ width: '100%' }}
              value={site ?? 'all'}
              onChange={(v) => setFilter('site', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allSites') },
                ...(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
              ]}
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('inspections.notices.count', { count: connection.totalCount }) : ''}
        testId="notice"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <NoticeList notices={connection?.nodes ?? []} loading={fetching && !data} compact={compact} now={now} />
      </ListResults>
      <IssueNoticeForm
        open={issuing}
        source={null}
        onClose={() => setIssuing(false)}
        onIssued={(c) => {
          message.success(t('inspections.notices.issued', { reference: c.reference }));
          navigate(noticePath(c.id));
        }}
      />
    </div>
  );
}
