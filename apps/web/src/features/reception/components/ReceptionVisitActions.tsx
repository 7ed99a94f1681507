import { CheckSquareOutlined, FileAddOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { ReceptionVisitRowFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { CASE_CREATE_PERMISSIONS } from '../../cases/case-abilities.js';
import { closeReceptionVisitMutation, voidReceptionVisitMutation } from '../reception.operations.js';

/** Where a case is opened from this visit: the intake page, told which visit to link it to. */
export const openCasePath = (visitId: string) => `/cases/new?reception=${encodeURIComponent(visitId)}`;

/**
 * What can be done with a visit still to be finished: open a case from it, write the outcome and
 * close it, or void an entry made by mistake. Nothing when the viewer may not work on it.
 */
export function ReceptionVisitActions({ visit, compact }: { visit: ReceptionVisitRowFragment; compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const [open, setOpen] = useState<'close' | 'void' | null>(null);
  if (!visit.canHandle) return null;
  const active = visit.status === 'OPEN';
  const mayOpenCase = active && !visit.case && CASE_CREATE_PERMISSIONS.some((p) => can(p));
  const size = compact ? 'middle' : 'small';
  return (
    <>
      <Flex gap={6} wrap data-testid="visit-actions">
        {mayOpenCase && (
          <Button
            size={size}
            icon={<FileAddOutlined />}
            onClick={() => navigate(openCasePath(visit.id))}
            data-testid="visit-open-case"
          >
            {t('reception.actions.openCase')}
          </Button>
        )}
        {active && (
          <Button
            size={size}
            type={visit.case || visit.outcome ? 'primary' : 'default'}
            icon={<CheckSquareOutlined />}
            onClick={() => setOpen('close')}
            data-testid="visit-close"
          >
            {t('reception.actions.close')}
          </Button>
        )}
        <Tooltip title={compact ? undefined : t('reception.actions.void')}>
          <Button
            size={size}
            type="text"
            danger
            icon={<StopOutlined />}
            onClick={() => setOpen('void')}
            data-testid="visit-void"
            aria-label={t('reception.actions.void')}
          >
            {compact ? t('reception.actions.void') : null}
          </Button>
        </Tooltip>
      </Flex>
      <CloseModal visit={visit} open={open === 'close'} onClose={() => setOpen(null)} />
      <VoidModal visit={visit} open={open === 'void'} onClose={() => setOpen(null)} />
    </>
  );
}

interface ModalProps {
  visit: ReceptionVisitRowFragment;
  open: boolean;
  onClose(): void;
}

function CloseModal({ visit, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome?: string }>();
  const [, close] = useMutation(closeReceptionVisitMutation);
  return (
    <FormModal<{ outcome?: string }>
      open={open}
      title={t('reception.closeTitle')}
      okText={t('reception.actions.close')}
      form={form}
      initialValues={{ outcome: visit.outcome ?? '' }}
      testId="visit-close-form"
      onClose={onClose}
      onDone={() => void message.success(t('reception.closed'))}
      onSubmit={async (v) => {
        const result = await close({
          input: { visitId: visit.id, version: visit.version, outcome: v.outcome?.trim() || null },
        });
        return outcomeOf(form, ['outcome'], t, result, result.data?.closeReceptionVisit);
      }}
    >
      <Typography.Paragraph type="secondary">
        {visit.case ? t('reception.closeWithCase', { reference: visit.case.reference }) : t('reception.closeExplained')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 12 }}>{visit.summary}</Typography.Paragraph>
      <Form.Item
        name="outcome"
        label={t('reception.fields.outcome')}
        rules={visit.case ? [] : [{ required: true, whitespace: true, message: t('reception.outcomeRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount autoFocus data-testid="visit-outcome" />
      </Form.Item>
    </FormModal>
  );
}

function VoidModal({ visit, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [, voidVisit] = useMutation(voidReceptionVisitMutation);
  return (
    <FormModal<{ reason: string }>
      open={open}
      danger
      title={t('reception.voidTitle')}
      okText={t('reception.actions.void')}
      form={form}
      testId="visit-void-form"
      onClose={onClose}
      onDone={() => void message.success(t('reception.voided'))}
      onSubmit={async (v) => {
        const result = await voidVisit({ input: { visitId: visit.id, reason: v.reason.trim() } });
        return outcomeOf(form, ['reason'], t, result, result.data?.voidReceptionVisit);
      }}
    >
      <Typography.Paragraph type="secondary">{t('reception.voidExplained')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('reception.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('reception.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus data-testid="visit-void-reason" />
      </Form.Item>
    </FormModal>
  );
}
