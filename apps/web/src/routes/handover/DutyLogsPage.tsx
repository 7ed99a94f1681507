import { Card, Col, DatePicker, Flex, Grid, List, Row, Segmented, Select, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { CashLedger } from '../../features/handover/components/CashLedger.js';
import { DutyLogCard, DutyLogStatusTag } from '../../features/handover/components/DutyLog.js';
import { HandoverFlags, HandoverStatusTag } from '../../features/handover/components/HandoverSummary.js';
import { MaterialsList } from '../../features/handover/components/MaterialsList.js';
import {
  departmentsQuery,
  dutyLogsQuery,
  handoversQuery,
  sitesQuery,
  todaysDutyLogQuery,
} from '../../features/handover/handover.operations.js';
import type { DutyLogFilter, DutyLogRowFragment, HandoverFilter } from '../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;
/** The department that keeps its log per shift (the rest keep one a day). */
const SHIFT_DEPARTMENT = 'order_maintenance';

/** Whose log, in a word: the shift's date and pattern and team, or the department's day. */
function LogName({ log }: { log: DutyLogRowFragment }) {
  const { locale } = useLocale();
  return (
    <span>
      {formatDate(log.date, locale)} ·{' '}
      {log.shift
        ? `${log.shift.pattern.name}${log.shift.team ? ` · ${log.shift.team.name}` : ''}`
        : log.department.name}
    </span>
  );
}

/** The viewer's department's log of today, for those who keep one a day (customer service, the Office). */
function TodaysLog() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const sites = viewer?.staff.sites ?? [];
  const [siteCode, setSiteCode] = useState(sites[0]?.code ?? '');
  const [{ data: siteNames }] = useQuery({ query: sitesQuery });
  const [{ data }, refetch] = useQuery({
    query: todaysDutyLogQuery,
    variables: { siteCode },
    pause: !siteCode,
    requestPolicy: 'cache-and-network',
  });
  if (!siteCode) return null;
  const nameOf = (code: string) => siteNames?.sites.find((s) => s.code === code)?.name ?? code;
  return (
    <Card
      size="small"
      title={t('handover.today.title', { department: viewer?.staff.department?.name ?? '' })}
      extra={
        sites.length > 1 ? (
          <Select
            size="small"
            value={siteCode}
            onChange={setSiteCode}
            options={sites.map((s) => ({ value: s.code, label: nameOf(s.code) }))}
            style={{ minWidth: 120 }}
            data-testid="today-site"
          />
        ) : (
          <Typography.Text type="secondary">{nameOf(siteCode)}</Typography.Text>
        )
      }
      data-testid="todays-log"
    >
      <DutyLogCard
        log={data?.todaysDutyLog ?? null}
        target={{ siteCode }}
        siteCode={siteCode}
        canWrite={data?.todaysDutyLog ? data.todaysDutyLog.viewerMayWrite : true}
        onChanged={() => refetch({ requestPolicy: 'network-only' })}
        title={t('handover.today.write')}
        emptyText={t('handover.today.empty')}
      />
    </Card>
  );
}

function LogsTab({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can, viewer } = useSession();
  const navigate = useNavigate();
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const reviewer = can('duty_log.approve');
  const show = params.get('show') ?? (reviewer ? 'awaiting' : 'all');
  const department = params.get('department');
  const from = params.get('from');
  const to = params.get('to');
  const [{ data: departments }] = useQuery({ query: departmentsQuery });
  const filter = useMemo<DutyLogFilter>(
    () => ({ awaitingReview: show === 'awaiting' || null, departmentKey: department, from, to }),
    [show, department, from, to],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: dutyLogsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.dutyLogs;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const writesDaily =
    can('duty_log.create') && !!viewer?.staff.department && viewer.staff.department.key !== SHIFT_DEPARTMENT;
  const open = (id: string) => navigate(`/duty-logs/${encodeURIComponent(id)}`);

  return (
    <Flex vertical gap={12}>
      {writesDaily && <TodaysLog />}
      <Card styles={{ body: { padding: compact ? 12 : 16 } }}>
        <Row gutter={[12, 12]} align="middle">
          {reviewer && (
            <Col xs={24} md={8}>
              <Segmented
                block
                value={show}
                onChange={(v) => setFilter('show', String(v))}
                options={[
                  { value: 'awaiting', label: t('handover.list.awaiting') },
                  { value: 'all', label: t('handover.list.all') },
                ]}
                data-testid="duty-log-show"
              />
            </Col>
          )}
          <Col xs={24} md={reviewer ? 6 : 10}>
            <Select<string>
              aria-label={t('handover.list.department')}
              style={{ width: '100%' }}
              value={department ?? 'all'}
              onChange={(v) => setFilter('department', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('handover.list.allDepartments') },
                ...(departments?.departments ?? []).map((d) => ({ value: d.key, label: d.name })),
              ]}
            />
          </Col>
          <Col xs={24} md={reviewer ? 10 : 14}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={from && to ? [dayjs(from), dayjs(to)] : null}
              onChange={(range) => {
                setFilter('from', range?.[0]?.format('YYYY-MM-DD') ?? null);
                setFilter('to', range?.[1]?.format('YYYY-MM-DD') ?? null);
              }}
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('handover.list.logCount', { count: connection.totalCount }) : ''}
        testId="duty-log-list"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        {compact ? (
          <List
            loading={fetching && !data}
            dataSource={connection?.nodes ?? []}
            locale={{ emptyText: t(show === 'awaiting' ? 'handover.list.noneAwaiting' : 'handover.list.none') }}
            renderItem={(log) => (
              <Card
                size="small"
                style={{ marginBottom: 8 }}
                onClick={() => open(log.id)}
                data-testid="duty-log-row"
                data-status={log.status}
              >
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>
                    <LogName log={log} />
                  </Typography.Text>
                  <DutyLogStatusTag status={log.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {log.site.name} · {log.department.name} · {t('handover.log.entryCount', { count: log.entryCount })}
                </Typography.Text>
              </Card>
            )}
          />
        ) : (
          <Table
            size="middle"
            rowKey="id"
            loading={fetching && !data}
            dataSource={connection?.nodes ?? []}
            pagination={false}
            locale={{ emptyText: t(show === 'awaiting' ? 'handover.list.noneAwaiting' : 'handover.list.none') }}
            onRow={(log) => ({
              onClick: () => open(log.id),
              style: { cursor: 'pointer' },
              'data-testid': 'duty-log-row',
              'data-status': log.status,
            })}
            columns={[
              { key: 'name', title: t('handover.list.log'), render: (_, log) => <LogName log={log} /> },
              { key: 'site', title: t('handover.list.site'), render: (_, log) => log.site.name },
              { key: 'department', title: t('handover.list.department'), render: (_, log) => log.department.name },
              {
                key: 'entries',
                title: t('handover.list.entries'),
                align: 'right',
                render: (_, log) => log.entryCount,
              },
              {
                key: 'status',
                title: t('handover.list.status'),
                render: (_, log) => <DutyLogStatusTag status={log.status} />,
              },
              {
                key: 'reviewed',
                title: t('handover.list.reviewed'),
                render: (_, log) =>
                  log.reviewedAt ? `${log.reviewedBy?.name ?? ''} · ${formatDateTime(log.reviewedAt, locale)}` : '',
              },
            ]}
          />
        )}
      </ListResults>
    </Flex>
  );
}

function HandoversTab({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const navigate = useNavigate();
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const show = params.get('handovers') ?? (can('roster.approve') ? 'attention' : 'all');
  const filter = useMemo<HandoverFilter>(() => ({ needsAttention: show === 'attention' || null }), [show]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: handoversQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.handovers;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const open = (shiftId: string) => navigate(`/shifts/${encodeURIComponent(shiftId)}?tab=handover`);
  const rows = connection?.nodes ?? [];
  type Row = (typeof rows)[number];
  const name = (h: Row) =>
    `${formatDate(h.shift.date, locale)} · ${h.shift.pattern.name}${h.shift.team ? ` · ${h.shift.team.name}` : ''}`;
  const parties = (h: Row) => `${h.outgoingLeader.name} → ${h.incomingLeader?.name ?? t('handover.noIncoming')}`;

  return (
    <Flex vertical gap={12}>
      <Segmented
        value={show}
        onChange={(v) => setFilter('handovers', String(v))}
        options={[
          { value: 'attention', label: t('handover.list.attention') },
          { value: 'all', label: t('handover.list.all') },
        ]}
        data-testid="handover-show"
        style={{ alignSelf: 'flex-start' }}
      />
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('handover.list.handoverCount', { count: connection.totalCount }) : ''}
        testId="handover-list"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        {compact ? (
          <List
            loading={fetching && !data}
            dataSource={rows}
            locale={{ emptyText: t('handover.list.noHandovers') }}
            renderItem={(h) => (
              <Card
                size="small"
                style={{ marginBottom: 8 }}
                onClick={() => open(h.shift.id)}
                data-testid="handover-row"
              >
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{name(h)}</Typography.Text>
                  <HandoverStatusTag status={h.status} />
                </Flex>
                <div>
                  <Typography.Text type="secondary">
                    {h.site.name} · {parties(h)}
                  </Typography.Text>
                </div>
                <HandoverFlags h={h} />
              </Card>
            )}
          />
        ) : (
          <Table
            size="middle"
            rowKey="id"
            loading={fetching && !data}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('handover.list.noHandovers') }}
            onRow={(h) => ({
              onClick: () => open(h.shift.id),
              style: { cursor: 'pointer' },
              'data-testid': 'handover-row',
            })}
            columns={[
              { key: 'shift', title: t('handover.list.shift'), render: (_, h) => name(h) },
              { key: 'site', title: t('handover.list.site'), render: (_, h) => h.site.name },
              { key: 'parties', title: t('handover.list.parties'), render: (_, h) => parties(h) },
              {
                key: 'status',
                title: t('handover.list.status'),
                render: (_, h) => (
                  <Flex gap={4} wrap>
                    <HandoverStatusTag status={h.status} />
                    <HandoverFlags h={h} />
                  </Flex>
                ),
              },
              {
                key: 'accepted',
                title: t('handover.list.accepted'),
                render: (_, h) =>
                  h.acceptedAt
                    ? `${formatDateTime(h.acceptedAt, locale)}${h.acceptedOnBehalf ? ` · ${t('handover.onBehalf')}` : ''}`
                    : '',
              },
            ]}
          />
        )}
      </ListResults>
    </Flex>
  );
}

function MaterialsTab() {
  const { t } = useTranslation();
  const { can, viewer } = useSession();
  const [{ data }] = useQuery({ query: sitesQuery });
  const mine = viewer?.staff.sites.map((s) => s.code) ?? [];
  const sites = (data?.sites ?? []).filter((s) => can('roster.approve') || mine.includes(s.code));
  const [siteCode, setSiteCode] = useState<string | null>(null);
  const site = siteCode ?? sites[0]?.code ?? null;
  if (!site) return null;
  return (
    <Flex vertical gap={12}>
      <Select
        value={site}
        onChange={setSiteCode}
        options={sites.map((s) => ({ value: s.code, label: s.name }))}
        style={{ width: 200 }}
        data-testid="materials-site"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('handover.materials.title')}>
            <MaterialsList siteCode={site} canEdit={can('roster.approve')} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('handover.cash.title')}>
            <CashLedger siteCode={site} first={20} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

const TABS = ['logs', 'handovers', 'materials'] as const;

/**
 * /duty-logs — the duty logs (值班记录, R38) as the director reviews them (DIR-10): those awaiting
 * review, by department and date; the handovers needing the director (disputed, with differences,
 * late); the shared materials and the petty cash. Customer service and the Office write their
 * department's log of the day here.
 */
export function DutyLogsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const { params, setFilter } = useUrlListState();
  const tabs = TABS.filter((k) => k === 'logs' || can('handover.read'));
  const tab = tabs.find((k) => k === params.get('tab')) ?? 'logs';

  useEffect(() => {
    document.title = `${t('handover.pageTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }} data-testid="duty-logs-page">
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('handover.pageTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('handover.pageSubtitle')}</Typography.Paragraph>
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={(key) => setFilter('tab', key === 'logs' ? null : key)}
        items={tabs.map((key) => ({
          key,
          label: t(`handover.tabs.${key}`),
          children:
            key === 'logs' ? (
              <LogsTab compact={compact} />
            ) : key === 'handovers' ? (
              <HandoversTab compact={compact} />
            ) : (
              <MaterialsTab />
            ),
        }))}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        <Link to="/shifts">{t('handover.toRoster')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
