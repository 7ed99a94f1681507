import type { DataScope } from '@steward/schema';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionRow } from '../permission-rows.js';
import { ScopeCell } from './ScopeCell.js';

interface Props {
  positionKey: string;
  positionName: string;
  rows: PermissionRow[];
  grants: Map<string, DataScope> | undefined;
  editable: boolean;
  pending: ReadonlySet<string>;
  onChange(positionKey: string, permission: string, scope: DataScope | null): void;
}

/** One position's grants, resource by resource: the phone's view of the matrix. */
export function PositionPermissionList({
  positionKey,
  positionName,
  rows,
  grants,
  editable,
  pending,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const resources = rows.filter((r) => r.first);
  return (
    <Flex vertical gap={8} data-testid="position-permissions">
      {resources.map((resource) => (
        <Card
          key={resource.resourceKey}
          size="small"
          title={resource.resourceName}
          styles={{ body: { paddingBlock: 4 } }}
        >
          {rows
            .filter((r) => r.resourceKey === resource.resourceKey)
            .map((row) => (
              <Flex key={row.code} justify="space-between" align="center" gap={12} style={{ paddingBlock: 6 }}>
                <Typography.Text>{t(`permissions.actions.${row.action}`)}</Typography.Text>
                <div style={{ width: 140 }}>
                  <ScopeCell
                    scope={grants?.get(row.code) ?? null}
                    editable={editable}
                    pending={pending.has(`${positionKey}|${row.code}`)}
                    label={`${positionName} · ${row.resourceName} · ${t(`permissions.actions.${row.action}`)}`}
                    positionKey={positionKey}
                    permission={row.code}
                    onChange={onChange}
                    roomy
                  />
                </div>
              </Flex>
            ))}
        </Card>
      ))}
    </Flex>
  );
}
