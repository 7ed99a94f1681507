import { EnvironmentOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { MeetingSummaryFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { meetingPath } from '../meeting-format.js';
import { MeetingStatusTag } from './MeetingStatusTag.js';

interface Props {
  meetings: readonly MeetingSummaryFragment[];
  loading: boolean;
  compact: boolean;
  emptyText: string;
}

/** When it was held, or is to be. */
const when = (m: MeetingSummaryFragment) => m.heldAt ?? m.scheduledAt;

function Attendance({ m }: { m: MeetingSummaryFragment }) {
  const { t } = useTranslation();
  const total = m.attendees.length;
  if (total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!m.heldAt)
    return (
      <span>
        {t('meetings.fields.invited')} {total}
      </span>
    );
  const present = m.attendees.filter((a) => a.attended).length;
  return <span>{t('meetings.attendance', { present, total })}</span>;
}

/** How many tasks it gave, and how many of those are late. */
export function ActionItemCount({ m }: { m: MeetingSummaryFragment }) {
  const { t } = useTranslation();
  if (m.actionItems.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={6} align="center" wrap>
      <span>{t('meetings.actionItemsSummary', { count: m.actionItems.length })}</span>
      {m.overdueActionItemCount > 0 && (
        <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }} data-testid="meeting-overdue-badge">
          {t('meetings.overdueItems', { count: m.overdueActionItemCount })}
        </Tag>
      )}
    </Flex>
  );
}

/** The meetings list: a table at a desk, cards on a phone. */
export function MeetingList({ meetings, loading, compact, emptyText }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();

  if (compact) {
    if (!loading && meetings.length === 0) return <Empty description={emptyText} />;
    return (
      <Flex vertical gap={8} data-testid="meeting-list">
        {meetings.map((m) => (
          <Link key={m.id} to={meetingPath(m.id)} data-testid="meeting-row" data-status={m.status}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Text strong style={{ minWidth: 0 }} ellipsis>
                  {m.title}
                </Typography.Text>
                <MeetingStatusTag status={m.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`meetings.kind.${m.kind}`)} · {formatDateTime(when(m), locale)}
              </Typography.Text>
              <Flex gap={12} wrap style={{ marginTop: 4, fontSize: 13 }}>
                <span>
                  <UserOutlined /> {m.chair.name}
                </span>
                <span>
                  <TeamOutlined /> <Attendance m={m} />
                </span>
                {m.site && (
                  <span>
                    <EnvironmentOutlined /> {m.site.name}
                  </span>
                )}
              </Flex>
              {m.actionItems.length > 0 && (
                <div style={{ marginTop: 4, fontSize: 13 }}>
                  <ActionItemCount m={m} />
                </div>
              )}
            </Card>
          </Link>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<MeetingSummaryFragment> = [
    {
      title: t('meetings.fields.heldAt'),
      key: 'when',
      width: 170,
      render: (_, m) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {formatDateTime(when(m), locale)}
        </span>
      ),
    },
    {
      title: t('meetings.fields.title'),
      key: 'title',
      render: (_, m) => (
        <Flex vertical>
          <Link to={meetingPath(m.id)} data-testid="meeting-link">
            {m.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(`meetings.kind.${m.kind}`)}
            {m.site ? ` · ${m.site.name}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('meetings.fields.department'), key: 'department', render: (_, m) => m.department.name },
    { title: t('meetings.fields.chair'), key: 'chair', width: 100, render: (_, m) => m.chair.name },
    { title: t('meetings.fields.attendees'), key: 'attendees', width: 120, render: (_, m) => <Attendance m={m} /> },
    {
      title: t('meetings.fields.actionItems'),
      key: 'items',
      width: 150,
      render: (_, m) => <ActionItemCount m={m} />,
    },
    {
      title: t('meetings.fields.status'),
      key: 'status',
      width: 90,
      render: (_, m) => <MeetingStatusTag status={m.status} />,
    },
  ];

  return (
    <Table<MeetingSummaryFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={meetings as MeetingSummaryFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      onRow={(m) => ({
        onClick: (e) => {
          if ((e.target as HTMLElement).closest('a')) return;
          navigate(meetingPath(m.id));
        },
        style: { cursor: 'pointer' },
        'data-testid': 'meeting-row',
        'data-status': m.status,
      })}
      data-testid="meeting-list"
    />
  );
}
