import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage.js';
import { RulebookPage } from '../routes/rulebook/RulebookPage.js';
import { AppLayout } from './layout/AppLayout.js';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/rulebook" replace />} />
        <Route path="rulebook" element={<RulebookPage />} />
        <Route path="rulebook/:departmentKey" element={<RulebookPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
