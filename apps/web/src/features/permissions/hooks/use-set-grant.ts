import type { DataScope } from '@steward/schema';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { outcomeOf } from '../../../lib/form-errors.js';
import { setPositionGrantMutation } from '../permissions.operations.js';

/** Sets one grant, remembering which cells are on their way to the server. */
export function useSetGrant(): {
  pending: ReadonlySet<string>;
  setGrant(positionKey: string, permission: string, scope: DataScope | null): Promise<void>;
} {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [, setPositionGrant] = useMutation(setPositionGrantMutation);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const setGrant = useCallback(
    async (positionKey: string, permission: string, scope: DataScope | null) => {
      const cell = `${positionKey}|${permission}`;
      setPending((p) => new Set(p).add(cell));
      try {
        const result = await setPositionGrant({ input: { positionKey, permission, scope } });
        const outcome = outcomeOf(null, [], t, result, result.data?.setPositionGrant);
        if (outcome.ok) void message.success({ content: t('permissions.saved'), key: 'grant', duration: 1.5 });
        else void message.error(outcome.problem ?? t('errors.unknown'));
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(cell);
          return next;
        });
      }
    },
    [setPositionGrant, t, message],
  );
  return { pending, setGrant };
}
