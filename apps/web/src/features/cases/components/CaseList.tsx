import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseSummaryFragment } from '../../../gql/graphql.js';
import { CaseBadges } from './CaseBadges.js';
import { CaseStatusTag } from './CaseStatusTag.js';
import { DueTime } from './DueTime.js';

interface Props {
  cases: readonly CaseSummaryFragment[];
  loading: boolean;
  compact: boolean;
  now: number;
  /** Cases that just changed (live), shown briefly highlighted. */
  fresh: ReadonlySet<string>;
  emptyText: string;
}

const casePath = (c: CaseSummaryFragment) => `/cases/${encodeURIComponent(c.id)}`;

/** Where the matter is: unit, site, area, as far as recorded. */
export function caseWhere(c: Pick<CaseSummaryFragment, 'site' | 'unit' | 'area'>): string {
  return [c.site?.name, c.unit?.code, c.area].filter(Boolean).join(' · ');
}

/** Who has it now: the holder (and their department when it is not the owning one). */
function Holder({ c }: { c: CaseSummaryFragment }) {
  const { t } = useTranslation();
  if (!c.holder) return <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text>;
  const department = c.holderDepartment ?? c.department;
  return (
    <span>
      {c.holder.name}
      {department.key !== c.department.key && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {' '}
          · {department.name}
        </Typography.Text>
      )}
    </span>
  );
}

/** The queue's rows: a table at a desk, cards on a phone. */
export function CaseList({ cases, loading, compact, now, fresh, emptyText }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const highlight = (c: CaseSummaryFragment) => (fresh.has(c.id) ? { background: '#fffbe6' } : undefined);

  if (compact) {
    if (!loading && cases.length === 0) return <Empty description={emptyText} />;
    return (
      <Flex vertical gap={8} data-testid="case-list">
        {cases.map((c) => (
          <Link key={c.id} to={casePath(c)} data-testid="case-row" data-reference={c.reference} data-status={c.status}>
            <Card
              size="small"
              hoverable
              style={{ ...highlight(c), borderInlineStart: c.overdue ? '3px solid #cf1322' : undefined }}
              styles={{ body: { padding: '10px 12px' } }}
            >
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Text type="secondary" style={{ fontSize: 13, fontVariantNumeric: 'tabular-nums' }}>
                  {c.reference} · {t(`cases.kind.${c.kind}`)}
                </Typography.Text>
                <CaseStatusTag status={c.status} />
              </Flex>
              <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ margin: '4px 0', fontSize: 16 }}>
                {c.title}
              </Typography.Paragraph>
              <CaseBadges c={c} />
              <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6, fontSize: 13 }}>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  <UserOutlined /> <Holder c={c} />
                </Typography.Text>
                <DueTime c={c} now={now} />
              </Flex>
              {caseWhere(c) && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  <EnvironmentOutlined /> {caseWhere(c)}
                </Typography.Text>
              )}
            </Card>
          </Link>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<CaseSummaryFragment> = [
    {
      key: 'reference',
      title: t('cases.fields.reference'),
      width: 170,
      render: (_v, c) => (
        <Link
          to={casePath(c)}
          onClick={(e) => e.stopPropagation()}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {c.reference}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('cases.fields.title'),
      render: (_v, c) => (
        <Flex vertical gap={4}>
          <span>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
              [{t(`cases.kind.${c.kind}`)}]
            </Typography.Text>
            {c.title}
          </span>
          <CaseBadges c={c} />
        </Flex>
      ),
    },
    {
      key: 'where',
      title: t('cases.fields.where'),
      responsive: ['xl'],
      render: (_v, c) => caseWhere(c) || '—',
    },
    {
      key: 'status',
      title: t('cases.fields.status'),
      width: 100,
      render: (_v, c) => <CaseStatusTag status={c.status} testId="case-status" />,
    },
    { key: 'holder', title: t('cases.fields.holder'), width: 170, render: (_v, c) => <Holder c={c} /> },
    {
      key: 'due',
      title: t('cases.fields.due'),
      width: 130,
      render: (_v, c) => <DueTime c={c} now={now} />,
    },
  ];

  return (
    <Table<CaseSummaryFragment>
      data-testid="case-list"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={cases as CaseSummaryFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      rowClassName={(c) => (c.overdue ? 'case-row-overdue' : '')}
      onRow={(c) => ({
        'data-testid': 'case-row',
        'data-reference': c.reference,
        'data-status': c.status,
        style: { cursor: 'pointer', transition: 'background 0.6s', ...highlight(c) },
        onClick: () => navigate(casePath(c)),
      })}
    />
  );
}
