import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** /shifts — the roster (week and month, by team and person). Placeholder until the calendar lands. */
export function RosterPage() {
  const { t } = useTranslation();
  return <Typography.Title level={2}>{t('shifts.rosterTitle')}</Typography.Title>;
}
