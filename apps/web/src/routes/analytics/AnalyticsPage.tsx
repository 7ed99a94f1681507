import { Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseStatsPanel } from '../../features/analytics/components/CaseStatsPanel.js';
import { ShiftStatsPanel } from '../../features/analytics/components/ShiftStatsPanel.js';
import { ATTENDANCE_STATS, PATROL_STATS } from '../../features/analytics/shift-stats.js';
import { useSession } from '../../features/auth/session-context.js';

/** /analytics: case figures, patrol coverage and attendance, each grouped as asked (a tab each, as the grants allow). */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const { can } = useSession();

  useEffect(() => {
    document.title = `${t('analytics.title')} · Steward`;
  }, [t]);

  const tabs = [
    { key: 'cases', label: t('analytics.tab.cases'), children: <CaseStatsPanel /> },
    ...(can('patrol.read')
      ? [{ key: 'patrols', label: t('analytics.tab.patrols'), children: <ShiftStatsPanel config={PATROL_STATS} /> }]
      : []),
    ...(can('attendance.read')
      ? [
          {
            key: 'attendance',
            label: t('analytics.tab.attendance'),
            children: <ShiftStatsPanel config={ATTENDANCE_STATS} />,
          },
        ]
      : []),
  ];

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <div style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('analytics.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('analytics.subtitle')}</Typography.Text>
      </div>
      <Tabs items={tabs} destroyOnHidden data-testid="analytics-tabs" />
    </div>
  );
}
