import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CaseIntakeForm } from '../../features/cases/components/CaseIntakeForm.js';
import {
  ReceptionOrigin,
  useLinkReceptionVisit,
  useVisitStart,
} from '../../features/reception/components/ReceptionOrigin.js';

/** /cases/new: record a matter as it comes in; then on to its page. */
export function CaseIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  // Opened from a walk-in (`?reception=<visit id>`): the new case is linked to that visit.
  const reception = useSearchParams()[0].get('reception');
  const linkVisit = useLinkReceptionVisit();
  const start = useVisitStart(reception);

  useEffect(() => {
    document.title = `${t('cases.newTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 920, margin: '0 auto' }}>
      <Link to="/cases">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('cases.backToQueue')}
        </Button>
      </Link>
      <Typography.Title level={2} style={{ marginTop: 4, marginBottom: 4 }}>
        {t('cases.newTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.newSubtitle')}</Typography.Paragraph>
      {reception && <ReceptionOrigin visitId={reception} />}
      <Card styles={{ body: { padding: phone ? 16 : 24 } }}>
        {start !== undefined && (
          <CaseIntakeForm
            start={start ?? undefined}
            onCancel={() => navigate('/cases')}
            onDone={async (c) => {
              void message.success(t('cases.opened', { reference: c.reference }));
              if (reception) await linkVisit(reception, c.id);
              navigate(`/cases/${encodeURIComponent(c.id)}`);
            }}
          />
        )}
      </Card>
    </div>
  );
}
