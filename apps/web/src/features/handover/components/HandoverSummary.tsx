import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { HandoverDetailFragment, HandoverStatus } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { HANDOVER_STATUS_COLOR, signed, signedYuan, yuan } from '../handover-format.js';

export function HandoverStatusTag({ status, testId }: { status: HandoverStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={HANDOVER_STATUS_COLOR[status]} bordered={false} data-status={status} data-testid={testId}>
      {t(`handover.status.${status}`)}
    </Tag>
  );
}

/** Late, with differences, disputed: what makes a handover the director's business. */
export function HandoverFlags({
  h,
}: {
  h: Pick<HandoverDetailFragment, 'late' | 'hasDiscrepancy' | 'status' | 'disputeReason'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {h.hasDiscrepancy && (
        <Tag color="orange" bordered={false} data-testid="handover-discrepancy">
          {t('handover.flags.discrepancy')}
        </Tag>
      )}
      {h.late && (
        <Tag color="red" bordered={false} data-testid="handover-late">
          {t('handover.flags.late')}
        </Tag>
      )}
      {h.disputeReason && h.status !== 'DISPUTED' && (
        <Tag color="volcano" bordered={false} data-testid="handover-was-disputed">
          {t('handover.flags.disputed')}
        </Tag>
      )}
    </>
  );
}

/** The unfinished matters handed on: records still open and matters written in words. */
export function HandoverItems({ h }: { h: HandoverDetailFragment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (h.items.length === 0) return <Typography.Text type="secondary">{t('handover.noItems')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={h.items}
      data-testid="handover-items"
      renderItem={(item) => (
        <List.Item data-testid="handover-item" data-kind={item.kind}>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Flex gap={6} wrap align="baseline">
              <Tag bordered={false}>{t(`handover.kind.${item.kind}`, { defaultValue: item.kind })}</Tag>
              {item.recordId && item.reference ? (
                <Link to={`/cases/${encodeURIComponent(item.recordId)}`}>{item.reference}</Link>
              ) : null}
              <Typography.Text>{item.description}</Typography.Text>
              {item.status && (
                <Typography.Text type="secondary">
                  {t(`cases.status.${item.status}`, { defaultValue: item.status })}
                </Typography.Text>
              )}
              {!!item.dueAt && (
                <Typography.Text type="secondary">
                  {t('handover.dueAt', { time: formatDateTime(item.dueAt, locale) })}
                </Typography.Text>
              )}
            </Flex>
            {item.actionNeeded && (
              <Typography.Text type="secondary">
                {t('handover.fields.actionNeeded')}
                {t('common.colon')}
                {item.actionNeeded}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** The materials as counted against what was expected, differences and why. */
export function HandoverCounts({ h, compact }: { h: HandoverDetailFragment; compact: boolean }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="materialId"
      dataSource={h.counts}
      data-testid="handover-counts"
      scroll={compact ? { x: 480 } : undefined}
      columns={[
        { key: 'name', title: t('handover.fields.material'), render: (_, c) => `${c.name}（${c.unit}）` },
        { key: 'expected', title: t('handover.fields.expected'), dataIndex: 'expected', align: 'right' },
        { key: 'counted', title: t('handover.fields.counted'), align: 'right', render: (_, c) => c.counted ?? '—' },
        {
          key: 'difference',
          title: t('handover.fields.difference'),
          align: 'right',
          render: (_, c) => (
            <Typography.Text type={c.difference ? 'danger' : undefined} strong={!!c.difference}>
              {signed(c.difference)}
            </Typography.Text>
          ),
        },
        { key: 'explanation', title: t('handover.fields.explanation'), render: (_, c) => c.explanation ?? '' },
      ]}
    />
  );
}

/**
 * A handover as submitted: who handed over to whom and when, both confirmations, the unfinished
 * matters, the counts, the cash, any dispute and how it was settled; the printable sheet.
 */
export function HandoverSummary({
  h,
  compact,
  shiftId,
}: {
  h: HandoverDetailFragment;
  compact: boolean;
  shiftId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const cashDiffers = h.cashDifference != null && Number(h.cashDifference) !== 0;
  return (
    <Flex vertical gap={16} data-testid="handover-summary" data-status={h.status}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex gap={6} align="center" wrap>
          <HandoverStatusTag status={h.status} testId="handover-status" />
          <HandoverFlags h={h} />
        </Flex>
        <Link to={`/shifts/${encodeURIComponent(shiftId)}/handover/print`} data-testid="handover-print-link">
          <Button icon={<PrinterOutlined />}>{t('handover.print')}</Button>
        </Link>
      </Flex>
      {h.status === 'DISPUTED' && h.disputeReason && (
        <Alert
          type="error"
          showIcon
          title={t('handover.disputedBy', { name: h.disputedBy?.name ?? '' })}
          description={h.disputeReason}
          data-testid="handover-dispute"
        />
      )}
      {h.status === 'RETURNED' && (
        <Alert
          type="warning"
          showIcon
          title={t('handover.returnedBy', { name: h.resolvedBy?.name ?? '' })}
          description={h.resolutionNote}
        />
      )}
      <Descriptions
        size="small"
        column={compact ? 1 : 2}
        bordered={!compact}
        items={[
          {
            key: 'out',
            label: t('handover.fields.outgoing'),
            children: (
              <span data-testid="handover-outgoing">
                {h.outgoingLeader.name}
                {h.submittedAt
                  ? ` · ${t('handover.submittedAt', { time: formatDateTime(h.submittedAt, locale) })}`
                  : ''}
              </span>
            ),
          },
          {
            key: 'in',
            label: t('handover.fields.incoming'),
            children: (
              <span data-testid="handover-incoming">
                {h.incomingLeader?.name ?? t('handover.noIncoming')}
                {h.acceptedAt
                  ? ` · ${t(h.acceptedOnBehalf ? 'handover.acceptedOnBehalfAt' : 'handover.acceptedAt', {
                      time: formatDateTime(h.acceptedAt, locale),
                      name: h.acceptedBy?.name ?? '',
                    })}`
                  : ''}
              </span>
            ),
          },
          {
            key: 'cash',
            label: t('handover.fields.cash'),
            span: compact ? 1 : 2,
            children: (
              <span data-testid="handover-cash">
                {t('handover.cashLine', { expected: yuan(h.cashExpected), counted: yuan(h.cashCounted) })}
                {cashDiffers && (
                  <Typography.Text type="danger" strong>
                    {' '}
                    {signedYuan(h.cashDifference)}
                  </Typography.Text>
                )}
                {h.cashExplanation ? ` · ${h.cashExplanation}` : ''}
              </span>
            ),
          },
          ...(h.acceptanceNote && h.acceptanceNote !== h.resolutionNote
            ? [
                {
                  key: 'acceptNote',
                  label: t('handover.fields.acceptanceNote'),
                  span: compact ? 1 : 2,
                  children: h.acceptanceNote,
                },
              ]
            : []),
          ...(h.resolution && h.status !== 'RETURNED'
            ? [
                {
                  key: 'resolution',
                  label: t('handover.fields.dispute'),
                  span: compact ? 1 : 2,
                  children: `${h.disputeReason ?? ''} → ${t(`handover.decision.${h.resolution}`)}${h.resolutionNote ? `${t('common.colon')}${h.resolutionNote}` : ''}`,
                },
              ]
            : []),
          ...(h.note
            ? [{ key: 'note', label: t('handover.fields.note'), span: compact ? 1 : 2, children: h.note }]
            : []),
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('handover.steps.matters')}</Typography.Title>
        <HandoverItems h={h} />
      </div>
      <div>
        <Typography.Title level={5}>{t('handover.steps.materials')}</Typography.Title>
        <HandoverCounts h={h} compact={compact} />
      </div>
    </Flex>
  );
}
