import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { PatrolAnomalyKind, Priority, ReportPatrolAnomalyMutation } from '../../../gql/graphql.js';
import { userErrorField } from '../../../lib/errors.js';
import { patrolCheckpointsQuery, reportPatrolAnomalyMutation } from '../patrol.operations.js';
import { patrolErrorText, patrolProblem } from '../patrol-errors.js';

interface Values {
  checkpointId?: string;
  kind: PatrolAnomalyKind;
  title: string;
  description: string;
  priority: Priority;
}

const FIELDS = ['checkpointId', 'kind', 'title', 'description', 'priority'];
const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export type ReportedCase = NonNullable<ReportPatrolAnomalyMutation['reportPatrolAnomaly']['case']>;

/**
 * Something wrong found on patrol (SL-4): damage, soiling, a hazard. One step opens a case (a
 * repair or a complaint) with the place filled in from the checkpoint, recorded as a scan there.
 */
export function ReportAnomalyModal({
  open,
  siteCode,
  at,
  onClose,
  onReported,
}: {
  open: boolean;
  siteCode: string;
  /** The checkpoint, when the patroller is at a known card (the scan page): not chosen again. */
  at?: { code: string; name: string; areaName: string } | null;
  onClose(): void;
  onReported(reported: ReportedCase): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, report] = useMutation(reportPatrolAnomalyMutation);
  const [{ data }] = useQuery({ query: patrolCheckpointsQuery, variables: { siteCode }, pause: !open || !!at });
  const options = useMemo(
    () =>
      (data?.areas ?? [])
        .filter((a) => a.checkpoints.length)
        .map((a) => ({
          label: a.name,
          title: a.name,
          options: a.checkpoints.map((c) => ({ value: c.id, label: `${c.name} · ${a.name}` })),
        })),
    [data],
  );

  return (
    <FormModal<Values>
      open={open}
      title={t('patrols.anomaly.title')}
      okText={t('patrols.anomaly.submit')}
      form={form}
      testId="anomaly-form"
      initialValues={{ kind: 'REPAIR', priority: 'NORMAL' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const where = at ? { code: at.code } : { checkpointId: v.checkpointId ?? null };
        const result = await report({
          input: {
            ...where,
            kind: v.kind,
            title: v.title.trim(),
            description: v.description.trim(),
            priority: v.priority,
          },
        });
        const payload = result.data?.reportPatrolAnomaly;
        if (result.error || !payload) return { ok: false, problem: patrolProblem(t, result, payload) };
        if (payload.case && !payload.userErrors.length) {
          onReported(payload.case);
          return { ok: true, problem: null };
        }
        // Problems with what was written go beside the field; with the place (not on duty there,
        // not in use …) above the form, in the patrol's own words.
        const general: string[] = [];
        const byField = new Map<string, string[]>();
        for (const e of payload.userErrors) {
          const field = userErrorField(e);
          const words = patrolErrorText(e, t);
          if (field && FIELDS.includes(field) && (field !== 'checkpointId' || !at)) {
            byField.set(field, [...(byField.get(field) ?? []), words]);
          } else general.push(words);
        }
        form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof Values, errors })));
        return { ok: false, problem: general.length ? general.join(' ') : null };
      }}
    >
      <Typography.Paragraph type="secondary">{t('patrols.anomaly.intro')}</Typography.Paragraph>
      {at ? (
        <Alert type="info" title={`${at.name} · ${at.areaName}`} style={{ marginBottom: 16 }} />
      ) : (
        <Form.Item
          name="checkpointId"
          label={t('patrols.anomaly.checkpoint')}
          rules={[{ required: true, message: t('patrols.anomaly.required.checkpoint') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            placeholder={t('patrols.chooseCheckpoint')}
            data-testid="anomaly-checkpoint"
          />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('patrols.anomaly.kind')}>
        <Radio.Group data-testid="anomaly-kind">
          <Radio value="REPAIR">{t('patrols.anomaly.kinds.REPAIR')}</Radio>
          <Radio value="COMPLAINT">{t('patrols.anomaly.kinds.COMPLAINT')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="title"
        label={t('patrols.anomaly.titleLabel')}
        rules={[{ required: true, whitespace: true, message: t('patrols.anomaly.required.title') }]}
      >
        <Input maxLength={100} placeholder={t('patrols.anomaly.titlePlaceholder')} data-testid="anomaly-title" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('patrols.anomaly.description')}
        rules={[{ required: true, whitespace: true, message: t('patrols.anomaly.required.description') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('patrols.anomaly.descriptionPlaceholder')}
          data-testid="anomaly-description"
        />
      </Form.Item>
      <Form.Item name="priority" label={t('patrols.anomaly.priority')}>
        <Select
          options={PRIORITIES.map((p) => ({ value: p, label: t(`patrols.priority.${p}`) }))}
          data-testid="anomaly-priority"
        />
      </Form.Item>
    </FormModal>
  );
}
