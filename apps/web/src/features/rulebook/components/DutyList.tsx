import { InfoCircleOutlined } from '@ant-design/icons';
import { Empty, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutyItemFragment } from '../../../gql/graphql.js';

interface Props {
  duties: readonly DutyItemFragment[];
  /** Shown under a duty, e.g. its owner in search results. */
  extra?: (duty: DutyItemFragment) => ReactNode;
  emptyText?: string;
}

/** Numbered duties, each with the citation people use for it (e.g. SL-4). */
export function DutyList({ duties, extra, emptyText }: Props) {
  const { t } = useTranslation();
  if (duties.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('rulebook.noDuties')} />;
  }
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {duties.map((duty) => (
        <li
          key={duty.id}
          data-testid="duty"
          data-source={duty.source}
          style={{ display: 'flex', gap: 12, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <span
            aria-hidden
            style={{
              flex: '0 0 28px',
              height: 28,
              borderRadius: 14,
              background: '#eef3f8',
              color: '#1f4e79',
              fontWeight: 600,
              display: 'grid',
              placeItems: 'center',
              fontSize: 13,
            }}
          >
            {duty.number}
          </span>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Paragraph style={{ marginBottom: 4, lineHeight: 1.7 }}>{duty.text}</Typography.Paragraph>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              <Tooltip title={t('rulebook.citation', { source: duty.source })}>
                <Tag bordered={false} style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}>
                  {duty.source}
                </Tag>
              </Tooltip>
              {duty.readingNote && (
                <Tooltip title={duty.readingNote}>
                  <Typography.Text type="secondary" style={{ fontSize: 13, cursor: 'help' }}>
                    <InfoCircleOutlined /> {t('rulebook.readingNote')}
                  </Typography.Text>
                </Tooltip>
              )}
              {extra?.(duty)}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
