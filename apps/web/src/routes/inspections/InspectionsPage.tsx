import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Grid, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { InspectionList } from '../../features/inspections/components/InspectionList.js';
import { InspectionHeader } from '../../features/inspections/components/InspectionTabs.js';
import { PlanInspectionForm } from '../../features/inspections/components/PlanInspectionForm.js';
import { RegularityPanel } from '../../features/inspections/components/RegularityPanel.js';
import { inspectionSitesQuery, inspectionsQuery } from '../../features/inspections/inspection.operations.js';
import { INSPECTION_STATUSES, INSPECTION_TYPES } from '../../features/inspections/inspection-format.js';
import type { InspectionFilter } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** /inspections[?site=&type=&status=]: how regularly each type is inspected, and the inspections themselves. */
export function InspectionsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [planning, setPlanning] = useState(false);
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const type = INSPECTION_TYPES.find((k) => k === params.get('type')) ?? null;
  const status = INSPECTION_STATUSES.find((s) => s === params.get('status')) ?? null;
  const site = params.get('site');
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery });

  useEffect(() => {
    document.title = `${t('inspections.title')} · Steward`;
  }, [t]);

  const filter = useMemo<InspectionFilter>(
    () => ({ type, statuses: status ? [status] : null, siteCode: site }),
    [type, status, site],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: inspectionsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.inspections;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <InspectionHeader
        subtitle={t('inspections.subtitle')}
        action={
          can('inspection.create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              data-testid="inspection-plan-button"
            >
              {t('inspections.plan')}
            </Button>
          )
        }
      />
      <RegularityPanel />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Select<string>
              aria-label={t('inspections.fields.site')}
              style={{ width: '100%' }}
              value={site ?? 'all'}
              onChange={(v) => setFilter('site', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allSites') },
                ...(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
              ]}
              data-testid="inspection-site-filter"
            />
          </Col>
          <Col xs={12} md={8}>
            <Select<string>
              aria-label={t('inspections.fields.type')}
              style={{ width: '100%' }}
              value={type ?? 'all'}
              onChange={(v) => setFilter('type', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allTypes') },
                ...INSPECTION_TYPES.map((k) => ({ value: k, label: t(`inspections.typeLong.${k}`) })),
              ]}
              data-testid="inspection-type-filter"
            />
          </Col>
          <Col xs={12} md={8}>
            <Select<string>
              aria-label={t('inspections.fields.status')}
              style={{ width: '100%' }}
              value={status ?? 'all'}
              onChange={(v) => setFilter('status', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allStatuses') },
                ...INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`inspections.status.${s}`) })),
              ]}
              data-testid="inspection-status-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('inspections.count', { count: connection.totalCount }) : ''}
        testId="inspection"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <InspectionList inspections={connection?.nodes ?? []} loading={fetching && !data} compact={compact} />
      </ListResults>
      <PlanInspectionForm open={planning} onClose={() => setPlanning(false)} />
    </div>
  );
}
