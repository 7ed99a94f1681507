import { AlertOutlined, DesktopOutlined, FireOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { ACTIVE_STATUSES, INCIDENT_KINDS } from '../../features/cases/case-abilities.js';
import { openIncidentsQuery } from '../../features/incidents/incidents.operations.js';
import { formatDateTime } from '../../lib/format.js';

/** /incidents: the incidents being handled, who holds each up the duty chain, and the report button. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const [result, refetch] = useQuery({
    query: openIncidentsQuery,
    variables: { filter: { kinds: INCIDENT_KINDS, statuses: ACTIVE_STATUSES }, first: 50 },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    document.title = `${t('incidents.title')} · Steward`;
  }, [t]);
  const nodes = result.data?.cases.nodes ?? [];
  return (
    <div>
      <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t('incidents.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('incidents.subtitle')}</Typography.Paragraph>
        </div>
        <Flex gap={8} wrap>
          {can('incident.create') && (
            <Link to="/incidents/new">
              <Button type="primary" danger size="large" icon={<AlertOutlined />} data-testid="incident-report-link">
                {t('incidents.report')}
              </Button>
            </Link>
          )}
          <Link to="/board">
            <Button size="large" icon={<DesktopOutlined />}>
              {t('incidents.board')}
            </Button>
          </Link>
        </Flex>
      </Flex>
      <Card title={t('incidents.open')} size="small">
        <QueryState
          fetching={result.fetching}
          error={result.error}
          hasData={!!result.data}
          retry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {nodes.length === 0 ? (
            <Empty description={t('incidents.none')} />
          ) : (
            <List
              dataSource={nodes}
              data-testid="incident-list"
              renderItem={(c) => {
                const e = c.currentEscalation;
                return (
                  <List.Item style={{ paddingInline: 0 }} data-testid="incident-row">
                    <Link to={`/cases/${encodeURIComponent(c.id)}`} style={{ color: 'inherit', width: '100%' }}>
                      <Flex gap={8} align="center" wrap>
                        {c.severity === 'MAJOR' && <Tag color="red">{t('cases.severity.MAJOR')}</Tag>}
                        <Tag
                          color={c.kind === 'FIRE' ? 'volcano' : 'orange'}
                          icon={c.kind === 'FIRE' ? <FireOutlined /> : undefined}
                        >
                          {t(`cases.kind.${c.kind}`)}
                        </Tag>
                        <Typography.Text strong>{c.title}</Typography.Text>
                        <Typography.Text type="secondary">{c.reference}</Typography.Text>
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[c.site?.name, c.area, formatDateTime(c.createdAt, locale)].filter(Boolean).join(' · ')}
                      </Typography.Text>
                      {e && (
                        <div>
                          <Typography.Text style={{ color: e.waiting ? '#d4380d' : '#389e0d', fontSize: 13 }}>
                            {t(e.waiting ? 'incidents.list.holderWaiting' : 'incidents.list.holder', {
                              name: e.toName,
                              level: t(`incidents.escalation.level.${e.level}`),
                            })}
                          </Typography.Text>
                        </div>
                      )}
                    </Link>
                  </List.Item>
                );
              }}
            />
          )}
        </QueryState>
      </Card>
    </div>
  );
}
