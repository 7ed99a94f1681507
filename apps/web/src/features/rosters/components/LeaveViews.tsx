import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { RosterSetupQuery, StaffLeaveFieldsFragment } from '../../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { cancelStaffLeaveMutation, recordStaffLeaveMutation } from '../roster.operations.js';
import { addDays, daysBetween, todayIn } from '../roster-dates.js';
import { rosterOutcome, useRosterAbilities } from '../roster-format.js';

interface LeaveValues {
  staffId: string;
  range: [Dayjs, Dayjs];
  reason: string;
}

/**
 * The people whose leave the viewer records: for the director everyone on a team; for a leader,
 * the officers of the teams they lead.
 */
export function useLeavePeople(setup: RosterSetupQuery | undefined) {
  const can = useRosterAbilities();
  return useMemo(() => {
    const people = new Map<string, string>();
    for (const team of setup?.teams ?? []) {
      if (!team.active) continue;
      if (can.edit) people.set(team.leader.id, `${team.leader.name} · ${team.name}`);
      if (can.edit || team.leader.id === can.me) {
        for (const m of team.members) people.set(m.id, `${m.name} · ${team.name}`);
      }
    }
    return [...people].map(([value, label]) => ({ value, label }));
  }, [setup, can.edit, can.me]);
}

/** Record days off for someone: their rostered shifts in them are marked on leave. */
export function RecordLeaveModal({
  open,
  setup,
  onClose,
  onDone,
}: {
  open: boolean;
  setup: RosterSetupQuery | undefined;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useRosterAbilities();
  const [form] = Form.useForm<LeaveValues>();
  const [, record] = useMutation(recordStaffLeaveMutation);
  const people = useLeavePeople(setup);
  const tomorrow = addDays(todayIn(can.zone), 1);
  return (
    <FormModal<LeaveValues>
      open={open}
      title={t('rosters.recordLeave')}
      okText={t('rosters.recordLeave')}
      form={form}
      testId="record-leave-form"
      initialValues={{ range: [dayjs(tomorrow), dayjs(tomorrow)] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await record({
          input: {
            staffId: v.staffId,
            fromDate: v.range[0].format('YYYY-MM-DD'),
            toDate: v.range[1].format('YYYY-MM-DD'),
            reason: v.reason.trim(),
          },
        });
        const outcome = rosterOutcome(form, ['staffId', 'reason'], t, result, result.data?.recordStaffLeave, 'Leave');
        if (outcome.ok) {
          message.success(t('rosters.leave.recorded', { count: result.data?.recordStaffLeave.shiftsChanged ?? 0 }));
          onDone();
        }
        return outcome;
      }}
    >
      <Form.Item
        name="staffId"
        label={t('rosters.leave.staff')}
        rules={[{ required: true, message: t('rosters.leave.staffPlaceholder') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('rosters.leave.staffPlaceholder')}
          options={people}
          data-testid="leave-staff"
        />
      </Form.Item>
      <Form.Item name="range" label={t('rosters.leave.range')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid="leave-range" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('rosters.leave.reason')}
        rules={[{ required: true, whitespace: true, message: t('rosters.leave.reasonPlaceholder') }]}
      >
        <Input maxLength={200} placeholder={t('rosters.leave.reasonPlaceholder')} data-testid="leave-reason" />
      </Form.Item>
    </FormModal>
  );
}

function CancelLeaveModal({
  leave,
  onClose,
  onDone,
}: {
  leave: StaffLeaveFieldsFragment | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [, cancel] = useMutation(cancelStaffLeaveMutation);
  return (
    <FormModal<{ reason?: string }>
      open={!!leave}
      title={t('rosters.leave.cancelTitle')}
      okText={t('rosters.leave.cancel')}
      danger
      form={form}
      testId="cancel-leave-form"
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await cancel({ input: { leaveId: leave?.id ?? '', reason: v.reason?.trim() || null } });
        const outcome = rosterOutcome(form, ['reason'], t, result, result.data?.cancelStaffLeave);
        if (outcome.ok) {
          message.success(
            t('rosters.leave.cancelledDone', { count: result.data?.cancelStaffLeave.shiftsChanged ?? 0 }),
          );
          onDone();
        }
        return outcome;
      }}
    >
      {leave && (
        <Typography.Paragraph>
          {leave.staff.name} · {leave.fromDate} – {leave.toDate} · {leave.reason}
        </Typography.Paragraph>
      )}
      <Form.Item name="reason" label={t('rosters.leave.cancelReason')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** Where a leave stands today: ahead, now, over, cancelled. */
function stateOf(leave: StaffLeaveFieldsFragment, today: string) {
  if (leave.cancelledAt) return { key: 'cancelled', color: 'default' };
  if (leave.toDate < today) return { key: 'past', color: 'default' };
  if (leave.fromDate > today) return { key: 'upcoming', color: 'blue' };
  return { key: 'current', color: 'orange' };
}

/** Leave as a list of cards: who, when, why, who recorded it; cancel where the viewer may. */
export function LeaveList({
  leaves,
  loading,
  onChanged,
}: {
  leaves: StaffLeaveFieldsFragment[];
  loading: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const can = useRosterAbilities();
  const today = todayIn(can.zone);
  const [cancelling, setCancelling] = useState<StaffLeaveFieldsFragment | null>(null);
  if (!loading && leaves.length === 0) return <Empty description={t('rosters.leave.empty')} />;
  return (
    <Flex vertical gap={8} data-testid="leave-list">
      {leaves.map((leave) => {
        const state = stateOf(leave, today);
        const days = daysBetween(leave.fromDate, leave.toDate) + 1;
        return (
          <Card
            key={leave.id}
            size="small"
            styles={{ body: { padding: 12 } }}
            data-testid="leave-card"
            data-staff={leave.staff.name}
            data-state={state.key}
          >
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex align="center" gap={8} wrap>
                <Typography.Text strong>{leave.staff.name}</Typography.Text>
                <Tag color={state.color} bordered={false}>
                  {t(`rosters.leave.${state.key}`)}
                </Tag>
                <Typography.Text>
                  {formatDate(leave.fromDate, locale)}
                  {leave.toDate !== leave.fromDate ? ` – ${formatDate(leave.toDate, locale)}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary">{t('rosters.leave.days', { count: days })}</Typography.Text>
              </Flex>
              {leave.viewerMayCancel && (
                <Button size="small" onClick={() => setCancelling(leave)} data-testid="leave-cancel">
                  {t('rosters.leave.cancel')}
                </Button>
              )}
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0 0' }}>{leave.reason}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rosters.leave.recordedBy', { name: leave.recordedBy.name })} ·{' '}
              {formatDateTime(leave.createdAt, locale)}
              {leave.cancelledAt
                ? ` · ${t('rosters.leave.cancelledAt', { time: formatDateTime(leave.cancelledAt, locale) })}${
                    leave.cancelReason ? `：${leave.cancelReason}` : ''
                  }`
                : ''}
            </Typography.Text>
          </Card>
        );
      })}
      <CancelLeaveModal
        leave={cancelling}
        onClose={() => setCancelling(null)}
        onDone={() => {
          setCancelling(null);
          onChanged();
        }}
      />
    </Flex>
  );
}
