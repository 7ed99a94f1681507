import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportPageQuery } from '../../../gql/graphql.js';

export type ExportDatasetInfo = ExportPageQuery['exportDatasets'][number];

/**
 * One dataset: what it holds, its columns (from the server: the same list the CSV header uses),
 * and plain download links — the browser sends the session cookie with them.
 */
export function DatasetCard({
  dataset,
  href,
  disabled,
  compact,
}: {
  dataset: ExportDatasetInfo;
  href: (format: 'csv' | 'ndjson') => string;
  disabled: boolean;
  compact: boolean;
}) {
  const { t, i18n } = useTranslation();
  // Column meanings come from the API's own documentation, which is in English.
  const showMeaning = !compact && i18n.language.startsWith('en');
  const title = t(`exports.datasets.${dataset.name}.title`, { defaultValue: dataset.name });
  const description = t(`exports.datasets.${dataset.name}.description`, { defaultValue: dataset.description });
  const link = (format: 'csv' | 'ndjson') => (disabled ? {} : { href: href(format), download: true });
  return (
    <Card size="small" styles={{ body: { padding: compact ? 12 : 16 } }} data-testid={`export-dataset-${dataset.name}`}>
      <Flex vertical={compact} justify="space-between" align={compact ? 'stretch' : 'flex-start'} gap={12}>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            <Typography.Text type="secondary" code>
              {dataset.name}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ margin: '4px 0 0' }}>{description}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('exports.timeColumn', { column: dataset.timeColumn })}
            {dataset.filters.includes('siteCode') ? '' : ` · ${t('exports.noSiteFilter')}`}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap style={{ flexShrink: 0 }}>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            disabled={disabled}
            {...link('csv')}
            data-testid={`export-${dataset.name}-csv`}
            style={compact ? { flex: 1 } : undefined}
          >
            {t('exports.downloadCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={disabled}
            {...link('ndjson')}
            data-testid={`export-${dataset.name}-ndjson`}
            style={compact ? { flex: 1 } : undefined}
          >
            {t('exports.downloadNdjson')}
          </Button>
        </Flex>
      </Flex>
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8, marginLeft: -12 }}
        items={[
          {
            key: 'columns',
            label: `${t('exports.showColumns')} · ${t('exports.columns', { count: dataset.columns.length })}`,
            children: (
              <Table
                size="small"
                rowKey="name"
                pagination={false}
                scroll={{ x: true }}
                dataSource={dataset.columns}
                columns={[
                  {
                    title: t('exports.column'),
                    dataIndex: 'name',
                    render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
                  },
                  {
                    title: t('exports.type'),
                    dataIndex: 'type',
                    render: (type: string, c) => (
                      <Flex gap={4} wrap>
                        <Tag>{type}</Tag>
                        {!c.formats.includes('CSV') && <Tag color="blue">{t('exports.ndjsonOnly')}</Tag>}
                      </Flex>
                    ),
                  },
                  ...(showMeaning ? [{ title: t('exports.meaning'), dataIndex: 'description' }] : []),
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
