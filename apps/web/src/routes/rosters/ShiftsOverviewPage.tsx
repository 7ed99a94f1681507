import { CrownFilled, SwapOutlined } from '@ant-design/icons';
import {
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Progress,
  Row,
  Segmented,
  Select,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { RosterNav } from '../../features/rosters/components/RosterNav.js';
import {
  pendingSwapCountQuery,
  rosterSitesQuery,
  shiftsOverviewQuery,
} from '../../features/rosters/roster.operations.js';
import { isValidDate, todayIn } from '../../features/rosters/roster-dates.js';
import { patternTone, useRosterAbilities } from '../../features/rosters/roster-format.js';
import { ShiftHours } from '../../features/shifts/components/ShiftHeaderCard.js';
import { ShiftStatusTag } from '../../features/shifts/components/ShiftStatusTag.js';
import { useLiveShift } from '../../features/shifts/hooks/use-live-shift.js';
import type { ShiftsOverviewQuery } from '../../gql/graphql.js';

type Entry = ShiftsOverviewQuery['shiftsOverview'][number];

/** One shift on the overview: who leads it, where it is in its cycle, who is there. */
function OverviewCard({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { shift } = entry;
  const tone = patternTone(shift.pattern);
  const expected = entry.rostered - entry.onLeave;
  const started = shift.status !== 'PLANNED' || new Date(String(shift.startsAt)).getTime() <= Date.now();
  return (
    <Link to={`/shifts/${shift.id}`} style={{ color: 'inherit', display: 'block', height: '100%' }}>
      <Card
        hoverable
        size="small"
        style={{ height: '100%', borderInlineStart: `4px solid ${tone.bar}` }}
        styles={{ body: { padding: 14 } }}
        data-testid="overview-shift"
        data-team={shift.team?.name ?? ''}
        data-current={entry.current}
        data-status={shift.status}
      >
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong style={{ fontSize: 15, color: tone.fg }}>
            {shift.team ? `${shift.team.name} · ` : ''}
            {shift.pattern.name}
          </Typography.Text>
          <Flex gap={4}>
            {entry.current && (
              <Tag color="green" bordered={false} style={{ marginInlineEnd: 0 }} data-testid="overview-current">
                {t('rosters.overview.now')}
              </Tag>
            )}
            <ShiftStatusTag status={shift.status} />
          </Flex>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <ShiftHours shift={shift} />
        </Typography.Text>
        <div style={{ margin: '6px 0' }}>
          <CrownFilled style={{ color: tone.bar, marginInlineEnd: 4 }} />
          {shift.leader.name}
        </div>
        {started ? (
          <>
            <Progress
              percent={expected ? Math.round((entry.checkedIn / expected) * 100) : 0}
              size="small"
              showInfo={false}
              strokeColor={entry.absent ? '#fa8c16' : '#52c41a'}
            />
            <Typography.Text style={{ fontSize: 13 }} data-testid="overview-checked-in">
              {t('rosters.overview.checkedIn', { count: entry.checkedIn, total: expected })}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('rosters.people', { count: expected })}
          </Typography.Text>
        )}
        <Flex gap={4} wrap style={{ marginTop: 6 }}>
          {entry.late > 0 && (
            <Tag color="orange" bordered={false}>
              {t('rosters.overview.late', { count: entry.late })}
            </Tag>
          )}
          {entry.absent > 0 && (
            <Tag color="red" bordered={false}>
              {t('rosters.overview.absent', { count: entry.absent })}
            </Tag>
          )}
          {entry.onLeave > 0 && <Tag bordered={false}>{t('rosters.overview.onLeave', { count: entry.onLeave })}</Tag>}
        </Flex>
      </Card>
    </Link>
  );
}

/** A site's shifts: those running now first (marked), then the rest of the day's. */
function SiteShifts({ entries }: { entries: Entry[] }) {
  const ordered = [...entries.filter((e) => e.current), ...entries.filter((e) => !e.current)];
  return (
    <Row gutter={[10, 10]}>
      {ordered.map((e) => (
        <Col key={e.shift.id} xs={24} sm={12} lg={8} xl={6}>
          <OverviewCard entry={e} />
        </Col>
      ))}
    </Row>
  );
}

/**
 * /shifts/overview — the director's overview of every shift (DIR-5, W5): what runs now and the
 * day's shifts at each site, their leaders and who is there; live as shifts change.
 */
export function ShiftsOverviewPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const can = useRosterAbilities();
  const [params, setParams] = useSearchParams();
  const today = todayIn(can.zone);
  const date = isValidDate(params.get('date')) ? (params.get('date') as string) : null;
  const site = params.get('site');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: shiftsOverviewQuery,
    variables: { input: { date, siteCode: site } },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: sites }] = useQuery({ query: rosterSitesQuery });
  const [{ data: pending }] = useQuery({ query: pendingSwapCountQuery, pause: !can.decide });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useLiveShift({ siteCode: site }, reload);

  const entries = data?.shiftsOverview ?? [];
  const bySite = new Map<string, { name: string; entries: Entry[] }>();
  for (const s of sites?.sites ?? []) if (!site || s.code === site) bySite.set(s.code, { name: s.name, entries: [] });
  for (const e of entries) bySite.get(e.shift.site.code)?.entries.push(e);
  const current = entries.filter((e) => e.current);
  const siteOptions = [
    { value: '', label: t('rosters.filters.allSites') },
    ...(sites?.sites ?? []).map((x) => ({ value: x.code, label: x.name })),
  ];
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div style={{ maxWidth: 1400, margin: '0 auto' }}>
      <RosterNav
        section="overview"
        title={t('rosters.overview.title')}
        subtitle={t('rosters.overview.subtitle')}
        compact={compact}
      />
      <Flex gap={10} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          allowClear
          value={date ? dayjs(date) : null}
          placeholder={t('rosters.today')}
          format="YYYY-MM-DD"
          onChange={(d) => set('date', d && d.format('YYYY-MM-DD') !== today ? d.format('YYYY-MM-DD') : null)}
          aria-label={t('rosters.overview.date')}
          data-testid="overview-date"
        />
        {compact ? (
          <Select<string>
            value={site ?? ''}
            onChange={(v) => set('site', v || null)}
            options={siteOptions}
            style={{ minWidth: 150 }}
            aria-label={t('rosters.filters.site')}
            data-testid="overview-site"
          />
        ) : (
          <Segmented<string>
            value={site ?? ''}
            onChange={(v) => set('site', v || null)}
            options={siteOptions}
            data-testid="overview-site"
          />
        )}
        {!compact && (
          <Tag color="green" bordered={false} style={{ marginInlineStart: 'auto' }}>
            ● {t('rosters.overview.live')}
          </Tag>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        <Row gutter={[10, 10]} style={{ marginBottom: 12 }}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('rosters.overview.now')} value={current.length} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('rosters.overview.present')}
                value={current.reduce((n, e) => n + e.checkedIn, 0)}
                suffix={`/ ${current.reduce((n, e) => n + e.rostered - e.onLeave, 0)}`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('rosters.overview.leaveToday')} value={entries.reduce((n, e) => n + e.onLeave, 0)} />
            </Card>
          </Col>
          {can.decide && (
            <Col xs={12} md={6}>
              <Link to="/shifts/swaps">
                <Card size="small" hoverable>
                  <Statistic
                    title={t('rosters.overview.pendingSwaps')}
                    value={pending?.shiftSwaps.totalCount ?? 0}
                    prefix={<SwapOutlined />}
                  />
                </Card>
              </Link>
            </Col>
          )}
        </Row>
        {entries.length === 0 ? (
          <Empty description={t('rosters.overview.none')} />
        ) : (
          <Flex vertical gap={16}>
            {[...bySite].map(([code, s]) =>
              s.entries.length ? (
                <Card key={code} title={s.name} size="small" data-testid="overview-site-card" data-site={code}>
                  <SiteShifts entries={s.entries} />
                </Card>
              ) : null,
            )}
          </Flex>
        )}
      </QueryState>
    </div>
  );
}
