import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SecretOnce } from '../../components/SecretOnce.js';
import { type Onboarded, OnboardStaffForm } from '../../features/staff/components/OnboardStaffForm.js';

/** /staff/new: onboard a new member of staff; their first password is shown this once. */
export function StaffOnboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const [done, setDone] = useState<Onboarded | null>(null);
  // A fresh form for "onboard another": the key remounts it.
  const [round, setRound] = useState(0);

  useEffect(() => {
    document.title = `${t('staff.onboardTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <Link to="/staff">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('staff.backToDirectory')}
        </Button>
      </Link>
      <Typography.Title level={2} style={{ marginTop: 4, marginBottom: 4 }}>
        {t('staff.onboardTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('staff.onboardSubtitle')}</Typography.Paragraph>
      <Card styles={{ body: { padding: phone ? 16 : 24 } }}>
        {done ? (
          <Result
            status="success"
            style={{ padding: phone ? '8px 0' : '16px 32px' }}
            title={t('staff.onboardedTitle', { name: done.name })}
            subTitle={t('staff.onboardedSubtitle', { username: done.username, employeeNo: done.employeeNo })}
            data-testid="onboard-done"
            extra={
              <Flex vertical gap={16} style={{ maxWidth: 460, margin: '0 auto', textAlign: 'start' }}>
                <SecretOnce
                  testId="temporary-password"
                  label={t('staff.temporaryPassword')}
                  secret={done.temporaryPassword}
                  warning={t('staff.temporaryPasswordWarning')}
                />
                <Flex gap={8} wrap justify="center">
                  <Button
                    type="primary"
                    data-testid="view-record"
                    onClick={() => navigate(`/staff/${encodeURIComponent(done.id)}`)}
                  >
                    {t('staff.viewRecord')}
                  </Button>
                  <Button
                    onClick={() => {
                      setDone(null);
                      setRound((n) => n + 1);
                    }}
                  >
                    {t('staff.onboardAnother')}
                  </Button>
                </Flex>
              </Flex>
            }
          />
        ) : (
          <OnboardStaffForm key={round} onDone={setDone} onCancel={() => navigate('/staff')} />
        )}
      </Card>
    </div>
  );
}
