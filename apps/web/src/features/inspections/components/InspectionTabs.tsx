import { Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/session-context.js';

const TABS = [
  { key: 'inspections', path: '/inspections', permission: 'inspection.read' },
  { key: 'notices', path: '/inspections/notices', permission: 'inspection.read' },
  { key: 'external', path: '/inspections/external', permission: 'external_inspection.read' },
  { key: 'checklists', path: '/inspections/checklists', permission: 'inspection.read' },
] as const;

/** The inspections section's header: its title, what it is for, its pages, and the page's main action. */
export function InspectionHeader({ subtitle, action }: { subtitle: string; action?: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = TABS.filter((tab) => can(tab.permission));
  const current = [...tabs].reverse().find((tab) => pathname.startsWith(tab.path))?.key ?? 'inspections';
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('inspections.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {subtitle}
      </Typography.Paragraph>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}
      >
        <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Segmented
            value={current}
            onChange={(key) => navigate(tabs.find((tab) => tab.key === key)?.path ?? '/inspections')}
            options={tabs.map((tab) => ({ value: tab.key, label: t(`inspections.tabs.${tab.key}`) }))}
            data-testid="inspection-tabs"
          />
        </div>
        {action}
      </div>
    </div>
  );
}
