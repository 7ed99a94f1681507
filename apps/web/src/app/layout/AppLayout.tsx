import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { UserMenu } from '../../features/auth/components/UserMenu.js';
import { useSession } from '../../features/auth/session-context.js';
import { NotificationBell } from '../../features/notifications/components/NotificationBell.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { visibleNavItems } from './nav-items.js';

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { can } = useSession();
  const navItems = visibleNavItems(can);
  const selected = navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path;
  return (
    <nav aria-label={t('app.menu')} data-testid="nav">
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        style={{ borderInlineEnd: 'none', paddingTop: 8 }}
        items={navItems.map((item) => ({
          key: item.path,
          icon: item.icon,
          label: item.extra ? (
            <span>
              {t(item.labelKey)}
              <item.extra />
            </span>
          ) : (
            t(item.labelKey)
          ),
          'data-testid': `nav-${item.path.slice(1).replaceAll('/', '-')}`,
        }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

/** The shell every page sits in: a header, the sections menu (a drawer on phones), the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const desktop = screens.lg ?? false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, position: 'sticky', top: 0, zIndex: 10 }}>
        {!desktop && (
          <Button
            type="text"
            aria-label={t('app.menu')}
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
          <img src="/favicon.svg" alt="" width={28} height={28} style={{ borderRadius: 6, background: '#fff' }} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
          {screens.sm && (
            <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>{t('app.tagline')}</Typography.Text>
          )}
        </Link>
        <div style={{ flex: 1 }} />
        {screens.md && <LanguageSwitch />}
        <NotificationBell compact={!screens.md} />
        <UserMenu compact={!screens.md} />
      </Layout.Header>
      <Layout>
        {desktop && (
          <Layout.Sider width={208} theme="light" style={{ borderInlineEnd: '1px solid #e8ebf0' }}>
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout.Content id="main" style={{ padding: desktop ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {!desktop && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
