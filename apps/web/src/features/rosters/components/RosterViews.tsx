import { CrownFilled, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { RosterCellFragment } from '../../../gql/graphql.js';
import { ShiftHours } from '../../shifts/components/ShiftHeaderCard.js';
import { ShiftStatusTag } from '../../shifts/components/ShiftStatusTag.js';
import { shortDate, weekdayName } from '../roster-dates.js';
import { patternMark, patternTone } from '../roster-format.js';
import { maySwap, PersonShiftMark, type ShiftCellActions, ShiftChip } from './ShiftChip.js';

export type RosterBy = 'team' | 'person';

const NUMERALS = '一二三四五六七八九十';
/** Sorts 一班, 二班 … 十班 in their spoken order (not by pinyin), then anything else by name. */
export function teamOrder(name: string | null | undefined): string {
  if (!name) return '~';
  return name.replace(/[一二三四五六七八九十]/g, (c) => String(NUMERALS.indexOf(c) + 1).padStart(2, '0'));
}

/** A day's shifts in order: by start, then site, then team. */
export function byStart(a: RosterCellFragment, b: RosterCellFragment): number {
  return (
    String(a.startsAt).localeCompare(String(b.startsAt)) ||
    a.site.code.localeCompare(b.site.code) ||
    teamOrder(a.team?.name).localeCompare(teamOrder(b.team?.name))
  );
}

interface Row {
  key: string;
  label: string;
  sub?: string;
  shifts: RosterCellFragment[];
}

/** Rows of a calendar: one per team, or one per person on any of the shifts (leaders first). */
export function rowsOf(shifts: RosterCellFragment[], by: RosterBy, noTeam: string, multiSite: boolean): Row[] {
  const rows = new Map<string, Row & { order: string }>();
  if (by === 'team') {
    for (const s of shifts) {
      const key = s.team?.id ?? `none:${s.site.code}`;
      const row = rows.get(key) ?? {
        key,
        label: s.team?.name ?? noTeam,
        ...(multiSite ? { sub: s.site.name } : {}),
        shifts: [],
        order: `${s.site.code}|${teamOrder(s.team?.name)}`,
      };
      row.shifts.push(s);
      rows.set(key, row);
    }
  } else {
    for (const s of shifts) {
      for (const m of s.members) {
        const row = rows.get(m.staff.id) ?? {
          key: m.staff.id,
          label: m.staff.name,
          ...(s.team ? { sub: s.team.name } : {}),
          shifts: [],
          order: `${s.site.code}|${teamOrder(s.team?.name)}|${m.role === 'LEADER' ? 0 : 1}|${m.staff.name}`,
        };
        row.shifts.push(s);
        rows.set(m.staff.id, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.order.localeCompare(b.order, 'zh-CN'));
}

const cell: CSSProperties = {
  borderBottom: '1px solid #f0f0f0',
  borderInlineEnd: '1px solid #f5f5f5',
  padding: 4,
  verticalAlign: 'top',
};

/** Desk: rows (teams or people) × days; each cell its shifts. Narrow cells (a month by person) show one mark. */
export function RosterTable({
  shifts,
  days,
  by,
  today,
  month,
  actions,
  me,
  only,
}: {
  shifts: RosterCellFragment[];
  days: string[];
  by: RosterBy;
  today: string;
  month: string | null;
  actions: ShiftCellActions;
  me: string | null;
  /** By person: just this person's row (their shifts list their colleagues too). */
  only?: string | null;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const multiSite = new Set(shifts.map((s) => s.site.code)).size > 1;
  const rows = rowsOf(shifts, by, t('rosters.noTeam'), multiSite).filter((r) => !only || r.key === only);
  const narrow = days.length > 7;
  const dayWidth = narrow ? 30 : by === 'team' ? 128 : 96;
  return (
    <div style={{ overflowX: 'auto' }} data-testid="roster-table" data-by={by}>
      <table
        style={{
          borderCollapse: 'separate',
          borderSpacing: 0,
          width: narrow ? undefined : '100%',
          tableLayout: 'fixed',
          minWidth: 110 + days.length * dayWidth,
        }}
      >
        <colgroup>
          <col style={{ width: 110 }} />
          {days.map((d) => (
            <col key={d} style={narrow ? { width: dayWidth } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th
              style={{
                ...cell,
                position: 'sticky',
                insetInlineStart: 0,
                background: '#fafafa',
                zIndex: 2,
                textAlign: 'start',
                fontWeight: 500,
              }}
            >
              {by === 'team' ? t('rosters.filters.team') : t('rosters.filters.person')}
            </th>
            {days.map((d) => {
              const isToday = d === today;
              const outside = month !== null && d.slice(0, 7) !== month;
              return (
                <th
                  key={d}
                  style={{
                    ...cell,
                    background: isToday ? '#e6eef6' : '#fafafa',
                    fontWeight: isToday ? 700 : 500,
                    color: outside ? '#bfbfbf' : isToday ? '#1f4e79' : undefined,
                    textAlign: 'center',
                    fontSize: narrow ? 11 : 13,
                    padding: narrow ? '4px 0' : 6,
                  }}
                  data-testid="roster-day"
                  data-date={d}
                >
                  {narrow ? (
                    <>
                      <div>{Number(d.slice(8))}</div>
                      <div style={{ fontWeight: 400 }}>{weekdayName(d, locale, 'narrow')}</div>
                    </>
                  ) : (
                    <>
                      {weekdayName(d, locale)} <span style={{ fontWeight: 400 }}>{shortDate(d, locale)}</span>
                    </>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="roster-row" data-label={row.label}>
              <th
                scope="row"
                style={{
                  ...cell,
                  position: 'sticky',
                  insetInlineStart: 0,
                  background: '#fff',
                  zIndex: 1,
                  textAlign: 'start',
                  fontWeight: 600,
                  padding: '6px 8px',
                }}
              >
                <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.label}</div>
                {row.sub && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
                    {row.sub}
                  </Typography.Text>
                )}
              </th>
              {days.map((d) => {
                const here = row.shifts.filter((s) => s.date === d).sort(byStart);
                return (
                  <td
                    key={d}
                    style={{ ...cell, background: d === today ? '#f5f9fd' : undefined, padding: narrow ? 1 : 4 }}
                  >
                    <Flex vertical gap={4}>
                      {here.map((s) =>
                        by === 'team' ? (
                          <ShiftChip key={s.id} shift={s} actions={actions} me={me} />
                        ) : (
                          <PersonShiftMark
                            key={s.id}
                            shift={s}
                            personId={row.key}
                            actions={row.key === me ? { onSwap: actions.onSwap } : {}}
                            me={me}
                            narrow={narrow}
                          />
                        ),
                      )}
                    </Flex>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Desk, a month by team: a calendar of weeks, each day listing its shifts in one line each. */
export function RosterMonth({
  shifts,
  days,
  today,
  month,
}: {
  shifts: RosterCellFragment[];
  days: string[];
  today: string;
  month: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return (
    <div style={{ overflowX: 'auto' }} data-testid="roster-month">
      <table
        style={{ width: '100%', minWidth: 840, tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 0 }}
      >
        <thead>
          <tr>
            {weeks[0]?.map((d) => (
              <th key={d} style={{ ...cell, background: '#fafafa', fontWeight: 500, padding: 6 }}>
                {weekdayName(d, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((d) => {
                const outside = d.slice(0, 7) !== month;
                const here = shifts.filter((s) => s.date === d).sort(byStart);
                return (
                  <td
                    key={d}
                    style={{
                      ...cell,
                      height: 92,
                      background: d === today ? '#f5f9fd' : outside ? '#fcfcfc' : undefined,
                    }}
                    data-testid="roster-day"
                    data-date={d}
                  >
                    <div
                      style={{
                        fontWeight: d === today ? 700 : 500,
                        color: outside ? '#bfbfbf' : d === today ? '#1f4e79' : undefined,
                        marginBottom: 2,
                      }}
                    >
                      {Number(d.slice(8))}
                    </div>
                    <Flex vertical gap={2}>
                      {here.map((s) => {
                        const tone = patternTone(s.pattern);
                        const away = s.members.filter((m) => m.onLeave).length;
                        return (
                          <Link
                            key={s.id}
                            to={`/shifts/${s.id}`}
                            style={{
                              background: tone.bg,
                              color: tone.fg,
                              borderInlineStart: `3px solid ${tone.bar}`,
                              borderRadius: 4,
                              padding: '0 4px',
                              fontSize: 12,
                              whiteSpace: 'nowrap',
                              overflow: 'hidden',
                              textOverflow: 'ellipsis',
                              opacity: outside ? 0.6 : 1,
                            }}
                            data-testid="roster-shift"
                            data-date={s.date}
                            data-team={s.team?.name ?? ''}
                            data-pattern={s.pattern.code}
                          >
                            {s.team?.name ?? ''} {patternMark(s.pattern)} · {s.leader.name}
                            {away > 0 ? ` · ${t('rosters.leaveCount', { count: away })}` : ''}
                          </Link>
                        );
                      })}
                    </Flex>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phone: day by day, each shift a card with its people and what the viewer may do. */
export function RosterDayList({
  shifts,
  days,
  today,
  actions,
  me,
  emptyText,
}: {
  shifts: RosterCellFragment[];
  days: string[];
  today: string;
  actions: ShiftCellActions;
  me: string | null;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  // On a phone the days before today come last in interest: folded away until asked for.
  const [earlier, setEarlier] = useState(false);
  const folded = !earlier && days.includes(today) ? days.filter((d) => d < today) : [];
  const shown = days.filter((d) => !folded.includes(d) && (d === today || shifts.some((s) => s.date === d)));
  if (!shifts.length) return <Empty description={emptyText} data-testid="roster-empty" />;
  return (
    <Flex vertical gap={12} data-testid="roster-list">
      {folded.some((d) => shifts.some((s) => s.date === d)) && (
        <Button type="link" onClick={() => setEarlier(true)} style={{ alignSelf: 'flex-start', paddingInline: 0 }}>
          {t('rosters.showEarlier', { count: folded.length })}
        </Button>
      )}
      {shown.map((d) => {
        const here = shifts.filter((s) => s.date === d).sort(byStart);
        return (
          <section key={d} data-testid="roster-day" data-date={d}>
            <Flex align="baseline" gap={8} style={{ margin: '4px 2px 6px' }}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {shortDate(d, locale)}
              </Typography.Text>
              <Typography.Text type="secondary">{weekdayName(d, locale, 'long')}</Typography.Text>
              {d === today && (
                <Tag color="blue" bordered={false}>
                  {t('rosters.today')}
                </Tag>
              )}
            </Flex>
            {here.length === 0 && <Typography.Text type="secondary">{t('rosters.nothingThatDay')}</Typography.Text>}
            <Flex vertical gap={8}>
              {here.map((s) => (
                <ShiftCard key={s.id} shift={s} actions={actions} me={me} />
              ))}
            </Flex>
          </section>
        );
      })}
    </Flex>
  );
}

function ShiftCard({
  shift,
  actions,
  me,
}: {
  shift: RosterCellFragment;
  actions: ShiftCellActions;
  me: string | null;
}) {
  const { t } = useTranslation();
  const tone = patternTone(shift.pattern);
  const mine = !!me && shift.members.some((m) => m.staff.id === me);
  const canSwap = !!actions.onSwap && maySwap(shift, me);
  const canEdit = !!actions.onEdit && shift.status !== 'CLOSED';
  return (
    <Card
      size="small"
      styles={{ body: { padding: 12 } }}
      style={{ borderInlineStart: `4px solid ${tone.bar}` }}
      data-testid="roster-shift-card"
      data-date={shift.date}
      data-team={shift.team?.name ?? ''}
      data-mine={mine}
    >
      <Link
        to={`/shifts/${shift.id}`}
        style={{ color: 'inherit', display: 'block' }}
        data-testid="roster-shift"
        data-date={shift.date}
        data-team={shift.team?.name ?? ''}
      >
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong style={{ color: tone.fg, fontSize: 15 }}>
            {shift.team ? `${shift.team.name} · ` : ''}
            {shift.pattern.name}
          </Typography.Text>
          {shift.status !== 'PLANNED' && <ShiftStatusTag status={shift.status} />}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <ShiftHours shift={shift} /> · {shift.site.name}
        </Typography.Text>
      </Link>
      <Flex wrap gap={4} style={{ marginTop: 8 }}>
        {shift.members.map((m) => (
          <Tag
            key={m.id}
            bordered={false}
            color={m.onLeave ? 'default' : m.role === 'LEADER' ? 'blue' : undefined}
            style={{ marginInlineEnd: 0, textDecoration: m.onLeave ? 'line-through' : undefined }}
            icon={m.role === 'LEADER' ? <CrownFilled /> : undefined}
          >
            {m.staff.name}
            {m.onLeave ? ` · ${t('rosters.onLeave')}` : ''}
          </Tag>
        ))}
      </Flex>
      {(canSwap || canEdit) && (
        <Flex gap={8} justify="flex-end" style={{ marginTop: 8 }}>
          {canSwap && (
            <Button
              size="small"
              icon={<SwapOutlined />}
              onClick={() => actions.onSwap?.(shift)}
              data-testid="roster-shift-swap"
            >
              {t('rosters.requestSwap')}
            </Button>
          )}
          {canEdit && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => actions.onEdit?.(shift)}
              data-testid="roster-shift-edit"
            >
              {t('rosters.editPeople')}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
