import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { InspectionType } from '../../../gql/graphql.js';
import { useSession } from '../../auth/session-context.js';
import { inspectionSitesQuery, planChoicesQuery, planInspectionMutation } from '../inspection.operations.js';
import { inspectionOutcome } from '../inspection-errors.js';
import { INSPECTION_TYPES, inspectionPath } from '../inspection-format.js';

interface Values {
  type: InspectionType;
  siteCode: string;
  scheduledFor: Dayjs;
  inspectorIds: string[];
  areaIds?: string[];
  checklistId?: string;
  scope?: string;
}

const FIELDS = ['type', 'siteCode', 'scheduledFor', 'inspectorIds', 'areaIds', 'checklistId', 'scope'];

/** Tomorrow at nine: when inspections usually begin. */
const tomorrow = () => dayjs().add(1, 'day').hour(9).minute(0).second(0).millisecond(0);

/** Plan a safety inspection at one of the viewer's sites; opens it once planned. */
export function PlanInspectionForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const [form] = Form.useForm<Values>();
  const [, plan] = useMutation(planInspectionMutation);
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery, pause: !open });
  const mine = new Set(sites?.viewer?.staff.sites.map((s) => s.code) ?? []);
  const siteOptions = (sites?.sites ?? [])
    .filter((s) => mine.size === 0 || mine.has(s.code))
    .map((s) => ({ value: s.code, label: s.name }));
  const siteCode = Form.useWatch('siteCode', form);
  const type = Form.useWatch('type', form);
  const [{ data: choices, fetching }] = useQuery({
    query: planChoicesQuery,
    variables: { siteCode: siteCode ?? '' },
    pause: !open || !siteCode,
  });

  // Whoever plans usually inspects: suggest them once the site's people are known.
  useEffect(() => {
    const me = viewer?.staff.id;
    if (!choices || !me) return;
    const chosen = form.getFieldValue('inspectorIds') as string[] | undefined;
    if (!chosen?.length && choices.inspectorChoices.some((s) => s.id === me)) form.setFieldValue('inspectorIds', [me]);
  }, [choices, viewer, form]);

  const firstSite = siteOptions[0]?.value;
  useEffect(() => {
    if (open && firstSite && !form.getFieldValue('siteCode')) form.setFieldValue('siteCode', firstSite);
  }, [open, firstSite, form]);

  return (
    <FormModal<Values>
      open={open}
      title={t('inspections.planTitle')}
      okText={t('inspections.plan')}
      form={form}
      testId="inspection-plan-form"
      initialValues={{ type: 'FIRE', scheduledFor: tomorrow() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await plan({
          input: {
            type: v.type,
            siteCode: v.siteCode,
            scheduledFor: v.scheduledFor.toISOString(),
            inspectorIds: v.inspectorIds ?? [],
            areaIds: v.areaIds ?? [],
            checklistId: v.checklistId ?? null,
            scope: v.scope?.trim() || null,
          },
        });
        const outcome = inspectionOutcome(form, FIELDS, t, result, result.data?.planInspection);
        const id = result.data?.planInspection.inspection?.id;
        if (outcome.ok && id) navigate(inspectionPath(id));
        return outcome;
      }}
    >
      <Form.Item name="type" label={t('inspections.fields.type')} rules={[{ required: true }]}>
        <Select
          options={INSPECTION_TYPES.map((k) => ({ value: k, label: t(`inspections.typeLong.${k}`) }))}
          onChange={() => form.setFieldValue('checklistId', undefined)}
          data-testid="inspection-type"
        />
      </Form.Item>
      <Form.Item name="siteCode" label={t('inspections.fields.site')} rules={[{ required: true }]}>
        <Select
          options={siteOptions}
          onChange={() => form.setFieldsValue({ inspectorIds: [], areaIds: [] })}
          data-testid="inspection-site"
        />
      </Form.Item>
      <Form.Item name="scheduledFor" label={t('inspections.fields.scheduledFor')} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="inspection-scheduled-for"
        />
      </Form.Item>
      <Form.Item name="inspectorIds" label={t('inspections.fields.inspectors')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          loading={fetching}
          showSearch={{ optionFilterProp: 'label' }}
          options={(choices?.inspectorChoices ?? []).map((s) => ({
            value: s.id,
            label: `${s.name} · ${s.position.name}`,
          }))}
          data-testid="inspection-inspectors"
        />
      </Form.Item>
      <Form.Item name="areaIds" label={t('inspections.fields.areas')}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(choices?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          data-testid="inspection-areas"
        />
      </Form.Item>
      <Form.Item name="checklistId" label={t('inspections.fields.checklist')}>
        <Select
          allowClear
          placeholder={t('inspections.checklistDefault')}
          options={(choices?.inspectionChecklists ?? [])
            .filter((c) => c.type === type)
            .map((c) => ({
              value: c.id,
              label: `${c.name}（${t('inspections.checklistRevision', { n: c.revision })}）`,
            }))}
          data-testid="inspection-checklist"
        />
      </Form.Item>
      <Form.Item name="scope" label={t('inspections.fields.scope')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('inspections.placeholders.scope')} />
      </Form.Item>
    </FormModal>
  );
}
