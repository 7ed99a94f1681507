import { CheckOutlined, EditOutlined, FileAddOutlined, PlusOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Drawer, Empty, Flex, Grid, Row, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { QueryState } from '../../../components/QueryState.js';
import type { EmergencyPlanFieldsFragment, EmergencyPlanType, UserErrorFieldsFragment } from '../../../gql/graphql.js';
import { describeError, describeUserError } from '../../../lib/errors.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { PLAN_STATUS_COLOR } from '../fire-format.js';
import {
  approveEmergencyPlanMutation,
  confirmEmergencyPlanReadMutation,
  fireCoverageQuery,
  keyUnitsQuery,
} from '../fire-safety.operations.js';
import { KeyUnitFormModal, type KeyUnitRow, PlanDraftModal, WithdrawDraftModal } from './PlanModals.js';

function PlanTag({
  plan,
  type,
}: {
  plan: { version: number; reviewOverdue: boolean } | null | undefined;
  type: EmergencyPlanType;
}) {
  const { t } = useTranslation();
  if (!plan) {
    return (
      <Tag color={type === 'FIRE' ? 'red' : 'default'} data-testid={`fire-unit-${type}`} data-version="">
        {t(`fireSafety.planType.${type}`)} · {t('fireSafety.plans.noPlan')}
      </Tag>
    );
  }
  return (
    <Tag color={plan.reviewOverdue ? 'orange' : 'green'} data-testid={`fire-unit-${type}`} data-version={plan.version}>
      {t(`fireSafety.planType.${type}`)} · {t('fireSafety.plans.version', { version: plan.version })}
      {plan.reviewOverdue ? ` · ${t('fireSafety.plans.reviewDueTag')}` : ''}
    </Tag>
  );
}

/** A unit's plan versions of one type, newest first, with the selected one's text and its steps. */
function PlanVersions({
  unit,
  type,
  mayCreate,
  mayHandle,
  mayApprove,
  onChanged,
}: {
  unit: KeyUnitRow;
  type: EmergencyPlanType;
  mayCreate: boolean;
  mayHandle: boolean;
  mayApprove: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const versions = unit.plans.filter((p) => p.type === type);
  const current = versions.find((p) => p.status === 'IN_FORCE') ?? null;
  const draft = versions.find((p) => p.status === 'DRAFT') ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = versions.find((p) => p.id === selectedId) ?? current ?? versions[0] ?? null;
  const [editing, setEditing] = useState<{ draft: EmergencyPlanFieldsFragment | null } | null>(null);
  const [withdrawing, setWithdrawing] = useState<EmergencyPlanFieldsFragment | null>(null);
  const [, approve] = useMutation(approveEmergencyPlanMutation);
  const [, confirmRead] = useMutation(confirmEmergencyPlanReadMutation);

  const report = (
    result: { error?: CombinedError },
    payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
    done: string,
  ) => {
    if (result.error) return void message.error(describeError(result.error, t));
    if (!payload) return void message.error(t('errors.unknown'));
    if (payload.userErrors.length) {
      return void message.error(payload.userErrors.map((e) => describeUserError(e, t)).join(' '));
    }
    message.success(done);
    onChanged();
  };
  const approveSelected = async (planId: string) => {
    const result = await approve({ input: { planId } });
    report(result, result.data?.approveEmergencyPlan, t('fireSafety.plans.approvedMessage'));
  };
  const confirmSelected = async (planId: string) => {
    const result = await confirmRead({ input: { planId } });
    report(result, result.data?.confirmEmergencyPlanRead, t('fireSafety.plans.readConfirmed'));
  };
  const closed = (done: boolean) => {
    setEditing(null);
    setWithdrawing(null);
    if (done) onChanged();
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Flex gap={6} wrap>
          {versions.map((p) => (
            <Tag.CheckableTag
              key={p.id}
              checked={selected?.id === p.id}
              onChange={() => setSelectedId(p.id)}
              data-testid="fire-plan-version"
              data-status={p.status}
              data-version={p.version}
            >
              {t('fireSafety.plans.version', { version: p.version })} · {t(`fireSafety.planStatus.${p.status}`)}
            </Tag.CheckableTag>
          ))}
        </Flex>
        {mayCreate && !draft && (
          <Button
            size="small"
            icon={<FileAddOutlined />}
            onClick={() => setEditing({ draft: null })}
            data-testid="fire-plan-new"
          >
            {current ? t('fireSafety.plans.draftNext') : t('fireSafety.plans.draftFirst')}
          </Button>
        )}
      </Flex>
      {!selected ? (
        <Empty description={t('fireSafety.plans.noVersions')} />
      ) : (
        <Card size="small" data-testid="fire-plan-selected" data-status={selected.status}>
          <Flex vertical gap={8}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{selected.title}</Typography.Text>
              <Tag color={PLAN_STATUS_COLOR[selected.status]}>{t(`fireSafety.planStatus.${selected.status}`)}</Tag>
              {selected.reviewOverdue && <Tag color="orange">{t('fireSafety.plans.reviewDueTag')}</Tag>}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fireSafety.plans.drafted', {
                name: selected.draftedBy.name,
                time: formatDateTime(selected.draftedAt, locale),
              })}
              {selected.approvedBy && selected.approvedAt
                ? ` · ${t('fireSafety.plans.approved', { name: selected.approvedBy.name, time: formatDateTime(selected.approvedAt, locale) })}`
                : ''}
              {selected.effectiveFrom
                ? ` · ${t('fireSafety.plans.effective', { date: formatDate(selected.effectiveFrom, locale) })}`
                : ''}
              {selected.reviewDue
                ? ` · ${t('fireSafety.plans.review', { date: formatDate(selected.reviewDue, locale) })}`
                : ''}
              {selected.supersededAt
                ? ` · ${t('fireSafety.plans.supersededAt', { time: formatDateTime(selected.supersededAt, locale) })}`
                : ''}
            </Typography.Text>
            {selected.withdrawReason && (
              <Alert
                type="info"
                showIcon
                title={t('fireSafety.plans.withdrawnBecause', { reason: selected.withdrawReason })}
              />
            )}
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0, maxHeight: 360, overflow: 'auto' }}
              data-testid="fire-plan-content-view"
            >
              {selected.content}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              {selected.status === 'DRAFT' && (mayCreate || mayHandle) && (
                <>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ draft: selected })}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" danger onClick={() => setWithdrawing(selected)}>
                    {t('fireSafety.plans.withdraw')}
                  </Button>
                </>
              )}
              {selected.status === 'DRAFT' && mayApprove && (
                <Button
                  size="small"
                  type="primary"
                  icon={<CheckOutlined />}
                  data-testid="fire-plan-approve"
                  onClick={() => approveSelected(selected.id)}
                >
                  {t('fireSafety.plans.approve')}
                </Button>
              )}
              {selected.status === 'IN_FORCE' && !selected.viewerHasRead && (
                <Button
                  size="small"
                  icon={<ReadOutlined />}
                  data-testid="fire-plan-confirm-read"
                  onClick={() => confirmSelected(selected.id)}
                >
                  {t('fireSafety.plans.confirmRead')}
                </Button>
              )}
              {selected.status === 'IN_FORCE' && selected.viewerHasRead && (
                <Tag color="green" icon={<CheckOutlined />}>
                  {t('fireSafety.plans.youHaveRead')}
                </Tag>
              )}
            </Flex>
            {selected.status === 'IN_FORCE' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {selected.readings.length
                  ? t('fireSafety.plans.readBy', { names: selected.readings.map((r) => r.staff.name).join('、') })
                  : t('fireSafety.plans.readByNone')}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      )}
      <PlanDraftModal
        open={!!editing}
        unit={unit}
        type={type}
        draft={editing?.draft ?? null}
        base={current}
        onClose={closed}
      />
      <WithdrawDraftModal draft={withdrawing} onClose={closed} />
    </Flex>
  );
}

/** Key protected units (R29) and their versioned plans: C13 at a glance, versions in a drawer. */
export function PlansTab({
  siteCode,
  mayCreate,
  mayHandle,
  mayApprove,
  onChanged,
}: {
  siteCode: string;
  mayCreate: boolean;
  mayHandle: boolean;
  mayApprove: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: keyUnitsQuery,
    variables: { siteCode },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: coverage }] = useQuery({ query: fireCoverageQuery, variables: { siteCode } });
  const areas = (coverage?.fireResponsibilityCoverage ?? []).flatMap((r) => (r.area ? [r.area] : []));
  const [openId, setOpenId] = useState<string | null>(null);
  const [type, setType] = useState<EmergencyPlanType>('FIRE');
  const [unitForm, setUnitForm] = useState<{ unit: KeyUnitRow | null } | null>(null);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const units = data?.keyUnits ?? [];
  const open = units.find((u) => u.id === openId) ?? null;

  return (
    <Flex vertical gap={12} data-testid="fire-plans">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ flex: '1 1 300px' }}>
          {t('fireSafety.plans.intro')}
        </Typography.Text>
        {mayCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setUnitForm({ unit: null })}
            data-testid="fire-unit-add"
          >
            {t('fireSafety.plans.addUnit')}
          </Button>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!units.length ? (
          <Empty description={t('fireSafety.plans.noUnits')} />
        ) : (
          <Row gutter={[12, 12]}>
            {units.map((u) => (
              <Col key={u.id} xs={24} md={12} xl={8}>
                <Card
                  size="small"
                  title={u.name}
                  data-testid="fire-unit"
                  data-name={u.name}
                  extra={
                    mayHandle && (
                      <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setUnitForm({ unit: u })}>
                        {t('common.edit')}
                      </Button>
                    )
                  }
                  actions={[
                    <Button
                      key="plans"
                      type="link"
                      onClick={() => {
                        setOpenId(u.id);
                        setType('FIRE');
                      }}
                      data-testid="fire-unit-open"
                    >
                      {t('fireSafety.plans.openPlans')}
                    </Button>,
                  ]}
                  style={{ height: '100%' }}
                >
                  <Flex vertical gap={6}>
                    <Typography.Text>
                      {u.area ? `${u.area.name} · ` : ''}
                      {u.location}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {u.riskDescription}
                    </Typography.Text>
                    <Flex gap={4} wrap>
                      <PlanTag plan={u.firePlan} type="FIRE" />
                      <PlanTag plan={u.publicSecurityPlan} type="PUBLIC_SECURITY" />
                      {u.plans.some((p) => p.status === 'DRAFT') && (
                        <Tag color="gold">{t('fireSafety.plans.draftPending')}</Tag>
                      )}
                    </Flex>
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <Drawer
        open={!!open}
        onClose={() => setOpenId(null)}
        title={open?.name}
        size={screens.md ? 720 : '100%'}
        destroyOnHidden
        data-testid="fire-plan-drawer"
      >
        {open && (
          <Flex vertical gap={12}>
            <Segmented<EmergencyPlanType>
              value={type}
              onChange={setType}
              options={(['FIRE', 'PUBLIC_SECURITY'] as const).map((k) => ({
                value: k,
                label: t(`fireSafety.planType.${k}`),
              }))}
            />
            <PlanVersions
              key={`${open.id}:${type}`}
              unit={open}
              type={type}
              mayCreate={mayCreate}
              mayHandle={mayHandle}
              mayApprove={mayApprove}
              onChanged={reload}
            />
          </Flex>
        )}
      </Drawer>
      {unitForm && (
        <KeyUnitFormModal
          open
          siteCode={siteCode}
          unit={unitForm.unit}
          areas={areas}
          onClose={(done) => {
            setUnitForm(null);
            if (done) reload();
          }}
        />
      )}
    </Flex>
  );
}
