import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError } from '../lib/errors.js';

interface Props {
  /** The list query's error: shown (with a retry) only when there is nothing to show instead. */
  error?: CombinedError;
  hasData: boolean;
  retry(): void;
  /** "42 cases" — empty while loading. */
  count: string;
  /** Test ids `<testId>-count` and `<testId>-next`. */
  testId: string;
  pageInfo?: { startCursor?: string | null; endCursor?: string | null };
  hasPrevious: boolean;
  hasNext: boolean;
  onPage(cursor: { before?: string | null; after?: string | null }): void;
  /** The rows. */
  children: ReactNode;
}

/** A list page's results: the rows, their count, and previous/next pages by cursor; or why not. */
export function ListResults({
  error,
  hasData,
  retry,
  count,
  testId,
  pageInfo,
  hasPrevious,
  hasNext,
  onPage,
  children,
}: Props) {
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
  return (
    <>
      {children}
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }} gap={8}>
        <Typography.Text type="secondary" data-testid={`${testId}-count`}>
          {count}
        </Typography.Text>
        <Flex gap={8}>
          <Button
            icon={<LeftOutlined />}
            disabled={!hasPrevious || !pageInfo?.startCursor}
            onClick={() => onPage({ before: pageInfo?.startCursor })}
            data-testid={`${testId}-previous`}
          >
            {t('common.previous')}
          </Button>
          <Button
            disabled={!hasNext || !pageInfo?.endCursor}
            onClick={() => onPage({ after: pageInfo?.endCursor })}
            data-testid={`${testId}-next`}
          >
            {t('common.next')} <RightOutlined />
          </Button>
        </Flex>
      </Flex>
    </>
  );
}
