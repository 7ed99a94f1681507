import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { ExternalInspectionFieldsFragment, InspectingBodyType } from '../../../gql/graphql.js';
import { inspectionSitesQuery, recordExternalMutation, updateExternalMutation } from '../inspection.operations.js';
import { inspectionOutcome } from '../inspection-errors.js';
import { BODY_TYPES, externalPath } from '../inspection-format.js';

interface Values {
  siteCode: string;
  bodyType: InspectingBodyType;
  bodyName: string;
  inspectedAt: Dayjs;
  scope?: string;
  findings?: string;
  documentsProvided?: string;
}

const FIELDS = ['siteCode', 'bodyType', 'bodyName', 'inspectedAt', 'scope', 'findings', 'documentsProvided'];

/** Record an external inspection received (R21), or complete the record of one (`existing`). */
export function ExternalInspectionForm({
  open,
  existing,
  onClose,
}: {
  open: boolean;
  existing?: ExternalInspectionFieldsFragment | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [, record] = useMutation(recordExternalMutation);
  const [, update] = useMutation(updateExternalMutation);
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery, pause: !open || !!existing });
  const mine = new Set(sites?.viewer?.staff.sites.map((s) => s.code) ?? []);
  const siteOptions = (sites?.sites ?? [])
    .filter((s) => mine.size === 0 || mine.has(s.code))
    .map((s) => ({ value: s.code, label: s.name }));
  const firstSite = siteOptions[0]?.value;
  useEffect(() => {
    if (open && !existing && firstSite && !form.getFieldValue('siteCode')) form.setFieldValue('siteCode', firstSite);
  }, [open, existing, firstSite, form]);

  return (
    <FormModal<Values>
      open={open}
      title={existing ? t('inspections.external.editTitle') : t('inspections.external.recordTitle')}
      okText={existing ? t('common.save') : t('inspections.external.record')}
      form={form}
      testId="external-form"
      initialValues={
        existing
          ? {
              bodyType: existing.bodyType,
              bodyName: existing.bodyName,
              inspectedAt: dayjs(String(existing.inspectedAt)),
              scope: existing.scope ?? undefined,
              findings: existing.findings ?? undefined,
              documentsProvided: existing.documentsProvided ?? undefined,
            }
          : { bodyType: 'FIRE', inspectedAt: dayjs().minute(0).second(0).millisecond(0) }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const common = {
          bodyType: v.bodyType,
          bodyName: v.bodyName.trim(),
          inspectedAt: v.inspectedAt.toISOString(),
          scope: v.scope?.trim() || null,
          findings: v.findings?.trim() || null,
          documentsProvided: v.documentsProvided?.trim() || null,
        };
        if (existing) {
          const result = await update({ input: { externalInspectionId: existing.id, ...common } });
          return inspectionOutcome(form, FIELDS, t, result, result.data?.updateExternalInspection);
        }
        const result = await record({ input: { siteCode: v.siteCode, ...common } });
        const outcome = inspectionOutcome(form, FIELDS, t, result, result.data?.recordExternalInspection);
        const id = result.data?.recordExternalInspection.externalInspection?.id;
        if (outcome.ok && id) navigate(externalPath(id));
        return outcome;
      }}
    >
      {!existing && (
        <Form.Item name="siteCode" label={t('inspections.external.fields.site')} rules={[{ required: true }]}>
          <Select options={siteOptions} />
        </Form.Item>
      )}
      <Form.Item name="bodyType" label={t('inspections.external.fields.bodyType')} rules={[{ required: true }]}>
        <Select options={BODY_TYPES.map((b) => ({ value: b, label: t(`inspections.external.bodyType.${b}`) }))} />
      </Form.Item>
      <Form.Item
        name="bodyName"
        label={t('inspections.external.fields.bodyName')}
        rules={[{ required: true, whitespace: true, message: t('inspections.errors.bodyName.REQUIRED') }]}
      >
        <Input
          maxLength={100}
          placeholder={t('inspections.external.placeholders.bodyName')}
          data-testid="external-body"
        />
      </Form.Item>
      <Form.Item name="inspectedAt" label={t('inspections.external.fields.inspectedAt')} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="scope" label={t('inspections.external.fields.scope')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('inspections.external.placeholders.scope')} />
      </Form.Item>
      <Form.Item name="findings" label={t('inspections.external.fields.findings')}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('inspections.external.placeholders.findings')} />
      </Form.Item>
      <Form.Item name="documentsProvided" label={t('inspections.external.fields.documentsProvided')}>
        <Input.TextArea
          rows={2}
          maxLength={1000}
          placeholder={t('inspections.external.placeholders.documentsProvided')}
        />
      </Form.Item>
    </FormModal>
  );
}
