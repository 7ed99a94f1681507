import { Badge, Flex, Tabs, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { pendingSwapCountQuery } from '../roster.operations.js';
import { useRosterAbilities } from '../roster-format.js';

const SECTIONS = [
  { key: 'calendar', path: '/shifts' },
  { key: 'overview', path: '/shifts/overview' },
  { key: 'swaps', path: '/shifts/swaps' },
  { key: 'leave', path: '/shifts/leave' },
  { key: 'setup', path: '/shifts/setup' },
] as const;

/** How many swaps wait for the viewer's decision (leaders and the director). */
export function PendingSwapsBadge({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: pendingSwapCountQuery, requestPolicy: 'cache-and-network' });
  const count = data?.shiftSwaps.totalCount ?? 0;
  return (
    <Badge
      count={count}
      size="small"
      offset={[6, -2]}
      title={t('rosters.swaps.pendingCount', { count })}
      data-testid="pending-swaps"
      data-count={count}
    >
      {children}
    </Badge>
  );
}

/**
 * The roster's sections as tabs above each of its pages: the calendar, the director's overview,
 * swaps, leave and (for whoever drafts rosters) patterns and teams.
 */
export function RosterNav({
  section,
  title,
  subtitle,
  extra,
  compact,
}: {
  section: (typeof SECTIONS)[number]['key'];
  title: string;
  subtitle?: string;
  extra?: ReactNode;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const can = useRosterAbilities();
  useEffect(() => {
    document.title = `${title} · Steward`;
  }, [title]);
  const visible = SECTIONS.filter((s) => (s.key !== 'overview' || can.overview) && (s.key !== 'setup' || can.edit));
  return (
    <div style={{ marginBottom: compact ? 8 : 12 }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Typography.Title level={compact ? 3 : 2} style={{ marginTop: 0, marginBottom: 4 }}>
            {title}
          </Typography.Title>
          {subtitle && !compact && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      <Tabs
        activeKey={section}
        onChange={(key) => {
          const to = SECTIONS.find((s) => s.key === key)?.path ?? '/shifts';
          if (to !== pathname) navigate(to);
        }}
        items={visible.map((s) => ({
          key: s.key,
          label:
            s.key === 'swaps' && can.decide ? (
              <PendingSwapsBadge>
                <span data-testid={`roster-tab-${s.key}`}>{t(`rosters.tabs.${s.key}`)}</span>
              </PendingSwapsBadge>
            ) : (
              <span data-testid={`roster-tab-${s.key}`}>{t(`rosters.tabs.${s.key}`)}</span>
            ),
        }))}
        style={{ marginTop: 8, marginBottom: 0 }}
      />
    </div>
  );
}
