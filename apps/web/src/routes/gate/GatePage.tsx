import { Card, Grid, Select, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../features/auth/session-context.js';
import { PassesTab } from '../../features/gate/components/PassesTab.js';
import { VehiclesTab } from '../../features/gate/components/VehiclesTab.js';
import { VisitorsTab } from '../../features/gate/components/VisitorsTab.js';
import { gateSitesQuery } from '../../features/gate/gate.operations.js';
import { useGates } from '../../features/gate/use-gates.js';

const TABS = ['passes', 'vehicles', 'visitors'] as const;
type Tab = (typeof TABS)[number];

/**
 * /gate[?site=&tab=]: the gate's register for the officer on duty, on a phone first — goods-out
 * passes looked up by number and let out or refused, vehicles in and out (overstays flagged), and
 * visitors; customer service writes and approves passes here, leaders and the director read.
 */
export function GatePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const compact = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();

  useEffect(() => {
    document.title = `${t('gate.title')} · Steward`;
  }, [t]);

  const [{ data }] = useQuery({ query: gateSitesQuery });
  const sites = useMemo(() => {
    const zones = new Map(viewer?.staff.sites.map((s) => [s.code, s.timeZone]) ?? []);
    const all = (data?.sites ?? []).map((s) => ({
      code: s.code,
      name: s.name,
      timeZone: zones.get(s.code) ?? 'Asia/Shanghai',
    }));
    const own = all.filter((s) => zones.has(s.code));
    return own.length ? own : all;
  }, [data, viewer]);
  const site = sites.find((s) => s.code === params.get('site')) ?? sites[0] ?? null;
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'passes';
  const go = (change: { site?: string; tab?: Tab }) =>
    setParams({ site: change.site ?? site?.code ?? '', tab: change.tab ?? tab }, { replace: true });
  // Known before a form asks for them.
  useGates(site?.code ?? null);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <div style={{ marginBottom: 12, display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('gate.title')}
          </Typography.Title>
          {!compact && <Typography.Text type="secondary">{t('gate.subtitle')}</Typography.Text>}
        </div>
        {sites.length > 1 && site && (
          <Select
            size="large"
            aria-label={t('gate.site')}
            value={site.code}
            onChange={(code) => go({ site: code })}
            options={sites.map((s) => ({ value: s.code, label: s.name }))}
            style={{ minWidth: 160 }}
            data-testid="gate-site"
          />
        )}
      </div>
      <Card styles={{ body: { padding: compact ? 8 : 16 } }}>
        {site && (
          <Tabs
            activeKey={tab}
            onChange={(key) => go({ tab: key as Tab })}
            size={compact ? 'large' : 'middle'}
            items={TABS.map((key) => ({
              key,
              label: <span data-testid={`gate-tab-${key}`}>{t(`gate.tabs.${key}`)}</span>,
              children:
                key === 'passes' ? (
                  <PassesTab key={site.code} site={site} sites={sites} />
                ) : key === 'vehicles' ? (
                  <VehiclesTab key={site.code} siteCode={site.code} />
                ) : (
                  <VisitorsTab key={site.code} siteCode={site.code} />
                ),
            }))}
          />
        )}
      </Card>
    </div>
  );
}
