import { CloseCircleOutlined, EditOutlined, FileDoneOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { MeetingDetailFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { useMeetingStaff } from '../hooks/use-meeting-staff.js';
import {
  addMeetingActionItemMutation,
  cancelMeetingMutation,
  recordMeetingMinutesMutation,
  reportMeetingMutation,
} from '../meeting.operations.js';
import { REPORTED_KINDS } from '../meeting-format.js';

export type MeetingStep = 'recordMinutes' | 'addActionItem' | 'report' | 'cancel';

/** What the viewer may do to the meeting now. */
export function meetingSteps(m: MeetingDetailFragment): MeetingStep[] {
  if (!m.viewerMayManage) return [];
  switch (m.status) {
    case 'PLANNED':
      return ['recordMinutes', 'cancel'];
    case 'HELD':
      return ['addActionItem', ...(REPORTED_KINDS.includes(m.kind) ? (['report'] as const) : []), 'recordMinutes'];
    case 'REPORTED':
      return ['addActionItem'];
    default:
      return [];
  }
}

const ICONS: Record<MeetingStep, ReactNode> = {
  recordMinutes: <FileDoneOutlined />,
  addActionItem: <PlusOutlined />,
  report: <SendOutlined />,
  cancel: <CloseCircleOutlined />,
};

/** The buttons for the steps the meeting allows, and their forms. */
export function MeetingActions({ m }: { m: MeetingDetailFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MeetingStep | null>(null);
  const steps = meetingSteps(m);
  if (steps.length === 0) return null;
  const close = () => setOpen(null);
  const label = (step: MeetingStep) =>
    step === 'recordMinutes' && m.status !== 'PLANNED'
      ? t('meetings.actions.amendMinutes')
      : t(`meetings.actions.${step}`);

  return (
    <>
      <Flex gap={8} wrap data-testid="meeting-actions">
        {steps.map((step, i) => (
          <Button
            key={step}
            type={i === 0 ? 'primary' : 'default'}
            danger={step === 'cancel'}
            icon={step === 'recordMinutes' && m.status !== 'PLANNED' ? <EditOutlined /> : ICONS[step]}
            onClick={() => setOpen(step)}
            data-testid={`meeting-action-${step}`}
          >
            {label(step)}
          </Button>
        ))}
      </Flex>
      <MinutesForm m={m} open={open === 'recordMinutes'} onClose={close} title={label('recordMinutes')} />
      <ActionItemForm m={m} open={open === 'addActionItem'} onClose={close} />
      <ReportForm m={m} open={open === 'report'} onClose={close} />
      <CancelForm m={m} open={open === 'cancel'} onClose={close} />
    </>
  );
}

interface FormProps {
  m: MeetingDetailFragment;
  open: boolean;
  onClose(): void;
}

interface MinutesValues {
  heldAt: Dayjs;
  attendeeIds: string[];
  absenteesNote?: string;
  review?: string;
  requirements?: string;
  minutes: string;
}

const MINUTES_FIELDS = ['heldAt', 'attendeeIds', 'absenteesNote', 'review', 'requirements', 'minutes', 'chairId'];

function MinutesForm({ m, open, onClose, title }: FormProps & { title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useSession();
  const [form] = Form.useForm<MinutesValues>();
  const [, record] = useMutation(recordMeetingMinutesMutation);
  const { options } = useMeetingStaff(viewer?.staff.department?.key, !open);
  // Everyone asked who is not already known absent, and the chair: correct whoever did not come.
  const present =
    m.status === 'PLANNED'
      ? [m.chair.id, ...m.attendees.map((a) => a.staff.id)]
      : m.attendees.filter((a) => a.attended).map((a) => a.staff.id);
  // Those asked and the chair are choices even when the viewer's staff list does not reach them.
  const known = new Map(options.map((o) => [o.value, o]));
  for (const a of m.attendees) {
    if (!known.has(a.staff.id)) known.set(a.staff.id, { value: a.staff.id, label: a.staff.name, departmentKey: null });
  }
  if (!known.has(m.chair.id)) known.set(m.chair.id, { value: m.chair.id, label: m.chair.name, departmentKey: null });
  const scheduled = dayjs(String(m.heldAt ?? m.scheduledAt));
  const heldAt = scheduled.isAfter(dayjs()) ? dayjs().second(0).millisecond(0) : scheduled;

  return (
    <FormModal<MinutesValues>
      open={open}
      title={title}
      okText={t('common.save')}
      form={form}
      testId="meeting-minutes-form"
      initialValues={{
        heldAt,
        attendeeIds: [...new Set(present)],
        absenteesNote: m.absenteesNote ?? '',
        review: m.review ?? '',
        requirements: m.requirements ?? '',
        minutes: m.minutes ?? '',
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await record({
          input: {
            meetingId: m.id,
            heldAt: v.heldAt.toISOString(),
            attendeeIds: v.attendeeIds,
            absenteesNote: v.absenteesNote?.trim() || null,
            review: v.review?.trim() || null,
            requirements: v.requirements?.trim() || null,
            minutes: v.minutes.trim(),
            version: m.version,
          },
        });
        const outcome = outcomeOf(form, MINUTES_FIELDS, t, result, result.data?.recordMeetingMinutes);
        if (outcome.ok) void message.success(t('meetings.done.recordMinutes'));
        return outcome;
      }}
    >
      {m.status === 'PLANNED' && (
        <Typography.Paragraph type="secondary">{t('meetings.minutesHint')}</Typography.Paragraph>
      )}
      <Form.Item
        name="heldAt"
        label={t('meetings.fields.heldAt')}
        rules={[{ required: true, message: t('meetings.validation.heldAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          data-testid="meeting-held-at"
        />
      </Form.Item>
      <Form.Item
        name="attendeeIds"
        label={t('meetings.fields.attendees')}
        rules={[{ required: true, message: t('meetings.validation.attendeesRequired') }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={[...known.values()]}
          placeholder={t('meetings.placeholders.attendees')}
          data-testid="meeting-present"
        />
      </Form.Item>
      <Form.Item name="absenteesNote" label={t('meetings.fields.absenteesNote')}>
        <Input maxLength={500} placeholder={t('meetings.placeholders.absenteesNote')} data-testid="meeting-absentees" />
      </Form.Item>
      <Form.Item name="review" label={t('meetings.fields.review')}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('meetings.placeholders.review')}
          data-testid="meeting-review"
        />
      </Form.Item>
      <Form.Item name="requirements" label={t('meetings.fields.requirements')}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('meetings.placeholders.requirements')}
          data-testid="meeting-requirements"
        />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('meetings.fields.minutes')}
        rules={[{ required: true, whitespace: true, message: t('meetings.validation.minutesRequired') }]}
      >
        <Input.TextArea
          rows={6}
          maxLength={5000}
          showCount
          placeholder={t('meetings.placeholders.minutes')}
          data-testid="meeting-minutes"
        />
      </Form.Item>
    </FormModal>
  );
}

interface ActionItemValues {
  title: string;
  assigneeId: string;
  dueAt: Dayjs;
  description?: string;
}

const ACTION_FIELDS = ['title', 'assigneeId', 'dueAt', 'description'];

/** Three days on, at the end of the working day: the usual deadline for a task from a meeting. */
const defaultDue = () => dayjs().add(3, 'day').hour(18).minute(0).second(0).millisecond(0);

function ActionItemForm({ m, open, onClose }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useSession();
  const [form] = Form.useForm<ActionItemValues>();
  const [, add] = useMutation(addMeetingActionItemMutation);
  const { options, fetching } = useMeetingStaff(viewer?.staff.department?.key, !open);

  return (
    <FormModal<ActionItemValues>
      open={open}
      title={t('meetings.actions.addActionItem')}
      okText={t('meetings.actions.addActionItem')}
      form={form}
      testId="meeting-action-item-form"
      initialValues={{ dueAt: defaultDue() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await add({
          input: {
            meetingId: m.id,
            title: v.title.trim(),
            description: v.description?.trim() || null,
            assigneeId: v.assigneeId,
            dueAt: v.dueAt.toISOString(),
          },
        });
        const outcome = outcomeOf(form, ACTION_FIELDS, t, result, result.data?.addMeetingActionItem);
        if (outcome.ok) void message.success(t('meetings.done.addActionItem'));
        return outcome;
      }}
    >
      <Form.Item
        name="title"
        label={t('meetings.task.title')}
        rules={[{ required: true, whitespace: true, message: t('meetings.validation.actionTitleRequired') }]}
      >
        <Input maxLength={100} placeholder={t('meetings.placeholders.actionTitle')} data-testid="action-item-title" />
      </Form.Item>
      <Form.Item
        name="assigneeId"
        label={t('meetings.task.assignee')}
        rules={[{ required: true, message: t('meetings.validation.assigneeRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          options={options}
          data-testid="action-item-assignee"
        />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('meetings.task.dueAt')}
        rules={[{ required: true, message: t('meetings.validation.dueAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          data-testid="action-item-due"
        />
      </Form.Item>
      <Form.Item name="description" label={t('cases.description')}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('meetings.placeholders.actionDescription')}
          data-testid="action-item-description"
        />
      </Form.Item>
    </FormModal>
  );
}

function ReportForm({ m, open, onClose }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [, report] = useMutation(reportMeetingMutation);
  return (
    <FormModal<{ note?: string }>
      open={open}
      title={t('meetings.actions.report')}
      okText={t('meetings.reportConfirm')}
      form={form}
      testId="meeting-report-form"
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await report({ input: { meetingId: m.id, note: v.note?.trim() || null } });
        const outcome = outcomeOf(form, ['note'], t, result, result.data?.reportMeeting);
        if (outcome.ok) void message.success(t('meetings.done.report'));
        return outcome;
      }}
    >
      <Typography.Paragraph type="secondary">{t('meetings.reportExplained')}</Typography.Paragraph>
      <Form.Item name="note" label={t('meetings.fields.reportNote')}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('meetings.placeholders.reportNote')} />
      </Form.Item>
    </FormModal>
  );
}

function CancelForm({ m, open, onClose }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [, cancel] = useMutation(cancelMeetingMutation);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('meetings.actions.cancel')}
      okText={t('meetings.actions.cancel')}
      danger
      form={form}
      testId="meeting-cancel-form"
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await cancel({ input: { meetingId: m.id, reason: v.reason.trim() } });
        const outcome = outcomeOf(form, ['reason'], t, result, result.data?.cancelMeeting);
        if (outcome.ok) void message.success(t('meetings.done.cancel'));
        return outcome;
      }}
    >
      <Typography.Paragraph type="secondary">{t('meetings.cancelExplained')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('meetings.fields.cancelReason')}
        rules={[{ required: true, whitespace: true, message: t('meetings.validation.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('meetings.placeholders.cancelReason')} />
      </Form.Item>
    </FormModal>
  );
}
