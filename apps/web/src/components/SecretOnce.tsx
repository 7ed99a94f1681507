import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/copy-text.js';

interface Props {
  label: string;
  secret: string;
  warning: string;
  testId: string;
}

/** A secret the server shows this once only: large, copyable, with a warning that it will not come back. */
export function SecretOnce({ label, secret, warning, testId }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <div style={{ background: '#f4f6f9', border: '1px dashed #b8c4d3', borderRadius: 8, padding: '12px 14px' }}>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginBottom: 6 }}>
          {label}
        </Typography.Text>
        <Flex gap={8} align="center" wrap>
          <div
            data-testid={`${testId}-value`}
            style={{
              flex: '1 1 180px',
              minWidth: 0,
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
              fontSize: secret.length > 24 ? 15 : 20,
              letterSpacing: secret.length > 24 ? 0 : 1,
              wordBreak: 'break-all',
              background: '#fff',
              border: '1px solid #e1e6ed',
              borderRadius: 6,
              padding: '6px 10px',
              userSelect: 'all',
            }}
          >
            {secret}
          </div>
          <Button
            icon={copied ? <CheckOutlined /> : <CopyOutlined />}
            onClick={async () => setCopied(await copyText(secret))}
            data-testid={`${testId}-copy`}
          >
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        </Flex>
        {copied === false && (
          <Typography.Text type="danger" style={{ fontSize: 13 }}>
            {t('common.copyFailed')}
          </Typography.Text>
        )}
      </div>
      <Alert type="warning" showIcon title={warning} />
    </Flex>
  );
}
