import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, InputNumber, List, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { ShiftMaterialsQuery } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import {
  createShiftMaterialMutation,
  shiftMaterialsQuery,
  updateShiftMaterialMutation,
} from '../handover.operations.js';

type Material = ShiftMaterialsQuery['shiftMaterials'][number];

interface MaterialValues {
  name: string;
  unit: string;
  expectedQuantity: number;
  note?: string;
  active: boolean;
}

const FIELDS = ['name', 'unit', 'expectedQuantity', 'note', 'active', 'siteCode'];

function MaterialForm({
  siteCode,
  material,
  open,
  onClose,
  onDone,
}: {
  siteCode: string;
  material: Material | null;
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MaterialValues>();
  const [, create] = useMutation(createShiftMaterialMutation);
  const [, update] = useMutation(updateShiftMaterialMutation);
  return (
    <FormModal<MaterialValues>
      open={open}
      title={t(material ? 'handover.materials.edit' : 'handover.materials.add')}
      okText={t('common.save')}
      form={form}
      testId="material-form"
      initialValues={
        material
          ? { ...material, note: material.note ?? '' }
          : { name: '', unit: '', expectedQuantity: 1, note: '', active: true }
      }
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const common = {
          name: v.name.trim(),
          unit: v.unit.trim(),
          expectedQuantity: v.expectedQuantity,
          note: v.note?.trim() ?? '',
        };
        const result = material
          ? await update({ input: { materialId: material.id, ...common, active: v.active } })
          : await create({ input: { siteCode, ...common, note: common.note || null } });
        const payload =
          result.data &&
          ('updateShiftMaterial' in result.data ? result.data.updateShiftMaterial : result.data.createShiftMaterial);
        const outcome = outcomeOf(form, FIELDS, t, result, payload);
        if (outcome.ok) void message.success(t('handover.materials.saved'));
        return outcome;
      }}
    >
      <Form.Item
        name="name"
        label={t('handover.fields.material')}
        rules={[{ required: true, whitespace: true, message: t('handover.validation.nameRequired') }]}
      >
        <Input maxLength={50} data-testid="material-name" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="unit"
          label={t('handover.materials.unit')}
          rules={[{ required: true, whitespace: true, message: t('handover.validation.unitRequired') }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item
          name="expectedQuantity"
          label={t('handover.fields.expected')}
          rules={[{ required: true, message: t('handover.validation.countFormat') }]}
          style={{ flex: 1 }}
        >
          <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('handover.materials.note')}>
        <Input maxLength={200} />
      </Form.Item>
      {material && (
        <Form.Item name="active" label={t('handover.materials.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** A site's shared materials (R39) with the quantities every handover counts; the director keeps the list. */
export function MaterialsList({ siteCode, canEdit }: { siteCode: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Material | 'new' | null>(null);
  const [{ data }, refetch] = useQuery({
    query: shiftMaterialsQuery,
    variables: { siteCode, includeInactive: canEdit },
    requestPolicy: 'cache-and-network',
  });
  const materials = data?.shiftMaterials ?? [];
  return (
    <Flex vertical gap={12} data-testid="materials">
      {canEdit && (
        <Flex justify="flex-end">
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="material-add">
            {t('handover.materials.add')}
          </Button>
        </Flex>
      )}
      <List
        size="small"
        dataSource={materials}
        locale={{ emptyText: t('handover.materials.empty') }}
        renderItem={(m) => (
          <List.Item
            data-testid="material"
            actions={
              canEdit
                ? [
                    <Button key="edit" type="link" icon={<EditOutlined />} onClick={() => setEditing(m)}>
                      {t('common.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex justify="space-between" gap={12} style={{ width: '100%' }} align="center">
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong delete={!m.active}>
                  {m.name}
                </Typography.Text>
                {!m.active && (
                  <Tag bordered={false} style={{ marginInlineStart: 8 }}>
                    {t('handover.materials.inactive')}
                  </Tag>
                )}
                {m.note && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.note}
                    </Typography.Text>
                  </div>
                )}
              </div>
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>
                {m.expectedQuantity} {m.unit}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <MaterialForm
        siteCode={siteCode}
        material={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onDone={() => refetch({ requestPolicy: 'network-only' })}
      />
    </Flex>
  );
}
