import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { InspectionRegularityQuery } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { formatRelative, useNow } from '../../cases/case-format.js';
import { inspectionRegularityQuery } from '../inspection.operations.js';
import { INSPECTION_TYPES, inspectionPath } from '../inspection-format.js';
import { InspectionTypeTag } from './InspectionTags.js';

type RegularityRow = InspectionRegularityQuery['inspectionRegularity'][number];

function Cell({ row, now }: { row: RegularityRow; now: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Flex
      vertical
      gap={2}
      style={{
        padding: '8px 10px',
        borderRadius: 8,
        background: row.overdue ? '#fff2f0' : '#f6ffed',
        border: `1px solid ${row.overdue ? '#ffccc7' : '#d9f7be'}`,
        height: '100%',
      }}
      data-testid="regularity-cell"
      data-type={row.type}
      data-site={row.site.code}
      data-overdue={row.overdue ? 'true' : 'false'}
    >
      <Flex justify="space-between" align="center" gap={6}>
        <InspectionTypeTag type={row.type} />
        {row.overdue && (
          <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }}>
            {t('inspections.regularity.overdue')}
          </Tag>
        )}
      </Flex>
      <Typography.Text style={{ fontSize: 13 }}>
        {row.lastInspection && row.lastPerformedAt ? (
          <Link to={inspectionPath(row.lastInspection.id)}>
            {t('inspections.regularity.last', { time: formatRelative(row.lastPerformedAt, now, locale) })}
          </Link>
        ) : (
          t('inspections.regularity.never')
        )}
      </Typography.Text>
      {row.nextPlanned ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Link to={inspectionPath(row.nextPlanned.id)}>
            {t('inspections.regularity.next', { time: formatDate(row.nextPlanned.scheduledFor, locale) })}
          </Link>
        </Typography.Text>
      ) : (
        !!row.dueBy && (
          <Typography.Text type={row.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {t('inspections.regularity.dueBy', { time: formatDate(row.dueBy, locale) })}
          </Typography.Text>
        )
      )}
    </Flex>
  );
}

/** C11: per site and type, when it was last inspected and whether another is overdue. */
export function RegularityPanel() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const [{ data }] = useQuery({ query: inspectionRegularityQuery, requestPolicy: 'cache-and-network' });
  const rows = data?.inspectionRegularity ?? [];
  if (!rows.length) return null;
  const sites = [...new Map(rows.map((r) => [r.site.code, r.site])).values()];
  return (
    <Card
      size="small"
      title={t('inspections.regularity.title')}
      style={{ marginBottom: 12 }}
      data-testid="regularity-panel"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 10 }}>
        {t('inspections.regularity.hint', { days: rows[0]?.intervalDays ?? 30 })}
      </Typography.Paragraph>
      <Flex vertical gap={10}>
        {sites.map((site) => (
          <Row key={site.code} gutter={[8, 8]} align="stretch">
            <Col xs={24} md={6}>
              <Typography.Text strong>{site.name}</Typography.Text>
            </Col>
            {INSPECTION_TYPES.map((type) => {
              const row = rows.find((r) => r.site.code === site.code && r.type === type);
              return row ? (
                <Col key={type} xs={8} md={6} lg={6}>
                  <Cell row={row} now={now} />
                </Col>
              ) : null;
            })}
          </Row>
        ))}
      </Flex>
    </Card>
  );
}
