import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { DisciplineKind, ShiftPost } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { recordDisciplineMutation } from '../attendance.operations.js';
import { DISCIPLINE_KINDS, SHIFT_POSTS } from '../attendance-format.js';

interface Values {
  memberId: string;
  kind: DisciplineKind;
  observation: string;
  post?: ShiftPost;
}

const FIELDS = ['memberId', 'kind', 'observation', 'post', 'observedAt'];

/** A violation found on post supervision (SL-10), recorded by hand: reported to the director. */
export function RecordDisciplineForm({
  open,
  officers,
  onClose,
  onDone,
}: {
  open: boolean;
  officers: readonly { id: string; name: string }[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [, record] = useMutation(recordDisciplineMutation);
  return (
    <FormModal<Values>
      open={open}
      title={t('attendance.discipline.record')}
      okText={t('attendance.discipline.record')}
      form={form}
      initialValues={{ kind: 'ABSENT_FROM_POST' }}
      testId="record-discipline-form"
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const res = await record({
          input: { memberId: v.memberId, kind: v.kind, observation: v.observation.trim(), post: v.post ?? null },
        });
        const outcome = outcomeOf(form, FIELDS, t, res, res.data?.recordDiscipline);
        if (outcome.ok) void message.success(t('attendance.discipline.done.record'));
        return outcome;
      }}
    >
      <Form.Item
        name="memberId"
        label={t('attendance.discipline.fields.staff')}
        rules={[{ required: true, message: t('attendance.discipline.validation.staff') }]}
      >
        <Select
          options={officers.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('attendance.discipline.placeholders.staff')}
          data-testid="record-discipline-member"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('attendance.discipline.fields.kind')}
        rules={[{ required: true, message: t('attendance.discipline.validation.kind') }]}
      >
        <Select
          options={DISCIPLINE_KINDS.map((k) => ({ value: k, label: t(`attendance.discipline.kind.${k}`) }))}
          data-testid="record-discipline-kind"
        />
      </Form.Item>
      <Form.Item name="post" label={t('attendance.discipline.fields.post')}>
        <Select
          allowClear
          options={SHIFT_POSTS.map((p) => ({ value: p, label: t(`shifts.post.${p}`) }))}
          placeholder={t('attendance.discipline.placeholders.post')}
        />
      </Form.Item>
      <Form.Item
        name="observation"
        label={t('attendance.discipline.fields.observation')}
        rules={[{ required: true, whitespace: true, message: t('attendance.discipline.validation.observation') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('attendance.discipline.placeholders.observation')}
          data-testid="record-discipline-observation"
        />
      </Form.Item>
    </FormModal>
  );
}
