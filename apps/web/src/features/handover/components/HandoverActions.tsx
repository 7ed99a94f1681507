import { CheckOutlined, ExclamationCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { HandoverDecision, HandoverDetailFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import {
  acceptHandoverMutation,
  disputeHandoverMutation,
  resolveHandoverDisputeMutation,
} from '../handover.operations.js';

type Step = 'accept' | 'dispute' | 'resolve';

/**
 * The incoming side's steps (accept, or dispute with a reason) and the director's (accept on
 * their behalf, settle a dispute): only those the API offers the viewer.
 */
export function HandoverActions({ h, onDone }: { h: HandoverDetailFragment; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Step | null>(null);
  const [acceptForm] = Form.useForm<{ note?: string }>();
  const [disputeForm] = Form.useForm<{ reason: string }>();
  const [resolveForm] = Form.useForm<{ decision: HandoverDecision; note: string }>();
  const [, accept] = useMutation(acceptHandoverMutation);
  const [, dispute] = useMutation(disputeHandoverMutation);
  const [, resolve] = useMutation(resolveHandoverDisputeMutation);
  const steps = h.viewerSteps;
  // The incoming leader may dispute; anyone else offered acceptance is the director, acting for them.
  const onBehalf = steps.includes('ACCEPT') && !steps.includes('DISPUTE');
  if (!steps.some((s) => s === 'ACCEPT' || s === 'DISPUTE' || s === 'RESOLVE')) return null;
  const close = () => setOpen(null);

  return (
    <>
      <Flex gap={8} wrap data-testid="handover-actions">
        {steps.includes('ACCEPT') && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setOpen('accept')}
            data-testid="handover-accept"
          >
            {t(onBehalf ? 'handover.actions.acceptOnBehalf' : 'handover.actions.accept')}
          </Button>
        )}
        {steps.includes('DISPUTE') && (
          <Button
            danger
            icon={<ExclamationCircleOutlined />}
            onClick={() => setOpen('dispute')}
            data-testid="handover-dispute-button"
          >
            {t('handover.actions.dispute')}
          </Button>
        )}
        {steps.includes('RESOLVE') && (
          <Button
            type="primary"
            icon={<SafetyOutlined />}
            onClick={() => setOpen('resolve')}
            data-testid="handover-resolve"
          >
            {t('handover.actions.resolve')}
          </Button>
        )}
      </Flex>
      <FormModal<{ note?: string }>
        open={open === 'accept'}
        title={t(onBehalf ? 'handover.actions.acceptOnBehalf' : 'handover.actions.accept')}
        okText={t('handover.actions.confirmAccept')}
        form={acceptForm}
        testId="handover-accept-form"
        onClose={close}
        onDone={onDone}
        onSubmit={async (v) => {
          const result = await accept({ input: { handoverId: h.id, note: v.note?.trim() || null } });
          const outcome = outcomeOf(acceptForm, ['note'], t, result, result.data?.acceptHandover);
          if (outcome.ok) void message.success(t('handover.done.accepted'));
          return outcome;
        }}
      >
        <p>{t('handover.acceptHint')}</p>
        <Form.Item
          name="note"
          label={t(onBehalf ? 'handover.fields.onBehalfNote' : 'handover.fields.acceptanceNote')}
          rules={onBehalf ? [{ required: true, whitespace: true, message: t('handover.validation.noteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="handover-accept-note" />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={open === 'dispute'}
        title={t('handover.actions.dispute')}
        okText={t('handover.actions.dispute')}
        danger
        form={disputeForm}
        testId="handover-dispute-form"
        onClose={close}
        onDone={onDone}
        onSubmit={async (v) => {
          const result = await dispute({ input: { handoverId: h.id, reason: v.reason.trim() } });
          const outcome = outcomeOf(disputeForm, ['reason'], t, result, result.data?.disputeHandover);
          if (outcome.ok) void message.success(t('handover.done.disputed'));
          return outcome;
        }}
      >
        <p>{t('handover.disputeHint')}</p>
        <Form.Item
          name="reason"
          label={t('handover.fields.disputeReason')}
          rules={[{ required: true, whitespace: true, message: t('handover.validation.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="handover-dispute-reason" />
        </Form.Item>
      </FormModal>
      <FormModal<{ decision: HandoverDecision; note: string }>
        open={open === 'resolve'}
        title={t('handover.actions.resolve')}
        okText={t('common.save')}
        form={resolveForm}
        initialValues={{ decision: 'ACCEPT' }}
        testId="handover-resolve-form"
        onClose={close}
        onDone={onDone}
        onSubmit={async (v) => {
          const result = await resolve({ input: { handoverId: h.id, decision: v.decision, note: v.note.trim() } });
          const outcome = outcomeOf(resolveForm, ['decision', 'note'], t, result, result.data?.resolveHandoverDispute);
          if (outcome.ok) void message.success(t('handover.done.resolved'));
          return outcome;
        }}
      >
        {h.disputeReason && <p>{t('handover.disputeWas', { reason: h.disputeReason })}</p>}
        <Form.Item name="decision" label={t('handover.fields.decision')}>
          <Radio.Group
            optionType="button"
            options={(['ACCEPT', 'RETURN'] as const).map((d) => ({ value: d, label: t(`handover.decision.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('handover.fields.resolutionNote')}
          rules={[{ required: true, whitespace: true, message: t('handover.validation.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="handover-resolve-note" />
        </Form.Item>
      </FormModal>
    </>
  );
}
