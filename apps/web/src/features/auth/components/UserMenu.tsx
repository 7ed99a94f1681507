import {
  CheckOutlined,
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { LocaleTag } from '@steward/schema';
import { App, Avatar, Button, Dropdown, Flex, type MenuProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { describeError } from '../../../lib/errors.js';
import { logoutMutation } from '../auth.operations.js';
import { useChangeLanguage } from '../hooks/use-change-language.js';
import { useSession } from '../session-context.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';

const LANGUAGES: { value: LocaleTag; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Who is signed in (name, position) and what they can do about it: language, password, tokens, sign out. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { viewer, restart } = useSession();
  const { locale } = useLocale();
  const changeLanguage = useChangeLanguage();
  const [, logout] = useMutation(logoutMutation);
  const [passwordOpen, setPasswordOpen] = useState(false);
  if (!viewer) return null;
  const { staff } = viewer;

  const signOut = async () => {
    const result = await logout({});
    if (result.error) {
      void message.error(describeError(result.error, t));
      return;
    }
    navigate('/login', { replace: true });
    restart();
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      style: { cursor: 'default' },
      label: (
        <div style={{ paddingBlock: 4 }}>
          <Typography.Text strong style={{ display: 'block' }}>
            {staff.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {staff.position.name} · {staff.employeeNo}
          </Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'language',
      type: 'group',
      label: (
        <span>
          <GlobalOutlined /> {t('app.language')}
        </span>
      ),
      children: LANGUAGES.map((l) => ({
        key: `lang:${l.value}`,
        label: <span data-testid={`menu-language-${l.value}`}>{l.label}</span>,
        extra: l.value === locale ? <CheckOutlined /> : undefined,
      })),
    },
    { type: 'divider' },
    {
      key: 'password',
      icon: <LockOutlined />,
      label: <span data-testid="menu-change-password">{t('auth.changePassword')}</span>,
    },
    { key: 'tokens', icon: <KeyOutlined />, label: <span data-testid="menu-tokens">{t('nav.tokens')}</span> },
    { type: 'divider' },
    {
      key: 'signout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="sign-out">{t('auth.signOut')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) changeLanguage(key.slice(5) as LocaleTag);
    else if (key === 'password') setPasswordOpen(true);
    else if (key === 'tokens') navigate('/tokens');
    else if (key === 'signout') void signOut();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          data-testid="user-menu"
          aria-label={t('auth.userMenu', { name: staff.name })}
          style={{ height: 48, paddingInline: 6, color: '#fff' }}
        >
          <Flex align="center" gap={8}>
            <Avatar size={32} icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.2)' }} />
            {!compact && (
              <Flex vertical align="flex-start" style={{ lineHeight: 1.25, maxWidth: 220 }}>
                <span style={{ color: '#fff', fontWeight: 600 }} data-testid="viewer-name">
                  {staff.name}
                </span>
                <span
                  style={{
                    color: 'rgba(255,255,255,0.75)',
                    fontSize: 12,
                    maxWidth: 220,
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                  data-testid="viewer-position"
                >
                  {staff.position.name}
                </span>
              </Flex>
            )}
            {!compact && <DownOutlined style={{ color: 'rgba(255,255,255,0.75)', fontSize: 11 }} />}
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
