import { PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Col, Empty, Flex, Grid, Input, Row, Select, Skeleton, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { customerSitesQuery } from '../../features/customers/customers.operations.js';
import { NoticeCard } from '../../features/notices/components/NoticeCard.js';
import { NOTICE_KINDS } from '../../features/notices/components/NoticeForm.js';
import { NoticesToAcknowledge } from '../../features/notices/components/NoticesToAcknowledge.js';
import { noticeBoardQuery, noticesToAcknowledgeQuery } from '../../features/notices/notice.operations.js';
import type { NoticeEffectiveStatus, NoticeFilter } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** The board's tabs, each a set of statuses right now. */
const TABS = {
  current: ['ISSUED', 'SCHEDULED'],
  expired: ['EXPIRED'],
  withdrawn: ['WITHDRAWN'],
  drafts: ['DRAFT'],
} as const satisfies Record<string, readonly NoticeEffectiveStatus[]>;
type Tab = keyof typeof TABS;

/**
 * /notices[?tab=&kind=&site=&q=&after=|before=]: the notice board (通知公告). What the viewer must
 * still acknowledge comes first; then the notices in force, expired or withdrawn, and — for those
 * who write or approve them — the drafts.
 */
export function NoticeBoardPage() {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const { can } = useSession();
  const { params, after, before, search, setSearch, settled, setFilter, page, paging } = useUrlListState();
  const seesDrafts = can('notice.create') || can('notice.handle') || can('notice.approve');
  const tabs = (Object.keys(TABS) as Tab[]).filter((x) => x !== 'drafts' || seesDrafts);
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'current';
  const kind = NOTICE_KINDS.find((k) => k === params.get('kind')) ?? null;
  const site = params.get('site');

  useEffect(() => {
    document.title = `${t('notices.title')} · Steward`;
  }, [t]);

  const filter = useMemo<NoticeFilter>(
    () => ({ status: [...TABS[tab]], kind, siteCode: site || null, search: settled || null }),
    [tab, kind, site, settled],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: noticeBoardQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: pending }] = useQuery({ query: noticesToAcknowledgeQuery, requestPolicy: 'cache-and-network' });
  const [{ data: sites }] = useQuery({ query: customerSitesQuery });
  const connection = data?.notices;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const toAcknowledge = pending?.notices.nodes ?? [];

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('notices.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('notices.subtitle')}</Typography.Text>
        </div>
        {can('notice.create') && (
          <Link to="/notices/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-notice-button">
              {t('notices.new')}
            </Button>
          </Link>
        )}
      </Flex>

      <NoticesToAcknowledge notices={toAcknowledge} compact={compact} />

      <Tabs
        activeKey={tab}
        onChange={(key) => setFilter('tab', key === 'current' ? null : key)}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`notice-tab-${key}`}>{t(`notices.tabs.${key}`)}</span>,
        }))}
        style={{ marginBottom: 4 }}
      />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              aria-label={t('notices.search')}
              placeholder={t('notices.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="notice-search"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('notices.fields.kind')}
              style={{ width: '100%' }}
              value={kind ?? 'all'}
              onChange={(v) => setFilter('kind', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('notices.allKinds') },
                ...NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kind.${k}`) })),
              ]}
              data-testid="notice-kind-filter"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('notices.fields.site')}
              style={{ width: '100%' }}
              value={site ?? 'all'}
              onChange={(v) => setFilter('site', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('notices.allSites') },
                ...(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
              ]}
              data-testid="notice-site-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('notices.count', { count: connection.totalCount }) : ''}
        testId="notice"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        {fetching && !data ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (connection?.nodes.length ?? 0) === 0 ? (
          <Card>
            <Empty description={t(`notices.empty.${tab}`)} data-testid="notice-empty" />
          </Card>
        ) : (
          <Row gutter={[12, 12]} data-testid="notice-list">
            {connection?.nodes.map((n) => (
              <Col key={n.id} xs={24} lg={12}>
                <NoticeCard notice={n} compact={compact} />
              </Col>
            ))}
          </Row>
        )}
      </ListResults>
    </div>
  );
}
