import { Navigate, Route, Routes } from 'react-router';
import { RequirePermission } from '../features/auth/components/RequirePermission.js';
import { RequireViewer } from '../features/auth/components/RequireViewer.js';
import { useSession } from '../features/auth/session-context.js';
import { AuditPage } from '../routes/audit/AuditPage.js';
import { ChangePasswordPage } from '../routes/auth/ChangePasswordPage.js';
import { LoginPage } from '../routes/auth/LoginPage.js';
import { NotFoundPage } from '../routes/NotFoundPage.js';
import { PermissionsPage } from '../routes/permissions/PermissionsPage.js';
import { RulebookPage } from '../routes/rulebook/RulebookPage.js';
import { StaffDetailPage } from '../routes/staff/StaffDetailPage.js';
import { StaffDirectoryPage } from '../routes/staff/StaffDirectoryPage.js';
import { StaffOnboardPage } from '../routes/staff/StaffOnboardPage.js';
import { TokensPage } from '../routes/tokens/TokensPage.js';
import { AppLayout } from './layout/AppLayout.js';
import { visibleNavItems } from './layout/nav-items.js';

/** `/`: the first section this viewer may use. */
function Home() {
  const { can } = useSession();
  return <Navigate to={visibleNavItems(can)[0]?.path ?? '/tokens'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route path="change-password" element={<ChangePasswordPage />} />
      <Route element={<RequireViewer />}>
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route
            path="rulebook"
            element={
              <RequirePermission permission="rulebook.read">
                <RulebookPage />
              </RequirePermission>
            }
          />
          <Route
            path="rulebook/:departmentKey"
            element={
              <RequirePermission permission="rulebook.read">
                <RulebookPage />
              </RequirePermission>
            }
          />
          <Route
            path="staff"
            element={
              <RequirePermission permission="staff.read">
                <StaffDirectoryPage />
              </RequirePermission>
            }
          />
          <Route
            path="staff/new"
            element={
              <RequirePermission permission="staff.create">
                <StaffOnboardPage />
              </RequirePermission>
            }
          />
          <Route path="staff/:id" element={<StaffDetailPage />} />
          <Route
            path="permissions"
            element={
              <RequirePermission permission="permission.read">
                <PermissionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route path="tokens" element={<TokensPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
