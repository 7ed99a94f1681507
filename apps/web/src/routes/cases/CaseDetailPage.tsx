import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Grid, Rate, Result, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { caseEventsSubscription, caseQuery } from '../../features/cases/case.operations.js';
import { caseAbilities } from '../../features/cases/case-abilities.js';
import { CaseActions } from '../../features/cases/components/CaseActions.js';
import { CaseBadges } from '../../features/cases/components/CaseBadges.js';
import { CaseCommentBox } from '../../features/cases/components/CaseCommentBox.js';
import { CaseDetails } from '../../features/cases/components/CaseDetails.js';
import { CaseKindDetails } from '../../features/cases/components/CaseKindDetails.js';
import { CaseStatusTag } from '../../features/cases/components/CaseStatusTag.js';
import { CaseTimeline } from '../../features/cases/components/CaseTimeline.js';
import { useEventsMissed } from '../../lib/use-events-missed.js';

/**
 * /cases/:id: one case — what it is, who has it, its timeline — and the steps the viewer may
 * take now. Live: steps others take appear without a reload.
 */
export function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { viewer } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: caseQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  // Each new timeline entry lands in the cache (see app/cache.ts): the page follows by itself.
  const [live] = useSubscription({ query: caseEventsSubscription, variables: { filter: { caseId: id } } });
  useEventsMissed(live.error, () => refetch({ requestPolicy: 'network-only' }));
  const c = data?.case;

  useEffect(() => {
    document.title = `${c?.reference ?? t('cases.title')} · Steward`;
  }, [t, c?.reference]);

  const abilities = c && viewer ? caseAbilities(c, viewer) : null;

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Link to="/cases">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('cases.backToQueue')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {c && abilities ? (
          <Flex vertical gap={16} data-testid="case-page" data-status={c.status} data-reference={c.reference}>
            <Card styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Flex align="center" gap={8} wrap style={{ marginBottom: 4 }}>
                <Typography.Text
                  copyable
                  type="secondary"
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  data-testid="case-reference"
                >
                  {c.reference}
                </Typography.Text>
                <Typography.Text type="secondary">· {t(`cases.kind.${c.kind}`)}</Typography.Text>
              </Flex>
              <Flex align="center" gap={10} wrap style={{ marginBottom: 8 }}>
                <Typography.Title level={compact ? 3 : 2} style={{ margin: 0 }} data-testid="case-title">
                  {c.title}
                </Typography.Title>
                <CaseStatusTag status={c.status} testId="case-status" />
              </Flex>
              <CaseBadges c={c} full />
              {abilities.holding && c.awaitingAcknowledgement && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={t('cases.acknowledgePrompt')}
                  data-testid="acknowledge-prompt"
                />
              )}
              {c.needsEscalation && (
                <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('cases.badges.needsEscalationTip')} />
              )}
              <div style={{ marginTop: 16 }}>
                <CaseActions c={c} abilities={abilities} compact={compact} />
              </div>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={11}>
                <Flex vertical gap={16}>
                  <Card title={t('cases.description')} size="small">
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="case-description">
                      {c.description}
                    </Typography.Paragraph>
                  </Card>
                  {(c.result || c.voidReason || c.status === 'CLOSED') && (
                    <Card title={t('cases.outcome')} size="small" data-testid="case-outcome">
                      {c.result && (
                        <>
                          <Typography.Text type="secondary">{t('cases.fields.result')}</Typography.Text>
                          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-result-text">
                            {c.result}
                          </Typography.Paragraph>
                        </>
                      )}
                      {c.status === 'CLOSED' && (
                        <>
                          <Typography.Text type="secondary">{t('cases.fields.satisfaction')}</Typography.Text>
                          <div style={{ marginBottom: 8 }}>
                            {c.satisfaction ? (
                              <Rate disabled value={c.satisfaction} />
                            ) : (
                              <Typography.Text type="secondary">{t('cases.noSatisfaction')}</Typography.Text>
                            )}
                          </div>
                          {c.feedback && (
                            <>
                              <Typography.Text type="secondary">{t('cases.fields.feedback')}</Typography.Text>
                              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-feedback-text">
                                {c.feedback}
                              </Typography.Paragraph>
                            </>
                          )}
                        </>
                      )}
                      {c.voidReason && (
                        <>
                          <Typography.Text type="secondary">{t('cases.fields.voidReason')}</Typography.Text>
                          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                            {c.voidReason}
                          </Typography.Paragraph>
                        </>
                      )}
                    </Card>
                  )}
                  <CaseKindDetails c={c} editable={abilities.steps.has('updateDetails')} />
                  <Card title={t('cases.details')} size="small">
                    <CaseDetails c={c} columns={compact || screens.lg ? 1 : 2} />
                  </Card>
                </Flex>
              </Col>
              <Col xs={24} lg={13}>
                <Card title={t('cases.timeline')} size="small">
                  <CaseTimeline events={c.timeline} />
                  {abilities.steps.has('comment') && <CaseCommentBox caseId={c.id} />}
                </Card>
              </Col>
            </Row>
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('cases.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
