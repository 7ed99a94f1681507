import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CarOutlined,
  ClockCircleOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DownloadOutlined,
  EnvironmentOutlined,
  ExceptionOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FireOutlined,
  KeyOutlined,
  NotificationOutlined,
  PhoneOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { PermissionCode } from '@steward/schema';
import type { ComponentType, ReactNode } from 'react';
import { CASE_ENTRY_PERMISSIONS, CASE_READ_PERMISSIONS } from '../../features/cases/case-abilities.js';

import { EXPORT_PERMISSIONS } from '../../features/exports/export-abilities.js';
import { PendingAcknowledgementsBadge } from '../../features/notices/components/PendingAcknowledgementsBadge.js';

/** The app's sections. A feature adds its entry here; the menu and drawer follow. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** What the viewer's position must grant to see it (any one of a list); null: everyone signed in. */
  permission: PermissionCode | readonly PermissionCode[] | null;
  /** Something live beside the label (a count of what waits for the viewer), if the section has one. */
  extra?: ComponentType;
}

export const navItems: NavItem[] = [
  { path: '/cases', labelKey: 'nav.cases', icon: <CustomerServiceOutlined />, permission: CASE_ENTRY_PERMISSIONS },
  { path: '/my-shift', labelKey: 'nav.myShift', icon: <ClockCircleOutlined />, permission: 'roster.read' },
  { path: '/shifts', labelKey: 'nav.roster', icon: <CalendarOutlined />, permission: 'roster.read' },
  { path: '/duty-logs', labelKey: 'nav.dutyLogs', icon: <FileTextOutlined />, permission: 'duty_log.read' },
  { path: '/discipline', labelKey: 'attendance.nav', icon: <ExceptionOutlined />, permission: 'discipline.read' },
  {
    path: '/incidents',
    labelKey: 'incidents.nav',
    icon: <AlertOutlined />,
    permission: ['incident.read', 'incident.create'],
  },
  { path: '/places', labelKey: 'nav.places', icon: <EnvironmentOutlined />, permission: 'place.read' },
  { path: '/fire-safety', labelKey: 'fireSafety.nav', icon: <FireOutlined />, permission: 'fire_safety.read' },
  { path: '/contacts', labelKey: 'contacts.nav', icon: <PhoneOutlined />, permission: 'liaison.read' },
  { path: '/gate', labelKey: 'gate.nav', icon: <CarOutlined />, permission: 'goods_vehicle.read' },
  {
    path: '/inspections',
    labelKey: 'nav.inspections',
    icon: <SafetyOutlined />,
    permission: ['inspection.read', 'external_inspection.read'],
  },
  { path: '/reception', labelKey: 'nav.reception', icon: <SolutionOutlined />, permission: 'reception.read' },
  { path: '/customers', labelKey: 'nav.customers', icon: <ContactsOutlined />, permission: 'customer_file.read' },
  {
    path: '/notices',
    labelKey: 'nav.notices',
    icon: <NotificationOutlined />,
    permission: 'notice.read',
    extra: PendingAcknowledgementsBadge,
  },
  { path: '/meetings', labelKey: 'nav.meetings', icon: <ScheduleOutlined />, permission: 'meeting.read' },
  { path: '/rulebook', labelKey: 'nav.rulebook', icon: <BookOutlined />, permission: 'rulebook.read' },
  { path: '/staff', labelKey: 'nav.staff', icon: <TeamOutlined />, permission: 'staff.read' },
  {
    path: '/permissions',
    labelKey: 'nav.permissions',
    icon: <SafetyCertificateOutlined />,
    permission: 'permission.read',
  },
  { path: '/analytics', labelKey: 'analytics.nav', icon: <BarChartOutlined />, permission: CASE_READ_PERMISSIONS },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/exports', labelKey: 'exports.nav', icon: <DownloadOutlined />, permission: EXPORT_PERMISSIONS },
  {
    path: '/settings/service-levels',
    labelKey: 'nav.serviceLevels',
    icon: <FieldTimeOutlined />,
    permission: 'service_level.read',
  },
  { path: '/tokens', labelKey: 'nav.tokens', icon: <KeyOutlined />, permission: null },
];

/** The sections this viewer may use. */
export function visibleNavItems(can: (permission: PermissionCode) => boolean): NavItem[] {
  return navItems.filter((item) => {
    const { permission } = item;
    if (permission === null) return true;
    return typeof permission === 'string' ? can(permission) : permission.some((p) => can(p));
  });
}
