import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Grid, Result, Row, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { ActionItemsTable } from '../../features/meetings/components/ActionItemsTable.js';
import { MeetingActions } from '../../features/meetings/components/MeetingActions.js';
import { MeetingStatusTag } from '../../features/meetings/components/MeetingStatusTag.js';
import { meetingQuery } from '../../features/meetings/meeting.operations.js';
import type { MeetingDetailFragment } from '../../gql/graphql.js';
import { formatDateTime } from '../../lib/format.js';

/** A block of the meeting's own words (review, requirements, minutes), or a quiet "not yet". */
function Text({ value, testId }: { value: string | null | undefined; testId: string }) {
  const { t } = useTranslation();
  if (!value) return <Typography.Text type="secondary">{t('meetings.noneYet')}</Typography.Text>;
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid={testId}>
      {value}
    </Typography.Paragraph>
  );
}

function Attendees({ m }: { m: MeetingDetailFragment }) {
  const { t } = useTranslation();
  if (m.attendees.length === 0) return <Typography.Text type="secondary">{t('meetings.noAttendees')}</Typography.Text>;
  return (
    <Flex gap={6} wrap data-testid="meeting-attendee-list">
      {m.attendees.map((a) => (
        <Tag
          key={a.staff.id}
          color={a.attended === true ? 'green' : a.attended === false ? 'default' : 'blue'}
          bordered={false}
          data-attended={String(a.attended)}
          style={{ marginInlineEnd: 0, textDecoration: a.attended === false ? 'line-through' : undefined }}
          title={
            a.attended === true
              ? t('meetings.attended')
              : a.attended === false
                ? t('meetings.absent')
                : t('meetings.invitedOnly')
          }
        >
          {a.staff.name}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            · {a.staff.position.name}
          </Typography.Text>
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * /meetings/:id: one meeting — when, who came, the review, requirements and minutes — and the
 * tasks it gave, each followed to its result.
 */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: meetingQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const m = data?.meeting;

  useEffect(() => {
    document.title = `${m?.title ?? t('meetings.title')} · Steward`;
  }, [t, m?.title]);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Link to="/meetings">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('meetings.backToList')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {m ? (
          <Flex vertical gap={16} data-testid="meeting-page" data-status={m.status}>
            <Card styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Typography.Text type="secondary">
                {t(`meetings.kind.${m.kind}`)} · {m.department.name}
                {m.site ? ` · ${m.site.name}` : ''}
              </Typography.Text>
              <Flex align="center" gap={10} wrap style={{ margin: '4px 0 12px' }}>
                <Typography.Title level={compact ? 3 : 2} style={{ margin: 0 }} data-testid="meeting-title-text">
                  {m.title}
                </Typography.Title>
                <MeetingStatusTag status={m.status} testId="meeting-status" />
              </Flex>
              <Descriptions
                size="small"
                column={compact ? 1 : 3}
                items={[
                  {
                    key: 'when',
                    label: m.heldAt ? t('meetings.fields.heldAt') : t('meetings.fields.scheduledAt'),
                    children: formatDateTime(m.heldAt ?? m.scheduledAt, locale),
                  },
                  { key: 'chair', label: t('meetings.fields.chair'), children: m.chair.name },
                  { key: 'by', label: t('meetings.fields.createdBy'), children: m.createdBy.name },
                  ...(m.reportedTo
                    ? [
                        {
                          key: 'reported',
                          label: t('meetings.fields.reportedTo'),
                          children: (
                            <span data-testid="meeting-reported-to">
                              {m.reportedTo.name} · {formatDateTime(m.reportedAt, locale)}
                            </span>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {m.status === 'CANCELLED' && (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={`${t('meetings.fields.cancelReason')}${t('common.colon')}${m.cancelReason ?? ''}`}
                />
              )}
              {m.reportNote && (
                <Alert
                  type="success"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={`${t('meetings.fields.reportNote')}${t('common.colon')}${m.reportNote}`}
                />
              )}
              <div style={{ marginTop: 16 }}>
                <MeetingActions m={m} />
              </div>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                <Flex vertical gap={16}>
                  <Card title={m.heldAt ? t('meetings.fields.attendees') : t('meetings.fields.invited')} size="small">
                    <Attendees m={m} />
                    {m.absenteesNote && (
                      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                        {t('meetings.fields.absenteesNote')}
                        {t('common.colon')}
                        {m.absenteesNote}
                      </Typography.Paragraph>
                    )}
                  </Card>
                  {m.agenda && (
                    <Card title={t('meetings.fields.agenda')} size="small">
                      <Text value={m.agenda} testId="meeting-agenda-text" />
                    </Card>
                  )}
                  <Card title={t('meetings.fields.review')} size="small">
                    <Text value={m.review} testId="meeting-review-text" />
                  </Card>
                  <Card title={t('meetings.fields.requirements')} size="small">
                    <Text value={m.requirements} testId="meeting-requirements-text" />
                  </Card>
                </Flex>
              </Col>
              <Col xs={24} lg={14}>
                <Card title={t('meetings.fields.minutes')} size="small" style={{ height: '100%' }}>
                  <Text value={m.minutes} testId="meeting-minutes-text" />
                </Card>
              </Col>
            </Row>
            <Card title={t('meetings.actionItemsTitle')} size="small">
              <ActionItemsTable
                items={m.actionItems}
                compact={compact}
                emptyText={m.status === 'PLANNED' ? t('meetings.actionItemsHeldOnly') : t('meetings.actionItemsEmpty')}
              />
            </Card>
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('meetings.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
