import type { LocaleTag } from '@steward/schema';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.js';
import type { BoardCase } from '../hooks/use-live-board.js';

/**
 * Where a case's escalation stands, as the wall shows it: up the live duty chain, who holds it
 * and whether they acknowledged it (red, with the minutes waited, until they do); else escalated
 * to whom and when by hand, or that it still has to be.
 */
export function EscalationState({ c, locale }: { c: BoardCase; locale: LocaleTag }) {
  const { t } = useTranslation();
  const e = c.currentEscalation;
  if (e) {
    const level = t(`incidents.escalation.level.${e.level}`);
    if (e.acknowledgedAt || !e.waiting) {
      return (
        <span className="wb-escalation wb-escalation-done" data-testid="board-escalation" data-state="acknowledged">
          {t('board.acknowledged', { name: e.toName, level, time: formatTime(e.acknowledgedAt ?? e.sentAt, locale) })}
        </span>
      );
    }
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(String(e.sentAt))) / 60_000));
    return (
      <span className="wb-escalation wb-escalation-due" data-testid="board-escalation" data-state="waiting">
        {t('board.awaitingAck', {
          name: e.toName,
          level,
          wait:
            minutes < 60
              ? t('board.waitMinutes', { m: minutes })
              : t('board.waitHours', { h: Math.floor(minutes / 60), m: minutes % 60 }),
        })}
      </span>
    );
  }
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
