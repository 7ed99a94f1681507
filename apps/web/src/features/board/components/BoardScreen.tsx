import { MutedOutlined, SoundOutlined } from '@ant-design/icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch.js';
import { useLocale } from '../../../app/locale-context.js';
import { formatClock, formatLongDay, formatTime } from '../../../lib/format.js';
import { useAlarm } from '../hooks/use-alarm.js';
import { type BoardCase, type LiveBoard, useLiveBoard } from '../hooks/use-live-board.js';
import { useNow } from '../hooks/use-now.js';
import { BoardCaseTile } from './BoardCaseTile.js';
import { BoardCoverage } from './BoardCoverage.js';
import '../board.css';

interface Props {
  /** The board token; null: the signed-in browser's session. */
  token: string | null;
  siteCode: string | null;
  /** What to offer when the token or session is refused. */
  onRefused(): React.ReactNode;
}

/** The wall screen: a clock, open incidents and major cases by severity, coverage, the connection. */
export function BoardScreen({ token, siteCode, onRefused }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const now = useNow(1000);
  const alarm = useAlarm();
  // How many alarms actually sounded (on the page for whoever checks it, a test or a technician).
  const [sounded, setSounded] = useState(0);
  const board = useLiveBoard({
    token,
    siteCode,
    locale,
    onMajor: () => {
      if (alarm.sound()) setSounded((n) => n + 1);
    },
  });
  const { snapshot } = board;
  const major = snapshot?.cases.filter((c) => c.severity === 'MAJOR') ?? [];
  const general = snapshot?.cases.filter((c) => c.severity !== 'MAJOR') ?? [];
  const fresh = new Set(board.alerts);
  const casesRef = useRef<HTMLElement | null>(null);
  const hidden = useHiddenTiles(casesRef, snapshot);
  const siteName = siteCode
    ? (snapshot?.coverage.find((c) => c.shift.site.code === siteCode)?.shift.site.name ?? siteCode)
    : t('board.allSites');

  return (
    <div className="wb-root" data-testid="board" data-sounded={sounded}>
      <header className="wb-header">
        <div className="wb-heading">
          <h1 className="wb-title">{t('board.title')}</h1>
          <span className="wb-subtitle">{siteName}</span>
        </div>
        <div className="wb-controls">
          <SoundControl alarm={alarm} />
          <ConnectionState board={board} />
        </div>
        <div className="wb-clock" data-testid="board-clock">
          <span className="wb-clock-time">{formatClock(new Date(now), locale)}</span>
          <span className="wb-clock-day">{formatLongDay(new Date(now), locale)}</span>
        </div>
      </header>

      {board.alerts.length > 0 && snapshot && (
        <AlertBanner alerts={board.alerts} cases={snapshot.cases} onDismiss={board.dismissAlert} />
      )}

      {board.connection === 'refused' ? (
        <main className="wb-refused">{onRefused()}</main>
      ) : (
        <main className="wb-main">
          <section className="wb-cases" aria-label={t('board.title')} ref={casesRef}>
            {snapshot && snapshot.cases.length === 0 && (
              <div className="wb-empty" data-testid="board-empty">
                {t('board.none')}
              </div>
            )}
            <CaseGroup label={t('board.major')} tone="major" cases={major} now={now} fresh={fresh} />
            <CaseGroup label={t('board.general')} tone="general" cases={general} now={now} fresh={fresh} />
            {snapshot && hidden + snapshot.openCount - snapshot.cases.length > 0 && (
              <p className="wb-more" data-testid="board-more">
                {t('board.more', { count: hidden + snapshot.openCount - snapshot.cases.length })}
              </p>
            )}
          </section>
          <aside className="wb-coverage" aria-label={t('board.coverage')}>
            <h2 className="wb-group-title">{t('board.coverage')}</h2>
            {snapshot && <BoardCoverage coverage={snapshot.coverage} locale={locale} />}
          </aside>
        </main>
      )}

      <footer className="wb-footer">
        <span>
          {snapshot && t('board.updated', { time: formatTime(snapshot.generatedAt, locale) })}
          {board.stale && board.connection !== 'refused' && (
            <span className="wb-warn">
              {snapshot ? ' · ' : ''}
              {t('board.stale')}
            </span>
          )}
        </span>
        <LanguageSwitch />
      </footer>
    </div>
  );
}

function CaseGroup(props: {
  label: string;
  tone: 'major' | 'general';
  cases: BoardCase[];
  now: number;
  fresh: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (props.cases.length === 0) return null;
  return (
    <section className={`wb-group wb-group-${props.tone}`} data-testid={`board-group-${props.tone}`}>
      <h2 className="wb-group-title">
        {props.label} <span className="wb-count">{t('board.count', { count: props.cases.length })}</span>
      </h2>
      <div className="wb-grid">
        {props.cases.map((c) => (
          <BoardCaseTile key={c.id} c={c} now={props.now} locale={locale} fresh={props.fresh.has(c.id)} />
        ))}
      </div>
    </section>
  );
}

function AlertBanner(props: { alerts: string[]; cases: BoardCase[]; onDismiss(id: string): void }) {
  const { t } = useTranslation();
  const id = props.alerts[0] as string;
  const c = props.cases.find((x) => x.id === id);
  return (
    <div className="wb-alert" role="alert" data-testid="board-alert">
      <strong className="wb-alert-title">{t('board.alert.title')}</strong>
      <span className="wb-alert-text">
        {c
          ? `${c.reference} · ${c.title}${c.site ? ` · ${c.site.name}` : ''}${c.area ? ` ${c.area}` : ''}`
          : t('board.alert.loading')}
      </span>
      {props.alerts.length > 1 && <span className="wb-alert-more">+{props.alerts.length - 1}</span>}
      <button type="button" className="wb-button" onClick={() => props.onDismiss(id)} data-testid="board-alert-dismiss">
        {t('board.alert.dismiss')}
      </button>
    </div>
  );
}

function SoundControl({ alarm }: { alarm: ReturnType<typeof useAlarm> }) {
  const { t } = useTranslation();
  if (!alarm.supported) return <span className="wb-muted">{t('board.sound.unsupported')}</span>;
  if (alarm.ready) {
    return (
      <span className="wb-sound-on" data-testid="board-sound-on">
        <SoundOutlined /> {t('board.sound.on')}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="wb-button wb-sound-enable"
      onClick={() => void alarm.enable()}
      data-testid="board-sound"
    >
      <MutedOutlined /> {t('board.sound.enable')}
    </button>
  );
}

function ConnectionState({ board }: { board: LiveBoard }) {
  const { t } = useTranslation();
  const label =
    board.connection === 'reconnecting'
      ? t('board.connection.reconnecting', { count: Math.max(1, board.attempts) })
      : t(`board.connection.${board.connection}`);
  return (
    <span
      className={`wb-connection wb-connection-${board.connection}`}
      data-testid="board-connection"
      data-state={board.connection}
    >
      <span className="wb-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/**
 * How many case tiles the screen cannot fit (a wall cannot scroll): counted after each layout,
 * and again whenever the cases' area changes size.
 */
function useHiddenTiles(ref: React.RefObject<HTMLElement | null>, snapshot: unknown): number {
  const [hidden, setHidden] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new snapshot means new tiles to measure
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    const measure = () => {
      const bottom = area.getBoundingClientRect().bottom;
      const tiles = area.querySelectorAll('[data-testid="board-case"]');
      let n = 0;
      for (const tile of tiles) if (tile.getBoundingClientRect().bottom > bottom + 1) n += 1;
      setHidden(n);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  }, [ref, snapshot]);
  return hidden;
}
