import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RulebookStatus } from '../../../gql/graphql.js';

const COLORS: Record<RulebookStatus, string> = {
  COMPLETE: 'green',
  PARTIAL: 'gold',
  TOC_ONLY: 'default',
  MENTIONED_ONLY: 'default',
};

/** How much of an item the rulebook fragment holds: Steward shows gaps rather than hiding them. */
export function StatusTag({ status }: { status: RulebookStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`rulebook.statusHint.${status}`)}>
      <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
        {t(`rulebook.status.${status}`)}
      </Tag>
    </Tooltip>
  );
}
