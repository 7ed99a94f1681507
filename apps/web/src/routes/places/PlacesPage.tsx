import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Grid, Row, Select, Switch, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { MissedPatrolList } from '../../features/patrols/components/MissedPatrolList.js';
import { AreaCard } from '../../features/places/components/AreaCard.js';
import { AreaFormModal } from '../../features/places/components/AreaFormModal.js';
import { CheckpointFormModal } from '../../features/places/components/CheckpointFormModal.js';
import { QrSheet } from '../../features/places/components/QrSheet.js';
import { areasQuery, placeSitesQuery } from '../../features/places/places.operations.js';
import type { AreaFieldsFragment, CheckpointFieldsFragment } from '../../gql/graphql.js';

const TABS = ['areas', 'print', 'missed'] as const;
type Tab = (typeof TABS)[number];

/**
 * /places[?site=&tab=]: a site's areas and patrol checkpoints; their QR cards to print; and the
 * missed patrols for the director to review.
 */
export function PlacesPage() {
  const { t } = useTranslation();
  const { viewer, can } = useSession();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [params, setParams] = useSearchParams();
  const [showInactive, setShowInactive] = useState(false);
  const [areaForm, setAreaForm] = useState<{ area: AreaFieldsFragment | null } | null>(null);
  const [checkpointForm, setCheckpointForm] = useState<{
    area: AreaFieldsFragment;
    checkpoint: CheckpointFieldsFragment | null;
  } | null>(null);

  useEffect(() => {
    document.title = `${t('places.title')} · Steward`;
  }, [t]);

  const [{ data: sitesData }] = useQuery({ query: placeSitesQuery });
  const sites = useMemo(() => {
    const all = sitesData?.sites ?? [];
    const mine = new Set(viewer?.staff.sites.map((s) => s.code) ?? []);
    const reachable = all.filter((s) => mine.has(s.code));
    return reachable.length ? reachable : all;
  }, [sitesData, viewer]);
  const siteCode = sites.find((s) => s.code === params.get('site'))?.code ?? sites[0]?.code ?? '';
  const tabs = TABS.filter((k) => (k === 'print' ? can('place.manage') : k === 'missed' ? can('patrol.read') : true));
  const tab: Tab = tabs.find((k) => k === params.get('tab')) ?? 'areas';
  const go = (change: { site?: string; tab?: Tab }) =>
    setParams({ site: change.site ?? siteCode, tab: change.tab ?? tab }, { replace: true });

  const [{ data, fetching, error }, refetch] = useQuery({
    query: areasQuery,
    variables: { siteCode, includeInactive: showInactive },
    requestPolicy: 'cache-and-network',
    pause: !siteCode,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const areas = data?.areas ?? [];
  const mayManage = can('place.manage') && (areas.length === 0 || areas.some((a) => a.viewerMayManage));

  const areasTab = (
    <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          <Switch checked={showInactive} onChange={setShowInactive} size="small" id="places-inactive" />
          <label htmlFor="places-inactive">{t('places.showInactive')}</label>
        </Flex>
        {mayManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAreaForm({ area: null })}
            data-testid="area-add"
          >
            {t('places.addArea')}
          </Button>
        )}
      </Flex>
      {!can('place.manage') && <Alert type="info" showIcon title={t('places.readOnly')} style={{ marginBottom: 12 }} />}
      {areas.length === 0 ? (
        <Empty description={t('places.noAreas')} />
      ) : (
        <Row gutter={[12, 12]}>
          {areas.map((area) => (
            <Col key={area.id} xs={24} md={12} xl={8}>
              <AreaCard
                area={area}
                onEdit={() => setAreaForm({ area })}
                onAddCheckpoint={() => setCheckpointForm({ area, checkpoint: null })}
                onEditCheckpoint={(checkpoint) => setCheckpointForm({ area, checkpoint })}
                onChanged={reload}
              />
            </Col>
          ))}
        </Row>
      )}
    </QueryState>
  );

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('places.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('places.subtitle')}</Typography.Text>
        </div>
        {sites.length > 1 && (
          <Select
            aria-label={t('places.site')}
            value={siteCode}
            onChange={(site) => go({ site })}
            options={sites.map((s) => ({ value: s.code, label: s.name }))}
            style={{ minWidth: 180 }}
            data-testid="places-site"
          />
        )}
      </Flex>
      <Card styles={{ body: { padding: compact ? 8 : 16 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => go({ tab: key as Tab })}
          items={tabs.map((key) => ({
            key,
            label: t(`places.tabs.${key}`),
            children:
              key === 'areas'
                ? areasTab
                : key === 'print'
                  ? siteCode && <QrSheet siteCode={siteCode} />
                  : siteCode && <MissedPatrolList siteCode={siteCode} compact={compact} />,
          }))}
        />
      </Card>
      {areaForm && (
        <AreaFormModal
          open
          siteCode={siteCode}
          area={areaForm.area}
          onClose={() => setAreaForm(null)}
          onDone={reload}
        />
      )}
      {checkpointForm && (
        <CheckpointFormModal
          open
          area={checkpointForm.area}
          areas={areas}
          checkpoint={checkpointForm.checkpoint}
          onClose={() => setCheckpointForm(null)}
          onDone={reload}
        />
      )}
    </div>
  );
}
