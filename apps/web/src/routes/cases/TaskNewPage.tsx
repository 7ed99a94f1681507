import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TaskForm } from '../../features/cases/components/TaskForm.js';

/** /cases/new-task: give a task (or record an oral one given to you); then on to its page. */
export function TaskNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;

  useEffect(() => {
    document.title = `${t('cases.task.newTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 820, margin: '0 auto' }}>
      <Link to="/cases">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('cases.backToQueue')}
        </Button>
      </Link>
      <Typography.Title level={2} style={{ marginTop: 4, marginBottom: 4 }}>
        {t('cases.task.newTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.task.newSubtitle')}</Typography.Paragraph>
      <Card styles={{ body: { padding: phone ? 16 : 24 } }}>
        <TaskForm
          onCancel={() => navigate('/cases')}
          onDone={(c) => {
            void message.success(t('cases.opened', { reference: c.reference }));
            navigate(`/cases/${encodeURIComponent(c.id)}`);
          }}
        />
      </Card>
    </div>
  );
}
