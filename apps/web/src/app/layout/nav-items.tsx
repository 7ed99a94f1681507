import { BookOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The app's sections. A feature adds its entry here; the menu and drawer follow. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
}

export const navItems: NavItem[] = [{ path: '/rulebook', labelKey: 'nav.rulebook', icon: <BookOutlined /> }];
