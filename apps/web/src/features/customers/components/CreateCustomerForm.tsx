import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  type FormInstance,
  Grid,
  Input,
  Radio,
  Row,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ContactKind, CustomerRole, UserErrorFieldsFragment } from '../../../gql/graphql.js';
import { describeError, describeUserError } from '../../../lib/errors.js';
import { createCustomerMutation } from '../customers.operations.js';
import { ContactKindSelect, notAfterToday, ROLES, RoleSelect } from './CustomerActions.js';
import { UnitSelect } from './RemoteSelects.js';

interface Values {
  name: string;
  kind: CustomerRole;
  contacts: { kind: ContactKind; value: string; primary?: boolean }[];
  idCardLast4?: string;
  note?: string;
  unitId?: string;
  role?: CustomerRole;
  fromDate?: Dayjs;
}

const TOP = ['name', 'kind', 'idCardLast4', 'note'] as const;
const OCCUPANCY: Record<string, keyof Values> = { unitId: 'unitId', role: 'role', fromDate: 'fromDate' };

interface Props {
  /** A unit to put them in, when the form was opened from a unit's page. */
  unit?: { id: string; label: string };
  onDone(customer: { id: string; name: string }): void;
  onCancel(): void;
}

/** Every field of `CreateCustomerInput`: who they are, how to reach them, and their unit if any. */
export function CreateCustomerForm({ unit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const phone = !Grid.useBreakpoint().md;
  const [{ fetching }, create] = useMutation(createCustomerMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);

  /** Each userError beside the field it names (nested ones too); the rest above the form. */
  const place = (errors: readonly UserErrorFieldsFragment[]): string[] => {
    const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const general: string[] = [];
    for (const e of errors) {
      const [, first, second, third] = e.field ?? [];
      let name: (string | number)[] | null = null;
      let own = first;
      if (first === 'contacts' && second !== undefined && third) {
        name = ['contacts', Number(second), third];
        own = third;
      } else if (first === 'occupancy' && second && OCCUPANCY[second]) {
        name = [OCCUPANCY[second] as string];
        own = second;
      } else if (first && (TOP as readonly string[]).includes(first)) name = [first];
      const words = describeUserError({ ...e, field: own ? ['input', own] : null }, t);
      if (!name) general.push(words);
      else {
        const key = name.join('.');
        const entry = fields.get(key) ?? { name, errors: [] };
        entry.errors.push(words);
        fields.set(key, entry);
      }
    }
    // Paths built from the server's answer: antd's typed paths cannot follow them.
    (form as FormInstance).setFields([...fields.values()]);
    return general;
  };

  const submit = async (v: Values) => {
    setProblem(null);
    const contacts = (v.contacts ?? [])
      .filter((c) => c.value?.trim())
      .map((c) => ({ kind: c.kind, value: c.value.trim(), primary: c.primary ?? false }));
    const result = await create({
      input: {
        name: v.name.trim(),
        kind: v.kind,
        idCardLast4: v.idCardLast4?.trim() || null,
        note: v.note?.trim() || null,
        contacts,
        occupancy: v.unitId
          ? { unitId: v.unitId, role: v.role ?? null, fromDate: (v.fromDate ?? dayjs()).format('YYYY-MM-DD') }
          : null,
      },
    });
    if (result.error) return setProblem(describeError(result.error, t));
    const payload = result.data?.createCustomer;
    if (!payload) return setProblem(t('errors.unknown'));
    if (payload.userErrors.length) {
      const general = place(payload.userErrors);
      return setProblem(general.length ? general.join(' ') : t('customers.fixFields'));
    }
    if (payload.customer) onDone(payload.customer);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      size={phone ? 'large' : 'middle'}
      onFinish={submit}
      initialValues={{
        kind: 'OWNER',
        contacts: [{ kind: 'PHONE', value: '' }],
        unitId: unit?.id,
        fromDate: dayjs(),
      }}
      data-testid="create-customer-form"
      autoComplete="off"
    >
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="create-customer-error" />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t('customers.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('customers.nameRequired') }]}
          >
            <Input maxLength={50} data-testid="customer-name-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('customers.fields.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={ROLES.map((r) => ({ value: r, label: t(`customers.roles.${r}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('customers.fields.contacts')}
      </Typography.Text>
      <Form.List name="contacts">
        {(items, { add, remove }) => (
          <>
            {items.map((item, i) => (
              <Flex key={item.key} gap={8} align="flex-start" wrap={phone}>
                <Form.Item name={[item.name, 'kind']} style={{ flex: phone ? '0 0 110px' : '0 0 120px' }}>
                  <ContactKindSelect />
                </Form.Item>
                <Form.Item
                  name={[item.name, 'value']}
                  style={{ flex: '1 1 180px', minWidth: 0 }}
                  rules={i === 0 ? [] : [{ required: true, whitespace: true, message: t('customers.valueRequired') }]}
                >
                  <Input maxLength={100} inputMode={undefined} data-testid={`contact-${i}-value`} />
                </Form.Item>
                {items.length > 1 && (
                  <Form.Item name={[item.name, 'primary']} valuePropName="checked" style={{ flex: '0 0 auto' }}>
                    <Checkbox>{t('customers.makePrimary')}</Checkbox>
                  </Form.Item>
                )}
                {items.length > 1 && (
                  <Button
                    type="text"
                    aria-label={t('customers.removeContact')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(item.name)}
                  />
                )}
              </Flex>
            ))}
            {items.length < 10 && (
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'PHONE', value: '' })}>
                  {t('customers.addAnotherContact')}
                </Button>
              </Form.Item>
            )}
          </>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="idCardLast4" label={t('customers.fields.idCardLast4')} extra={t('customers.idCardHint')}>
            <Input maxLength={4} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="note" label={t('customers.fields.note')}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        {t('customers.firstOccupancy')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('customers.firstOccupancyHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          {/* The section is optional as a whole; within it, a unit needs its date. */}
          <Form.Item name="unitId" label={t('customers.fields.unit')} required>
            <UnitSelect initialLabel={unit?.label} testId="create-customer-unit" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item name="role" label={t('customers.roleOfUnit')} extra={t('customers.roleDefault')}>
            <RoleSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item
            name="fromDate"
            label={t('customers.fields.fromDate')}
            required
            rules={unitId ? [{ required: true, message: t('customers.dateRequired') }] : []}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} disabled={!unitId} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="create-customer-submit">
          {t('customers.create')}
        </Button>
        <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Form.Item>
    </Form>
  );
}
