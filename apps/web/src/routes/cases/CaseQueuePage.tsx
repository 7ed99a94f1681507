import { PlusOutlined, ScheduleOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Col, Flex, Grid, Input, Row, Select, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { caseQueueQuery } from '../../features/cases/case.operations.js';
import {
  ACTIVE_STATUSES,
  CASE_CREATE_PERMISSIONS,
  CASE_KINDS,
  CASE_STATUSES,
  TASK_FORM_PERMISSIONS,
} from '../../features/cases/case-abilities.js';
import { useNow } from '../../features/cases/case-format.js';
import { CaseList } from '../../features/cases/components/CaseList.js';
import { useLiveCases } from '../../features/cases/hooks/use-live-cases.js';
import type { CaseFilter, CaseKind, CaseStatus } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** The saved filters, as tabs. */
const TABS = ['mine', 'department', 'overdue', 'awaiting', 'all'] as const;
type Tab = (typeof TABS)[number];

/** `status=active` is the three statuses of a case still being worked on. */
type StatusChoice = CaseStatus | 'active';

/**
 * /cases[?tab=&kind=&status=&q=&after=|before=]: the service desk's queue, with saved filters as
 * tabs, updating live as cases are opened and move on.
 */
export function CaseQueuePage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { viewer, can } = useSession();
  const { params, after, before, search, setSearch, settled, setFilter, page, paging } = useUrlListState();
  const now = useNow();
  const myDepartment = viewer?.staff.department ?? null;
  const tabs = TABS.filter((x) => x !== 'department' || myDepartment);

  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'mine';
  const kind = CASE_KINDS.find((k) => k === params.get('kind')) ?? null;
  const statusParam = params.get('status');
  const status: StatusChoice | null =
    statusParam === 'active' ? 'active' : (CASE_STATUSES.find((s) => s === statusParam) ?? null);

  useEffect(() => {
    document.title = `${t('cases.title')} · Steward`;
  }, [t]);

  const filter = useMemo<CaseFilter>(
    () => ({
      mine: tab === 'mine' || null,
      departmentKey: tab === 'department' ? (myDepartment?.key ?? null) : null,
      overdue: tab === 'overdue' || null,
      awaitingAcknowledgement: tab === 'awaiting' || null,
      kinds: kind ? [kind] : null,
      statuses: status === 'active' ? ACTIVE_STATUSES : status ? [status] : null,
      search: settled || null,
    }),
    [tab, myDepartment?.key, kind, status, settled],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: caseQueueQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  // Live: any step on a case this viewer may see asks for the page again (new cases appear,
  // cases move between tabs), without a reload.
  const fresh = useLiveCases(null, () => refetch({ requestPolicy: 'network-only' }));

  const connection = data?.cases;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const canCreate = CASE_CREATE_PERMISSIONS.some((p) => can(p));
  const canTask = TASK_FORM_PERMISSIONS.some((p) => can(p));

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('cases.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cases.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          {canTask && (
            <Link to="/cases/new-task">
              <Button icon={<ScheduleOutlined />} data-testid="new-task-button">
                {can('task.create') ? t('cases.task.new') : t('cases.task.recordOral')}
              </Button>
            </Link>
          )}
          {canCreate && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-case-button">
                {t('cases.new')}
              </Button>
            </Link>
          )}
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setFilter('tab', key === 'mine' ? null : key)}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`case-tab-${key}`}>{t(`cases.tabs.${key}`)}</span>,
        }))}
        style={{ marginBottom: 4 }}
      />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              aria-label={t('cases.search')}
              placeholder={t('cases.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="case-search"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('cases.fields.kind')}
              style={{ width: '100%' }}
              value={kind ?? 'all'}
              onChange={(v) => setFilter('kind', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('cases.allKinds') },
                ...CASE_KINDS.map((k: CaseKind) => ({ value: k, label: t(`cases.kind.${k}`) })),
              ]}
              data-testid="case-kind-filter"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('cases.fields.status')}
              style={{ width: '100%' }}
              value={status ?? 'all'}
              onChange={(v) => setFilter('status', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('cases.allStatuses') },
                { value: 'active', label: t('cases.activeStatuses') },
                ...CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) })),
              ]}
              data-testid="case-status-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('cases.count', { count: connection.totalCount }) : ''}
        testId="case"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <CaseList
          cases={connection?.nodes ?? []}
          loading={fetching && !data}
          compact={compact}
          now={now}
          fresh={fresh}
          emptyText={t(`cases.empty.${tab}`)}
        />
      </ListResults>
    </div>
  );
}
