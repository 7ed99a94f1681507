import { CheckOutlined, ClockCircleOutlined, RiseOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { DisciplineRecordFieldsFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import {
  correctDisciplineMutation,
  escalateDisciplineMutation,
  voidDisciplineMutation,
} from '../attendance.operations.js';
import { DisciplineStatusTag } from '../attendance-format.js';

type Step = 'correct' | 'escalate' | 'void';

/** A record, and (on the discipline page) the shift it was observed on. */
export type DisciplineRow = DisciplineRecordFieldsFragment & {
  shift?: {
    id: string;
    date: string;
    site: { name: string };
    pattern: { name: string };
    leader: { name: string };
  };
};

const FIELD: Record<Step, 'correction' | 'note' | 'reason'> = {
  correct: 'correction',
  escalate: 'note',
  void: 'reason',
};

/** The one-text form of a step on a record: the correction, why pass it up, why void it. */
function StepForm({
  record,
  step,
  onClose,
  onDone,
}: {
  record: DisciplineRow;
  step: Step | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const [, correct] = useMutation(correctDisciplineMutation);
  const [, escalate] = useMutation(escalateDisciplineMutation);
  const [, voidIt] = useMutation(voidDisciplineMutation);
  const field = step ? FIELD[step] : 'correction';
  return (
    <FormModal<Record<string, string>>
      open={step !== null}
      title={step ? `${t(`attendance.discipline.actions.${step}`)} · ${record.staff.name}` : ''}
      okText={step ? t(`attendance.discipline.actions.${step}`) : ''}
      danger={step === 'void'}
      form={form}
      testId="discipline-step-form"
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (values) => {
        const recordId = record.id;
        const value = (values[field] ?? '').trim();
        const outcome =
          step === 'escalate'
            ? await escalate({ input: { recordId, note: value } }).then((r) =>
                outcomeOf(form, [field], t, r, r.data?.escalateDiscipline),
              )
            : step === 'void'
              ? await voidIt({ input: { recordId, reason: value } }).then((r) =>
                  outcomeOf(form, [field], t, r, r.data?.voidDiscipline),
                )
              : await correct({ input: { recordId, correction: value } }).then((r) =>
                  outcomeOf(form, [field], t, r, r.data?.correctDiscipline),
                );
        if (outcome.ok && step) void message.success(t(`attendance.discipline.done.${step}`));
        return outcome;
      }}
    >
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {t(`attendance.discipline.kind.${record.kind}`)}
        {t('common.colon')}
        {record.observation}
      </Typography.Paragraph>
      <Form.Item
        name={field}
        label={t(`attendance.discipline.fields.${field}`)}
        rules={[{ required: true, whitespace: true, message: t(`attendance.discipline.validation.${field}`) }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={field === 'correction' ? 1000 : 500}
          showCount
          placeholder={t(`attendance.discipline.placeholders.${field}`)}
          data-testid="discipline-step-text"
        />
      </Form.Item>
    </FormModal>
  );
}

function Line({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {children}
    </Typography.Text>
  );
}

/** One record: who, what, when; what became of it; and the steps the viewer may take. */
function RecordCard({ record, onChanged }: { record: DisciplineRow; onChanged(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [step, setStep] = useState<Step | null>(null);
  const open = record.status === 'OPEN' || record.status === 'ESCALATED';
  return (
    <Card size="small" data-testid="discipline-record" data-kind={record.kind} data-status={record.status}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
          <Typography.Text strong>{record.staff.name}</Typography.Text>
          <Tag color={record.kind === 'GROOMING' ? 'purple' : 'magenta'} style={{ marginInlineEnd: 0 }}>
            {t(`attendance.discipline.kind.${record.kind}`)}
          </Tag>
          {record.post && <Tag style={{ marginInlineEnd: 0 }}>{t(`shifts.post.${record.post}`)}</Tag>}
        </Flex>
        <DisciplineStatusTag status={record.status} />
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }} data-testid="discipline-observation">
        {record.observation}
      </Typography.Paragraph>
      <Flex vertical gap={2}>
        <Line>
          <ClockCircleOutlined /> {formatDateTime(record.observedAt, locale)} ·{' '}
          {record.origin === 'MANUAL' ? '' : `${t(`attendance.discipline.origin.${record.origin}`)} · `}
          {t('attendance.discipline.recordedBy', { name: record.recordedBy.name })}
          {record.reportedTo ? ` · ${t('attendance.discipline.reportedTo', { name: record.reportedTo.name })}` : ''}
        </Line>
        {record.shift && (
          <Line>
            {t('attendance.discipline.fields.shift')}
            {t('common.colon')}
            <Link to={`/shifts/${record.shift.id}?tab=briefing`}>
              {formatDate(record.shift.date, locale)} {record.shift.site.name} {record.shift.pattern.name}
            </Link>
          </Line>
        )}
        {!!record.escalatedAt && (
          <Line>
            {t('attendance.discipline.escalated', {
              time: formatDateTime(record.escalatedAt, locale),
              note: record.escalationNote ?? '',
            })}
          </Line>
        )}
        {record.correction && (
          <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="discipline-correction">
            <CheckOutlined />{' '}
            {record.correctedBy
              ? t('attendance.discipline.correctedBy', {
                  name: record.correctedBy.name,
                  time: formatDateTime(record.correctedAt, locale),
                })
              : ''}
            {t('common.colon')}
            {record.correction}
          </Typography.Text>
        )}
        {record.voidReason && <Line>{t('attendance.discipline.voided', { reason: record.voidReason })}</Line>}
      </Flex>
      {record.viewerMayHandle && open && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button
            type="primary"
            size="small"
            icon={<CheckOutlined />}
            onClick={() => setStep('correct')}
            data-testid="discipline-correct"
          >
            {t('attendance.discipline.actions.correct')}
          </Button>
          {record.status === 'OPEN' && (
            <Button
              size="small"
              icon={<RiseOutlined />}
              onClick={() => setStep('escalate')}
              data-testid="discipline-escalate"
            >
              {t('attendance.discipline.actions.escalate')}
            </Button>
          )}
          <Button
            size="small"
            danger
            type="text"
            icon={<StopOutlined />}
            onClick={() => setStep('void')}
            data-testid="discipline-void"
          >
            {t('attendance.discipline.actions.void')}
          </Button>
        </Flex>
      )}
      <StepForm record={record} step={step} onClose={() => setStep(null)} onDone={onChanged} />
    </Card>
  );
}

/** Discipline records as cards (long observations read better than table cells, at a desk or on a phone). */
export function DisciplineList({
  records,
  emptyText,
  onChanged,
}: {
  records: readonly DisciplineRow[];
  emptyText: string;
  onChanged(): void;
}) {
  if (records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Flex vertical gap={8} data-testid="discipline-list">
      {records.map((r) => (
        <RecordCard key={r.id} record={r} onChanged={onChanged} />
      ))}
    </Flex>
  );
}
