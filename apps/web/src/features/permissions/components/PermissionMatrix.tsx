import type { DataScope } from '@steward/schema';
import { Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionMatrixQuery } from '../../../gql/graphql.js';
import type { PermissionRow } from '../permission-rows.js';
import { ScopeCell } from './ScopeCell.js';

interface Props {
  positions: PermissionMatrixQuery['positions'];
  rows: PermissionRow[];
  grants: Map<string, Map<string, DataScope>>;
  editable: boolean;
  pending: ReadonlySet<string>;
  onChange(positionKey: string, permission: string, scope: DataScope | null): void;
}

const CELL_WIDTH = 110;

/** Positions across, permissions down; each cell the reach of one grant. */
export function PermissionMatrix({ positions, rows, grants, editable, pending, onChange }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PermissionRow> = [
    {
      key: 'resource',
      title: t('permissions.resource'),
      fixed: 'start',
      width: 140,
      onCell: (row) => ({ rowSpan: row.first ? row.span : 0, style: { verticalAlign: 'top', background: '#fafbfc' } }),
      render: (_v, row) => (
        <Tooltip title={row.records.length ? t('permissions.records', { records: row.records.join(', ') }) : undefined}>
          <Typography.Text strong>{row.resourceName}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      key: 'action',
      title: t('permissions.action'),
      fixed: 'start',
      width: 84,
      render: (_v, row) => <Typography.Text>{t(`permissions.actions.${row.action}`)}</Typography.Text>,
    },
    ...positions.map((p) => ({
      key: p.key,
      title: (
        <Typography.Text strong style={{ fontSize: 13, lineHeight: 1.3, display: 'block' }}>
          {p.name}
        </Typography.Text>
      ),
      width: CELL_WIDTH,
      render: (_v: unknown, row: PermissionRow) => (
        <ScopeCell
          scope={grants.get(p.key)?.get(row.code) ?? null}
          editable={editable}
          pending={pending.has(`${p.key}|${row.code}`)}
          label={`${p.name} · ${row.resourceName} · ${t(`permissions.actions.${row.action}`)}`}
          positionKey={p.key}
          permission={row.code}
          onChange={onChange}
        />
      ),
    })),
  ];
  return (
    <Table<PermissionRow>
      data-testid="permission-matrix"
      rowKey="code"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 224 + positions.length * CELL_WIDTH }}
      sticky={{ offsetHeader: 64 }}
    />
  );
}
