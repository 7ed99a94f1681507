import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Grid, Result, Row, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { AcknowledgeButton } from '../../features/notices/components/AcknowledgeButton.js';
import { AcknowledgementProgress } from '../../features/notices/components/AcknowledgementProgress.js';
import { NoticeActions } from '../../features/notices/components/NoticeActions.js';
import { NoticeKindTag, NoticeStatusTag } from '../../features/notices/components/NoticeTags.js';
import { noticeQuery } from '../../features/notices/notice.operations.js';
import { formatDateTime } from '../../lib/format.js';

/**
 * /notices/:id: one notice as it reads, with what it asks of the viewer (acknowledge it), what
 * they may do with it (rewrite, issue, withdraw), and — for those who follow it — who has read it.
 */
export function NoticePage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: noticeQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const n = data?.notice;

  useEffect(() => {
    document.title = `${n?.title ?? t('notices.title')} · Steward`;
  }, [t, n?.title]);

  const at = (iso: unknown) => formatDateTime(iso, locale);
  const showProgress = !!n && n.requiresAcknowledgement;

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Link to="/notices">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('notices.backToBoard')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {n ? (
          <Row gutter={[16, 16]} data-testid="notice-page" data-status={n.effectiveStatus} data-reference={n.reference}>
            <Col xs={24} lg={showProgress ? 15 : 24}>
              <Flex vertical gap={16}>
                <Card styles={{ body: { padding: compact ? 16 : 28 } }}>
                  <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
                    <NoticeKindTag kind={n.kind} />
                    <NoticeStatusTag status={n.effectiveStatus} testId="notice-status" />
                    <Typography.Text
                      copyable
                      type="secondary"
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                      data-testid="notice-reference"
                    >
                      {n.reference}
                    </Typography.Text>
                  </Flex>
                  <Typography.Title level={compact ? 3 : 2} style={{ marginTop: 0 }} data-testid="notice-title">
                    {n.title}
                  </Typography.Title>
                  {n.effectiveStatus === 'WITHDRAWN' && (
                    <Alert
                      type="error"
                      showIcon
                      style={{ marginBottom: 16 }}
                      title={t('notices.withdrawnBanner', {
                        name: n.withdrawnByName ?? '',
                        at: at(n.withdrawnAt),
                      })}
                      description={n.withdrawReason}
                      data-testid="withdrawn-banner"
                    />
                  )}
                  {n.effectiveStatus === 'EXPIRED' && (
                    <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('notices.expiredBanner')} />
                  )}
                  {n.effectiveStatus === 'SCHEDULED' && (
                    <Alert
                      type="info"
                      showIcon
                      style={{ marginBottom: 16 }}
                      title={t('notices.scheduledBanner', { at: at(n.publishAt) })}
                    />
                  )}
                  {n.status === 'DRAFT' && (
                    <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('notices.draftBanner')} />
                  )}
                  <Typography.Paragraph
                    style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.8 }}
                    data-testid="notice-body"
                  >
                    {n.body}
                  </Typography.Paragraph>
                  {(n.viewerMustAcknowledge || n.acknowledgedByMe) && (
                    <Card
                      size="small"
                      style={{ background: n.acknowledgedByMe ? '#f6ffed' : '#fff7e6', marginBottom: 16 }}
                      data-testid="my-acknowledgement"
                    >
                      <Flex justify="space-between" align="center" gap={12} wrap vertical={compact}>
                        <Typography.Text>
                          {n.acknowledgedByMe ? t('notices.acknowledgedByMe') : t('notices.pleaseAcknowledge')}
                        </Typography.Text>
                        <AcknowledgeButton notice={n} block={compact} size={compact ? 'large' : 'middle'} />
                      </Flex>
                    </Card>
                  )}
                  <NoticeActions notice={n} compact={compact} />
                </Card>
                <Card title={t('notices.details')} size="small">
                  <Descriptions column={1} size="small" colon={false} labelStyle={{ width: compact ? 96 : 140 }}>
                    <Descriptions.Item label={t('notices.fields.audience')}>
                      <span data-testid="notice-audience-label">{n.audienceLabel}</span>
                    </Descriptions.Item>
                    {n.postedAt && (
                      <Descriptions.Item label={t('notices.fields.postedAt')}>{n.postedAt}</Descriptions.Item>
                    )}
                    <Descriptions.Item label={t('notices.fields.publishAt')}>
                      {n.publishAt ? at(n.publishAt) : t('notices.onIssue')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('notices.fields.expiresAt')}>
                      {n.expiresAt ? at(n.expiresAt) : t('notices.noExpiry')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('notices.fields.department')}>
                      {n.department?.name ?? t('notices.company')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('notices.fields.author')}>
                      {n.authorName} · {at(n.createdAt)}
                    </Descriptions.Item>
                    {n.issuedAt != null && (
                      <Descriptions.Item label={t('notices.fields.issuedBy')}>
                        {n.issuedByName} · {at(n.issuedAt)}
                      </Descriptions.Item>
                    )}
                    <Descriptions.Item label={t('notices.fields.requiresAcknowledgement')}>
                      {n.requiresAcknowledgement ? (
                        n.acknowledgementDepartments.length ? (
                          <Flex gap={4} wrap>
                            {n.acknowledgementDepartments.map((d) => (
                              <Tag key={d.key} style={{ marginInlineEnd: 0 }}>
                                {d.name}
                              </Tag>
                            ))}
                          </Flex>
                        ) : (
                          t('notices.everyone')
                        )
                      ) : (
                        t('notices.noAcknowledgement')
                      )}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
              </Flex>
            </Col>
            {showProgress && (
              <Col xs={24} lg={9}>
                <Card title={t('notices.progressTitle')} size="small">
                  {n.status === 'DRAFT' ? (
                    <Typography.Text type="secondary">
                      {t('notices.audiencePreview', { count: n.audienceSize })}
                    </Typography.Text>
                  ) : (
                    <AcknowledgementProgress noticeId={n.id} />
                  )}
                </Card>
              </Col>
            )}
          </Row>
        ) : (
          <Result status="404" title="404" subTitle={t('notices.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
