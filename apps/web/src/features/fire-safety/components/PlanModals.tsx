import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { EmergencyPlanFieldsFragment, EmergencyPlanType, FireKeyUnitsQuery } from '../../../gql/graphql.js';
import { featureOutcome } from '../../places/place-errors.js';
import {
  createKeyUnitMutation,
  draftEmergencyPlanMutation,
  updateEmergencyPlanDraftMutation,
  updateKeyUnitMutation,
  withdrawEmergencyPlanDraftMutation,
} from '../fire-safety.operations.js';

export type KeyUnitRow = FireKeyUnitsQuery['keyUnits'][number];
const DAY = 'YYYY-MM-DD';

interface UnitValues {
  name: string;
  location: string;
  riskDescription: string;
  areaId?: string | null;
}
const UNIT_FIELDS = ['name', 'location', 'riskDescription', 'areaId'];

/** Record a key protected unit, or change one (`unit` given). */
export function KeyUnitFormModal({
  open,
  siteCode,
  unit,
  areas,
  onClose,
}: {
  open: boolean;
  siteCode: string;
  unit: KeyUnitRow | null;
  areas: { id: string; name: string }[];
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitValues>();
  const [, create] = useMutation(createKeyUnitMutation);
  const [, update] = useMutation(updateKeyUnitMutation);
  return (
    <FormModal<UnitValues>
      open={open}
      title={unit ? t('fireSafety.plans.editUnit') : t('fireSafety.plans.addUnit')}
      okText={t('common.save')}
      form={form}
      testId="fire-unit-form"
      initialValues={
        unit
          ? { name: unit.name, location: unit.location, riskDescription: unit.riskDescription, areaId: unit.area?.id }
          : {}
      }
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const common = { name: v.name.trim(), location: v.location.trim(), riskDescription: v.riskDescription.trim() };
        if (unit) {
          const result = await update({
            input: {
              keyUnitId: unit.id,
              ...common,
              ...(v.areaId ? { areaId: v.areaId } : { clearArea: true }),
            },
          });
          return featureOutcome('fireSafety.errors', form, UNIT_FIELDS, t, result, result.data?.updateKeyUnit);
        }
        const result = await create({ input: { siteCode, ...common, areaId: v.areaId ?? null } });
        return featureOutcome('fireSafety.errors', form, UNIT_FIELDS, t, result, result.data?.createKeyUnit);
      }}
    >
      <Form.Item
        name="name"
        label={t('fireSafety.plans.unitName')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.name') }]}
      >
        <Input maxLength={50} data-testid="fire-unit-name" />
      </Form.Item>
      <Form.Item name="areaId" label={t('fireSafety.area')}>
        <Select allowClear options={areas.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('fireSafety.location')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.location') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="riskDescription"
        label={t('fireSafety.plans.risk')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.risk') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface PlanValues {
  type: EmergencyPlanType;
  title: string;
  content: string;
  effectiveFrom?: Dayjs | null;
  reviewDue?: Dayjs | null;
}
const PLAN_FIELDS = ['type', 'title', 'content', 'effectiveFrom', 'reviewDue'];

/**
 * Draft the next version of a unit's plan (starting from the text in force, if any), or edit a
 * draft (`draft` given).
 */
export function PlanDraftModal({
  open,
  unit,
  type,
  draft,
  base,
  onClose,
}: {
  open: boolean;
  unit: KeyUnitRow | null;
  type: EmergencyPlanType;
  draft: EmergencyPlanFieldsFragment | null;
  base: EmergencyPlanFieldsFragment | null;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanValues>();
  const [, create] = useMutation(draftEmergencyPlanMutation);
  const [, update] = useMutation(updateEmergencyPlanDraftMutation);
  const source = draft ?? base;
  return (
    <FormModal<PlanValues>
      open={open}
      title={draft ? t('fireSafety.plans.editDraft') : t('fireSafety.plans.newVersion', { name: unit?.name ?? '' })}
      okText={t('common.save')}
      form={form}
      testId="fire-plan-form"
      initialValues={{
        type,
        title: source?.title ?? '',
        content: source?.content ?? '',
        effectiveFrom: draft?.effectiveFrom ? dayjs(draft.effectiveFrom) : dayjs(),
        reviewDue: draft?.reviewDue ? dayjs(draft.reviewDue) : dayjs().add(1, 'year').subtract(1, 'day'),
      }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const dates = {
          effectiveFrom: v.effectiveFrom ? v.effectiveFrom.format(DAY) : draft ? '' : null,
          reviewDue: v.reviewDue ? v.reviewDue.format(DAY) : draft ? '' : null,
        };
        if (draft) {
          const result = await update({
            input: { planId: draft.id, title: v.title.trim(), content: v.content, ...dates },
          });
          return featureOutcome(
            'fireSafety.errors',
            form,
            PLAN_FIELDS,
            t,
            result,
            result.data?.updateEmergencyPlanDraft,
          );
        }
        const result = await create({
          input: { keyUnitId: unit?.id ?? '', type: v.type, title: v.title.trim(), content: v.content, ...dates },
        });
        return featureOutcome('fireSafety.errors', form, PLAN_FIELDS, t, result, result.data?.draftEmergencyPlan);
      }}
    >
      <Form.Item name="type" label={t('fireSafety.plans.type')}>
        <Select
          disabled={!!draft}
          options={(['FIRE', 'PUBLIC_SECURITY'] as const).map((k) => ({
            value: k,
            label: t(`fireSafety.planType.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('fireSafety.plans.title')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.title') }]}
      >
        <Input maxLength={100} data-testid="fire-plan-title" />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('fireSafety.plans.content')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.content') }]}
      >
        <Input.TextArea rows={10} maxLength={20000} showCount data-testid="fire-plan-content" />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('fireSafety.plans.effectiveFrom')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="reviewDue" label={t('fireSafety.plans.reviewDue')}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

/** Give up a draft, with the reason. */
export function WithdrawDraftModal({
  draft,
  onClose,
}: {
  draft: EmergencyPlanFieldsFragment | null;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, withdraw] = useMutation(withdrawEmergencyPlanDraftMutation);
  return (
    <FormModal<{ reason: string }>
      open={!!draft}
      title={t('fireSafety.plans.withdrawTitle')}
      okText={t('fireSafety.plans.withdraw')}
      danger
      form={form}
      testId="fire-withdraw-form"
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await withdraw({ input: { planId: draft?.id ?? '', reason: v.reason.trim() } });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ['reason'],
          t,
          result,
          result.data?.withdrawEmergencyPlanDraft,
        );
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
