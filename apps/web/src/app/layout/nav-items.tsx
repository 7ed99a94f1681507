import { AuditOutlined, BookOutlined, KeyOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import type { PermissionCode } from '@steward/schema';
import type { ReactNode } from 'react';

/** The app's sections. A feature adds its entry here; the menu and drawer follow. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** What the viewer's position must grant to see it; null: everyone signed in. */
  permission: PermissionCode | null;
}

export const navItems: NavItem[] = [
  { path: '/rulebook', labelKey: 'nav.rulebook', icon: <BookOutlined />, permission: 'rulebook.read' },
  { path: '/staff', labelKey: 'nav.staff', icon: <TeamOutlined />, permission: 'staff.read' },
  {
    path: '/permissions',
    labelKey: 'nav.permissions',
    icon: <SafetyCertificateOutlined />,
    permission: 'permission.read',
  },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/tokens', labelKey: 'nav.tokens', icon: <KeyOutlined />, permission: null },
];

/** The sections this viewer may use. */
export function visibleNavItems(can: (permission: PermissionCode) => boolean): NavItem[] {
  return navItems.filter((item) => item.permission === null || can(item.permission));
}
