import { CheckCircleOutlined, ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { RectificationNoticesQuery } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { ACTIVE_STATUSES } from '../../cases/case-abilities.js';
import { formatRelative } from '../../cases/case-format.js';
import { CaseStatusTag } from '../../cases/components/CaseStatusTag.js';
import { noticePath } from '../inspection-format.js';

export type NoticeRow = RectificationNoticesQuery['cases']['nodes'][number];

const detailsOf = (n: NoticeRow) => (n.details?.__typename === 'RectificationDetails' ? n.details : null);
/** Whom it is addressed to: a department by its name in the reader's language. */
const addresseeOf = (n: NoticeRow) => {
  const d = detailsOf(n);
  return d ? (d.addresseeDepartment?.name ?? d.addresseeName) : null;
};

/** The deadline, relative to now: red once overdue, quiet once the notice has its result. */
export function NoticeDeadline({ n, now }: { n: NoticeRow; now: number }) {
  const { locale } = useLocale();
  const active = ACTIVE_STATUSES.includes(n.status);
  return (
    <Tooltip title={formatDateTime(n.resolutionDueAt, locale)}>
      <Typography.Text
        type={n.overdue ? 'danger' : active ? undefined : 'secondary'}
        strong={n.overdue}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="notice-deadline"
        data-overdue={n.overdue ? 'true' : 'false'}
      >
        <ClockCircleOutlined style={{ marginInlineEnd: 4 }} />
        {active ? formatRelative(n.resolutionDueAt, now, locale) : formatDateTime(n.resolutionDueAt, locale)}
      </Typography.Text>
    </Tooltip>
  );
}

function Flags({ n }: { n: NoticeRow }) {
  const { t } = useTranslation();
  const d = detailsOf(n);
  return (
    <Flex gap={4} wrap>
      <CaseStatusTag status={n.status} />
      {n.overdue && (
        <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }} data-testid="notice-overdue">
          {t('cases.badges.overdue')}
        </Tag>
      )}
      {d?.verified && (
        <Tag color="success" bordered={false} icon={<CheckCircleOutlined />} style={{ marginInlineEnd: 0 }}>
          {t('inspections.notices.verified')}
        </Tag>
      )}
      {d && !d.acknowledgedAt && ACTIVE_STATUSES.includes(n.status) && (
        <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('inspections.notices.notAcknowledged')}
        </Tag>
      )}
    </Flex>
  );
}

/** Rectification notices: a table at a desk, cards on a phone; the deadline first, since it is what is tracked. */
export function NoticeList({
  notices,
  loading,
  compact,
  now,
}: {
  notices: readonly NoticeRow[];
  loading: boolean;
  compact: boolean;
  now: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  if (compact) {
    if (!loading && notices.length === 0) return <Empty description={t('inspections.notices.empty')} />;
    return (
      <Flex vertical gap={8} data-testid="notice-list">
        {notices.map((n) => {
          const d = detailsOf(n);
          return (
            <Link key={n.id} to={noticePath(n.id)} data-testid="notice-row" data-status={n.status}>
              <Card size="small" hoverable>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                  {n.reference}
                </Typography.Text>
                <Typography.Paragraph strong style={{ margin: '2px 0 4px' }}>
                  {n.title}
                </Typography.Paragraph>
                <Flags n={n} />
                <Flex gap={12} wrap style={{ marginTop: 6, fontSize: 13 }}>
                  <NoticeDeadline n={n} now={now} />
                  {d && (
                    <span>
                      <TeamOutlined /> {addresseeOf(n)}
                    </span>
                  )}
                  <span>
                    <EnvironmentOutlined /> {n.site?.name}
                    {d?.area ? ` · ${d.area.name}` : ''}
                  </span>
                </Flex>
              </Card>
            </Link>
          );
        })}
      </Flex>
    );
  }

  const columns: TableColumnsType<NoticeRow> = [
    {
      title: t('inspections.notices.fields.deadline'),
      key: 'deadline',
      width: 130,
      render: (_, n) => <NoticeDeadline n={n} now={now} />,
    },
    {
      title: t('inspections.notices.fields.title'),
      key: 'title',
      render: (_, n) => (
        <Flex vertical>
          <Link to={noticePath(n.id)} data-testid="notice-link">
            {n.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
            {n.reference}
            {detailsOf(n) ? ` · ${t(`inspections.notices.origin.${detailsOf(n)?.origin}`)}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inspections.notices.fields.site'),
      key: 'site',
      width: 170,
      render: (_, n) => (
        <span>
          {n.site?.name}
          {detailsOf(n)?.area ? ` · ${detailsOf(n)?.area?.name}` : ''}
        </span>
      ),
    },
    {
      title: t('inspections.notices.fields.addressee'),
      key: 'addressee',
      width: 170,
      render: (_, n) => addresseeOf(n) ?? '—',
    },
    { title: t('inspections.notices.fields.status'), key: 'status', width: 200, render: (_, n) => <Flags n={n} /> },
  ];

  return (
    <Table<NoticeRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={notices as NoticeRow[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('inspections.notices.empty')} /> }}
      onRow={(n) => ({
        onClick: (e) => {
          if ((e.target as HTMLElement).closest('a')) return;
          navigate(noticePath(n.id));
        },
        style: { cursor: 'pointer' },
        'data-testid': 'notice-row',
        'data-status': n.status,
      })}
      data-testid="notice-list"
    />
  );
}
