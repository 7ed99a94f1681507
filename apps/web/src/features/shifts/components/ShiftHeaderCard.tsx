import { Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/locale-context.js';
import type { ShiftDetailFragment } from '../../../gql/graphql.js';
import { formatDate, formatDateTime, formatTime } from '../../../lib/format.js';
import { ShiftStatusTag } from './ShiftStatusTag.js';

/** "08:00–20:00" or "20:00–次日 08:00": a shift's hours, saying when it ends the next day. */
export function ShiftHours({ shift }: { shift: Pick<ShiftDetailFragment, 'startsAt' | 'endsAt' | 'pattern'> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <span>
      {formatTime(shift.startsAt, locale)}–{shift.pattern.crossesMidnight ? `${t('shifts.nextDay')} ` : ''}
      {formatTime(shift.endsAt, locale)}
    </span>
  );
}

/** The shift at a glance: which, when, who leads, where it is in its cycle; steps beside it. */
export function ShiftHeaderCard({
  shift,
  compact,
  extra,
}: {
  shift: ShiftDetailFragment;
  compact: boolean;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Card styles={{ body: { padding: compact ? 16 : 24 } }} data-testid="shift-header" data-status={shift.status}>
      <Typography.Text type="secondary">
        {shift.site.name}
        {shift.team ? ` · ${shift.team.name}` : ''}
      </Typography.Text>
      <Flex align="center" gap={10} wrap style={{ margin: '4px 0 12px' }}>
        <Typography.Title level={compact ? 3 : 2} style={{ margin: 0 }} data-testid="shift-title">
          {formatDate(shift.date, locale)} {shift.pattern.name}
        </Typography.Title>
        <ShiftStatusTag status={shift.status} testId="shift-status" />
      </Flex>
      <Descriptions
        size="small"
        column={compact ? 1 : 3}
        items={[
          { key: 'hours', label: t('shifts.fields.hours'), children: <ShiftHours shift={shift} /> },
          { key: 'leader', label: t('shifts.fields.leader'), children: shift.leader.name },
          {
            key: 'members',
            label: t('shifts.fields.members'),
            children: t('shifts.memberCount', { count: shift.members.length }),
          },
          ...(shift.onDutyAt
            ? [{ key: 'onDuty', label: t('shifts.fields.onDutyAt'), children: formatDateTime(shift.onDutyAt, locale) }]
            : []),
        ]}
      />
      {extra && <div style={{ marginTop: 12 }}>{extra}</div>}
    </Card>
  );
}
