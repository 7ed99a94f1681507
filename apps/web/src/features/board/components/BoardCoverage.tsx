import type { LocaleTag } from '@steward/schema';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.js';
import type { BoardSnapshot } from '../hooks/use-live-board.js';

type Coverage = BoardSnapshot['coverage'][number];

/** An area's state against its minimum: done, under way, or not patrolled at all. */
function tone(count: number, required: number): 'ok' | 'part' | 'none' {
  if (count >= required) return 'ok';
  return count > 0 ? 'part' : 'none';
}

/** The current shift's patrol coverage per site, area by area (done/minimum, in colour). */
export function BoardCoverage({ coverage, locale }: { coverage: Coverage[]; locale: LocaleTag }) {
  const { t } = useTranslation();
  if (coverage.length === 0) return <p className="wb-muted">{t('board.coverageNone')}</p>;
  return (
    <>
      {coverage.map((c) => {
        const needed = c.areas.filter((a) => a.required > 0);
        return (
          <section key={c.shift.id} className="wb-site" data-testid="board-coverage" data-site={c.shift.site.code}>
            <header className="wb-site-head">
              <span className="wb-site-name">{c.shift.site.name}</span>
              <span className={`wb-site-score ${c.complete ? 'wb-ok' : 'wb-warn'}`}>
                {t('board.covered', { done: c.coveredCount, total: needed.length })}
              </span>
            </header>
            <div className="wb-muted wb-shift">
              {t('board.shift', {
                pattern: c.shift.pattern.name,
                from: formatTime(c.shift.startsAt, locale),
                to: formatTime(c.shift.endsAt, locale),
                leader: c.shift.leader.name,
              })}
            </div>
            <ul className="wb-areas">
              {c.areas.map((a) => (
                <li key={a.area.id} className={`wb-area wb-area-${tone(a.count, a.required)}`} data-testid="board-area">
                  <span className="wb-area-name">{a.area.name}</span>
                  <span className="wb-area-last">
                    {a.lastPatrolAt
                      ? t('board.lastPatrol', { time: formatTime(a.lastPatrolAt, locale) })
                      : t('board.noPatrol')}
                  </span>
                  <span className="wb-area-count">
                    {a.count}/{a.required}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
