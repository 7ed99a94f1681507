import { PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Col, Grid, Input, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { PURPOSES, ReceptionEntryForm } from '../../features/reception/components/ReceptionEntryForm.js';
import { ReceptionVisitList } from '../../features/reception/components/ReceptionVisitList.js';
import { receptionVisitsQuery } from '../../features/reception/reception.operations.js';
import type { ReceptionVisitFilter, VisitPurpose, VisitStatus } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;
const STATUSES: VisitStatus[] = ['OPEN', 'CLOSED', 'VOIDED'];
const RANGES = ['all', 'today', 'week', 'month'] as const;
type Range = (typeof RANGES)[number];

/** The first moment of the range, in the reader's own day: today from midnight, a week, a month. */
function rangeStart(range: Range): string | null {
  if (range === 'all') return null;
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  if (range === 'week') start.setDate(start.getDate() - 6);
  if (range === 'month') start.setDate(start.getDate() - 29);
  return start.toISOString();
}

/**
 * /reception[?status=&purpose=&range=&q=&after=|before=]: the desk's reception log (来访接待记录):
 * the quick entry form on top, the visits below, the latest first.
 */
export function ReceptionPage() {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const { can } = useSession();
  const { params, after, before, search, setSearch, settled, setFilter, page, paging } = useUrlListState();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const purpose = PURPOSES.find((p) => p === params.get('purpose')) ?? null;
  const range: Range = RANGES.find((r) => r === params.get('range')) ?? 'all';
  // At a desk the entry form is always there; on a phone the log comes first, the form on demand.
  const [entering, setEntering] = useState(false);

  useEffect(() => {
    document.title = `${t('reception.title')} · Steward`;
  }, [t]);

  const filter = useMemo<ReceptionVisitFilter>(
    () => ({ status, purpose, from: rangeStart(range), search: settled || null }),
    [status, purpose, range, settled],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: receptionVisitsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.receptionVisits;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <div style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('reception.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('reception.subtitle')}</Typography.Text>
      </div>
      {can('reception.create') && compact && !entering && (
        <Button
          type="primary"
          block
          size="large"
          icon={<PlusOutlined />}
          onClick={() => setEntering(true)}
          style={{ marginBottom: 12 }}
          data-testid="reception-entry-open"
        >
          {t('reception.entryTitle')}
        </Button>
      )}
      {can('reception.create') && (!compact || entering) && (
        <Card
          title={t('reception.entryTitle')}
          size="small"
          styles={{ body: { padding: compact ? 12 : 16 } }}
          style={{ marginBottom: 16 }}
        >
          <ReceptionEntryForm />
        </Card>
      )}
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={9}>
            <Input.Search
              allowClear
              aria-label={t('reception.search')}
              placeholder={t('reception.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="visit-search"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select<string>
              aria-label={t('reception.fields.status')}
              style={{ width: '100%' }}
              value={status ?? 'all'}
              onChange={(v) => setFilter('status', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('reception.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`reception.status.${s}`) })),
              ]}
              data-testid="visit-status-filter"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select<string>
              aria-label={t('reception.fields.purpose')}
              style={{ width: '100%' }}
              value={purpose ?? 'all'}
              onChange={(v) => setFilter('purpose', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('reception.allPurposes') },
                ...PURPOSES.map((p: VisitPurpose) => ({ value: p, label: t(`reception.purpose.${p}`) })),
              ]}
              data-testid="visit-purpose-filter"
            />
          </Col>
          <Col xs={24} md={5}>
            <Select<Range>
              aria-label={t('reception.fields.visitedAt')}
              style={{ width: '100%' }}
              value={range}
              onChange={(v) => setFilter('range', v === 'all' ? null : v)}
              options={RANGES.map((r) => ({ value: r, label: t(`reception.range.${r}`) }))}
              data-testid="visit-range-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('reception.count', { count: connection.totalCount }) : ''}
        testId="visit"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <ReceptionVisitList visits={connection?.nodes ?? []} loading={fetching && !data} compact={compact} />
      </ListResults>
    </div>
  );
}
