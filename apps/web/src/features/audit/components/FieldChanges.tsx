import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEventFieldsFragment } from '../../../gql/graphql.js';
import { useChangeFormatter } from '../hooks/use-change-formatter.js';

/** What an event changed, field by field: before → after. */
export function FieldChanges({ changes, targetType }: Pick<AuditEventFieldsFragment, 'changes' | 'targetType'>) {
  const { t } = useTranslation();
  const format = useChangeFormatter();
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <div
      data-testid="audit-changes"
      style={{ display: 'grid', gridTemplateColumns: 'minmax(64px, max-content) 1fr', columnGap: 16, rowGap: 6 }}
    >
      {changes.map((c) => (
        <div key={c.field} style={{ display: 'contents' }}>
          <Typography.Text type="secondary">
            {t([`audit.fields.${targetType}_${c.field}`, `audit.fields.${c.field}`], { defaultValue: c.field })}
          </Typography.Text>
          <span style={{ wordBreak: 'break-word' }}>
            {c.before !== null && (
              <>
                <Typography.Text delete type="secondary">
                  {format(c.field, c.before)}
                </Typography.Text>
                <ArrowRightOutlined style={{ color: '#8c98a8', fontSize: 11, marginInline: 8 }} />
              </>
            )}
            <Typography.Text>{format(c.field, c.after)}</Typography.Text>
          </span>
        </div>
      ))}
    </div>
  );
}
