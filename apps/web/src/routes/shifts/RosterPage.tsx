import { CalendarOutlined, LeftOutlined, RightOutlined, ScheduleOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, Segmented, Select, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { EditShiftDrawer } from '../../features/rosters/components/EditShiftDrawer.js';
import { GenerateRosterModal } from '../../features/rosters/components/GenerateRosterModal.js';
import { RecordLeaveModal } from '../../features/rosters/components/LeaveViews.js';
import { RequestSwapModal } from '../../features/rosters/components/RequestSwapModal.js';
import { RosterNav } from '../../features/rosters/components/RosterNav.js';
import {
  type RosterBy,
  RosterDayList,
  RosterMonth,
  RosterTable,
  teamOrder,
} from '../../features/rosters/components/RosterViews.js';
import type { ShiftCellActions } from '../../features/rosters/components/ShiftChip.js';
import { rosterCalendarQuery, rosterSetupQuery, rosterSitesQuery } from '../../features/rosters/roster.operations.js';
import {
  type CalendarView,
  isValidDate,
  monthName,
  periodOf,
  shortDate,
  stepPeriod,
  todayIn,
} from '../../features/rosters/roster-dates.js';
import { patternTone, useRosterAbilities } from '../../features/rosters/roster-format.js';
import { useLiveShift } from '../../features/shifts/hooks/use-live-shift.js';

/** What the colours and marks of the calendar mean. */
function Legend() {
  const { t } = useTranslation();
  const day = patternTone({ startTime: '08:00', crossesMidnight: false });
  const night = patternTone({ startTime: '20:00', crossesMidnight: true });
  const swatch = (bg: string, bar: string) => ({
    display: 'inline-block',
    width: 14,
    height: 12,
    background: bg,
    borderInlineStart: `3px solid ${bar}`,
    borderRadius: 2,
    marginInlineEnd: 4,
    verticalAlign: -1,
  });
  return (
    <Flex gap={14} wrap style={{ fontSize: 12, color: '#8c8c8c' }}>
      <span>
        <span style={swatch(day.bg, day.bar)} />
        08:00–20:00
      </span>
      <span>
        <span style={swatch(night.bg, night.bar)} />
        20:00–08:00
      </span>
      <span>♛ {t('rosters.legend.leader')}</span>
      <span style={{ textDecoration: 'line-through' }}>{t('rosters.legend.onLeave')}</span>
    </Flex>
  );
}

/**
 * /shifts — the roster calendar (R35): a week or a month, by team or by person, filtered by site,
 * team and person. Each shift opens its page; the director edits its people and generates rosters
 * from a rotation, anyone on a shift asks to swap it. On a phone: a list per day.
 */
export function RosterPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const can = useRosterAbilities();
  const [params, setParams] = useSearchParams();
  const today = todayIn(can.zone);

  const view: CalendarView = params.get('view') === 'month' ? 'month' : 'week';
  const by: RosterBy = (params.get('by') ?? (can.overview ? 'team' : 'person')) === 'person' ? 'person' : 'team';
  const date = isValidDate(params.get('date')) ? (params.get('date') as string) : today;
  const site = params.get('site');
  const team = params.get('team');
  const person = params.get('person') ?? (can.overview ? null : can.me);
  const period = periodOf(view, date);

  const set = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  const [{ data, fetching, error }, refetch] = useQuery({
    query: rosterCalendarQuery,
    variables: { range: { from: period.from, to: period.to, siteCode: site, teamId: team, staffId: person } },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: setup }, refetchSetup] = useQuery({ query: rosterSetupQuery, requestPolicy: 'cache-and-network' });
  const [{ data: sites }] = useQuery({ query: rosterSitesQuery });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useLiveShift({ siteCode: site }, (event) => {
    if (!event || event.type === 'ROSTER_CHANGED' || event.type === 'STATUS_CHANGED') reload();
  });

  const [editing, setEditing] = useState<string | null>(null);
  const [swapping, setSwapping] = useState<{ shiftId: string | null } | null>(null);
  const [generating, setGenerating] = useState(false);
  const [recording, setRecording] = useState(false);

  const actions: ShiftCellActions = useMemo(
    () => ({
      ...(can.edit ? { onEdit: (s) => setEditing(s.id) } : {}),
      onSwap: (s) => setSwapping({ shiftId: s.id }),
    }),
    [can.edit],
  );

  const shifts = data?.roster ?? [];
  const teams = (setup?.teams ?? []).filter((x) => !site || x.site.code === site);
  const people = useMemo(() => {
    const all = new Map<string, string>();
    for (const x of teams) for (const p of [x.leader, ...x.members]) all.set(p.id, p.name);
    for (const s of shifts) for (const m of s.members) all.set(m.staff.id, m.staff.name);
    return [...all].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [teams, shifts]);

  const label =
    view === 'month'
      ? monthName(period.month, locale)
      : t('rosters.weekRange', { from: shortDate(period.from, locale), to: shortDate(period.to, locale) });

  return (
    <div style={{ maxWidth: 1400, margin: '0 auto' }}>
      <RosterNav
        section="calendar"
        title={t('rosters.title')}
        subtitle={t('rosters.subtitle')}
        compact={compact}
        extra={
          <>
            {can.edit && (
              <Button
                type="primary"
                icon={<ScheduleOutlined />}
                onClick={() => setGenerating(true)}
                data-testid="roster-generate"
              >
                {t('rosters.generate')}
              </Button>
            )}
            {can.recordLeave && (
              <Button icon={<CalendarOutlined />} onClick={() => setRecording(true)} data-testid="roster-record-leave">
                {t('rosters.recordLeave')}
              </Button>
            )}
            <Button
              icon={<SwapOutlined />}
              onClick={() => setSwapping({ shiftId: null })}
              data-testid="roster-request-swap"
            >
              {t('rosters.requestSwap')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: compact ? 10 : 14 } }} style={{ marginBottom: 12 }}>
        <Flex gap={10} wrap align="center">
          <Flex gap={6} align="center" style={{ flex: compact ? '1 1 100%' : '0 0 auto' }}>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('rosters.previous')}
              onClick={() => set({ date: stepPeriod(view, date, -1) })}
              data-testid="roster-prev"
            />
            <Button onClick={() => set({ date: null })} disabled={date === today} data-testid="roster-today">
              {t('rosters.today')}
            </Button>
            <Button
              icon={<RightOutlined />}
              aria-label={t('rosters.next')}
              onClick={() => set({ date: stepPeriod(view, date, 1) })}
              data-testid="roster-next"
            />
            <Typography.Text
              strong
              style={{ marginInlineStart: 6, fontSize: 16, whiteSpace: 'nowrap' }}
              data-testid="roster-period"
            >
              {label}
            </Typography.Text>
          </Flex>
          <Segmented<CalendarView>
            value={view}
            onChange={(v) => set({ view: v === 'week' ? null : v })}
            options={[
              { value: 'week', label: t('rosters.view.week') },
              { value: 'month', label: t('rosters.view.month') },
            ]}
            style={compact ? { flex: '1 1 40%' } : { marginInlineStart: 'auto' }}
            block={compact}
            data-testid="roster-view"
          />
          <Segmented<RosterBy>
            value={by}
            onChange={(v) => set({ by: v })}
            options={[
              { value: 'team', label: t('rosters.by.team') },
              { value: 'person', label: t('rosters.by.person') },
            ]}
            style={compact ? { flex: '1 1 50%' } : undefined}
            block={compact}
            data-testid="roster-by"
          />
          {can.overview && (
            <Flex gap={8} style={{ flex: compact ? '1 1 100%' : '0 0 auto' }}>
              <Select<string>
                style={{ width: compact ? '33%' : 150 }}
                value={site ?? ''}
                aria-label={t('rosters.filters.site')}
                onChange={(v) => set({ site: v || null, team: null })}
                options={[
                  { value: '', label: t('rosters.filters.allSites') },
                  ...(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
                ]}
                popupMatchSelectWidth={false}
                data-testid="roster-site"
              />
              <Select<string>
                style={{ width: compact ? '33%' : 120 }}
                value={team ?? ''}
                aria-label={t('rosters.filters.team')}
                onChange={(v) => set({ team: v || null })}
                options={[
                  { value: '', label: t('rosters.filters.allTeams') },
                  ...[...teams]
                    .sort((a, b) => teamOrder(a.name).localeCompare(teamOrder(b.name)))
                    .map((x) => ({ value: x.id, label: x.name })),
                ]}
                popupMatchSelectWidth={false}
                data-testid="roster-team"
              />
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: compact ? '34%' : 140 }}
                value={person ?? ''}
                aria-label={t('rosters.filters.person')}
                onChange={(v) => set({ person: v || null })}
                options={[
                  { value: '', label: t('rosters.filters.everyone') },
                  ...(can.me ? [{ value: can.me, label: t('rosters.filters.me') }] : []),
                  ...people.filter((p) => p.value !== can.me),
                ]}
                popupMatchSelectWidth={false}
                data-testid="roster-person"
              />
            </Flex>
          )}
        </Flex>
      </Card>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {compact ? (
          <RosterDayList
            shifts={shifts}
            days={period.days.filter((d) => view === 'week' || d.slice(0, 7) === period.month)}
            today={today}
            actions={actions}
            me={can.me}
            emptyText={person === can.me ? t('rosters.emptyMine') : t('rosters.empty')}
          />
        ) : (
          <Card styles={{ body: { padding: 0 } }}>
            {shifts.length === 0 ? (
              <Empty
                style={{ padding: 40 }}
                description={person === can.me ? t('rosters.emptyMine') : t('rosters.empty')}
                data-testid="roster-empty"
              />
            ) : view === 'month' && by === 'team' ? (
              <RosterMonth shifts={shifts} days={period.days} today={today} month={period.month} />
            ) : (
              <RosterTable
                shifts={shifts}
                days={view === 'month' ? period.days.filter((d) => d.slice(0, 7) === period.month) : period.days}
                by={by}
                only={by === 'person' ? person : null}
                today={today}
                month={view === 'month' ? period.month : null}
                actions={actions}
                me={can.me}
              />
            )}
          </Card>
        )}
        {!compact && shifts.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <Legend />
          </div>
        )}
      </QueryState>
      <EditShiftDrawer shiftId={editing} onClose={() => setEditing(null)} onChanged={reload} />
      <RequestSwapModal
        open={!!swapping}
        shiftId={swapping?.shiftId}
        onClose={() => setSwapping(null)}
        onDone={reload}
      />
      {can.edit && (
        <GenerateRosterModal
          open={generating}
          setup={setup}
          onClose={() => setGenerating(false)}
          onDone={() => {
            reload();
            refetchSetup({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {can.recordLeave && (
        <RecordLeaveModal open={recording} setup={setup} onClose={() => setRecording(false)} onDone={reload} />
      )}
    </div>
  );
}
