import type { PermissionCode } from '@steward/schema';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session-context.js';

/**
 * A page for those whose position grants the permission (or any one of a list); a polite refusal
 * for everyone else.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: PermissionCode | readonly PermissionCode[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = typeof permission === 'string' ? can(permission) : permission.some((p) => can(p));
  if (allowed) return <>{children}</>;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errors.FORBIDDEN')}
      data-testid="forbidden"
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
