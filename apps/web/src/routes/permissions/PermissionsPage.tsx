import { EyeOutlined } from '@ant-design/icons';
import { DATA_SCOPES } from '@steward/schema';
import { Alert, Card, Col, Flex, Grid, Input, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { PermissionMatrix } from '../../features/permissions/components/PermissionMatrix.js';
import { PositionPermissionList } from '../../features/permissions/components/PositionPermissionList.js';
import { SCOPE_COLOR } from '../../features/permissions/components/ScopeCell.js';
import { useSetGrant } from '../../features/permissions/hooks/use-set-grant.js';
import { grantIndex, permissionRows } from '../../features/permissions/permission-rows.js';
import { permissionMatrixQuery } from '../../features/permissions/permissions.operations.js';
import { useDebouncedValue } from '../../lib/use-debounced-value.js';

/** /permissions[?position=key]: what each position may do, and how far it reaches. */
export function PermissionsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.lg;
  const { can } = useSession();
  const editable = can('permission.manage');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search);
  const [{ data, fetching, error }, refetch] = useQuery({ query: permissionMatrixQuery });
  const { pending, setGrant } = useSetGrant();

  useEffect(() => {
    document.title = `${t('permissions.title')} · Steward`;
  }, [t]);

  const grants = useMemo(() => grantIndex(data), [data]);
  const rows = useMemo(() => permissionRows(data?.permissionCatalogue ?? [], settled), [data, settled]);
  const positions = data?.positions ?? [];
  const selectedKey = params.get('position') ?? positions[0]?.key ?? '';
  const selected = positions.find((p) => p.key === selectedKey);

  return (
    <div style={{ maxWidth: 1400, margin: '0 auto' }}>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('permissions.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('permissions.subtitle')} {editable && t('permissions.editHint')}
        </Typography.Text>
      </div>
      {!editable && (
        <Alert
          type="info"
          showIcon
          icon={<EyeOutlined />}
          title={t('permissions.readOnly')}
          style={{ marginBottom: 12, background: '#eef3f8', border: '1px solid #d5e1ee' }}
          data-testid="permissions-read-only"
        />
      )}
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]} align="middle">
          {compact && (
            <Col xs={24}>
              <Select<string>
                aria-label={t('permissions.position')}
                style={{ width: '100%' }}
                size="large"
                value={selectedKey || undefined}
                onChange={(key) => setParams({ position: key }, { replace: true })}
                options={positions.map((p) => ({
                  value: p.key,
                  label: p.department ? `${p.name} · ${p.department.name}` : p.name,
                }))}
                data-testid="position-select"
              />
            </Col>
          )}
          <Col xs={24} lg={8}>
            <Input.Search
              allowClear
              aria-label={t('permissions.search')}
              placeholder={t('permissions.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </Col>
          <Col xs={24} lg={16}>
            <Flex gap={6} wrap align="center" justify={compact ? 'flex-start' : 'flex-end'}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('permissions.legend')}
              </Typography.Text>
              {DATA_SCOPES.map((s) => (
                <Tooltipped key={s} scope={s} />
              ))}
            </Flex>
          </Col>
        </Row>
      </Card>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {compact ? (
          selected && (
            <PositionPermissionList
              positionKey={selected.key}
              positionName={selected.name}
              rows={rows}
              grants={grants.get(selected.key)}
              editable={editable}
              pending={pending}
              onChange={setGrant}
            />
          )
        ) : (
          <PermissionMatrix
            positions={positions}
            rows={rows}
            grants={grants}
            editable={editable}
            pending={pending}
            onChange={setGrant}
          />
        )}
      </QueryState>
    </div>
  );
}

function Tooltipped({ scope }: { scope: (typeof DATA_SCOPES)[number] }) {
  const { t } = useTranslation();
  return (
    <Tag color={SCOPE_COLOR[scope]} bordered={false} title={t(`permissions.scopeHints.${scope}`)}>
      {t(`permissions.scopes.${scope}`)}
    </Tag>
  );
}
