import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { FireDrillQuery, FireDrillRating } from '../../../gql/graphql.js';
import { featureErrorText, featureOutcome } from '../../places/place-errors.js';
import {
  cancelFireDrillMutation,
  evaluateFireDrillMutation,
  recordFireDrillMutation,
} from '../fire-safety.operations.js';
import { StaffSelect } from './StaffSelect.js';

type Drill = NonNullable<FireDrillQuery['fireDrill']>;

interface RecordValues {
  day: Dayjs;
  alarm: Dayjs;
  assembled?: Dayjs | null;
  evacuated?: Dayjs | null;
  ended: Dayjs;
  participantIds?: string[];
  brigadeCount?: number | null;
  occupantCount?: number | null;
  note?: string;
}
/** The API's field names → this form's (the times are entered as times of day on one day). */
const RECORD_FIELDS: Record<string, string> = {
  alarmAt: 'alarm',
  assembledAt: 'assembled',
  evacuatedAt: 'evacuated',
  endedAt: 'ended',
  participantIds: 'participantIds',
  brigadeCount: 'brigadeCount',
  occupantCount: 'occupantCount',
  note: 'note',
};

/** A time of day on the drill's day; a time before the alarm is taken to be after midnight. */
function at(day: Dayjs, time: Dayjs | null | undefined, alarm?: Dayjs): Dayjs | null {
  if (!time) return null;
  const moment = day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0);
  return alarm && moment.isBefore(alarm) ? moment.add(1, 'day') : moment;
}

/** When the recorder most likely held it: as planned, if that is past; else a little while ago. */
function likelyAlarm(plannedFor: string): Dayjs {
  const planned = dayjs(plannedFor);
  const latest = dayjs().subtract(35, 'minute');
  return (planned.isBefore(latest) ? planned : latest).second(0).millisecond(0);
}

/** Record a planned drill as held: its timings and who took part. */
export function RecordDrillModal({
  drill,
  open,
  onClose,
}: {
  drill: Drill;
  open: boolean;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const [, record] = useMutation(recordFireDrillMutation);
  const alarm = likelyAlarm(String(drill.plannedFor));
  return (
    <FormModal<RecordValues>
      open={open}
      title={t('fireSafety.drills.recordTitle')}
      okText={t('common.save')}
      form={form}
      testId="fire-drill-record-form"
      initialValues={{
        day: alarm,
        alarm,
        assembled: alarm.add(3, 'minute'),
        evacuated: alarm.add(10, 'minute'),
        ended: alarm.add(30, 'minute'),
      }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const alarmAt = at(v.day, v.alarm) as Dayjs;
        const result = await record({
          input: {
            drillId: drill.id,
            alarmAt: alarmAt.toISOString(),
            assembledAt: at(v.day, v.assembled, alarmAt)?.toISOString() ?? null,
            evacuatedAt: at(v.day, v.evacuated, alarmAt)?.toISOString() ?? null,
            endedAt: (at(v.day, v.ended, alarmAt) as Dayjs).toISOString(),
            participantIds: v.participantIds ?? [],
            brigadeCount: v.brigadeCount ?? null,
            occupantCount: v.occupantCount ?? null,
            note: v.note?.trim() || null,
          },
        });
        const errors = result.data?.recordFireDrill.userErrors ?? [];
        const beside = errors.filter((e) => RECORD_FIELDS[e.field?.[1] ?? '']);
        // Each objection beside the time (or field) it concerns; the rest above the form.
        form.setFields(
          beside.map((e) => ({
            name: RECORD_FIELDS[e.field?.[1] ?? ''] as keyof RecordValues,
            errors: [featureErrorText('fireSafety.errors', e, t)],
          })),
        );
        const rest = {
          ...result,
          data: result.data && {
            recordFireDrill: { ...result.data.recordFireDrill, userErrors: errors.filter((e) => !beside.includes(e)) },
          },
        };
        const outcome = featureOutcome('fireSafety.errors', null, [], t, rest, rest.data?.recordFireDrill);
        return beside.length && outcome.ok ? { ok: false, problem: null } : outcome;
      }}
    >
      <Form.Item name="day" label={t('fireSafety.drills.day')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="alarm" label={t('fireSafety.drills.alarm')} rules={[{ required: true }]}>
          <TimePicker format="HH:mm" data-testid="fire-drill-alarm" />
        </Form.Item>
        <Form.Item name="assembled" label={t('fireSafety.drills.assembled')}>
          <TimePicker format="HH:mm" />
        </Form.Item>
        <Form.Item name="evacuated" label={t('fireSafety.drills.evacuated')}>
          <TimePicker format="HH:mm" />
        </Form.Item>
        <Form.Item name="ended" label={t('fireSafety.drills.ended')} rules={[{ required: true }]}>
          <TimePicker format="HH:mm" />
        </Form.Item>
      </Flex>
      <Form.Item name="participantIds" label={t('fireSafety.drills.participants')}>
        <StaffSelect siteCode={drill.site.code} mode="multiple" data-testid="fire-drill-participants" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="brigadeCount" label={t('fireSafety.drills.brigadeCount')}>
          <InputNumber min={0} max={100000} precision={0} data-testid="fire-drill-brigade-count" />
        </Form.Item>
        <Form.Item name="occupantCount" label={t('fireSafety.drills.occupantCount')}>
          <InputNumber min={0} max={100000} precision={0} data-testid="fire-drill-occupant-count" />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('fireSafety.drills.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface EvaluateValues {
  evaluation: string;
  rating: FireDrillRating;
  followUps?: { description: string; ownerId: string; dueOn?: Dayjs | null }[];
}

/** Evaluate a held drill and give its follow-up actions, each with an owner. */
export function EvaluateDrillModal({
  drill,
  open,
  onClose,
}: {
  drill: Drill;
  open: boolean;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EvaluateValues>();
  const [, evaluate] = useMutation(evaluateFireDrillMutation);
  return (
    <FormModal<EvaluateValues>
      open={open}
      title={t('fireSafety.drills.evaluateTitle')}
      okText={t('common.save')}
      form={form}
      testId="fire-drill-evaluate-form"
      initialValues={{ rating: 'GOOD', followUps: [] }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await evaluate({
          input: {
            drillId: drill.id,
            evaluation: v.evaluation.trim(),
            rating: v.rating,
            followUps: (v.followUps ?? []).map((f) => ({
              description: f.description?.trim() ?? '',
              ownerId: f.ownerId,
              dueOn: f.dueOn ? f.dueOn.format('YYYY-MM-DD') : null,
            })),
          },
        });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ['evaluation', 'rating'],
          t,
          result,
          result.data?.evaluateFireDrill,
        );
      }}
    >
      <Form.Item
        name="evaluation"
        label={t('fireSafety.drills.evaluation')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.evaluation') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="fire-drill-evaluation" />
      </Form.Item>
      <Form.Item name="rating" label={t('fireSafety.drills.rating')} rules={[{ required: true }]}>
        <Select
          options={(['GOOD', 'ADEQUATE', 'POOR'] as const).map((r) => ({
            value: r,
            label: t(`fireSafety.rating.${r}`),
          }))}
        />
      </Form.Item>
      <Typography.Text strong>{t('fireSafety.drills.followUps')}</Typography.Text>
      <Form.List name="followUps">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="flex-start" data-testid="fire-follow-up-input">
                <Form.Item
                  name={[field.name, 'description']}
                  rules={[{ required: true, whitespace: true, message: t('fireSafety.required.followUp') }]}
                  style={{ flex: '1 1 220px', marginBottom: 0 }}
                >
                  <Input
                    maxLength={500}
                    placeholder={t('fireSafety.drills.followUpWhat')}
                    data-testid="fire-follow-up-what"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'ownerId']}
                  rules={[{ required: true, message: t('fireSafety.required.person') }]}
                  style={{ flex: '1 1 160px', marginBottom: 0 }}
                >
                  <StaffSelect
                    siteCode={drill.site.code}
                    placeholder={t('fireSafety.drills.followUpOwner')}
                    data-testid="fire-follow-up-owner"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'dueOn']} style={{ marginBottom: 0 }}>
                  <DatePicker placeholder={t('fireSafety.drills.followUpDue')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('fireSafety.remove')}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="fire-follow-up-add">
              {t('fireSafety.drills.addFollowUp')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}

/** Call off a planned drill, with the reason. */
export function CancelDrillModal({
  drill,
  open,
  onClose,
}: {
  drill: Drill;
  open: boolean;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, cancel] = useMutation(cancelFireDrillMutation);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('fireSafety.drills.cancelTitle')}
      okText={t('fireSafety.drills.cancel')}
      danger
      form={form}
      testId="fire-drill-cancel-form"
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await cancel({ input: { drillId: drill.id, reason: v.reason.trim() } });
        return featureOutcome('fireSafety.errors', form, ['reason'], t, result, result.data?.cancelFireDrill);
      }}
    >
      <Form.Item
        name="reason"
        label={t('fireSafety.reason')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
