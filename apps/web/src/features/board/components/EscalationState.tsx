import type { LocaleTag } from '@steward/schema';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.js';
import type { BoardCase } from '../hooks/use-live-board.js';

/**
 * Where a case's escalation stands, as the wall shows it: escalated to whom and when, or that it
 * still has to be.
 *
 * EXTENSION POINT (incidents and escalation): once a case carries its escalation's
 * acknowledgement and the live duty chain (who holds it now, acknowledged or not, since when,
 * and the next step up), add those fields to `BoardCaseFields` (board.operations.ts) and show
 * them here — e.g. “已确认 10:42” in green, or “未确认 7 分钟” in red with the next holder.
 */
export function EscalationState({ c, locale }: { c: BoardCase; locale: LocaleTag }) {
  const { t } = useTranslation();
  if (c.escalatedTo) {
    return (
      <span className="wb-escalation wb-escalation-done" data-testid="board-escalation">
        {t('board.escalatedTo', { name: c.escalatedTo.name, time: formatTime(c.escalatedAt, locale) })}
      </span>
    );
  }
  if (c.needsEscalation) {
    return (
      <span className="wb-escalation wb-escalation-due" data-testid="board-escalation">
        {t('board.needsEscalation')}
      </span>
    );
  }
  return (
    <span className="wb-escalation" data-testid="board-escalation">
      {t('board.notEscalated')}
    </span>
  );
}
