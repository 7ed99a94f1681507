import { DATA_SCOPES, type DataScope } from '@steward/schema';
import { Select, Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

export const SCOPE_COLOR: Record<DataScope, string> = {
  ALL: 'geekblue',
  DEPARTMENT: 'cyan',
  SITE: 'green',
  TEAM: 'lime',
  OWN: 'orange',
};

/** The same colours as text, for inside a select (a tag there would not fit a narrow cell). */
const SCOPE_TEXT: Record<DataScope, string> = {
  ALL: '#1d39c4',
  DEPARTMENT: '#08979c',
  SITE: '#389e0d',
  TEAM: '#7cb305',
  OWN: '#d46b08',
};

const NONE = 'NONE';

interface Props {
  positionKey: string;
  permission: string;
  scope: DataScope | null;
  editable: boolean;
  pending: boolean;
  label: string;
  /** Stable across renders (so that only the cells that changed render again). */
  onChange(positionKey: string, permission: string, scope: DataScope | null): void;
  /** Room for the select's arrow (not in the matrix's narrow cells). */
  roomy?: boolean;
}

/** One grant: how far a permission reaches for a position (a select for whoever may manage them). */
export const ScopeCell = memo(function ScopeCell({
  positionKey,
  permission,
  scope,
  editable,
  pending,
  label,
  onChange,
  roomy,
}: Props) {
  const testId = `grant-${positionKey}-${permission}`;
  const { t } = useTranslation();
  if (!editable) {
    return scope ? (
      <Tag
        color={SCOPE_COLOR[scope]}
        bordered={false}
        style={{ marginInlineEnd: 0 }}
        data-testid={testId}
        data-scope={scope}
      >
        {t(`permissions.scopes.${scope}`)}
      </Tag>
    ) : (
      <span style={{ color: '#c0c6cf' }} data-testid={testId} data-scope="NONE">
        —
      </span>
    );
  }
  return (
    <Select<string>
      size="small"
      aria-label={label}
      value={scope ?? NONE}
      loading={pending}
      disabled={pending}
      popupMatchSelectWidth={false}
      style={{ width: '100%', fontSize: 13 }}
      // A matrix cell is too narrow for "Department" and an arrow; the filled pill says "choose me".
      suffixIcon={roomy ? undefined : null}
      variant={scope ? 'filled' : 'borderless'}
      onChange={(v) => onChange(positionKey, permission, v === NONE ? null : (v as DataScope))}
      data-testid={testId}
      data-scope={scope ?? NONE}
      options={[
        { value: NONE, label: <span style={{ color: '#a3adba', fontSize: 13 }}>{t('permissions.scopes.NONE')}</span> },
        ...DATA_SCOPES.map((s) => ({
          value: s,
          label: (
            <span style={{ color: SCOPE_TEXT[s], fontWeight: 500, fontSize: 13 }}>{t(`permissions.scopes.${s}`)}</span>
          ),
        })),
      ]}
    />
  );
});
