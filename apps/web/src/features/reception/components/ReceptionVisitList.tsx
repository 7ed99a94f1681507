import { EnvironmentOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { ReceptionVisitRowFragment, VisitStatus } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { customerPath } from '../../customers/unit-label.js';
import { ReceptionVisitActions } from './ReceptionVisitActions.js';

type Visit = ReceptionVisitRowFragment;

const STATUS_COLOR: Record<VisitStatus, string> = { OPEN: 'orange', CLOSED: 'default', VOIDED: 'default' };

export function VisitStatusTag({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      bordered={false}
      data-testid="visit-status"
      data-status={status}
      style={{ marginInlineEnd: 0, textDecoration: status === 'VOIDED' ? 'line-through' : undefined }}
    >
      {t(`reception.status.${status}`)}
    </Tag>
  );
}

/** Who came: the customer on file, or the name they gave; their phone; the unit and site. */
function Visitor({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const name = visit.customer?.name ?? visit.visitorName;
  const place = [visit.unit?.code, visit.site.name].filter(Boolean).join(' · ');
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <span>
        <UserOutlined style={{ marginInlineEnd: 4 }} />
        {visit.customer ? (
          <Link to={customerPath(visit.customer.id)} data-testid="visit-customer">
            {visit.customer.name}
          </Link>
        ) : (
          <span data-testid="visit-customer">{name ?? '—'}</span>
        )}
        {!visit.customer && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {t('reception.notOnFile')}
          </Typography.Text>
        )}
        {visit.customer && visit.visitorName && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {' '}
            · {visit.visitorName}
          </Typography.Text>
        )}
      </span>
      {visit.visitorPhone && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <PhoneOutlined /> {visit.visitorPhone}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        <EnvironmentOutlined /> {place}
      </Typography.Text>
    </Flex>
  );
}

/** What they said, and what came of it: the outcome, the void reason, or that none is written yet. */
function Content({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Text data-testid="visit-summary">{visit.summary}</Typography.Text>
      {visit.status === 'VOIDED' ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('reception.voidedBecause', { reason: visit.voidReason ?? '' })}
        </Typography.Text>
      ) : visit.outcome ? (
        <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="visit-outcome-text">
          → {visit.outcome}
        </Typography.Text>
      ) : (
        !visit.case && (
          <Typography.Text type="warning" style={{ fontSize: 13 }}>
            {t('reception.noOutcome')}
          </Typography.Text>
        )
      )}
    </Flex>
  );
}

function CaseLink({ visit }: { visit: Visit }) {
  if (!visit.case) return null;
  return (
    <Link
      to={`/cases/${encodeURIComponent(visit.case.id)}`}
      data-testid="visit-case"
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {visit.case.reference}
    </Link>
  );
}

interface Props {
  visits: readonly Visit[];
  loading: boolean;
  compact: boolean;
}

/** The log: a table at a desk, cards on a phone; each visit with what can still be done about it. */
export function ReceptionVisitList({ visits, loading, compact }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rowProps = (v: Visit) => ({ 'data-testid': 'visit-row', 'data-id': v.id, 'data-status': v.status });

  if (compact) {
    if (!loading && visits.length === 0) return <Empty description={t('reception.empty')} />;
    return (
      <Flex vertical gap={8} data-testid="visit-list">
        {visits.map((v) => (
          <Card key={v.id} size="small" styles={{ body: { padding: '10px 12px' } }} {...rowProps(v)}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 13, fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(v.visitedAt, locale)} · {t(`reception.purpose.${v.purpose}`)}
              </Typography.Text>
              <VisitStatusTag status={v.status} />
            </Flex>
            <div style={{ margin: '6px 0' }}>
              <Content visit={v} />
            </div>
            <Visitor visit={v} />
            <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6 }}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('reception.fields.receivedBy')}
                {t('common.colon')}
                {v.receivedBy.name}
              </Typography.Text>
              <CaseLink visit={v} />
            </Flex>
            {v.canHandle && (
              <div style={{ marginTop: 8 }}>
                <ReceptionVisitActions visit={v} compact />
              </div>
            )}
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<Visit> = [
    {
      key: 'visitedAt',
      title: t('reception.fields.visitedAt'),
      width: 140,
      render: (_v, v) => (
        <Flex vertical gap={2}>
          <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {formatDateTime(v.visitedAt, locale)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {v.receivedBy.name}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'visitor', title: t('reception.fields.visitor'), width: 190, render: (_v, v) => <Visitor visit={v} /> },
    {
      key: 'purpose',
      title: t('reception.fields.purpose'),
      width: 96,
      render: (_v, v) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag bordered={false} style={{ marginInlineEnd: 0 }} data-testid="visit-purpose">
            {t(`reception.purpose.${v.purpose}`)}
          </Tag>
          <VisitStatusTag status={v.status} />
        </Flex>
      ),
    },
    { key: 'content', title: t('reception.fields.summary'), render: (_v, v) => <Content visit={v} /> },
    { key: 'case', title: t('reception.fields.case'), width: 150, render: (_v, v) => <CaseLink visit={v} /> },
  ];
  // Those who only read the log (the manager) have nothing to do here: no empty column.
  if (visits.some((v) => v.canHandle)) {
    columns.push({
      key: 'actions',
      title: '',
      width: 200,
      render: (_v, v) => <ReceptionVisitActions visit={v} compact={false} />,
    });
  }

  return (
    <Table<Visit>
      data-testid="visit-list"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={visits as Visit[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('reception.empty')} /> }}
      onRow={(v) => rowProps(v) as never}
    />
  );
}
