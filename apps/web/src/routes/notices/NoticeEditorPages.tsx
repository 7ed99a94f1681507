import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { NoticeForm } from '../../features/notices/components/NoticeForm.js';
import { noticeQuery } from '../../features/notices/notice.operations.js';
import { noticePath } from '../../features/notices/notice-paths.js';

function Frame({ title, back, children }: { title: string; back: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  useEffect(() => {
    document.title = `${title} · Steward`;
  }, [title]);
  return (
    <div style={{ maxWidth: 900, margin: '0 auto' }}>
      <Link to={back}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('notices.backToBoard')}
        </Button>
      </Link>
      <Card styles={{ body: { padding: compact ? 16 : 24 } }}>
        <Typography.Title level={compact ? 3 : 2} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  );
}

/** /notices/new: a new draft, issued later by whoever approves notices. */
export function NoticeNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Frame title={t('notices.newTitle')} back="/notices">
      <NoticeForm onDone={(id) => navigate(noticePath(id))} onCancel={() => navigate('/notices')} />
    </Frame>
  );
}

/** /notices/:id/edit: rewriting a draft (issued notices cannot change). */
export function NoticeEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: noticeQuery, variables: { id } });
  const n = data?.notice;
  return (
    <Frame title={t('notices.editTitle')} back={noticePath(id)}>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {!n ? (
          <Result status="404" title="404" subTitle={t('notices.notFound')} />
        ) : !n.viewerCanEdit ? (
          <Alert type="warning" showIcon title={t('notices.cannotEdit')} />
        ) : (
          <NoticeForm
            notice={n}
            onDone={(next) => navigate(noticePath(next))}
            onCancel={() => navigate(noticePath(id))}
          />
        )}
      </QueryState>
    </Frame>
  );
}
