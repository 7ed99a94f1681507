import { ApiOutlined } from '@ant-design/icons';
import { Card, Collapse, Empty, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { AuditEventFieldsFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { useTargetNames } from '../hooks/use-target-names.js';
import { FieldChanges } from './FieldChanges.js';

interface Props {
  events: readonly AuditEventFieldsFragment[];
  loading: boolean;
  compact: boolean;
  /** Leave out which record (when all are about the same one). */
  hideTarget?: boolean;
}

const ACTION_COLOR: Record<string, string> = {
  auth: 'blue',
  staff: 'green',
  permission: 'purple',
  api_token: 'gold',
  customer: 'cyan',
  building: 'geekblue',
  unit: 'geekblue',
};

function ActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  const family = action.split('.')[0] ?? '';
  return (
    <Tooltip title={action}>
      <Tag color={ACTION_COLOR[family] ?? 'default'} bordered={false} data-action={action}>
        {t(`audit.actions.${action}`, { defaultValue: action })}
      </Tag>
    </Tooltip>
  );
}

function Target({ event, names }: { event: AuditEventFieldsFragment; names: Map<string, string> }) {
  const { t } = useTranslation();
  const type = t(`audit.targetTypes.${event.targetType}`, { defaultValue: event.targetType });
  const name = names.get(event.targetId);
  const label = name ?? <Typography.Text type="secondary">{t('audit.unknownTarget')}</Typography.Text>;
  return (
    <span>
      <Typography.Text type="secondary">{type} · </Typography.Text>
      {event.targetType === 'Staff' && name ? (
        <Link to={`/staff/${encodeURIComponent(event.targetId)}`}>{name}</Link>
      ) : (
        label
      )}
    </span>
  );
}

function Actor({ event }: { event: AuditEventFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" wrap>
      {event.actor ? (
        <Link to={`/staff/${encodeURIComponent(event.actor.id)}`}>{event.actorName}</Link>
      ) : (
        event.actorName
      )}
      {event.viaToken && (
        <Tooltip title={t('audit.viaToken')}>
          <ApiOutlined style={{ color: '#8c98a8' }} />
        </Tooltip>
      )}
    </Flex>
  );
}

function Details({ event }: { event: AuditEventFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <FieldChanges changes={event.changes} targetType={event.targetType} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[
          event.ip && `${t('audit.ip')}${t('common.colon')}${event.ip}`,
          event.requestId && `${t('audit.requestId')}${t('common.colon')}${event.requestId}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

/** Audit events: a table with expandable changes at a desk, collapsible cards on a phone. */
export function AuditEventList({ events, loading, compact, hideTarget }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const names = useTargetNames(hideTarget ? [] : events.map((e) => e.targetId));

  if (compact) {
    if (!loading && events.length === 0) return <Empty description={t('audit.empty')} />;
    return (
      <Flex vertical gap={8} data-testid="audit-list">
        {events.map((e) => (
          <Card key={e.id} size="small" data-testid="audit-event" styles={{ body: { padding: '8px 12px' } }}>
            <Flex justify="space-between" align="center" gap={8}>
              <ActionTag action={e.action} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.occurredAt, locale)}
              </Typography.Text>
            </Flex>
            <div style={{ marginTop: 4 }}>
              <Actor event={e} />
            </div>
            {!hideTarget && (
              <div style={{ fontSize: 13 }}>
                <Target event={e} names={names} />
              </div>
            )}
            {e.changes.length > 0 && (
              <Collapse
                ghost
                size="small"
                style={{ marginInline: -12 }}
                items={[
                  {
                    key: 'changes',
                    label: t('audit.changesCount', { count: e.changes.length }),
                    children: <Details event={e} />,
                  },
                ]}
              />
            )}
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<AuditEventFieldsFragment> = [
    {
      key: 'time',
      title: t('audit.time'),
      width: 170,
      render: (_v, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt, locale)}</span>,
    },
    { key: 'actor', title: t('audit.actor'), width: 160, render: (_v, e) => <Actor event={e} /> },
    { key: 'action', title: t('audit.action'), width: 170, render: (_v, e) => <ActionTag action={e.action} /> },
    ...(hideTarget
      ? []
      : [
          {
            key: 'target',
            title: t('audit.target'),
            render: (_v: unknown, e: AuditEventFieldsFragment) => <Target event={e} names={names} />,
          },
        ]),
    {
      key: 'changes',
      title: t('audit.changes'),
      width: 120,
      render: (_v, e) =>
        e.changes.length ? (
          <Typography.Text type="secondary">{t('audit.changesCount', { count: e.changes.length })}</Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<AuditEventFieldsFragment>
      data-testid="audit-list"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events as AuditEventFieldsFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      expandable={{
        expandedRowRender: (e) => <Details event={e} />,
        rowExpandable: (e) => e.changes.length > 0 || !!e.ip,
      }}
      onRow={() => ({ 'data-testid': 'audit-event' }) as object}
    />
  );
}
