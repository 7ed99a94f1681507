import { Navigate, Route, Routes } from 'react-router';
import { RequirePermission } from '../features/auth/components/RequirePermission.js';
import { RequireViewer } from '../features/auth/components/RequireViewer.js';
import { useSession } from '../features/auth/session-context.js';
import {
  CASE_CREATE_PERMISSIONS,
  CASE_ENTRY_PERMISSIONS,
  CASE_READ_PERMISSIONS,
  TASK_FORM_PERMISSIONS,
} from '../features/cases/case-abilities.js';
import { EXPORT_PERMISSIONS } from '../features/exports/export-abilities.js';
import { AnalyticsPage } from '../routes/analytics/AnalyticsPage.js';
import { AuditPage } from '../routes/audit/AuditPage.js';
import { ChangePasswordPage } from '../routes/auth/ChangePasswordPage.js';
import { LoginPage } from '../routes/auth/LoginPage.js';
import { BoardPage } from '../routes/board/BoardPage.js';
import { CaseDetailPage } from '../routes/cases/CaseDetailPage.js';
import { CaseIntakePage } from '../routes/cases/CaseIntakePage.js';
import { CaseQueuePage } from '../routes/cases/CaseQueuePage.js';
import { TaskNewPage } from '../routes/cases/TaskNewPage.js';
import { ContactsPage } from '../routes/contacts/ContactsPage.js';
import { CustomerDetailPage } from '../routes/customers/CustomerDetailPage.js';
import { CustomerNewPage } from '../routes/customers/CustomerNewPage.js';
import { CustomersPage } from '../routes/customers/CustomersPage.js';
import { UnitDetailPage } from '../routes/customers/UnitDetailPage.js';
import { DisciplinePage } from '../routes/discipline/DisciplinePage.js';
import { ExportsPage } from '../routes/exports/ExportsPage.js';
import { FireDrillPage } from '../routes/fire-safety/FireDrillPage.js';
import { FireSafetyPage } from '../routes/fire-safety/FireSafetyPage.js';
import { GatePage } from '../routes/gate/GatePage.js';
import { DutyLogPage } from '../routes/handover/DutyLogPage.js';
import { DutyLogsPage } from '../routes/handover/DutyLogsPage.js';
import { HandoverPrintPage } from '../routes/handover/HandoverPrintPage.js';
import { IncidentReportPage } from '../routes/incidents/IncidentReportPage.js';
import { IncidentsPage } from '../routes/incidents/IncidentsPage.js';
import { ChecklistsPage } from '../routes/inspections/ChecklistsPage.js';
import { ExternalInspectionPage } from '../routes/inspections/ExternalInspectionPage.js';
import { ExternalInspectionsPage } from '../routes/inspections/ExternalInspectionsPage.js';
import { InspectionPage } from '../routes/inspections/InspectionPage.js';
import { InspectionsPage } from '../routes/inspections/InspectionsPage.js';
import { RectificationNoticesPage } from '../routes/inspections/RectificationNoticesPage.js';
import { MeetingDetailPage } from '../routes/meetings/MeetingDetailPage.js';
import { MeetingsPage } from '../routes/meetings/MeetingsPage.js';
import { NotFoundPage } from '../routes/NotFoundPage.js';
import { NoticeBoardPage } from '../routes/notices/NoticeBoardPage.js';
import { NoticeEditPage, NoticeNewPage } from '../routes/notices/NoticeEditorPages.js';
import { NoticePage } from '../routes/notices/NoticePage.js';
import { ScanPage } from '../routes/patrols/ScanPage.js';
import { PermissionsPage } from '../routes/permissions/PermissionsPage.js';
import { PlacesPage } from '../routes/places/PlacesPage.js';
import { ReceptionPage } from '../routes/reception/ReceptionPage.js';
import { RosterSetupPage } from '../routes/rosters/RosterSetupPage.js';
import { ShiftSwapsPage } from '../routes/rosters/ShiftSwapsPage.js';
import { ShiftsOverviewPage } from '../routes/rosters/ShiftsOverviewPage.js';
import { StaffLeavePage } from '../routes/rosters/StaffLeavePage.js';
import { RulebookPage } from '../routes/rulebook/RulebookPage.js';
import { ServiceLevelsPage } from '../routes/settings/ServiceLevelsPage.js';
import { MyShiftPage } from '../routes/shifts/MyShiftPage.js';
import { RosterPage } from '../routes/shifts/RosterPage.js';
import { ShiftConsolePage } from '../routes/shifts/ShiftConsolePage.js';
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
      {/* The live incident board: a wall screen, without the app's frame; a board token or a session. */}
      <Route path="board" element={<BoardPage />} />
      <Route element={<RequireViewer />}>
        {/* The printable handover sheet: a page of its own, without the app's frame. */}
        <Route path="shifts/:id/handover/print" element={<HandoverPrintPage />} />
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
            path="customers"
            element={
              <RequirePermission permission="customer_file.read">
                <CustomersPage />
              </RequirePermission>
            }
          />
          <Route
            path="customers/new"
            element={
              <RequirePermission permission="customer_file.create">
                <CustomerNewPage />
              </RequirePermission>
            }
          />
          <Route
            path="customers/units/:id"
            element={
              <RequirePermission permission="customer_file.read">
                <UnitDetailPage />
              </RequirePermission>
            }
          />
          <Route
            path="customers/:id"
            element={
              <RequirePermission permission="customer_file.read">
                <CustomerDetailPage />
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
            path="analytics"
            element={
              <RequirePermission permission={CASE_READ_PERMISSIONS}>
                <AnalyticsPage />
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
          <Route
            path="exports"
            element={
              <RequirePermission permission={EXPORT_PERMISSIONS}>
                <ExportsPage />
              </RequirePermission>
            }
          />
          <Route
            path="cases"
            element={
              <RequirePermission permission={CASE_ENTRY_PERMISSIONS}>
                <CaseQueuePage />
              </RequirePermission>
            }
          />
          <Route
            path="cases/new"
            element={
              <RequirePermission permission={CASE_CREATE_PERMISSIONS}>
                <CaseIntakePage />
              </RequirePermission>
            }
          />
          <Route
            path="cases/new-task"
            element={
              <RequirePermission permission={TASK_FORM_PERMISSIONS}>
                <TaskNewPage />
              </RequirePermission>
            }
          />
          {/* Anyone may open a case they are part of (an officer who reported it); the API decides. */}
          <Route path="cases/:id" element={<CaseDetailPage />} />
          <Route
            path="reception"
            element={
              <RequirePermission permission="reception.read">
                <ReceptionPage />
              </RequirePermission>
            }
          />
          <Route
            path="notices"
            element={
              <RequirePermission permission="notice.read">
                <NoticeBoardPage />
              </RequirePermission>
            }
          />
          <Route
            path="notices/new"
            element={
              <RequirePermission permission="notice.create">
                <NoticeNewPage />
              </RequirePermission>
            }
          />
          <Route
            path="notices/:id/edit"
            element={
              <RequirePermission permission={['notice.create', 'notice.handle']}>
                <NoticeEditPage />
              </RequirePermission>
            }
          />
          <Route
            path="notices/:id"
            element={
              <RequirePermission permission="notice.read">
                <NoticePage />
              </RequirePermission>
            }
          />
          <Route
            path="meetings"
            element={
              <RequirePermission permission="meeting.read">
                <MeetingsPage />
              </RequirePermission>
            }
          />
          <Route
            path="my-shift"
            element={
              <RequirePermission permission="roster.read">
                <MyShiftPage />
              </RequirePermission>
            }
          />
          <Route
            path="shifts"
            element={
              <RequirePermission permission="roster.read">
                <RosterPage />
              </RequirePermission>
            }
          />
          <Route
            path="duty-logs"
            element={
              <RequirePermission permission="duty_log.read">
                <DutyLogsPage />
              </RequirePermission>
            }
          />
          <Route
            path="duty-logs/:id"
            element={
              <RequirePermission permission="duty_log.read">
                <DutyLogPage />
              </RequirePermission>
            }
          />
          <Route
            path="discipline"
            element={
              <RequirePermission permission={['discipline.read', 'attendance.read']}>
                <DisciplinePage />
              </RequirePermission>
            }
          />
          <Route
            path="incidents"
            element={
              <RequirePermission permission={['incident.read', 'incident.create']}>
                <IncidentsPage />
              </RequirePermission>
            }
          />
          <Route
            path="incidents/new"
            element={
              <RequirePermission permission="incident.create">
                <IncidentReportPage />
              </RequirePermission>
            }
          />
          <Route
            path="places"
            element={
              <RequirePermission permission="place.read">
                <PlacesPage />
              </RequirePermission>
            }
          />
          <Route
            path="fire-safety"
            element={
              <RequirePermission permission="fire_safety.read">
                <FireSafetyPage />
              </RequirePermission>
            }
          />
          <Route
            path="fire-safety/drills/:id"
            element={
              <RequirePermission permission="fire_safety.read">
                <FireDrillPage />
              </RequirePermission>
            }
          />
          <Route
            path="contacts"
            element={
              <RequirePermission permission="liaison.read">
                <ContactsPage />
              </RequirePermission>
            }
          />
          <Route
            path="gate"
            element={
              <RequirePermission permission="goods_vehicle.read">
                <GatePage />
              </RequirePermission>
            }
          />
          <Route
            path="inspections"
            element={
              <RequirePermission permission={['inspection.read', 'external_inspection.read']}>
                <InspectionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="inspections/notices"
            element={
              <RequirePermission permission="inspection.read">
                <RectificationNoticesPage />
              </RequirePermission>
            }
          />
          <Route
            path="inspections/checklists"
            element={
              <RequirePermission permission="inspection.read">
                <ChecklistsPage />
              </RequirePermission>
            }
          />
          <Route
            path="inspections/external"
            element={
              <RequirePermission permission="external_inspection.read">
                <ExternalInspectionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="inspections/external/:id"
            element={
              <RequirePermission permission="external_inspection.read">
                <ExternalInspectionPage />
              </RequirePermission>
            }
          />
          {/* Inspectors open their inspection (the API decides what they see). */}
          <Route path="inspections/:id" element={<InspectionPage />} />
          {/* Where a checkpoint's QR card lands: whoever scans it (the API decides if they may record). */}
          <Route path="scan/:code" element={<ScanPage />} />
          <Route
            path="shifts/overview"
            element={
              <RequirePermission permission="roster.read">
                <ShiftsOverviewPage />
              </RequirePermission>
            }
          />
          <Route
            path="shifts/swaps"
            element={
              <RequirePermission permission="roster.read">
                <ShiftSwapsPage />
              </RequirePermission>
            }
          />
          <Route
            path="shifts/leave"
            element={
              <RequirePermission permission="roster.read">
                <StaffLeavePage />
              </RequirePermission>
            }
          />
          <Route
            path="shifts/setup"
            element={
              <RequirePermission permission="roster.create">
                <RosterSetupPage />
              </RequirePermission>
            }
          />
          {/* Anyone on a shift may open it (the API decides what they see). */}
          <Route path="shifts/:id" element={<ShiftConsolePage />} />
          {/* Anyone asked to a meeting may open it (the API decides what they see). */}
          <Route path="meetings/:id" element={<MeetingDetailPage />} />
          <Route
            path="settings/service-levels"
            element={
              <RequirePermission permission="service_level.read">
                <ServiceLevelsPage />
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
