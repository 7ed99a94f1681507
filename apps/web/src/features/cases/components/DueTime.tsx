import { ClockCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/locale-context.js';
import type { CaseSummaryFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { ACTIVE_STATUSES } from '../case-abilities.js';
import { formatRelative } from '../case-format.js';

/** When the result is due, relative to now; red once overdue, quiet once the case has its result. */
export function DueTime({ c, now }: { c: CaseSummaryFragment; now: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!ACTIVE_STATUSES.includes(c.status)) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const absolute = formatDateTime(c.resolutionDueAt, locale);
  return (
    <Tooltip title={t('cases.dueAt', { time: absolute })}>
      <Typography.Text
        type={c.overdue ? 'danger' : undefined}
        strong={c.overdue}
        data-testid="case-due"
        data-overdue={c.overdue ? 'true' : 'false'}
        style={{ whiteSpace: 'nowrap' }}
      >
        <ClockCircleOutlined style={{ marginInlineEnd: 4 }} />
        {formatRelative(c.resolutionDueAt, now, locale)}
      </Typography.Text>
    </Tooltip>
  );
}
