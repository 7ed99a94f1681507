import { BellOutlined } from '@ant-design/icons';
import { Badge, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { NoticeSummaryFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { noticePath } from '../notice-paths.js';
import { AcknowledgeButton } from './AcknowledgeButton.js';
import { NoticeKindTag } from './NoticeTags.js';

/**
 * “需要我确认”: the notices the viewer must still acknowledge, one line each with the button —
 * short enough to sit above the board without pushing it off a phone's screen.
 */
export function NoticesToAcknowledge({
  notices,
  compact,
}: {
  notices: readonly NoticeSummaryFragment[];
  compact: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (notices.length === 0) return null;
  return (
    <Card
      style={{ marginBottom: 16, background: '#fff7e6', borderColor: '#ffd591' }}
      styles={{ body: { padding: compact ? 12 : 16 } }}
      data-testid="needs-my-acknowledgement"
    >
      <Flex align="center" gap={8}>
        <BellOutlined style={{ color: '#fa8c16', fontSize: 18 }} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notices.needsMyAcknowledgement')}
        </Typography.Title>
        <Badge count={notices.length} style={{ backgroundColor: '#fa8c16' }} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('notices.needsMyAcknowledgementHint')}
      </Typography.Paragraph>
      <List
        dataSource={[...notices]}
        split
        renderItem={(n) => (
          <List.Item key={n.id} data-testid="notice-to-acknowledge" data-title={n.title} style={{ paddingInline: 0 }}>
            <Flex
              gap={compact ? 8 : 16}
              vertical={compact}
              align={compact ? 'stretch' : 'center'}
              justify="space-between"
              style={{ width: '100%' }}
            >
              <div style={{ minWidth: 0 }}>
                <Flex align="center" gap={6} style={{ minWidth: 0 }}>
                  <NoticeKindTag kind={n.kind} />
                  <Link to={noticePath(n.id)} style={{ minWidth: 0 }} data-testid="notice-link">
                    <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
                      {n.title}
                    </Typography.Text>
                  </Link>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {n.audienceLabel} · {formatDateTime(n.publishAt ?? n.issuedAt, locale)}
                  {!!n.expiresAt && ` · ${t('notices.expiresAtShort', { at: formatDateTime(n.expiresAt, locale) })}`}
                </Typography.Text>
              </div>
              <AcknowledgeButton notice={n} block={compact} size={compact ? 'large' : 'middle'} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
