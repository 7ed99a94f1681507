import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { AddresseeType, CaseChannel, RectificationOrigin } from '../../../gql/graphql.js';
import { inspectionSitesQuery, issueNoticeMutation, noticeChoicesQuery } from '../inspection.operations.js';
import { inspectionOutcome } from '../inspection-errors.js';
import { ADDRESSEE_TYPES } from '../inspection-format.js';

interface Values {
  siteCode: string;
  origin: RectificationOrigin;
  title: string;
  description: string;
  areaId?: string;
  addresseeType: AddresseeType;
  addresseeDepartmentKey?: string;
  addresseeName?: string;
  requirement: string;
  dueAt: Dayjs;
}

const FIELDS = [
  'siteCode',
  'origin',
  'title',
  'description',
  'areaId',
  'addresseeType',
  'addresseeDepartmentKey',
  'addresseeName',
  'requirement',
  'dueAt',
];

/** Where a notice comes from: fixed by the page it is issued from, or chosen when issued directly. */
export interface NoticeSource {
  origin: RectificationOrigin;
  sourceId?: string;
  siteCode?: string;
  title?: string;
  description?: string;
  areaId?: string | null;
}

const DIRECT_ORIGINS: RectificationOrigin[] = ['PATROL', 'INCIDENT', 'OTHER'];
const CHANNEL: Record<RectificationOrigin, CaseChannel> = {
  INSPECTION: 'INSPECTION',
  EXTERNAL_INSPECTION: 'INSPECTION',
  PATROL: 'PATROL',
  INCIDENT: 'OTHER',
  OTHER: 'OTHER',
};

/** Three days on, at the end of the working day: a usual deadline for a hazard to be put right. */
const defaultDeadline = () => dayjs().add(3, 'day').hour(18).minute(0).second(0).millisecond(0);

/**
 * Issue a rectification notice (整改通知书, R20) in one step: from a failed inspection item or an
 * external inspection's required action (`source` fixes origin and site), or directly.
 */
export function IssueNoticeForm({
  open,
  source,
  onClose,
  onIssued,
}: {
  open: boolean;
  source: NoticeSource | null;
  onClose(): void;
  onIssued?(c: { id: string; reference: string }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, issue] = useMutation(issueNoticeMutation);
  const fixedSite = source?.siteCode;
  const direct = !source?.sourceId;
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery, pause: !open || !!fixedSite });
  const mine = new Set(sites?.viewer?.staff.sites.map((s) => s.code) ?? []);
  const siteOptions = (sites?.sites ?? [])
    .filter((s) => mine.size === 0 || mine.has(s.code))
    .map((s) => ({ value: s.code, label: s.name }));
  const siteCode = Form.useWatch('siteCode', form) ?? fixedSite;
  const addresseeType = Form.useWatch('addresseeType', form);
  const [{ data: choices }] = useQuery({
    query: noticeChoicesQuery,
    variables: { siteCode: siteCode ?? '' },
    pause: !open || !siteCode,
  });

  const firstSite = siteOptions[0]?.value;
  useEffect(() => {
    if (open && !fixedSite && firstSite && !form.getFieldValue('siteCode')) form.setFieldValue('siteCode', firstSite);
  }, [open, fixedSite, firstSite, form]);

  return (
    <FormModal<Values>
      open={open}
      title={t('inspections.notices.issueTitle')}
      okText={t('inspections.notices.issue')}
      form={form}
      testId="notice-issue-form"
      initialValues={{
        siteCode: fixedSite,
        origin: source?.origin ?? 'OTHER',
        title: source?.title?.slice(0, 100),
        description: source?.description?.slice(0, 2000),
        areaId: source?.areaId ?? undefined,
        addresseeType: 'DEPARTMENT',
        dueAt: defaultDeadline(),
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const origin = source?.sourceId ? source.origin : v.origin;
        const result = await issue({
          input: {
            kind: 'RECTIFICATION',
            channel: CHANNEL[origin],
            title: v.title.trim(),
            description: v.description.trim(),
            reportedByMe: true,
            siteCode: fixedSite ?? v.siteCode,
            dueAt: v.dueAt.toISOString(),
            rectification: {
              origin,
              sourceId: source?.sourceId ?? null,
              areaId: v.areaId ?? null,
              addresseeType: v.addresseeType,
              addresseeDepartmentKey: v.addresseeType === 'DEPARTMENT' ? (v.addresseeDepartmentKey ?? null) : null,
              addresseeName: v.addresseeType === 'DEPARTMENT' ? null : v.addresseeName?.trim() || null,
              requirement: v.requirement.trim(),
            },
          },
        });
        const outcome = inspectionOutcome(form, FIELDS, t, result, result.data?.openCase);
        const c = result.data?.openCase.case;
        if (outcome.ok && c) onIssued?.(c);
        return outcome;
      }}
    >
      {!fixedSite && (
        <Form.Item name="siteCode" label={t('inspections.notices.fields.site')} rules={[{ required: true }]}>
          <Select options={siteOptions} onChange={() => form.setFieldValue('areaId', undefined)} />
        </Form.Item>
      )}
      {direct && (
        <Form.Item name="origin" label={t('inspections.notices.fields.origin')} rules={[{ required: true }]}>
          <Select
            options={DIRECT_ORIGINS.map((o) => ({ value: o, label: t(`inspections.notices.origin.${o}`) }))}
            data-testid="notice-origin"
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('inspections.notices.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('inspections.errors.note.REQUIRED') }]}
      >
        <Input maxLength={100} placeholder={t('inspections.notices.placeholders.title')} data-testid="notice-title" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('inspections.notices.fields.description')}
        rules={[{ required: true, whitespace: true, message: t('inspections.errors.note.REQUIRED') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder={t('inspections.notices.placeholders.description')}
          data-testid="notice-description"
        />
      </Form.Item>
      <Form.Item name="areaId" label={t('inspections.notices.fields.area')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(choices?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          data-testid="notice-area"
        />
      </Form.Item>
      <Form.Item
        name="addresseeType"
        label={t('inspections.notices.fields.addresseeType')}
        rules={[{ required: true }]}
      >
        <Radio.Group
          options={ADDRESSEE_TYPES.map((a) => ({ value: a, label: t(`inspections.notices.addresseeType.${a}`) }))}
          data-testid="notice-addressee-type"
        />
      </Form.Item>
      {addresseeType === 'DEPARTMENT' ? (
        <Form.Item
          name="addresseeDepartmentKey"
          label={t('inspections.notices.fields.department')}
          rules={[{ required: true, message: t('inspections.errors.addresseeDepartmentKey.REQUIRED') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(choices?.departments ?? []).map((d) => ({ value: d.key, label: d.name }))}
            data-testid="notice-department"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="addresseeName"
          label={t('inspections.notices.fields.addresseeName')}
          rules={[{ required: true, whitespace: true, message: t('inspections.errors.addresseeName.REQUIRED') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('inspections.notices.placeholders.addresseeName')}
            data-testid="notice-addressee-name"
          />
        </Form.Item>
      )}
      <Form.Item
        name="requirement"
        label={t('inspections.notices.fields.requirement')}
        rules={[{ required: true, whitespace: true, message: t('inspections.errors.requirement.REQUIRED') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={1000}
          placeholder={t('inspections.notices.placeholders.requirement')}
          data-testid="notice-requirement"
        />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('inspections.notices.fields.deadline')}
        rules={[{ required: true, message: t('inspections.errors.dueAt.REQUIRED') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 30 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="notice-deadline"
        />
      </Form.Item>
    </FormModal>
  );
}
