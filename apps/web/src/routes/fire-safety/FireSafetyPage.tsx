import { Alert, Badge, Card, Flex, Grid, Select, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { BrigadeTab } from '../../features/fire-safety/components/BrigadeTab.js';
import { DrillsTab } from '../../features/fire-safety/components/DrillsTab.js';
import { EquipmentTab } from '../../features/fire-safety/components/EquipmentTab.js';
import { FireOverview, type FireTab } from '../../features/fire-safety/components/FireOverview.js';
import { PlansTab } from '../../features/fire-safety/components/PlansTab.js';
import { ResponsibilityTab } from '../../features/fire-safety/components/ResponsibilityTab.js';
import { fireOverviewQuery, fireSitesQuery } from '../../features/fire-safety/fire-safety.operations.js';
import type { FireSafetyCheck } from '../../gql/graphql.js';

const TABS: readonly FireTab[] = ['overview', 'responsibility', 'plans', 'drills', 'equipment', 'brigade'];

/** The checks whose failures each tab shows: its badge counts them. */
const CHECKS_OF: Partial<Record<FireTab, FireSafetyCheck[]>> = {
  responsibility: ['C15_RESPONSIBILITY'],
  plans: ['C13_PLANS'],
  drills: ['C14_DRILLS'],
  equipment: ['EQUIPMENT_DUE'],
  brigade: ['C16_TRAINING'],
};

/**
 * /fire-safety[?site=&tab=]: a site's fire-safety programme (OM-4, SL-3, SL-11, W6) — the
 * overview of checks C13–C17, the responsibility system, key units and their plans, drills, the
 * equipment register and the brigade.
 */
export function FireSafetyPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [params, setParams] = useSearchParams();

  useEffect(() => {
    document.title = `${t('fireSafety.title')} · Steward`;
  }, [t]);

  const [{ data: sitesData }] = useQuery({ query: fireSitesQuery });
  const sites = useMemo(() => {
    const all = sitesData?.sites ?? [];
    const mine = new Set(viewer?.staff.sites.map((s) => s.code) ?? []);
    const reachable = all.filter((s) => mine.has(s.code));
    return reachable.length ? reachable : all;
  }, [sitesData, viewer]);
  const siteCode = sites.find((s) => s.code === params.get('site'))?.code ?? sites[0]?.code ?? '';
  const tab: FireTab = TABS.find((k) => k === params.get('tab')) ?? 'overview';
  const go = (change: { site?: string; tab?: FireTab }) =>
    setParams({ site: change.site ?? siteCode, tab: change.tab ?? tab }, { replace: true });

  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireOverviewQuery,
    variables: { siteCode },
    requestPolicy: 'cache-and-network',
    pause: !siteCode,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const o = data?.fireSafetyOverview ?? null;
  const mayCreate = !!o?.viewerMayCreate;
  const mayHandle = !!o?.viewerMayHandle;
  const mayApprove = !!o?.viewerMayApprove;
  const failing = (key: FireTab) =>
    (CHECKS_OF[key] ?? []).reduce((n, c) => n + (o?.checks.find((x) => x.check === c)?.count ?? 0), 0);

  const content = (key: FireTab) => {
    if (!o) return null;
    switch (key) {
      case 'overview':
        return <FireOverview overview={o} onOpen={(next) => go({ tab: next })} />;
      case 'responsibility':
        return (
          <ResponsibilityTab
            siteCode={siteCode}
            compact={compact}
            mayCreate={mayCreate}
            mayHandle={mayHandle}
            onChanged={reload}
          />
        );
      case 'plans':
        return (
          <PlansTab
            siteCode={siteCode}
            mayCreate={mayCreate}
            mayHandle={mayHandle}
            mayApprove={mayApprove}
            onChanged={reload}
          />
        );
      case 'drills':
        return <DrillsTab siteCode={siteCode} compact={compact} mayCreate={mayCreate} />;
      case 'equipment':
        return <EquipmentTab siteCode={siteCode} compact={compact} mayCreate={mayCreate} onChanged={reload} />;
      case 'brigade':
        return <BrigadeTab siteCode={siteCode} compact={compact} mayCreate={mayCreate} onChanged={reload} />;
    }
  };

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('fireSafety.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('fireSafety.subtitle')}</Typography.Text>
        </div>
        {sites.length > 1 && (
          <Select
            aria-label={t('fireSafety.site')}
            value={siteCode}
            onChange={(site) => go({ site })}
            options={sites.map((s) => ({ value: s.code, label: s.name }))}
            style={{ minWidth: 180 }}
            data-testid="fire-site"
          />
        )}
      </Flex>
      {o && !mayCreate && !mayHandle && (
        <Alert type="info" showIcon title={t('fireSafety.readOnly')} style={{ marginBottom: 12 }} />
      )}
      <Card styles={{ body: { padding: compact ? 8 : 16 } }}>
        <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
          {data && !o ? (
            <Alert type="warning" showIcon title={t('fireSafety.noSite')} />
          ) : (
            <Tabs
              activeKey={tab}
              onChange={(key) => go({ tab: key as FireTab })}
              items={TABS.map((key) => ({
                key,
                label: (
                  <span data-testid={`fire-tab-${key}`}>
                    {t(`fireSafety.tabs.${key}`)}
                    {failing(key) > 0 && <Badge count={failing(key)} size="small" offset={[4, -2]} />}
                  </span>
                ),
                children: content(key),
              }))}
              destroyOnHidden
            />
          )}
        </QueryState>
      </Card>
    </div>
  );
}
