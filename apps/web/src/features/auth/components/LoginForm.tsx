import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ViewerFieldsFragment } from '../../../gql/graphql.js';
import { describeError, describeUserError } from '../../../lib/errors.js';
import { loginMutation } from '../auth.operations.js';

interface Values {
  username: string;
  password: string;
}

/** Username and password; a refusal (wrong details, locked for a while) in the reader's language. */
export function LoginForm({ onSignedIn }: { onSignedIn(viewer: ViewerFieldsFragment): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, login] = useMutation(loginMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setProblem(null);
    const result = await login({ input: { username: values.username.trim(), password: values.password } });
    if (result.error) return setProblem(describeError(result.error, t));
    const payload = result.data?.login;
    if (payload?.viewer && payload.userErrors.length === 0) return onSignedIn(payload.viewer);
    const first = payload?.userErrors[0];
    setProblem(first ? describeUserError(first, t) : t('errors.unknown'));
    form.setFieldValue('password', '');
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} data-testid="login-form">
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input
          size="large"
          prefix={<UserOutlined style={{ color: '#8c98a8' }} />}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          maxLength={100}
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password
          size="large"
          prefix={<LockOutlined style={{ color: '#8c98a8' }} />}
          autoComplete="current-password"
          maxLength={128}
          data-testid="login-password"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 12 }}>
        <Button type="primary" htmlType="submit" size="large" block loading={fetching} data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
      </Form.Item>
    </Form>
  );
}
