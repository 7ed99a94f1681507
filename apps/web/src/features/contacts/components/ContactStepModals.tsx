import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { DirectoryContactFieldsFragment } from '../../../gql/graphql.js';
import { featureOutcome } from '../../places/place-errors.js';
import { STALE_AFTER_DAYS } from '../contact-format.js';
import { retireContactMutation, verifyContactMutation } from '../contacts.operations.js';

/** Records that the number was checked just now (R23 "last verified"), with how. */
export function VerifyContactModal({
  contact,
  onClose,
  onDone,
}: {
  contact: DirectoryContactFieldsFragment;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const [, verify] = useMutation(verifyContactMutation);
  return (
    <FormModal<{ note?: string }>
      open
      title={t('contacts.verifyTitle', { name: contact.name })}
      okText={t('contacts.verifyOk')}
      form={form}
      testId="contact-verify-form"
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const result = await verify({ input: { contactId: contact.id, note: v.note?.trim() || null } });
        return featureOutcome('contacts.errors', form, ['note'], t, result, result.data?.verifyContact);
      }}
    >
      <Typography.Paragraph type="secondary">
        {t('contacts.verifyHint', { days: STALE_AFTER_DAYS })}
      </Typography.Paragraph>
      <Form.Item name="note" label={t('contacts.fields.verifyNote')}>
        <Input maxLength={200} placeholder={t('contacts.placeholders.verifyNote')} data-testid="contact-verify-note" />
      </Form.Item>
    </FormModal>
  );
}

/** Takes an entry out of use with the reason; it stays on record. */
export function RetireContactModal({
  contact,
  onClose,
  onDone,
}: {
  contact: DirectoryContactFieldsFragment;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, retire] = useMutation(retireContactMutation);
  return (
    <FormModal<{ reason: string }>
      open
      danger
      title={t('contacts.retireTitle', { name: contact.name })}
      okText={t('contacts.retire')}
      form={form}
      testId="contact-retire-form"
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const result = await retire({ input: { contactId: contact.id, reason: v.reason.trim() } });
        return featureOutcome('contacts.errors', form, ['reason'], t, result, result.data?.retireContact);
      }}
    >
      <Typography.Paragraph type="secondary">{t('contacts.retireHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('contacts.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('contacts.required_.reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} placeholder={t('contacts.placeholders.reason')} />
      </Form.Item>
    </FormModal>
  );
}
