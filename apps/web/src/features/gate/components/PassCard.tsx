import { CheckOutlined, CloseOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { GoodsPassFieldsFragment } from '../../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { featureOutcome } from '../../places/place-errors.js';
import {
  approveGoodsPassMutation,
  cancelGoodsPassMutation,
  checkOutGoodsPassMutation,
  refuseGoodsPassMutation,
} from '../gate.operations.js';
import { PASS_STATUS_COLOR } from '../gate-format.js';
import { useDefaultGate, useGates } from '../use-gates.js';

type Step = 'checkOut' | 'refuse' | 'cancel';

/** The gate's check of a pass (let out, or refuse with what did not match), or its cancellation. */
function PassStepModal({
  pass,
  step,
  onClose,
  onDone,
}: {
  pass: GoodsPassFieldsFragment;
  step: Step;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ gateId?: string; note?: string; reason?: string }>();
  const gates = useGates(step === 'cancel' ? null : pass.site.code);
  useDefaultGate(form, gates);
  const [, checkOut] = useMutation(checkOutGoodsPassMutation);
  const [, refuse] = useMutation(refuseGoodsPassMutation);
  const [, cancel] = useMutation(cancelGoodsPassMutation);
  const title = {
    checkOut: t('gate.passes.checkOutTitle', { number: pass.number }),
    refuse: t('gate.passes.refuseTitle', { number: pass.number }),
    cancel: t('gate.passes.cancelTitle', { number: pass.number }),
  }[step];
  return (
    <FormModal<{ gateId?: string; note?: string; reason?: string }>
      open
      danger={step !== 'checkOut'}
      title={title}
      okText={t(`gate.passes.${step}`)}
      form={form}
      testId={`pass-${step}-form`}
      initialValues={{ gateId: gates[0]?.id }}
      onClose={onClose}
      onDone={() => {
        message.success(
          t(
            step === 'checkOut'
              ? 'gate.passes.checkedOutDone'
              : step === 'refuse'
                ? 'gate.passes.refusedDone'
                : 'gate.passes.cancelledDone',
          ),
        );
        onDone();
      }}
      onSubmit={async (v) => {
        const fields = ['gateId', 'note', 'reason'];
        if (step === 'checkOut') {
          const result = await checkOut({
            input: { passId: pass.id, gateId: v.gateId ?? null, note: v.note?.trim() || null },
          });
          return featureOutcome('gate.errors', form, fields, t, result, result.data?.checkOutGoodsPass);
        }
        if (step === 'refuse') {
          const result = await refuse({
            input: { passId: pass.id, gateId: v.gateId ?? null, reason: v.reason?.trim() ?? '' },
          });
          return featureOutcome('gate.errors', form, fields, t, result, result.data?.refuseGoodsPass);
        }
        const result = await cancel({ input: { passId: pass.id, reason: v.reason?.trim() ?? '' } });
        return featureOutcome('gate.errors', form, fields, t, result, result.data?.cancelGoodsPass);
      }}
    >
      {step !== 'cancel' && (
        <Typography.Paragraph type="secondary">
          {t(step === 'checkOut' ? 'gate.passes.checkOutHint' : 'gate.passes.refuseHint')}
        </Typography.Paragraph>
      )}
      {step !== 'cancel' && gates.length > 0 && (
        <Form.Item name="gateId" label={t('gate.passes.fields.gate')}>
          <Select size="large" options={gates.map((g) => ({ value: g.id, label: g.name }))} data-testid="pass-gate" />
        </Form.Item>
      )}
      {step === 'checkOut' ? (
        <Form.Item name="note" label={t('gate.passes.fields.checkNote')}>
          <Input
            size="large"
            maxLength={300}
            placeholder={t('gate.passes.placeholders.checkNote')}
            data-testid="pass-note"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="reason"
          label={t('gate.passes.fields.reason')}
          rules={[{ required: true, whitespace: true, message: t('gate.passes.required_.reason') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('gate.passes.placeholders.reason')}
            data-testid="pass-reason"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}

/**
 * A goods-out pass as the gate reads it: its number large, whose goods, every line of goods,
 * who carries them, which days; what happened to it; and the buttons the viewer may press now —
 * big ones at the gate (let out, refuse), approve or cancel at the desk.
 */
export function PassCard({ pass, onChanged }: { pass: GoodsPassFieldsFragment; onChanged(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step | null>(null);
  const [{ fetching: approving }, approve] = useMutation(approveGoodsPassMutation);
  const days =
    pass.validFrom === pass.validUntil
      ? t('gate.passes.validDay', { from: formatDate(pass.validFrom, locale) })
      : t('gate.passes.validDays', {
          from: formatDate(pass.validFrom, locale),
          until: formatDate(pass.validUntil, locale),
        });
  const outcome = () => {
    if (pass.status === 'USED' && pass.checkedAt) {
      return t('gate.passes.checkedOut', {
        time: formatDateTime(pass.checkedAt, locale),
        name: pass.checkedBy?.name ?? '',
        gate: pass.gate ? ` · ${pass.gate.name}` : '',
      });
    }
    if (pass.status === 'REFUSED' && pass.checkedAt) {
      return t('gate.passes.refused', {
        time: formatDateTime(pass.checkedAt, locale),
        name: pass.checkedBy?.name ?? '',
        reason: pass.refuseReason ?? '',
      });
    }
    if (pass.status === 'CANCELLED') return t('gate.passes.cancelled', { reason: pass.cancelReason ?? '' });
    return null;
  };
  const done = outcome();
  return (
    <Card size="small" data-testid="pass" data-number={pass.number} data-status={pass.status}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text
            strong
            style={{ fontSize: 18, fontVariantNumeric: 'tabular-nums' }}
            data-testid="pass-number"
          >
            {pass.number}
          </Typography.Text>
          <Tag color={PASS_STATUS_COLOR[pass.status]} style={{ marginInlineEnd: 0 }} data-testid="pass-status">
            {t(`gate.passes.status.${pass.status}`)}
          </Tag>
        </Flex>
        <div>
          <Typography.Text type="secondary">
            {t('gate.passes.fields.for')}
            {t('common.colon')}
          </Typography.Text>
          <Typography.Text strong>{pass.issuedTo}</Typography.Text>
          <Typography.Text type="secondary"> · {pass.site.name}</Typography.Text>
        </div>
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="pass-items">
          {pass.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a pass never move
            <li key={i}>
              {item.description}{' '}
              <Typography.Text strong>{t('gate.passes.quantity', { count: item.quantity })}</Typography.Text>
            </li>
          ))}
        </ul>
        <Typography.Text>
          {t('gate.passes.fields.carrierName')}
          {t('common.colon')}
          {pass.carrierName}
          {pass.carrierPhone ? ` · ${pass.carrierPhone}` : ''}
          {pass.plate ? ` · ${pass.plate}` : ''}
        </Typography.Text>
        <Typography.Text type={pass.status === 'EXPIRED' ? 'danger' : undefined}>{days}</Typography.Text>
        {pass.note && <Typography.Text type="secondary">{pass.note}</Typography.Text>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('gate.passes.requestedBy', { name: pass.requestedBy.name })}
          {pass.approvedBy ? ` · ${t('gate.passes.approvedBy', { name: pass.approvedBy.name })}` : ''}
        </Typography.Text>
        {done && (
          <Typography.Text type={pass.status === 'REFUSED' ? 'danger' : 'secondary'} data-testid="pass-outcome">
            {done}
          </Typography.Text>
        )}
        {(pass.can.checkOut || pass.can.refuse) && (
          <Flex gap={8}>
            {pass.can.checkOut && (
              <Button
                type="primary"
                size="large"
                icon={<CheckOutlined />}
                style={{ flex: 2 }}
                onClick={() => setStep('checkOut')}
                data-testid="pass-check-out"
              >
                {t('gate.passes.checkOut')}
              </Button>
            )}
            {pass.can.refuse && (
              <Button
                danger
                size="large"
                icon={<StopOutlined />}
                style={{ flex: 1 }}
                onClick={() => setStep('refuse')}
                data-testid="pass-refuse"
              >
                {t('gate.passes.refuse')}
              </Button>
            )}
          </Flex>
        )}
        {(pass.can.approve || pass.can.cancel) && (
          <Flex gap={8} justify="flex-end" wrap>
            {pass.can.cancel && (
              <Button icon={<CloseOutlined />} onClick={() => setStep('cancel')} data-testid="pass-cancel">
                {t('gate.passes.cancel')}
              </Button>
            )}
            {pass.can.approve && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={approving}
                data-testid="pass-approve"
                onClick={async () => {
                  const result = await approve({ input: { passId: pass.id } });
                  const outcome = featureOutcome('gate.errors', null, [], t, result, result.data?.approveGoodsPass);
                  if (outcome.ok) {
                    message.success(t('gate.passes.approvedDone'));
                    onChanged();
                  } else if (outcome.problem) message.error(outcome.problem);
                }}
              >
                {t('gate.passes.approve')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
      {step && <PassStepModal pass={pass} step={step} onClose={() => setStep(null)} onDone={onChanged} />}
    </Card>
  );
}
