import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { FullPageSpin } from '../../features/auth/components/SessionProvider.js';
import { loginPathFor, useSession } from '../../features/auth/session-context.js';
import { forgetBoardToken, readBoardToken, saveBoardToken } from '../../features/board/board-token.js';
import { BoardScreen } from '../../features/board/components/BoardScreen.js';

/**
 * /board: the live incident board for a wall screen, outside the app's frame. Signed in by a
 * board token (`/board?token=stw_…` keeps it on this screen and takes it out of the address), or
 * by the signed-in browser's session. `?site=CUIHU` limits it to one site.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const given = params.get('token');
  const siteCode = params.get('site')?.trim() || null;
  const [token, setToken] = useState<string | null>(() => (given && saveBoardToken(given) ? given : readBoardToken()));
  const badToken = !!given && token !== given;

  // The token leaves the address bar at once (history, bookmarks, a photo of the screen).
  useEffect(() => {
    if (!given) return;
    const rest = new URLSearchParams(params);
    rest.delete('token');
    const search = rest.toString();
    navigate(`${pathname}${search ? `?${search}` : ''}`, { replace: true });
  }, [given, params, pathname, navigate]);

  useEffect(() => {
    document.title = `${t('board.title')} · Steward`;
  }, [t]);

  if (!token) {
    if (viewer === undefined) return <FullPageSpin />;
    if (viewer === null) return <Navigate to={loginPathFor('/board', siteCode ? `?site=${siteCode}` : '')} replace />;
  }

  return (
    <BoardScreen
      // A new token or a sign-in starts the wall afresh.
      key={token ?? 'session'}
      token={token}
      siteCode={siteCode}
      onRefused={() => (
        <div className="wb-message" data-testid="board-refused">
          <h2>{t('board.refused.title')}</h2>
          <p>
            {badToken ? t('board.badToken') : token ? t('board.refused.tokenBody') : t('board.refused.sessionBody')}
          </p>
          {token ? (
            <button
              type="button"
              className="wb-button"
              onClick={() => {
                forgetBoardToken();
                setToken(null);
              }}
            >
              {t('board.refused.forget')}
            </button>
          ) : (
            <button type="button" className="wb-button" onClick={() => navigate(loginPathFor('/board'))}>
              {t('board.refused.signIn')}
            </button>
          )}
        </div>
      )}
    />
  );
}
