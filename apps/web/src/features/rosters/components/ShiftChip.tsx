import { CrownFilled, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RosterCellFragment } from '../../../gql/graphql.js';
import { ShiftHours } from '../../shifts/components/ShiftHeaderCard.js';
import { ShiftStatusTag } from '../../shifts/components/ShiftStatusTag.js';
import { patternMark, patternTone } from '../roster-format.js';

/** What the viewer may do with one shift from the calendar. */
export interface ShiftCellActions {
  /** The director edits its people (not once closed). */
  onEdit?: (shift: RosterCellFragment) => void;
  /** The viewer is on it, it has not started: they may ask to swap it. */
  onSwap?: (shift: RosterCellFragment) => void;
}

/** Whether the viewer may ask to swap this shift: they are on it and it has not started. */
export function maySwap(shift: RosterCellFragment, me: string | null, now = Date.now()): boolean {
  return (
    !!me &&
    shift.status === 'PLANNED' &&
    new Date(String(shift.startsAt)).getTime() > now &&
    shift.members.some((m) => m.staff.id === me)
  );
}

const stop = (fn: () => void) => (e: MouseEvent) => {
  e.preventDefault();
  e.stopPropagation();
  fn();
};

function ActionIcons({
  shift,
  actions,
  me,
}: {
  shift: RosterCellFragment;
  actions: ShiftCellActions;
  me: string | null;
}) {
  const { t } = useTranslation();
  const icons: ReactNode[] = [];
  if (actions.onEdit && shift.status !== 'CLOSED') {
    const edit = actions.onEdit;
    icons.push(
      <Tooltip key="edit" title={t('rosters.editPeople')}>
        <Button
          size="small"
          type="text"
          style={{ height: 20, width: 22, minWidth: 22 }}
          icon={<EditOutlined />}
          aria-label={t('rosters.editPeople')}
          onClick={stop(() => edit(shift))}
          data-testid="roster-shift-edit"
        />
      </Tooltip>,
    );
  }
  if (actions.onSwap && maySwap(shift, me)) {
    const swap = actions.onSwap;
    icons.push(
      <Tooltip key="swap" title={t('rosters.requestSwap')}>
        <Button
          size="small"
          type="text"
          style={{ height: 20, width: 22, minWidth: 22 }}
          icon={<SwapOutlined />}
          aria-label={t('rosters.requestSwap')}
          onClick={stop(() => swap(shift))}
          data-testid="roster-shift-swap"
        />
      </Tooltip>,
    );
  }
  return icons.length ? <span style={{ display: 'inline-flex', marginInlineStart: 'auto' }}>{icons}</span> : null;
}

const chipBase: CSSProperties = {
  display: 'block',
  borderRadius: 6,
  padding: '4px 6px 4px 8px',
  color: 'inherit',
  lineHeight: 1.35,
  fontSize: 13,
  minWidth: 0,
};

/** A shift in a team's row: its pattern and hours, leader, how many, who is on leave. Opens the shift. */
export function ShiftChip({
  shift,
  actions,
  me,
  showTeam = false,
}: {
  shift: RosterCellFragment;
  actions: ShiftCellActions;
  me: string | null;
  showTeam?: boolean;
}) {
  const { t } = useTranslation();
  const tone = patternTone(shift.pattern);
  const away = shift.members.filter((m) => m.onLeave).map((m) => m.staff.name);
  const working = shift.members.length - away.length;
  const mine = !!me && shift.members.some((m) => m.staff.id === me);
  return (
    <Link
      to={`/shifts/${shift.id}`}
      style={{
        ...chipBase,
        background: tone.bg,
        borderInlineStart: `3px solid ${tone.bar}`,
        outline: mine ? `1px solid ${tone.bar}` : undefined,
      }}
      data-testid="roster-shift"
      data-date={shift.date}
      data-pattern={shift.pattern.code}
      data-team={shift.team?.name ?? ''}
      data-mine={mine}
    >
      <span style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
        <Typography.Text strong style={{ color: tone.fg, whiteSpace: 'nowrap' }}>
          {showTeam && shift.team ? `${shift.team.name} · ` : ''}
          {shift.pattern.name}
        </Typography.Text>
        {shift.status !== 'PLANNED' && <ShiftStatusTag status={shift.status} />}
        <ActionIcons shift={shift} actions={actions} me={me} />
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', whiteSpace: 'nowrap' }}>
        <ShiftHours shift={shift} />
      </Typography.Text>
      <span style={{ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        <CrownFilled style={{ color: tone.bar, fontSize: 11, marginInlineEnd: 3 }} />
        {shift.leader.name} · {t('rosters.people', { count: working })}
      </span>
      {away.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="roster-shift-leave">
          {t('rosters.onLeaveNames', { names: away.join('、') })}
        </Typography.Text>
      )}
    </Link>
  );
}

/** A shift in a person's row: one mark (白, 夜 …), a crown when they lead it, "休" when on leave. */
export function PersonShiftMark({
  shift,
  personId,
  actions,
  me,
  narrow,
}: {
  shift: RosterCellFragment;
  personId: string;
  actions: ShiftCellActions;
  me: string | null;
  narrow: boolean;
}) {
  const { t } = useTranslation();
  const tone = patternTone(shift.pattern);
  const member = shift.members.find((m) => m.staff.id === personId);
  const leads = member?.role === 'LEADER';
  const away = !!member?.onLeave;
  const label = narrow ? patternMark(shift.pattern) : shift.pattern.name;
  return (
    <Tooltip
      title={
        <span>
          {shift.team?.name ? `${shift.team.name} · ` : ''}
          {shift.pattern.name} <ShiftHours shift={shift} />
          {leads ? ` · ${t('rosters.legend.leader')}` : ''}
          {away ? ` · ${t('rosters.onLeave')}${member?.leaveNote ? `（${member.leaveNote}）` : ''}` : ''}
        </span>
      }
    >
      <Link
        to={`/shifts/${shift.id}`}
        style={{
          ...chipBase,
          display: 'flex',
          alignItems: 'center',
          justifyContent: narrow ? 'center' : 'flex-start',
          gap: 2,
          padding: narrow ? '2px 0' : '3px 6px',
          background: away ? '#f5f5f5' : tone.bg,
          color: away ? '#8c8c8c' : tone.fg,
          borderInlineStart: narrow ? undefined : `3px solid ${away ? '#bfbfbf' : tone.bar}`,
          fontWeight: 600,
          textDecoration: away ? 'line-through' : undefined,
        }}
        data-testid="roster-person-shift"
        data-date={shift.date}
        data-pattern={shift.pattern.code}
        data-on-leave={away}
      >
        {leads && <CrownFilled style={{ fontSize: 10 }} aria-label={t('rosters.legend.leader')} />}
        <span>{away && narrow ? t('rosters.rest') : label}</span>
        {!narrow && <ActionIcons shift={shift} actions={actions} me={me} />}
      </Link>
    </Tooltip>
  );
}
