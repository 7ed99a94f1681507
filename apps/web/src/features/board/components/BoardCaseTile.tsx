import type { LocaleTag } from '@steward/schema';
import { useTranslation } from 'react-i18next';
import { formatElapsed, formatTime } from '../../../lib/format.js';
import type { BoardCase } from '../hooks/use-live-board.js';
import { EscalationState } from './EscalationState.js';

interface Props {
  c: BoardCase;
  now: number;
  locale: LocaleTag;
  /** Arrived while the wall watched and not yet dismissed: it flashes. */
  fresh: boolean;
}

/** One open case on the wall: what, where, since when (a live timer), who holds it, its escalation. */
export function BoardCaseTile({ c, now, locale, fresh }: Props) {
  const { t } = useTranslation();
  const opened = Date.parse(String(c.createdAt));
  const place = [c.site?.name, c.area].filter(Boolean).join(' · ');
  const classes = ['wb-tile', c.severity === 'MAJOR' ? 'wb-tile-major' : 'wb-tile-general', fresh ? 'wb-fresh' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} data-testid="board-case" data-reference={c.reference}>
      <div className="wb-tile-top">
        <span className="wb-ref">{c.reference}</span>
        <span className="wb-kind">{t(`cases.kind.${c.kind}`, { defaultValue: c.kind })}</span>
        <span className="wb-status">{t(`cases.status.${c.status}`, { defaultValue: c.status })}</span>
      </div>
      <h3 className="wb-tile-title">{c.title}</h3>
      {place && <div className="wb-place">{place}</div>}
      <div className="wb-times">
        <span>{t('board.reported', { time: formatTime(c.createdAt, locale) })}</span>
        <span className="wb-age" data-testid="board-age">
          {t('board.age', {
            age: formatElapsed(now - opened, (d, h) => t('board.days', { d, h })),
          })}
        </span>
      </div>
      <div className="wb-people">
        <span>{c.holder ? t('board.holder', { name: c.holder.name }) : t('board.unassigned')}</span>
        <EscalationState c={c} locale={locale} />
      </div>
    </article>
  );
}
