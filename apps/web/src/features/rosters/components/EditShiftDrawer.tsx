import { CrownFilled, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Grid, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AnyVariables, type OperationResult, useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { ShiftMemberFieldsFragment, UserErrorFieldsFragment } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { ShiftHours } from '../../shifts/components/ShiftHeaderCard.js';
import { ShiftStatusTag } from '../../shifts/components/ShiftStatusTag.js';
import {
  addShiftMemberMutation,
  changeShiftLeaderMutation,
  removeShiftMemberMutation,
  rosterSetupQuery,
  rosterShiftQuery,
  setShiftMemberLeaveMutation,
} from '../roster.operations.js';
import { rosterOutcome } from '../roster-format.js';

type Member = ShiftMemberFieldsFragment & {
  canLead: boolean;
  swap?: { id: string; kind: string; requester: { id: string; name: string } } | null;
};

/**
 * The director's hand on one shift's people (R35 "changed, with audit"): add someone, take
 * someone off, make someone the leader, mark a day off or back. Every change is refused with a
 * reason when it would put someone on two shifts at once, and a closed shift is locked.
 */
export function EditShiftDrawer({
  shiftId,
  onClose,
  onChanged,
}: {
  shiftId: string | null;
  onClose(): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [{ data, fetching }, refetch] = useQuery({
    query: rosterShiftQuery,
    variables: { id: shiftId ?? '' },
    pause: !shiftId,
    requestPolicy: 'network-only',
  });
  const [{ data: setup }] = useQuery({ query: rosterSetupQuery, pause: !shiftId });
  const [, add] = useMutation(addShiftMemberMutation);
  const [, remove] = useMutation(removeShiftMemberMutation);
  const [, lead] = useMutation(changeShiftLeaderMutation);
  const [, leave] = useMutation(setShiftMemberLeaveMutation);
  const [adding, setAdding] = useState<string | null>(null);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const shift = data?.shift;
  const members = (shift?.members ?? []) as Member[];
  const locked = shift?.status === 'CLOSED';

  // Whoever works in a team at the shift's site, not already on it.
  const candidates = useMemo(() => {
    if (!shift) return [];
    const on = new Set(members.map((m) => m.staff.id));
    const people = new Map<string, string>();
    for (const team of setup?.teams ?? []) {
      if (team.site.code !== shift.site.code || !team.active) continue;
      for (const p of [team.leader, ...team.members]) {
        if (!on.has(p.id)) people.set(p.id, `${p.name} · ${team.name}`);
      }
    }
    return [...people].map(([value, label]) => ({ value, label }));
  }, [setup, shift, members]);

  /** Runs a change; on success reloads the drawer and the calendar behind it. */
  const run = async <D extends Record<string, { userErrors: UserErrorFieldsFragment[] } | null | undefined>>(
    send: () => Promise<OperationResult<D, AnyVariables>>,
    done: string,
  ) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await send();
      const payload = result.data ? Object.values(result.data)[0] : null;
      const outcome = rosterOutcome(null, [], t, result, payload);
      if (!outcome.ok) return setProblem(outcome.problem);
      message.success(done);
      setNoteFor(null);
      setNote('');
      setAdding(null);
      refetch({ requestPolicy: 'network-only' });
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={!!shiftId}
      onClose={onClose}
      size={screens.md ? 520 : '100%'}
      title={
        shift
          ? t('rosters.edit.title', { date: formatDate(shift.date, locale), pattern: shift.pattern.name })
          : t('rosters.editPeople')
      }
      destroyOnHidden
      afterOpenChange={(open) => !open && setProblem(null)}
      data-testid="edit-shift-drawer"
    >
      {shift && (
        <Flex vertical gap={12}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="secondary">
              {shift.site.name}
              {shift.team ? ` · ${shift.team.name}` : ''} · <ShiftHours shift={shift} />
            </Typography.Text>
            <ShiftStatusTag status={shift.status} />
            <Link to={`/shifts/${shift.id}`} style={{ marginInlineStart: 'auto' }}>
              {t('rosters.open')}
            </Link>
          </Flex>
          {locked && <Alert type="info" showIcon title={t('rosters.edit.locked')} />}
          {problem && <Alert type="error" showIcon title={problem} data-testid="edit-shift-problem" />}
          <List
            loading={fetching && !data}
            dataSource={members}
            rowKey="id"
            renderItem={(m) => {
              const isLeader = m.role === 'LEADER';
              return (
                <List.Item
                  data-testid="edit-shift-member"
                  data-name={m.staff.name}
                  style={{ display: 'block', paddingInline: 0 }}
                >
                  <Flex align="center" gap={6} wrap>
                    <Typography.Text strong style={{ textDecoration: m.onLeave ? 'line-through' : undefined }}>
                      {m.staff.name}
                    </Typography.Text>
                    {isLeader && (
                      <Tag color="blue" bordered={false} icon={<CrownFilled />}>
                        {t('shifts.role.LEADER')}
                      </Tag>
                    )}
                    {m.onLeave && (
                      <Tag bordered={false}>
                        {t('rosters.onLeave')}
                        {m.leaveNote ? `：${m.leaveNote}` : ''}
                      </Tag>
                    )}
                    {!!m.checkInAt && (
                      <Tag color="green" bordered={false}>
                        {t('rosters.edit.checkedIn')}
                      </Tag>
                    )}
                    {m.swap && (
                      <Tag color="purple" bordered={false}>
                        {t('rosters.edit.swappedIn', { name: m.swap.requester.name })}
                      </Tag>
                    )}
                  </Flex>
                  {!locked && (
                    <Space size={4} wrap style={{ marginTop: 6 }}>
                      {!isLeader && !m.onLeave && m.canLead && (
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() =>
                            run(
                              () => lead({ input: { shiftId: shift.id, leaderId: m.staff.id } }),
                              t('rosters.edit.leaderChanged'),
                            )
                          }
                          data-testid="edit-shift-make-leader"
                        >
                          {t('rosters.edit.makeLeader')}
                        </Button>
                      )}
                      {m.onLeave ? (
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() =>
                            run(
                              () => leave({ input: { memberId: m.id, onLeave: false } }),
                              t('rosters.edit.backOnDuty'),
                            )
                          }
                          data-testid="edit-shift-back"
                        >
                          {t('rosters.edit.markBack')}
                        </Button>
                      ) : (
                        !m.checkInAt && (
                          <Button
                            size="small"
                            disabled={busy}
                            onClick={() => {
                              setNoteFor(noteFor === m.id ? null : m.id);
                              setNote('');
                            }}
                            data-testid="edit-shift-leave"
                          >
                            {t('rosters.edit.markLeave')}
                          </Button>
                        )
                      )}
                      {!isLeader && !m.checkInAt && (
                        <Popconfirm
                          title={t('rosters.edit.removeConfirm', { name: m.staff.name })}
                          okText={t('rosters.edit.remove')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => run(() => remove({ input: { memberId: m.id } }), t('rosters.edit.removed'))}
                        >
                          <Button size="small" danger disabled={busy} data-testid="edit-shift-remove">
                            {t('rosters.edit.remove')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  )}
                  {noteFor === m.id && (
                    <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                      <Input
                        autoFocus
                        maxLength={500}
                        value={note}
                        placeholder={t('rosters.edit.leaveNotePlaceholder')}
                        aria-label={t('rosters.edit.leaveNote')}
                        onChange={(e) => setNote(e.target.value)}
                        data-testid="edit-shift-leave-note"
                      />
                      <Button
                        type="primary"
                        disabled={!note.trim() || busy}
                        onClick={() =>
                          run(
                            () => leave({ input: { memberId: m.id, onLeave: true, note: note.trim() } }),
                            t('rosters.edit.leaveMarked'),
                          )
                        }
                        data-testid="edit-shift-leave-save"
                      >
                        {t('common.save')}
                      </Button>
                    </Space.Compact>
                  )}
                </List.Item>
              );
            }}
          />
          {!locked && (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                value={adding}
                onChange={setAdding}
                options={candidates}
                placeholder={t('rosters.edit.addPlaceholder')}
                aria-label={t('rosters.edit.add')}
                data-testid="edit-shift-add-person"
              />
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                disabled={!adding || busy}
                onClick={() =>
                  adding && run(() => add({ input: { shiftId: shift.id, staffId: adding } }), t('rosters.edit.added'))
                }
                data-testid="edit-shift-add"
              >
                {t('rosters.edit.add')}
              </Button>
            </Space.Compact>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
