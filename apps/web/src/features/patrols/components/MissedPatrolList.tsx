import { AuditOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Input, List, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { MissedPatrolFieldsFragment, MissedPatrolStatus } from '../../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { featureOutcome } from '../../places/place-errors.js';
import { missedPatrolsQuery, reviewMissedPatrolMutation } from '../patrol.operations.js';

type Filter = MissedPatrolStatus | 'ALL';

function ShiftLabel({ m }: { m: MissedPatrolFieldsFragment }) {
  const { locale } = useLocale();
  return (
    <Link to={`/shifts/${m.shift.id}`}>
      {formatDate(m.shift.date, locale)} {m.shift.pattern.name}
      {m.shift.team ? ` · ${m.shift.team.name}` : ''}
    </Link>
  );
}

function ReviewModal({ missed, onClose }: { missed: MissedPatrolFieldsFragment | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const [, review] = useMutation(reviewMissedPatrolMutation);
  return (
    <FormModal<{ note: string }>
      open={!!missed}
      title={t('patrols.missed.reviewTitle', { area: missed?.area.name ?? '' })}
      okText={t('patrols.missed.review')}
      form={form}
      testId="missed-review-form"
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await review({ input: { missedPatrolId: missed?.id ?? '', note: v.note.trim() } });
        return featureOutcome('patrols.fieldError', form, ['note'], t, result, result.data?.reviewMissedPatrol);
      }}
    >
      {missed && (
        <Typography.Paragraph type="secondary">
          <ShiftLabel m={missed} /> · {missed.shift.leader.name} ·{' '}
          {t('patrols.missed.counts', { count: missed.count, required: missed.required })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="note"
        label={t('patrols.missed.note')}
        rules={[{ required: true, whitespace: true, message: t('patrols.missed.noteRequired') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={1000}
          showCount
          placeholder={t('patrols.missed.notePlaceholder')}
          data-testid="missed-review-note"
        />
      </Form.Item>
    </FormModal>
  );
}

/**
 * Missed patrols (C1) of the shifts the viewer follows, at one site: open ones first for the
 * director to review with a note; reviewed ones keep who reviewed them and what they said.
 */
export function MissedPatrolList({ siteCode, compact }: { siteCode: string; compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [filter, setFilter] = useState<Filter>('OPEN');
  const [reviewing, setReviewing] = useState<MissedPatrolFieldsFragment | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: missedPatrolsQuery,
    variables: { filter: { siteCode, status: filter === 'ALL' ? null : filter }, first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.missedPatrols.nodes ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const reviewButton = (m: MissedPatrolFieldsFragment) =>
    m.viewerMayReview ? (
      <Button size="small" icon={<AuditOutlined />} onClick={() => setReviewing(m)} data-testid="missed-review">
        {t('patrols.missed.review')}
      </Button>
    ) : null;
  const status = (m: MissedPatrolFieldsFragment) => (
    <Tag color={m.status === 'OPEN' ? 'red' : 'default'}>{t(`patrols.missed.status.${m.status}`)}</Tag>
  );
  const reviewedText = (m: MissedPatrolFieldsFragment) =>
    m.reviewedBy && m.reviewedAt ? (
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('patrols.missed.reviewedBy', { name: m.reviewedBy.name, time: formatDateTime(m.reviewedAt, locale) })}
        </Typography.Text>
        {m.reviewNote && <div>{m.reviewNote}</div>}
      </div>
    ) : null;

  return (
    <Flex vertical gap={12} data-testid="missed-patrols">
      <Typography.Text type="secondary">{t('patrols.missed.intro')}</Typography.Text>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['OPEN', 'REVIEWED', 'ALL'] as const).map((f) => ({
            value: f,
            label: t(`patrols.missed.filter.${f}`),
          }))}
          data-testid="missed-filter"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="missed-count">
            {t('patrols.missed.count', { count: data.missedPatrols.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!rows.length ? (
          <Empty description={t('patrols.missed.none')} />
        ) : compact ? (
          <List
            dataSource={rows}
            renderItem={(m) => (
              <List.Item data-testid="missed-row" data-status={m.status} actions={[reviewButton(m)].filter(Boolean)}>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{m.area.name}</Typography.Text>
                    {status(m)}
                  </Flex>
                  <ShiftLabel m={m} />
                  <Typography.Text>
                    {t('patrols.missed.counts', { count: m.count, required: m.required })}
                  </Typography.Text>
                  {reviewedText(m)}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<MissedPatrolFieldsFragment>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            onRow={(m) => ({ 'data-testid': 'missed-row', 'data-status': m.status }) as never}
            columns={[
              { key: 'shift', title: t('patrols.missed.shift'), render: (_, m) => <ShiftLabel m={m} /> },
              { key: 'leader', title: t('shifts.fields.leader'), render: (_, m) => m.shift.leader.name },
              { key: 'area', title: t('patrols.missed.area'), render: (_, m) => m.area.name },
              {
                key: 'counts',
                title: t('patrols.coverage.count'),
                render: (_, m) => (
                  <Typography.Text type="danger">
                    {t('patrols.missed.counts', { count: m.count, required: m.required })}
                  </Typography.Text>
                ),
              },
              {
                key: 'recorded',
                title: t('patrols.missed.recordedAt'),
                render: (_, m) => formatDateTime(m.recordedAt, locale),
              },
              {
                key: 'status',
                title: t('patrols.coverage.status'),
                render: (_, m) => (
                  <div>
                    {status(m)}
                    {reviewedText(m)}
                  </div>
                ),
              },
              { key: 'action', title: '', width: 100, render: (_, m) => reviewButton(m) },
            ]}
          />
        )}
      </QueryState>
      <ReviewModal
        missed={reviewing}
        onClose={() => {
          setReviewing(null);
          reload();
        }}
      />
    </Flex>
  );
}
