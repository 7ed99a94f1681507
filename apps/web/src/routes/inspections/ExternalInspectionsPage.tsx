import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Grid, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { ExternalInspectionForm } from '../../features/inspections/components/ExternalInspectionForm.js';
import { InspectionHeader } from '../../features/inspections/components/InspectionTabs.js';
import { externalInspectionsQuery, inspectionSitesQuery } from '../../features/inspections/inspection.operations.js';
import { BODY_TYPES, externalPath } from '../../features/inspections/inspection-format.js';
import type { ExternalInspectionFieldsFragment, ExternalInspectionFilter } from '../../gql/graphql.js';
import { formatDateTime } from '../../lib/format.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** Its required actions at a glance: how many are still open, or all closed. */
export function ActionsTag({ e }: { e: ExternalInspectionFieldsFragment }) {
  const { t } = useTranslation();
  if (!e.notices.length)
    return <Typography.Text type="secondary">{t('inspections.external.noNotices')}</Typography.Text>;
  return e.openNoticeCount ? (
    <Tag color="warning" bordered={false} style={{ marginInlineEnd: 0 }}>
      {t('inspections.external.openNotices', { count: e.openNoticeCount })}
    </Tag>
  ) : (
    <Tag color="success" bordered={false} style={{ marginInlineEnd: 0 }}>
      {t('inspections.external.allClosed')}
    </Tag>
  );
}

/** /inspections/external: inspections by outside bodies received at the sites (R21, DIR-10). */
export function ExternalInspectionsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [recording, setRecording] = useState(false);
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const site = params.get('site');
  const bodyType = BODY_TYPES.find((b) => b === params.get('body')) ?? null;
  const [{ data: sites }] = useQuery({ query: inspectionSitesQuery });

  useEffect(() => {
    document.title = `${t('inspections.external.title')} · Steward`;
  }, [t]);

  const filter = useMemo<ExternalInspectionFilter>(() => ({ siteCode: site, bodyType }), [site, bodyType]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: externalInspectionsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.externalInspections;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);
  const rows = connection?.nodes ?? [];

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <InspectionHeader
        subtitle={t('inspections.external.subtitle')}
        action={
          can('external_inspection.create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="external-record-button"
            >
              {t('inspections.external.record')}
            </Button>
          )
        }
      />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={12} md={8}>
            <Select<string>
              aria-label={t('inspections.external.fields.site')}
              style={{ width: '100%' }}
              value={site ?? 'all'}
              onChange={(v) => setFilter('site', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allSites') },
                ...(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name })),
              ]}
            />
          </Col>
          <Col xs={12} md={8}>
            <Select<string>
              aria-label={t('inspections.external.fields.bodyType')}
              style={{ width: '100%' }}
              value={bodyType ?? 'all'}
              onChange={(v) => setFilter('body', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('inspections.allTypes') },
                ...BODY_TYPES.map((b) => ({ value: b, label: t(`inspections.external.bodyType.${b}`) })),
              ]}
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('inspections.external.count', { count: connection.totalCount }) : ''}
        testId="external"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        {!fetching && rows.length === 0 ? (
          <Empty description={t('inspections.external.empty')} />
        ) : (
          <Flex vertical gap={8} data-testid="external-list">
            {rows.map((e) => (
              <Link key={e.id} to={externalPath(e.id)} data-testid="external-row">
                <Card size="small" hoverable>
                  <Flex justify="space-between" align="flex-start" gap={8} wrap>
                    <Flex vertical style={{ minWidth: 0, flex: '1 1 260px' }}>
                      <Flex gap={6} align="center" wrap>
                        <Tag bordered={false} color="volcano" style={{ marginInlineEnd: 0 }}>
                          {t(`inspections.external.bodyType.${e.bodyType}`)}
                        </Tag>
                        <Typography.Text strong>{e.bodyName}</Typography.Text>
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {formatDateTime(e.inspectedAt, locale)} · {e.site.name} ·{' '}
                        {t('inspections.external.fields.receivedBy')} {e.receivedBy.name}
                      </Typography.Text>
                      {e.findings && (
                        <Typography.Paragraph
                          type="secondary"
                          ellipsis={{ rows: compact ? 2 : 1 }}
                          style={{ margin: '4px 0 0', fontSize: 13 }}
                        >
                          {e.findings}
                        </Typography.Paragraph>
                      )}
                    </Flex>
                    <ActionsTag e={e} />
                  </Flex>
                </Card>
              </Link>
            ))}
          </Flex>
        )}
      </ListResults>
      <ExternalInspectionForm open={recording} onClose={() => setRecording(false)} />
    </div>
  );
}
