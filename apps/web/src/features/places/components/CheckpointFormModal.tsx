import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { AreaFieldsFragment, CheckpointFieldsFragment } from '../../../gql/graphql.js';
import { featureOutcome } from '../place-errors.js';
import { createCheckpointMutation, updateCheckpointMutation } from '../places.operations.js';

interface Values {
  areaId: string;
  name: string;
  locationHint?: string;
}

const FIELDS = ['areaId', 'name', 'locationHint'];

/** Add a checkpoint to an area, or change one (`checkpoint` given: rename, move within the site). */
export function CheckpointFormModal({
  open,
  area,
  areas,
  checkpoint,
  onClose,
  onDone,
}: {
  open: boolean;
  area: AreaFieldsFragment;
  /** The site's active areas, to move a checkpoint to. */
  areas: readonly AreaFieldsFragment[];
  checkpoint: CheckpointFieldsFragment | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(createCheckpointMutation);
  const [, update] = useMutation(updateCheckpointMutation);
  return (
    <FormModal<Values>
      open={open}
      title={checkpoint ? t('places.editCheckpoint') : t('places.addCheckpoint')}
      okText={t('common.save')}
      form={form}
      testId="checkpoint-form"
      initialValues={{ areaId: area.id, name: checkpoint?.name ?? '', locationHint: checkpoint?.locationHint ?? '' }}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        if (checkpoint) {
          const result = await update({
            input: {
              checkpointId: checkpoint.id,
              name: v.name.trim(),
              locationHint: v.locationHint?.trim() ?? '',
              ...(v.areaId !== area.id ? { areaId: v.areaId } : {}),
            },
          });
          return featureOutcome('places.errors', form, FIELDS, t, result, result.data?.updateCheckpoint);
        }
        const result = await create({
          input: { areaId: area.id, name: v.name.trim(), locationHint: v.locationHint?.trim() || null },
        });
        return featureOutcome('places.errors', form, FIELDS, t, result, result.data?.createCheckpoint);
      }}
    >
      <Form.Item name="areaId" label={t('places.fields.area')}>
        <Select
          disabled={!checkpoint}
          options={areas.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))}
          data-testid="checkpoint-area"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('places.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('places.required_.name') }]}
      >
        <Input maxLength={50} data-testid="checkpoint-name" />
      </Form.Item>
      <Form.Item name="locationHint" label={t('places.fields.locationHint')}>
        <Input maxLength={200} placeholder={t('places.placeholders.locationHint')} data-testid="checkpoint-hint" />
      </Form.Item>
    </FormModal>
  );
}
