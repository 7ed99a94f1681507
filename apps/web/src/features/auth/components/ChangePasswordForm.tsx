import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { describeError } from '../../../lib/errors.js';
import { applyUserErrors } from '../../../lib/form-errors.js';
import { changePasswordMutation } from '../auth.operations.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

interface Props {
  /** After the server accepted the new password. */
  onDone(): void;
  onCancel?: () => void;
  submitLabel?: string;
  size?: 'middle' | 'large';
}

/** Current password, new password twice; the server's objections beside the field they concern. */
export function ChangePasswordForm({ onDone, onCancel, submitLabel, size }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, changePassword] = useMutation(changePasswordMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setProblem(null);
    const result = await changePassword({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (result.error) return setProblem(describeError(result.error, t));
    const payload = result.data?.changePassword;
    if (!payload) return setProblem(t('errors.unknown'));
    if (payload.userErrors.length) {
      const general = applyUserErrors(form, payload.userErrors, t, FIELDS);
      if (general.length) setProblem(general.join(' '));
      return;
    }
    form.resetFields();
    onDone();
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      size={size}
      onFinish={submit}
      data-testid="change-password-form"
      autoComplete="off"
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.currentPasswordRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.passwordRules')}
        rules={[
          { required: true, message: t('auth.newPasswordRequired') },
          { min: 8, message: t('userErrors.WEAK_PASSWORD') },
          { max: 128, message: t('userErrors.TOO_LONG') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || (/\p{L}/u.test(value) && /\d/.test(value))
                ? Promise.resolve()
                : Promise.reject(new Error(t('userErrors.WEAK_PASSWORD'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.confirmPasswordRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={fetching}
          block={!onCancel}
          data-testid="change-password-submit"
        >
          {submitLabel ?? t('auth.changePassword')}
        </Button>
        {onCancel && (
          <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Form.Item>
    </Form>
  );
}
