import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor, useSession } from '../session-context.js';
import { FullPageSpin } from './SessionProvider.js';

/** The app proper: signed-in staff only, and only once the Office's first password is replaced. */
export function RequireViewer() {
  const { viewer } = useSession();
  const { pathname, search } = useLocation();
  if (viewer === undefined) return <FullPageSpin />;
  if (viewer === null) return <Navigate to={loginPathFor(pathname, search)} replace />;
  if (viewer.mustChangePassword) {
    return <Navigate to={`/change-password?next=${encodeURIComponent(`${pathname}${search}`)}`} replace />;
  }
  return <Outlet />;
}
