import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input, List, Radio, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { CashDirection } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { cashLedgerQuery, recordCashMovementMutation } from '../handover.operations.js';
import { YUAN_PATTERN } from '../handover-format.js';

interface MovementValues {
  direction: CashDirection;
  amount: string;
  purpose: string;
  receiptNo?: string;
}

/** Recording a top-up or a payment on a running shift the viewer leads (R40). */
export function RecordCashButton({ shiftId, onDone }: { shiftId: string; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<MovementValues>();
  const [, record] = useMutation(recordCashMovementMutation);
  const direction = Form.useWatch('direction', form);
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="cash-record">
        {t('handover.cash.record')}
      </Button>
      <FormModal<MovementValues>
        open={open}
        title={t('handover.cash.record')}
        okText={t('common.save')}
        form={form}
        initialValues={{ direction: 'OUT' }}
        testId="cash-form"
        onClose={() => setOpen(false)}
        onDone={onDone}
        onSubmit={async (v) => {
          const result = await record({
            input: {
              shiftId,
              direction: v.direction,
              amount: v.amount.trim(),
              purpose: v.purpose.trim(),
              receiptNo: v.receiptNo?.trim() || null,
            },
          });
          const outcome = outcomeOf(
            form,
            ['direction', 'amount', 'purpose', 'receiptNo'],
            t,
            result,
            result.data?.recordCashMovement,
          );
          if (outcome.ok) void message.success(t('handover.cash.recorded'));
          return outcome;
        }}
      >
        <Form.Item name="direction" label={t('handover.cash.direction')}>
          <Radio.Group
            optionType="button"
            options={(['OUT', 'IN'] as const).map((d) => ({ value: d, label: t(`handover.cash.dir.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('handover.cash.amount')}
          rules={[
            { required: true, message: t('handover.validation.amountRequired') },
            { pattern: YUAN_PATTERN, message: t('handover.validation.amountFormat') },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" maxLength={12} data-testid="cash-amount" />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('handover.cash.purpose')}
          rules={[{ required: true, whitespace: true, message: t('handover.validation.purposeRequired') }]}
        >
          <Input maxLength={200} data-testid="cash-purpose" />
        </Form.Item>
        <Form.Item
          name="receiptNo"
          label={t('handover.cash.receiptNo')}
          rules={
            direction === 'OUT'
              ? [{ required: true, whitespace: true, message: t('handover.validation.receiptRequired') }]
              : []
          }
        >
          <Input maxLength={50} data-testid="cash-receipt" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** A site's petty cash: the balance every handover counts, and the latest movements (R40). */
export function CashLedger({
  siteCode,
  recordOn,
  first = 8,
  onChanged,
}: {
  siteCode: string;
  /** A running shift the viewer leads: offers recording a movement on it. */
  recordOn?: string | null;
  first?: number;
  onChanged?(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [{ data }, refetch] = useQuery({
    query: cashLedgerQuery,
    variables: { siteCode, first },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged?.();
  };
  const nodes = data?.cashLedger.nodes ?? [];
  return (
    <Flex vertical gap={12} data-testid="cash-ledger">
      <Flex justify="space-between" align="flex-end" gap={12} wrap>
        <Statistic
          title={t('handover.cash.balance')}
          value={data?.cashBalance ?? '—'}
          prefix="¥"
          styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
        />
        {recordOn && <RecordCashButton shiftId={recordOn} onDone={reload} />}
      </Flex>
      {nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.cash.empty')} />
      ) : (
        <List
          size="small"
          dataSource={nodes}
          renderItem={(m) => (
            <List.Item data-testid="cash-movement">
              <Flex justify="space-between" gap={12} style={{ width: '100%' }}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text>{m.purpose}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(m.at, locale)} · {m.recordedBy.name}
                      {m.receiptNo ? ` · ${t('handover.cash.receipt', { no: m.receiptNo })}` : ''}
                    </Typography.Text>
                  </div>
                </div>
                <Typography.Text
                  strong
                  type={m.direction === 'OUT' ? 'danger' : 'success'}
                  style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {m.direction === 'OUT' ? '−' : '+'}¥{m.amount}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
