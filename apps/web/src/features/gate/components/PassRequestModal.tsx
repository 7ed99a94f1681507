import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import { useSession } from '../../auth/session-context.js';
import { CustomerLookup, type Picked } from '../../cases/components/CustomerLookup.js';
import { featureOutcome } from '../../places/place-errors.js';
import { todayIn } from '../../rosters/roster-dates.js';
import { gateDepartmentsQuery, requestGoodsPassMutation } from '../gate.operations.js';

interface Values {
  kind: 'unit' | 'department';
  departmentKey?: string;
  siteCode?: string;
  items: { description: string; quantity: number }[];
  carrierName: string;
  carrierPhone?: string;
  plate?: string;
  days: [Dayjs, Dayjs];
  note?: string;
}

const FIELDS = ['departmentKey', 'siteCode', 'items', 'carrierName', 'carrierPhone', 'plate', 'note'];
const AHEAD_DAYS = 30;
const MAX_DAYS = 7;

/**
 * Writes a goods-out pass (物品放行条): whose goods (a unit and its occupant found on file, or a
 * department of ours), each line of goods, who carries them, which days (7 at most).
 */
export function PassRequestModal({
  sites,
  siteCode,
  onClose,
  onDone,
}: {
  sites: { code: string; name: string; timeZone: string }[];
  siteCode: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [{ data: departments }] = useQuery({ query: gateDepartmentsQuery });
  const [, request] = useMutation(requestGoodsPassMutation);
  const onFile = can('customer_file.read');
  const kind = Form.useWatch('kind', form) ?? (onFile ? 'unit' : 'department');
  const zone = sites.find((s) => s.code === siteCode)?.timeZone ?? 'Asia/Shanghai';
  const today = dayjs(todayIn(zone));
  return (
    <FormModal<Values>
      open
      title={t('gate.passes.requestTitle')}
      okText={t('gate.passes.request')}
      form={form}
      testId="pass-request-form"
      initialValues={{
        kind: onFile ? 'unit' : 'department',
        siteCode,
        items: [{ description: '', quantity: 1 }],
        days: [today, today],
      }}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const unit = v.kind === 'unit';
        if (unit && !picked) return { ok: false, problem: t('gate.passes.required_.customer') };
        const result = await request({
          input: {
            ...(unit
              ? { unitId: picked?.unit?.id ?? null, customerId: picked?.customer?.id ?? null, siteCode: null }
              : { departmentKey: v.departmentKey ?? null, siteCode: v.siteCode ?? siteCode }),
            items: v.items.map((i) => ({ description: i.description.trim(), quantity: i.quantity })),
            carrierName: v.carrierName.trim(),
            carrierPhone: v.carrierPhone?.trim() || null,
            plate: v.plate?.trim() || null,
            validFrom: v.days[0].format('YYYY-MM-DD'),
            validUntil: v.days[1].format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        });
        const outcome = featureOutcome('gate.errors', form, FIELDS, t, result, result.data?.requestGoodsPass);
        const number = result.data?.requestGoodsPass.pass?.number;
        if (outcome.ok && number) message.success(t('gate.passes.requestedDone', { number }));
        return outcome;
      }}
    >
      {onFile && (
        <Form.Item name="kind" label={t('gate.passes.fields.for')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['unit', 'department'] as const).map((k) => ({ value: k, label: t(`gate.passes.forKind.${k}`) }))}
            data-testid="pass-for-kind"
          />
        </Form.Item>
      )}
      {kind === 'unit' ? (
        <Form.Item label={t('gate.passes.fields.customer')} required>
          <CustomerLookup value={picked} onChange={setPicked} />
        </Form.Item>
      ) : (
        <Flex gap={8}>
          <Form.Item
            name="departmentKey"
            label={t('gate.passes.fields.department')}
            rules={[{ required: true, message: t('gate.passes.required_.department') }]}
            style={{ flex: 2 }}
          >
            <Select
              options={(departments?.departments ?? []).map((d) => ({ value: d.key, label: d.name }))}
              data-testid="pass-department"
            />
          </Form.Item>
          <Form.Item name="siteCode" label={t('gate.passes.fields.siteCode')} style={{ flex: 1 }}>
            <Select options={sites.map((s) => ({ value: s.code, label: s.name }))} />
          </Form.Item>
        </Flex>
      )}
      <Form.Item label={t('gate.passes.fields.items')} required style={{ marginBottom: 8 }}>
        <Form.List name="items">
          {(lines, { add, remove }) => (
            <Flex vertical gap={8}>
              {lines.map((line) => (
                <Flex key={line.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[line.name, 'description']}
                    rules={[{ required: true, whitespace: true, message: t('gate.passes.required_.description') }]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      maxLength={100}
                      placeholder={t('gate.passes.placeholders.description')}
                      data-testid="pass-item"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[line.name, 'quantity']}
                    rules={[{ required: true, message: t('gate.passes.required_.quantity') }]}
                    style={{ width: 96, marginBottom: 0 }}
                  >
                    <InputNumber
                      min={1}
                      max={9999}
                      precision={0}
                      aria-label={t('gate.passes.fields.quantity')}
                      style={{ width: '100%' }}
                      data-testid="pass-item-quantity"
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('gate.passes.removeItem')}
                    disabled={lines.length === 1}
                    onClick={() => remove(line.name)}
                  />
                </Flex>
              ))}
              {lines.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: '', quantity: 1 })}>
                  {t('gate.passes.addItem')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="carrierName"
        label={t('gate.passes.fields.carrierName')}
        rules={[{ required: true, whitespace: true, message: t('gate.passes.required_.carrierName') }]}
      >
        <Input maxLength={50} placeholder={t('gate.passes.placeholders.carrierName')} data-testid="pass-carrier" />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="carrierPhone" label={t('gate.passes.fields.carrierPhone')} style={{ flex: 1 }}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Form.Item name="plate" label={t('gate.passes.fields.plate')} style={{ flex: 1 }}>
          <Input maxLength={20} placeholder={t('gate.passes.placeholders.plate')} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="days"
        label={`${t('gate.passes.fields.validFrom')} – ${t('gate.passes.fields.validUntil')}`}
        rules={[{ required: true, message: t('gate.passes.required_.validFrom') }]}
      >
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          allowClear={false}
          disabledDate={(d) => d.isBefore(today, 'day') || d.isAfter(today.add(AHEAD_DAYS + MAX_DAYS, 'day'), 'day')}
          data-testid="pass-days"
        />
      </Form.Item>
      <Form.Item name="note" label={t('gate.passes.fields.note')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('gate.passes.placeholders.note')} />
      </Form.Item>
    </FormModal>
  );
}
