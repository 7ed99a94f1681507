import { CalendarOutlined, EnvironmentOutlined, PushpinOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { NoticeSummaryFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { noticePath } from '../notice-paths.js';
import { AcknowledgeButton } from './AcknowledgeButton.js';
import { NoticeKindTag, NoticeStatusTag } from './NoticeTags.js';

const meta = { fontSize: 13 } as const;

/**
 * One notice as a readable card: what kind, its title and the start of its text, whom it is
 * for, when it went (or goes) up and until when, where it is posted — and, when it asks the
 * viewer, the “I have read it” button right there.
 */
export function NoticeCard({ notice: n, compact }: { notice: NoticeSummaryFragment; compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const when = n.publishAt ?? n.createdAt;
  const muted = n.effectiveStatus === 'EXPIRED' || n.effectiveStatus === 'WITHDRAWN';
  return (
    <Card
      size="small"
      data-testid="notice-card"
      data-reference={n.reference}
      data-status={n.effectiveStatus}
      data-title={n.title}
      style={{
        borderInlineStart: n.viewerMustAcknowledge ? '4px solid #fa8c16' : undefined,
        opacity: muted ? 0.8 : 1,
      }}
      styles={{ body: { padding: compact ? '12px 12px' : '14px 18px' } }}
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex align="center" gap={6} wrap>
          <NoticeKindTag kind={n.kind} />
          {n.effectiveStatus !== 'ISSUED' && <NoticeStatusTag status={n.effectiveStatus} />}
          <Typography.Text type="secondary" style={{ ...meta, fontVariantNumeric: 'tabular-nums' }}>
            {n.reference}
          </Typography.Text>
        </Flex>
        {n.requiresAcknowledgement && n.status !== 'DRAFT' && (
          <Typography.Text type="secondary" style={meta} data-testid="notice-card-progress">
            <TeamOutlined /> {t('notices.progressShort', { done: n.acknowledgementCount, total: n.audienceSize })}
          </Typography.Text>
        )}
      </Flex>
      <Link to={noticePath(n.id)} data-testid="notice-link">
        <Typography.Title level={compact ? 5 : 4} style={{ margin: '8px 0 4px' }}>
          {n.title}
        </Typography.Title>
      </Link>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
        {n.body.replace(/\s+/g, ' ')}
      </Typography.Paragraph>
      <Flex gap={compact ? 4 : 16} wrap vertical={compact} style={meta}>
        <Typography.Text type="secondary" style={meta}>
          <EnvironmentOutlined /> {n.audienceLabel}
        </Typography.Text>
        <Typography.Text type="secondary" style={meta}>
          <CalendarOutlined />{' '}
          {n.status === 'DRAFT'
            ? t('notices.draftedAt', { at: formatDateTime(n.createdAt, locale) })
            : t(n.effectiveStatus === 'SCHEDULED' ? 'notices.publishesAt' : 'notices.publishedAt', {
                at: formatDateTime(when, locale),
              })}
          {!!n.expiresAt && ` · ${t('notices.expiresAtShort', { at: formatDateTime(n.expiresAt, locale) })}`}
        </Typography.Text>
        {n.postedAt && (
          <Typography.Text type="secondary" style={meta} ellipsis>
            <PushpinOutlined /> {n.postedAt}
          </Typography.Text>
        )}
      </Flex>
      {(n.viewerMustAcknowledge || n.acknowledgedByMe) && (
        <div style={{ marginTop: 10 }}>
          <AcknowledgeButton notice={n} />
        </div>
      )}
    </Card>
  );
}
