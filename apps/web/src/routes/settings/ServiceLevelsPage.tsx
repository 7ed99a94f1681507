import { Alert, Grid, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { SlaTable } from '../../features/sla/components/SlaTable.js';
import { slaPoliciesQuery } from '../../features/sla/sla.operations.js';

/** /settings/service-levels: response and resolution deadlines per kind and priority (P1, P2). */
export function ServiceLevelsPage() {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const { can } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: slaPoliciesQuery });

  useEffect(() => {
    document.title = `${t('sla.title')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('sla.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('sla.subtitle')}</Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16, background: '#eef3f8', borderColor: '#c9d6e3' }}
        title={t('sla.defaultsTitle')}
        description={t('sla.defaultsText')}
        data-testid="sla-defaults-note"
      />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <SlaTable policies={data?.slaPolicies ?? []} editable={can('service_level.manage')} compact={compact} />
        {!can('service_level.manage') && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('sla.readOnly')}
          </Typography.Paragraph>
        )}
      </QueryState>
    </div>
  );
}
