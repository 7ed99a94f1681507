import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryFragment } from '../../../gql/graphql.js';

/**
 * What needs attention about a case, as small tags: major, overdue, waiting for the receiver to
 * acknowledge, waiting to be escalated, taken on behalf of another department.
 */
export function CaseBadges({ c, full = false }: { c: CaseSummaryFragment; full?: boolean }) {
  const { t } = useTranslation();
  const tags: { key: string; color: string; text: string; tip?: string }[] = [];
  if (c.severity === 'MAJOR') tags.push({ key: 'major', color: 'red', text: t('cases.badges.major') });
  if (c.overdue) tags.push({ key: 'overdue', color: 'red', text: t('cases.badges.overdue') });
  else if (c.responseOverdue) {
    tags.push({ key: 'response-overdue', color: 'orange', text: t('cases.badges.responseOverdue') });
  }
  if (c.awaitingAcknowledgement) {
    tags.push({
      key: 'awaiting',
      color: 'gold',
      text: full && c.holder ? t('cases.badges.awaitingBy', { name: c.holder.name }) : t('cases.badges.awaiting'),
    });
  }
  if (c.needsEscalation) {
    tags.push({
      key: 'needs-escalation',
      color: 'volcano',
      text: t('cases.badges.needsEscalation'),
      tip: t('cases.badges.needsEscalationTip'),
    });
  } else if (full && c.beyondAuthority) {
    tags.push({ key: 'beyond', color: 'purple', text: t('cases.badges.beyondAuthority') });
  }
  if (c.onBehalfOf) {
    tags.push({
      key: 'on-behalf',
      color: 'cyan',
      text: t('cases.badges.onBehalfOf', { department: c.onBehalfOf.name }),
    });
  }
  if (tags.length === 0) return null;
  return (
    <Flex gap={4} wrap data-testid="case-badges">
      {tags.map((tag) => {
        const node = (
          <Tag key={tag.key} color={tag.color} bordered={false} data-badge={tag.key} style={{ marginInlineEnd: 0 }}>
            {tag.text}
          </Tag>
        );
        return tag.tip ? (
          <Tooltip key={tag.key} title={tag.tip}>
            {node}
          </Tooltip>
        ) : (
          node
        );
      })}
    </Flex>
  );
}
