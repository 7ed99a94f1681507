import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Form, Input, List, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { FireDrillsQuery } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { featureOutcome } from '../../places/place-errors.js';
import { DRILL_STATUS_COLOR, formatSeconds } from '../fire-format.js';
import {
  fireCoverageQuery,
  fireDrillsQuery,
  planFireDrillMutation,
  plansInForceQuery,
} from '../fire-safety.operations.js';
import { StaffSelect } from './StaffSelect.js';

type Drill = FireDrillsQuery['fireDrills']['nodes'][number];

interface PlanValues {
  plannedFor: Dayjs;
  scenario: string;
  planId?: string | null;
  areaId?: string | null;
  organiserId?: string | null;
}
const FIELDS = ['plannedFor', 'scenario', 'planId', 'areaId', 'organiserId'];

/** Plan a drill at the site: when, the scenario, the plan version it exercises, where, who organises it. */
export function PlanDrillModal({ open, siteCode, onClose }: { open: boolean; siteCode: string; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanValues>();
  const [, plan] = useMutation(planFireDrillMutation);
  const [{ data: plans }] = useQuery({ query: plansInForceQuery, variables: { siteCode }, pause: !open });
  const [{ data: coverage }] = useQuery({ query: fireCoverageQuery, variables: { siteCode }, pause: !open });
  const areas = (coverage?.fireResponsibilityCoverage ?? []).flatMap((r) => (r.area ? [r.area] : []));
  return (
    <FormModal<PlanValues>
      open={open}
      title={t('fireSafety.drills.planTitle')}
      okText={t('fireSafety.drills.plan')}
      form={form}
      testId="fire-drill-plan-form"
      initialValues={{ plannedFor: dayjs().add(7, 'day').hour(15).minute(0).second(0).millisecond(0) }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await plan({
          input: {
            siteCode,
            plannedFor: v.plannedFor.toISOString(),
            scenario: v.scenario.trim(),
            planId: v.planId ?? null,
            areaId: v.areaId ?? null,
            organiserId: v.organiserId ?? null,
          },
        });
        const outcome = featureOutcome('fireSafety.errors', form, FIELDS, t, result, result.data?.planFireDrill);
        const id = result.data?.planFireDrill.drill?.id;
        if (outcome.ok && id) navigate(`/fire-safety/drills/${id}`);
        return outcome;
      }}
    >
      <Form.Item
        name="plannedFor"
        label={t('fireSafety.drills.plannedFor')}
        rules={[{ required: true, message: t('fireSafety.required.date') }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="scenario"
        label={t('fireSafety.drills.scenario')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.scenario') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('fireSafety.drills.scenarioPlaceholder')}
          data-testid="fire-drill-scenario"
        />
      </Form.Item>
      <Form.Item name="planId" label={t('fireSafety.drills.planExercised')}>
        <Select
          allowClear
          data-testid="fire-drill-plan"
          options={(plans?.emergencyPlansInForce ?? []).map((p) => ({
            value: p.id,
            label: `${p.keyUnit.name} · ${p.title} · ${t('fireSafety.plans.version', { version: p.version })}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="areaId" label={t('fireSafety.area')}>
        <Select allowClear options={areas.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item
        name="organiserId"
        label={t('fireSafety.drills.organiser')}
        extra={t('fireSafety.drills.organiserHint')}
      >
        <StaffSelect siteCode={siteCode} />
      </Form.Item>
    </FormModal>
  );
}

export function DrillStatusTag({ status }: { status: Drill['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={DRILL_STATUS_COLOR[status]}
      style={{ marginInlineEnd: 0 }}
      data-testid="fire-drill-status"
      data-status={status}
    >
      {t(`fireSafety.drillStatus.${status}`)}
    </Tag>
  );
}

/** A site's drills, latest planned first (R30): each opens its own page. */
export function DrillsTab({
  siteCode,
  compact,
  mayCreate,
}: {
  siteCode: string;
  compact: boolean;
  mayCreate: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [planning, setPlanning] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireDrillsQuery,
    variables: { filter: { siteCode }, first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.fireDrills.nodes ?? [];
  const when = (d: Drill) => formatDateTime(d.alarmAt ?? d.plannedFor, locale);
  const link = (d: Drill) => (
    <Link to={`/fire-safety/drills/${d.id}`} data-testid="fire-drill-link">
      {d.scenario}
    </Link>
  );

  return (
    <Flex vertical gap={12} data-testid="fire-drills">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ flex: '1 1 300px' }}>
          {t('fireSafety.drills.intro')}
        </Typography.Text>
        {mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)} data-testid="fire-drill-add">
            {t('fireSafety.drills.plan')}
          </Button>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!rows.length ? (
          <Empty description={t('fireSafety.drills.none')} />
        ) : compact ? (
          <List
            dataSource={rows}
            renderItem={(d) => (
              <List.Item data-testid="fire-drill-row">
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>{when(d)}</Typography.Text>
                    <DrillStatusTag status={d.status} />
                  </Flex>
                  {link(d)}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.organiser.name}
                    {d.area ? ` · ${d.area.name}` : ''}
                    {d.durationSeconds != null ? ` · ${formatSeconds(d.durationSeconds)}` : ''}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Drill>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            onRow={() => ({ 'data-testid': 'fire-drill-row' }) as never}
            columns={[
              { key: 'when', title: t('fireSafety.drills.when'), width: 170, render: (_, d) => when(d) },
              { key: 'scenario', title: t('fireSafety.drills.scenario'), render: (_, d) => link(d) },
              { key: 'area', title: t('fireSafety.area'), render: (_, d) => d.area?.name ?? '' },
              { key: 'organiser', title: t('fireSafety.drills.organiser'), render: (_, d) => d.organiser.name },
              {
                key: 'duration',
                title: t('fireSafety.drills.duration'),
                render: (_, d) => formatSeconds(d.durationSeconds),
              },
              {
                key: 'status',
                title: t('fireSafety.status'),
                render: (_, d) => (
                  <Flex gap={4} wrap>
                    <DrillStatusTag status={d.status} />
                    {d.rating && <Tag>{t(`fireSafety.rating.${d.rating}`)}</Tag>}
                    {d.openFollowUpCount > 0 && (
                      <Tag color="orange">{t('fireSafety.drills.openFollowUps', { count: d.openFollowUpCount })}</Tag>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <PlanDrillModal open={planning} siteCode={siteCode} onClose={() => setPlanning(false)} />
    </Flex>
  );
}
