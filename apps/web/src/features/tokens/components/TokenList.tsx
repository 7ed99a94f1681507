import { StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { revokeApiTokenMutation } from '../tokens.operations.js';
import { TokenStatusTag } from './TokenStatusTag.js';

interface Props {
  tokens: readonly ApiTokenFieldsFragment[];
  loading: boolean;
  compact: boolean;
  showOwner: boolean;
}

function Scopes({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {token.scopes.map((s) => (
        <Tag key={s} bordered={false} color={s === 'READ' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
          {t(`tokens.scopes.${s}`)}
        </Tag>
      ))}
    </Flex>
  );
}

function RevokeButton({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ fetching }, revoke] = useMutation(revokeApiTokenMutation);
  if (!token.active) return null;
  return (
    <Popconfirm
      title={t('tokens.revokeConfirm', { name: token.name })}
      description={t('tokens.revokeExplained')}
      okText={t('tokens.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={async () => {
        const result = await revoke({ input: { tokenId: token.id } });
        const outcome = outcomeOf(null, [], t, result, result.data?.revokeApiToken);
        if (outcome.ok) void message.success(t('tokens.revoked'));
        else void message.error(outcome.problem ?? t('errors.unknown'));
      }}
    >
      <Button size="small" danger icon={<StopOutlined />} loading={fetching} data-testid="token-revoke">
        {t('tokens.revoke')}
      </Button>
    </Popconfirm>
  );
}

/** API tokens: what each is for, what it may do, when it expires and was last used. */
export function TokenList({ tokens, loading, compact, showOwner }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const never = <Typography.Text type="secondary">{t('tokens.never')}</Typography.Text>;

  if (compact) {
    if (!loading && tokens.length === 0) return <Empty description={t('tokens.none')} />;
    return (
      <Flex vertical gap={8} data-testid="token-list">
        {tokens.map((token) => (
          <Card key={token.id} size="small" data-testid="token-row" data-prefix={token.prefix}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{token.name}</Typography.Text>
                <div>
                  <Typography.Text code style={{ fontSize: 12 }}>
                    {token.prefix}…
                  </Typography.Text>
                </div>
              </div>
              <TokenStatusTag token={token} />
            </Flex>
            <Flex vertical gap={4} style={{ marginTop: 8, fontSize: 13 }}>
              <Scopes token={token} />
              {showOwner && token.owner && (
                <Typography.Text type="secondary">
                  {t('tokens.owner')}
                  {t('common.colon')}
                  {token.owner.name}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {t('tokens.expires')}
                {t('common.colon')}
                {formatDate(token.expiresAt, locale)} · {t('tokens.lastUsed')}
                {t('common.colon')}
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.never')}
              </Typography.Text>
            </Flex>
            {token.active && (
              <div style={{ marginTop: 8, textAlign: 'end' }}>
                <RevokeButton token={token} />
              </div>
            )}
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<ApiTokenFieldsFragment> = [
    {
      key: 'name',
      title: t('tokens.name'),
      render: (_v, token) => (
        <div>
          <Typography.Text strong>{token.name}</Typography.Text>
          <div>
            <Typography.Text code style={{ fontSize: 12 }}>
              {token.prefix}…
            </Typography.Text>
          </div>
        </div>
      ),
    },
    ...(showOwner
      ? [
          {
            key: 'owner',
            title: t('tokens.owner'),
            render: (_v: unknown, token: ApiTokenFieldsFragment) => token.owner?.name ?? '—',
          },
        ]
      : []),
    { key: 'scopes', title: t('tokens.scopesLabel'), render: (_v, token) => <Scopes token={token} /> },
    { key: 'created', title: t('tokens.created'), render: (_v, token) => formatDate(token.createdAt, locale) },
    { key: 'expires', title: t('tokens.expires'), render: (_v, token) => formatDate(token.expiresAt, locale) },
    {
      key: 'lastUsed',
      title: t('tokens.lastUsed'),
      render: (_v, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : never),
    },
    { key: 'state', title: t('tokens.stateLabel'), width: 90, render: (_v, token) => <TokenStatusTag token={token} /> },
    { key: 'actions', title: '', width: 110, align: 'end', render: (_v, token) => <RevokeButton token={token} /> },
  ];
  return (
    <Table<ApiTokenFieldsFragment>
      data-testid="token-list"
      rowKey="id"
      columns={columns}
      dataSource={tokens as ApiTokenFieldsFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('tokens.none')} /> }}
      onRow={(token) => ({ 'data-testid': 'token-row', 'data-prefix': token.prefix }) as object}
    />
  );
}
