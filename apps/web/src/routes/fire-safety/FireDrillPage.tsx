import { ArrowLeftOutlined, CheckOutlined, StopOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Flex,
  Grid,
  List,
  Result,
  Row,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import {
  CancelDrillModal,
  EvaluateDrillModal,
  RecordDrillModal,
} from '../../features/fire-safety/components/DrillModals.js';
import { DrillStatusTag } from '../../features/fire-safety/components/DrillsTab.js';
import { formatSeconds } from '../../features/fire-safety/fire-format.js';
import { fireDrillQuery, setFireDrillFollowUpDoneMutation } from '../../features/fire-safety/fire-safety.operations.js';
import { describeError, describeUserError } from '../../lib/errors.js';
import { formatDate, formatDateTime, formatTime } from '../../lib/format.js';

type Step = 'record' | 'evaluate' | 'cancel';

/**
 * /fire-safety/drills/:id: one fire drill (R30) — its plan and scenario, the timings and who took
 * part once held, the evaluation and its follow-up actions — and the next step it awaits.
 */
export function FireDrillPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [step, setStep] = useState<Step | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireDrillQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [, setDone] = useMutation(setFireDrillFollowUpDoneMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const d = data?.fireDrill;

  useEffect(() => {
    document.title = `${t('fireSafety.drills.title')} · Steward`;
  }, [t]);

  const toggle = async (followUpId: string, done: boolean) => {
    const result = await setDone({ input: { followUpId, done } });
    const payload = result.data?.setFireDrillFollowUpDone;
    if (result.error) return void message.error(describeError(result.error, t));
    if (payload?.userErrors.length) {
      return void message.error(payload.userErrors.map((e) => describeUserError(e, t)).join(' '));
    }
    reload();
  };
  const closed = (done: boolean) => {
    setStep(null);
    if (done) reload();
  };

  return (
    <div style={{ maxWidth: 1080, margin: '0 auto' }}>
      <Link to={d ? `/fire-safety?site=${d.site.code}&tab=drills` : '/fire-safety?tab=drills'}>
        <ArrowLeftOutlined /> {t('fireSafety.drills.back')}
      </Link>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!d ? (
          <Result status="404" title={t('fireSafety.drills.notFound')} />
        ) : (
          <Flex vertical gap={12} style={{ marginTop: 12 }} data-testid="fire-drill-page" data-status={d.status}>
            <Flex justify="space-between" align="flex-start" gap={12} wrap>
              <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Title level={3} style={{ margin: 0 }}>
                    {t('fireSafety.drills.title')} · {d.site.name}
                  </Typography.Title>
                  <DrillStatusTag status={d.status} />
                  {d.rating && <Tag>{t(`fireSafety.rating.${d.rating}`)}</Tag>}
                </Flex>
                <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="fire-drill-scenario-view">
                  {d.scenario}
                </Typography.Paragraph>
              </div>
              {d.viewerMayHandle && (
                <Flex gap={8} wrap>
                  {d.status === 'PLANNED' && (
                    <>
                      <Button type="primary" onClick={() => setStep('record')} data-testid="fire-drill-record">
                        {t('fireSafety.drills.record')}
                      </Button>
                      <Button icon={<StopOutlined />} onClick={() => setStep('cancel')}>
                        {t('fireSafety.drills.cancel')}
                      </Button>
                    </>
                  )}
                  {d.status === 'HELD' && (
                    <Button type="primary" onClick={() => setStep('evaluate')} data-testid="fire-drill-evaluate">
                      {t('fireSafety.drills.evaluate')}
                    </Button>
                  )}
                </Flex>
              )}
            </Flex>
            <Card size="small">
              <Descriptions
                size="small"
                column={screens.md ? 2 : 1}
                items={[
                  {
                    key: 'planned',
                    label: t('fireSafety.drills.plannedFor'),
                    children: formatDateTime(d.plannedFor, locale),
                  },
                  { key: 'organiser', label: t('fireSafety.drills.organiser'), children: d.organiser.name },
                  {
                    key: 'plan',
                    label: t('fireSafety.drills.planExercised'),
                    children: d.plan
                      ? `${d.plan.keyUnit.name} · ${d.plan.title} · ${t('fireSafety.plans.version', { version: d.plan.version })}`
                      : '—',
                  },
                  { key: 'area', label: t('fireSafety.area'), children: d.area?.name ?? '—' },
                  ...(d.cancelReason
                    ? [{ key: 'cancel', label: t('fireSafety.drills.cancelReason'), children: d.cancelReason }]
                    : []),
                ]}
              />
            </Card>
            {d.alarmAt != null && (
              <Card size="small" title={t('fireSafety.drills.timings')} data-testid="fire-drill-timings">
                <Row gutter={[12, 12]}>
                  <Col xs={12} md={6}>
                    <Statistic title={t('fireSafety.drills.alarm')} value={formatTime(d.alarmAt, locale)} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDate(d.alarmAt, locale)}
                    </Typography.Text>
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('fireSafety.drills.assemblyTime')}
                      value={formatSeconds(d.assemblySeconds)}
                      data-testid="fire-drill-assembly"
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('fireSafety.drills.evacuationTime')}
                      value={formatSeconds(d.evacuationSeconds)}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic title={t('fireSafety.drills.duration')} value={formatSeconds(d.durationSeconds)} />
                  </Col>
                </Row>
                <Flex vertical gap={6} style={{ marginTop: 12 }}>
                  <Typography.Text>
                    {t('fireSafety.drills.headcount', {
                      staff: d.participants.length,
                      brigade: d.brigadeCount ?? 0,
                      occupants: d.occupantCount ?? 0,
                    })}
                  </Typography.Text>
                  {d.participants.length > 0 && (
                    <Flex gap={4} wrap>
                      {d.participants.map((p) => (
                        <Tag key={p.id} bordered={false} style={{ marginInlineEnd: 0 }}>
                          {p.name}
                        </Tag>
                      ))}
                    </Flex>
                  )}
                  {d.heldNote && <Typography.Paragraph style={{ margin: 0 }}>{d.heldNote}</Typography.Paragraph>}
                </Flex>
              </Card>
            )}
            {d.evaluation && (
              <Card
                size="small"
                title={t('fireSafety.drills.evaluation')}
                extra={
                  d.evaluatedBy && d.evaluatedAt ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.evaluatedBy.name} · {formatDateTime(d.evaluatedAt, locale)}
                    </Typography.Text>
                  ) : null
                }
              >
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                  data-testid="fire-drill-evaluation-view"
                >
                  {d.evaluation}
                </Typography.Paragraph>
              </Card>
            )}
            {d.status === 'EVALUATED' && (
              <Card
                size="small"
                title={t('fireSafety.drills.followUps')}
                extra={
                  d.openFollowUpCount > 0 ? (
                    <Tag color="orange">{t('fireSafety.drills.openFollowUps', { count: d.openFollowUpCount })}</Tag>
                  ) : (
                    <Tag color="green">{t('fireSafety.drills.allDone')}</Tag>
                  )
                }
              >
                {!d.followUps.length ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fireSafety.drills.noFollowUps')} />
                ) : (
                  <List
                    dataSource={d.followUps}
                    renderItem={(f) => (
                      <List.Item data-testid="fire-follow-up" data-done={f.done}>
                        <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                          <Checkbox
                            checked={f.done}
                            disabled={!d.viewerMayHandle}
                            onChange={(e) => toggle(f.id, e.target.checked)}
                            aria-label={f.description}
                          />
                          <Flex vertical gap={2} style={{ minWidth: 0 }}>
                            <Typography.Text delete={f.done}>{f.description}</Typography.Text>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {f.owner.name}
                              {f.dueOn
                                ? ` · ${t('fireSafety.drills.dueOn', { date: formatDate(f.dueOn, locale) })}`
                                : ''}
                              {f.done && f.doneBy && f.doneAt ? (
                                <>
                                  {' · '}
                                  <CheckOutlined /> {f.doneBy.name} {formatDateTime(f.doneAt, locale)}
                                </>
                              ) : null}
                              {f.doneNote ? ` · ${f.doneNote}` : ''}
                            </Typography.Text>
                          </Flex>
                        </Flex>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            )}
            <RecordDrillModal drill={d} open={step === 'record'} onClose={closed} />
            <EvaluateDrillModal drill={d} open={step === 'evaluate'} onClose={closed} />
            <CancelDrillModal drill={d} open={step === 'cancel'} onClose={closed} />
          </Flex>
        )}
      </QueryState>
    </div>
  );
}
