import { EditOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  InputNumber,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { CaseKind, Priority, SlaPoliciesQuery } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { CASE_KINDS } from '../../cases/case-abilities.js';
import { formatMinutes } from '../../cases/case-format.js';
import { setSlaPolicyMutation } from '../sla.operations.js';

type Policy = SlaPoliciesQuery['slaPolicies'][number];

/** Most urgent first: how a manager reads the table. */
export const SLA_PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

interface Props {
  policies: readonly Policy[];
  editable: boolean;
  compact: boolean;
}

/** The deadlines, kind by priority: a grid at a desk, a card per kind on a phone. */
export function SlaTable({ policies, editable, compact }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Policy | null>(null);
  const find = (kind: CaseKind, priority: Priority) => policies.find((p) => p.kind === kind && p.priority === priority);
  const kinds = CASE_KINDS.filter((k) => policies.some((p) => p.kind === k));

  const cell = (kind: CaseKind, priority: Priority) => {
    const p = find(kind, priority);
    if (!p) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Flex justify="space-between" align="center" gap={8} data-testid={`sla-${kind}-${priority}`}>
        <Flex vertical style={{ lineHeight: 1.5 }}>
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('sla.response')}
            </Typography.Text>{' '}
            <span data-testid="sla-response">{formatMinutes(p.responseMinutes, t)}</span>
          </span>
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('sla.resolution')}
            </Typography.Text>{' '}
            <span data-testid="sla-resolution">{formatMinutes(p.resolutionMinutes, t)}</span>
          </span>
        </Flex>
        {editable && (
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('sla.editTitle', {
              kind: t(`cases.kind.${kind}`),
              priority: t(`cases.priority.${priority}`),
            })}
            onClick={() => setEditing(p)}
            data-testid={`sla-edit-${kind}-${priority}`}
          />
        )}
      </Flex>
    );
  };

  const modal = <EditSlaModal policy={editing} onClose={() => setEditing(null)} />;

  if (compact) {
    return (
      <Flex vertical gap={12} data-testid="sla-table">
        {kinds.map((kind) => (
          <Card key={kind} size="small" title={t(`cases.kind.${kind}`)}>
            <Flex vertical gap={10}>
              {SLA_PRIORITIES.map((priority) => (
                <Row key={priority} gutter={8} align="middle">
                  <Col span={7}>
                    <Typography.Text strong>{t(`cases.priority.${priority}`)}</Typography.Text>
                  </Col>
                  <Col span={17}>{cell(kind, priority)}</Col>
                </Row>
              ))}
            </Flex>
          </Card>
        ))}
        {modal}
      </Flex>
    );
  }

  const columns: TableColumnsType<{ kind: CaseKind }> = [
    {
      key: 'kind',
      title: t('cases.fields.kind'),
      width: 150,
      render: (_v, row) => <Typography.Text strong>{t(`cases.kind.${row.kind}`)}</Typography.Text>,
    },
    ...SLA_PRIORITIES.map((priority) => ({
      key: priority,
      title: t(`cases.priority.${priority}`),
      render: (_v: unknown, row: { kind: CaseKind }) => cell(row.kind, priority),
    })),
  ];
  return (
    <>
      <Table
        data-testid="sla-table"
        rowKey="kind"
        columns={columns}
        dataSource={kinds.map((kind) => ({ kind }))}
        pagination={false}
        bordered
        size="middle"
      />
      {modal}
    </>
  );
}

type Unit = 'minutes' | 'hours' | 'days';
const FACTOR: Record<Unit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The largest unit that states the figure exactly. */
function split(minutes: number): { amount: number; unit: Unit } {
  if (minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

interface Values {
  responseAmount: number;
  responseUnit: Unit;
  resolutionAmount: number;
  resolutionUnit: Unit;
}

function EditSlaModal({ policy, onClose }: { policy: Policy | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [, save] = useMutation(setSlaPolicyMutation);
  const response = split(policy?.responseMinutes ?? 60);
  const resolution = split(policy?.resolutionMinutes ?? 1440);
  const units = (['minutes', 'hours', 'days'] as const).map((u) => ({ value: u, label: t(`sla.unitNames.${u}`) }));

  const amount = (name: 'responseAmount' | 'resolutionAmount', unitName: 'responseUnit' | 'resolutionUnit') => (
    <Flex gap={8}>
      <Form.Item name={name} noStyle rules={[{ required: true, message: t('sla.amountRequired') }]}>
        <InputNumber min={1} max={525600} precision={0} style={{ flex: 1 }} data-testid={`sla-${name}`} />
      </Form.Item>
      <Form.Item name={unitName} noStyle>
        <Select options={units} style={{ width: 110 }} data-testid={`sla-${unitName}`} />
      </Form.Item>
    </Flex>
  );

  return (
    <FormModal<Values>
      open={!!policy}
      title={
        policy
          ? t('sla.editTitle', {
              kind: t(`cases.kind.${policy.kind}`),
              priority: t(`cases.priority.${policy.priority}`),
            })
          : ''
      }
      okText={t('common.save')}
      form={form}
      testId="sla-edit-form"
      initialValues={{
        responseAmount: response.amount,
        responseUnit: response.unit,
        resolutionAmount: resolution.amount,
        resolutionUnit: resolution.unit,
      }}
      onClose={onClose}
      onDone={() => void message.success(t('sla.saved'))}
      onSubmit={async (v) => {
        if (!policy) return { ok: false, problem: null };
        const result = await save({
          input: {
            kind: policy.kind,
            priority: policy.priority,
            responseMinutes: v.responseAmount * FACTOR[v.responseUnit],
            resolutionMinutes: v.resolutionAmount * FACTOR[v.resolutionUnit],
          },
        });
        const outcome = outcomeOf(form, [], t, result, result.data?.setSlaPolicy);
        return outcome;
      }}
    >
      <Form.Item label={t('sla.responseLong')} required extra={t('sla.responseHint')}>
        {amount('responseAmount', 'responseUnit')}
      </Form.Item>
      <Form.Item label={t('sla.resolutionLong')} required extra={t('sla.resolutionHint')}>
        {amount('resolutionAmount', 'resolutionUnit')}
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('sla.newCasesOnly')}
      </Typography.Paragraph>
    </FormModal>
  );
}
