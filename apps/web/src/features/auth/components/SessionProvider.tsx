import type { PermissionCode } from '@steward/schema';
import { Alert, Button, Flex, Spin } from 'antd';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { describeError } from '../../../lib/errors.js';
import { setDisplayTimeZone } from '../../../lib/format.js';
import { viewerQuery } from '../auth.operations.js';
import { type Session, SessionContext } from '../session-context.js';

interface Props {
  restart(): void;
  children: ReactNode;
}

/**
 * Asks the server who is signed in and shares the answer. Mounted afresh for each session (keyed
 * by the App), so a new session never shows the previous one's viewer while loading.
 */
export function SessionProvider({ restart, children }: Props) {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({ query: viewerQuery });
  const viewer = data ? (data.viewer ?? null) : undefined;
  setDisplayTimeZone(viewer?.staff.sites[0]?.timeZone);
  const granted = useMemo(() => new Set(viewer?.permissions.map((g) => g.permission) ?? []), [viewer]);
  const can = useCallback((permission: PermissionCode) => granted.has(permission), [granted]);
  const session = useMemo<Session>(() => ({ viewer, can, restart }), [viewer, can, restart]);

  if (viewer === undefined && error) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16 }}>
        <Alert
          type="error"
          showIcon
          title={describeError(error, t)}
          action={
            <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('common.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** While the server is asked who is signed in. */
export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
