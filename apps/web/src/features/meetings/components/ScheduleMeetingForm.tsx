import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { MeetingKind } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { useMeetingStaff } from '../hooks/use-meeting-staff.js';
import { meetingSitesQuery, scheduleMeetingMutation } from '../meeting.operations.js';
import { kindsFor, meetingPath } from '../meeting-format.js';

interface Values {
  kind: MeetingKind;
  title: string;
  scheduledAt: Dayjs;
  siteCode?: string;
  attendeeIds?: string[];
  agenda?: string;
}

const FIELDS = ['kind', 'title', 'scheduledAt', 'siteCode', 'attendeeIds', 'agenda', 'departmentKey'];

/** The next whole hour but one: when a meeting is usually called for. */
const nextSlot = () => dayjs().add(1, 'day').hour(15).minute(0).second(0).millisecond(0);

/** Schedule a meeting of the viewer's department; opens the meeting's page once scheduled. */
export function ScheduleMeetingForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const [form] = Form.useForm<Values>();
  const [, schedule] = useMutation(scheduleMeetingMutation);
  const myDepartment = viewer?.staff.department?.key ?? null;
  const { options: people, fetching } = useMeetingStaff(myDepartment, !open);
  const [{ data: sites }] = useQuery({ query: meetingSitesQuery, pause: !open });
  const kinds = kindsFor(myDepartment);
  const mySites = useMemo(() => new Set(sites?.viewer?.staff.sites.map((s) => s.code) ?? []), [sites]);
  const siteOptions = (sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name }));
  // A shift leader's meetings are at their site: preselect it when they have just one.
  const defaultSite = mySites.size === 1 && kinds[0] !== 'CS_WORK_MEETING' ? [...mySites][0] : undefined;

  return (
    <FormModal<Values>
      open={open}
      title={t('meetings.scheduleTitle')}
      okText={t('meetings.schedule')}
      form={form}
      testId="meeting-schedule-form"
      initialValues={{ kind: kinds[0], scheduledAt: nextSlot(), ...(defaultSite ? { siteCode: defaultSite } : {}) }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await schedule({
          input: {
            kind: v.kind,
            title: v.title.trim(),
            scheduledAt: v.scheduledAt.toISOString(),
            siteCode: v.siteCode ?? null,
            attendeeIds: v.attendeeIds ?? [],
            agenda: v.agenda?.trim() || null,
          },
        });
        const outcome = outcomeOf(form, FIELDS, t, result, result.data?.scheduleMeeting);
        const id = result.data?.scheduleMeeting.meeting?.id;
        if (outcome.ok && id) navigate(meetingPath(id));
        return outcome;
      }}
    >
      <Form.Item name="kind" label={t('meetings.fields.kind')} rules={[{ required: true }]}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))} data-testid="meeting-kind" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('meetings.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('meetings.validation.titleRequired') }]}
      >
        <Input maxLength={100} placeholder={t('meetings.placeholders.title')} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item
        name="scheduledAt"
        label={t('meetings.fields.scheduledAt')}
        rules={[{ required: true, message: t('meetings.validation.scheduledAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="meeting-scheduled-at"
        />
      </Form.Item>
      <Form.Item name="siteCode" label={t('meetings.fields.site')}>
        <Select allowClear placeholder={t('meetings.siteAny')} options={siteOptions} data-testid="meeting-site" />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('meetings.fields.invited')}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          options={people}
          placeholder={t('meetings.placeholders.attendees')}
          data-testid="meeting-attendees"
        />
      </Form.Item>
      <Form.Item name="agenda" label={t('meetings.fields.agenda')}>
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('meetings.placeholders.agenda')}
          data-testid="meeting-agenda"
        />
      </Form.Item>
    </FormModal>
  );
}
