import { Alert, Button, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError } from '../lib/errors.js';

interface Props {
  fetching: boolean;
  error?: CombinedError;
  hasData: boolean;
  retry(): void;
  children: ReactNode;
}

/** Loading skeleton, a readable error with a retry, or the content. */
export function QueryState({ fetching, error, hasData, retry, children }: Props) {
  const { t } = useTranslation();
  if (error && !hasData) {
    return (
      <Alert
        type="error"
        showIcon
        title={describeError(error, t)}
        action={
          <Button size="small" onClick={retry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (fetching && !hasData) return <Skeleton active paragraph={{ rows: 6 }} />;
  return <>{children}</>;
}
