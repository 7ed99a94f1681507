import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch.js';

/** The frame of the sign-in pages: the brand, the language switch, one card. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '24px 16px',
        background: 'linear-gradient(180deg, #1f4e79 0, #2a6598 240px, #f4f6f9 240px)',
      }}
    >
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 420, marginBottom: 28 }}>
        <Flex align="center" gap={10}>
          <img src="/favicon.svg" alt="" width={36} height={36} style={{ borderRadius: 8, background: '#fff' }} />
          <Flex vertical>
            <Typography.Text strong style={{ color: '#fff', fontSize: 20, lineHeight: 1.2 }}>
              {t('app.name')}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 13 }}>
              {t('app.tagline')}
            </Typography.Text>
          </Flex>
        </Flex>
        <LanguageSwitch />
      </Flex>
      <Card
        style={{ width: '100%', maxWidth: 420, boxShadow: '0 12px 32px rgba(15, 40, 70, 0.16)' }}
        styles={{ body: { padding: '28px 28px 24px' } }}
      >
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 6 : 20 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
            {subtitle}
          </Typography.Paragraph>
        )}
        {children}
      </Card>
    </Flex>
  );
}
