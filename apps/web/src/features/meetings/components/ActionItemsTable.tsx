import { Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { MeetingActionItemFieldsFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { CaseStatusTag } from '../../cases/components/CaseStatusTag.js';

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

function Due({ c }: { c: MeetingActionItemFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text
        type={c.overdue ? 'danger' : undefined}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      >
        {formatDateTime(c.resolutionDueAt, locale)}
      </Typography.Text>
      {c.overdue && (
        <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }} data-testid="action-item-overdue">
          {t('meetings.overdue')}
        </Tag>
      )}
    </Flex>
  );
}

/** The tasks a meeting gave: each links to its case, with who has it, when it is due, and how far it is. */
export function ActionItemsTable({
  items,
  compact,
  emptyText,
}: {
  items: readonly MeetingActionItemFieldsFragment[];
  compact: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;

  if (compact) {
    return (
      <Flex vertical gap={12} data-testid="action-items">
        {items.map((c) => (
          <div
            key={c.id}
            data-testid="action-item"
            data-status={c.status}
            style={{ borderInlineStart: c.overdue ? '3px solid #cf1322' : '3px solid #f0f0f0', paddingInlineStart: 10 }}
          >
            <Flex justify="space-between" gap={8} align="flex-start">
              <Link to={casePath(c.id)} style={{ minWidth: 0 }}>
                <Typography.Text strong>{c.title}</Typography.Text>
              </Link>
              <CaseStatusTag status={c.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {c.reference} · {c.assignee?.name ?? '—'}
            </Typography.Text>
            <div style={{ fontSize: 13 }}>
              <Due c={c} />
            </div>
          </div>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<MeetingActionItemFieldsFragment> = [
    {
      title: t('meetings.task.title'),
      key: 'title',
      render: (_, c) => (
        <Flex vertical>
          <Link to={casePath(c.id)} data-testid="action-item-link">
            {c.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontVariantNumeric: 'tabular-nums' }}>
            {c.reference}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('meetings.task.assignee'), key: 'assignee', width: 120, render: (_, c) => c.assignee?.name ?? '—' },
    { title: t('meetings.task.dueAt'), key: 'due', width: 230, render: (_, c) => <Due c={c} /> },
    {
      title: t('meetings.task.status'),
      key: 'status',
      width: 100,
      render: (_, c) => <CaseStatusTag status={c.status} />,
    },
  ];
  return (
    <Table<MeetingActionItemFieldsFragment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items as MeetingActionItemFieldsFragment[]}
      pagination={false}
      onRow={(c) => ({ 'data-testid': 'action-item', 'data-status': c.status, style: { verticalAlign: 'top' } })}
      data-testid="action-items"
    />
  );
}
