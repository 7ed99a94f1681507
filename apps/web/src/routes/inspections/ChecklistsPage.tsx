import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../components/FormModal.js';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { InspectionHeader } from '../../features/inspections/components/InspectionTabs.js';
import { InspectionTypeTag } from '../../features/inspections/components/InspectionTags.js';
import {
  createChecklistMutation,
  inspectionChecklistsQuery,
  updateChecklistMutation,
} from '../../features/inspections/inspection.operations.js';
import { inspectionOutcome } from '../../features/inspections/inspection-errors.js';
import { INSPECTION_TYPES } from '../../features/inspections/inspection-format.js';
import type { InspectionChecklistsQuery, InspectionType } from '../../gql/graphql.js';

type Checklist = InspectionChecklistsQuery['inspectionChecklists'][number];
interface Values {
  type: InspectionType;
  name: string;
  items: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** /inspections/checklists: the checklists each type of inspection follows; the director keeps them. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const manage = can('inspection.approve');
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<Checklist | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: inspectionChecklistsQuery,
    variables: { includeRetired: showRetired },
    requestPolicy: 'cache-and-network',
  });
  const [, create] = useMutation(createChecklistMutation);
  const [, update] = useMutation(updateChecklistMutation);

  useEffect(() => {
    document.title = `${t('inspections.checklists.title')} · Steward`;
  }, [t]);

  const lists = data?.inspectionChecklists ?? [];
  const existing = editing && editing !== 'new' ? editing : null;

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <InspectionHeader
        subtitle={t('inspections.checklists.subtitle')}
        action={
          <Flex gap={12} align="center" wrap>
            <Flex gap={6} align="center">
              <Switch size="small" checked={showRetired} onChange={setShowRetired} />
              <Typography.Text type="secondary">{t('inspections.checklists.showRetired')}</Typography.Text>
            </Flex>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('inspections.checklists.add')}
              </Button>
            )}
          </Flex>
        }
      />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {lists.length === 0 ? (
          <Empty />
        ) : (
          <Row gutter={[12, 12]}>
            {lists.map((c) => (
              <Col key={c.id} xs={24} md={12} xl={8}>
                <Card
                  size="small"
                  title={
                    <Flex gap={6} align="center" wrap>
                      <InspectionTypeTag type={c.type} />
                      <span>{c.name}</span>
                      {!c.active && (
                        <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                          {t('inspections.checklists.retired')}
                        </Tag>
                      )}
                    </Flex>
                  }
                  extra={
                    manage && (
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(c)}>
                        {t('inspections.checklists.edit')}
                      </Button>
                    )
                  }
                  data-testid="checklist-card"
                >
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('inspections.checklists.revision', { n: c.revision })} ·{' '}
                    {t('inspections.checklists.itemCount', { count: c.items.length })}
                  </Typography.Text>
                  <ol style={{ paddingInlineStart: 20, margin: '8px 0 0' }}>
                    {c.items.map((item) => (
                      <li key={item} style={{ marginBottom: 2 }}>
                        {item}
                      </li>
                    ))}
                  </ol>
                  {manage && (
                    <Button
                      size="small"
                      style={{ marginTop: 8 }}
                      onClick={() => update({ input: { checklistId: c.id, active: !c.active } })}
                    >
                      {c.active ? t('inspections.checklists.retire') : t('inspections.checklists.restore')}
                    </Button>
                  )}
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <FormModal<Values>
        open={editing !== null}
        title={existing ? t('inspections.checklists.editTitle') : t('inspections.checklists.addTitle')}
        okText={t('common.save')}
        form={form}
        initialValues={
          existing
            ? { type: existing.type, name: existing.name, items: existing.items.join('\n') }
            : { type: 'FIRE' as InspectionType, items: '' }
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (existing) {
            const result = await update({
              input: { checklistId: existing.id, name: v.name.trim(), items: lines(v.items) },
            });
            return inspectionOutcome(form, ['name', 'items'], t, result, result.data?.updateInspectionChecklist);
          }
          const result = await create({ input: { type: v.type, name: v.name.trim(), items: lines(v.items) } });
          const outcome = inspectionOutcome(
            form,
            ['type', 'name', 'items'],
            t,
            result,
            result.data?.createInspectionChecklist,
          );
          if (outcome.ok) refetch({ requestPolicy: 'network-only' });
          return outcome;
        }}
      >
        {!existing && (
          <Form.Item name="type" label={t('inspections.fields.type')} rules={[{ required: true }]}>
            <Select options={INSPECTION_TYPES.map((k) => ({ value: k, label: t(`inspections.typeLong.${k}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('inspections.checklists.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="items"
          label={t('inspections.checklists.items')}
          extra={t('inspections.checklists.itemsHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={10} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
