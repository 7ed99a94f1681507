import { Alert, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { AreaFieldsFragment, AreaKind } from '../../../gql/graphql.js';
import { featureOutcome } from '../place-errors.js';
import { AREA_KINDS } from '../place-format.js';
import { createAreaMutation, updateAreaMutation } from '../places.operations.js';

interface Values {
  kind: AreaKind;
  nameZh: string;
  nameEn: string;
  note?: string;
  patrolled: boolean;
  minPatrols?: number | null;
}

const FIELDS = ['kind', 'nameZh', 'nameEn', 'note', 'patrolled', 'minPatrols'];

/** Add an area to a site, or change one (`area` given). */
export function AreaFormModal({
  open,
  siteCode,
  area,
  onClose,
  onDone,
}: {
  open: boolean;
  siteCode: string;
  area: AreaFieldsFragment | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(createAreaMutation);
  const [, update] = useMutation(updateAreaMutation);
  return (
    <FormModal<Values>
      open={open}
      title={area ? t('places.editArea') : t('places.addArea')}
      okText={t('common.save')}
      form={form}
      testId="area-form"
      initialValues={
        area
          ? {
              kind: area.kind,
              nameZh: area.nameZh,
              nameEn: area.nameEn,
              note: area.note ?? '',
              patrolled: area.patrolled,
              minPatrols: area.minPatrols ?? null,
            }
          : { kind: 'CORRIDOR', patrolled: true, minPatrols: null }
      }
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const common = {
          kind: v.kind,
          nameZh: v.nameZh.trim(),
          nameEn: v.nameEn.trim(),
          note: v.note?.trim() ?? '',
          patrolled: v.patrolled,
        };
        if (area) {
          const minimum = v.minPatrols == null ? { useDefaultMinimum: true } : { minPatrols: v.minPatrols };
          const result = await update({ input: { areaId: area.id, ...common, ...minimum } });
          return featureOutcome('places.errors', form, FIELDS, t, result, result.data?.updateArea);
        }
        const result = await create({
          input: { siteCode, ...common, note: common.note || null, minPatrols: v.minPatrols ?? null },
        });
        return featureOutcome('places.errors', form, FIELDS, t, result, result.data?.createArea);
      }}
    >
      <Form.Item
        name="kind"
        label={t('places.fields.kind')}
        rules={[{ required: true, message: t('places.required_.kind') }]}
      >
        <Select options={AREA_KINDS.map((k) => ({ value: k, label: t(`places.kind.${k}`) }))} data-testid="area-kind" />
      </Form.Item>
      <Form.Item
        name="nameZh"
        label={t('places.fields.nameZh')}
        rules={[{ required: true, whitespace: true, message: t('places.required_.nameZh') }]}
      >
        <Input maxLength={50} data-testid="area-name-zh" />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('places.fields.nameEn')}
        rules={[{ required: true, whitespace: true, message: t('places.required_.nameEn') }]}
      >
        <Input maxLength={100} data-testid="area-name-en" />
      </Form.Item>
      <Form.Item name="note" label={t('places.fields.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('places.placeholders.note')} />
      </Form.Item>
      <Form.Item name="patrolled" label={t('places.fields.patrolled')} valuePropName="checked">
        <Switch data-testid="area-patrolled" />
      </Form.Item>
      <Form.Item name="minPatrols" label={t('places.fields.minPatrols')}>
        <InputNumber
          min={1}
          max={24}
          precision={0}
          placeholder={t('places.placeholders.minPatrols')}
          style={{ width: '100%' }}
          data-testid="area-min-patrols"
        />
      </Form.Item>
      <Alert type="info" showIcon title={t('places.minimumHint')} />
    </FormModal>
  );
}
