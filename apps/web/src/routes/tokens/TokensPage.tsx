import { DesktopOutlined, FundProjectionScreenOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Grid, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { CreateTokenModal } from '../../features/tokens/components/CreateTokenModal.js';
import { TokenList } from '../../features/tokens/components/TokenList.js';
import { apiTokensQuery } from '../../features/tokens/tokens.operations.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** /tokens: your API tokens for notebooks and wall boards (everyone's, for those who manage them). */
export function TokensPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const manager = can('api_token.manage');
  const { params, after, before, setFilter, page, paging } = useUrlListState();
  const all = params.get('all') === '1';
  const [creating, setCreating] = useState<'token' | 'board' | null>(null);
  const scope = { all: manager && all };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: apiTokensQuery,
    variables: before ? { ...scope, last: PAGE_SIZE, before } : { ...scope, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.apiTokens;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  useEffect(() => {
    document.title = `${t('tokens.title')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div style={{ maxWidth: 720 }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('tokens.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tokens.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Button href="/board" target="_blank" icon={<DesktopOutlined />} data-testid="board-open">
            {t('tokens.openBoard')}
          </Button>
          <Button
            icon={<FundProjectionScreenOutlined />}
            onClick={() => setCreating('board')}
            data-testid="token-create-board"
          >
            {t('tokens.createBoard')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating('token')}
            data-testid="token-create"
          >
            {t('tokens.create')}
          </Button>
        </Flex>
      </Flex>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tokens.boardHowTo')} />
      {manager && (
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Switch
            checked={all}
            onChange={(on) => setFilter('all', on ? '1' : null)}
            data-testid="tokens-all"
            id="tokens-all"
          />
          <label htmlFor="tokens-all">{t('tokens.everyone')}</label>
        </Flex>
      )}
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('tokens.count', { count: connection.totalCount }) : ''}
        testId="token"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <TokenList
          tokens={connection?.nodes ?? []}
          loading={fetching && !data}
          compact={compact}
          showOwner={manager && all}
        />
      </ListResults>
      {/* One form per purpose: a board token starts from the board's settings. */}
      <CreateTokenModal
        key={creating ?? 'closed'}
        open={creating !== null}
        board={creating === 'board'}
        onClose={() => setCreating(null)}
      />
    </div>
  );
}
