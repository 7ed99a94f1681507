import { DeleteOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Form, Grid, Input, InputNumber, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { GateVisitorFieldsFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { featureOutcome } from '../../places/place-errors.js';
import {
  gateVisitorsQuery,
  recordVisitorEntryMutation,
  recordVisitorExitMutation,
  voidGateVisitorMutation,
} from '../gate.operations.js';
import { normalizePlate } from '../gate-format.js';
import { useDefaultGate, useGates } from '../use-gates.js';
import { VoidModal } from './VehiclesTab.js';

type Filter = 'inside' | 'all';

interface Values {
  name: string;
  idLast4?: string;
  phone?: string;
  headcount?: number;
  visiting: string;
  purpose: string;
  plate?: string;
  gateId?: string;
}

const FIELDS = ['name', 'idLast4', 'phone', 'headcount', 'visiting', 'purpose', 'plate', 'gateId'];

/** Registers a visitor: who, whom they visit, why — and only the last four characters of their ID. */
function EntryModal({ siteCode, onClose, onDone }: { siteCode: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const gates = useGates(siteCode);
  useDefaultGate(form, gates);
  const [, enter] = useMutation(recordVisitorEntryMutation);
  return (
    <FormModal<Values>
      open
      title={t('gate.visitors.enterTitle')}
      okText={t('gate.visitors.enter')}
      form={form}
      testId="visitor-entry-form"
      initialValues={{ headcount: 1, gateId: gates[0]?.id }}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const name = v.name.trim();
        const result = await enter({
          input: {
            siteCode,
            name,
            idLast4: v.idLast4?.trim() || null,
            phone: v.phone?.trim() || null,
            headcount: v.headcount ?? 1,
            visiting: v.visiting.trim(),
            purpose: v.purpose.trim(),
            plate: v.plate?.trim() ? normalizePlate(v.plate) : null,
            gateId: v.gateId ?? null,
          },
        });
        const outcome = featureOutcome('gate.errors', form, FIELDS, t, result, result.data?.recordVisitorEntry);
        if (outcome.ok) message.success(t('gate.visitors.enteredDone', { name }));
        return outcome;
      }}
    >
      <Flex gap={8}>
        <Form.Item
          name="name"
          label={t('gate.visitors.name')}
          rules={[{ required: true, whitespace: true, message: t('gate.visitors.nameRequired') }]}
          style={{ flex: 2 }}
        >
          <Input size="large" maxLength={50} data-testid="visitor-name" />
        </Form.Item>
        <Form.Item
          name="idLast4"
          label={t('gate.visitors.idLast4')}
          tooltip={t('gate.visitors.idHint')}
          normalize={(value: string) => value.toUpperCase()}
          style={{ flex: 1 }}
        >
          <Input size="large" maxLength={4} inputMode="numeric" data-testid="visitor-id-last4" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="visiting"
        label={t('gate.visitors.visiting')}
        rules={[{ required: true, whitespace: true, message: t('gate.visitors.visitingRequired') }]}
      >
        <Input
          size="large"
          maxLength={50}
          placeholder={t('gate.visitors.visitingPlaceholder')}
          data-testid="visitor-visiting"
        />
      </Form.Item>
      <Form.Item
        name="purpose"
        label={t('gate.visitors.purpose')}
        rules={[{ required: true, whitespace: true, message: t('gate.visitors.purposeRequired') }]}
      >
        <Input
          size="large"
          maxLength={200}
          placeholder={t('gate.visitors.purposePlaceholder')}
          data-testid="visitor-purpose"
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="phone" label={t('gate.visitors.phone')} style={{ flex: 2 }}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Form.Item name="headcount" label={t('gate.visitors.headcount')} style={{ flex: 1 }}>
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="plate" label={t('gate.visitors.plate')} normalize={(value: string) => value.toUpperCase()}>
        <Input maxLength={20} placeholder={t('gate.vehicles.platePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

function VisitorRow({
  g,
  onLeave,
  onVoid,
  leaving,
}: {
  g: GateVisitorFieldsFragment;
  onLeave(): void;
  onVoid(): void;
  leaving: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Card size="small" data-testid="visitor" data-name={g.name} data-inside={g.inside}>
      <Flex justify="space-between" align="center" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {g.name}
          </Typography.Text>
          {g.idLast4 && <Typography.Text type="secondary"> · {g.idLast4}</Typography.Text>}
          {g.headcount > 1 && (
            <Typography.Text type="secondary"> · {t('gate.visitors.people', { count: g.headcount })}</Typography.Text>
          )}
          <div>
            <Typography.Text>
              {g.visiting} · {g.purpose}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('gate.visitors.inSince', { time: formatDateTime(g.enteredAt, locale) })}
            {g.exitedAt ? ` · ${t('gate.visitors.outAt', { time: formatDateTime(g.exitedAt, locale) })}` : ''}
            {g.plate ? ` · ${g.plate}` : ''}
          </Typography.Text>
        </div>
        <Flex gap={4} align="center">
          {g.canVoid && <Button type="text" icon={<DeleteOutlined />} aria-label={t('gate.void')} onClick={onVoid} />}
          {g.canExit && (
            <Button
              type="primary"
              size="large"
              icon={<LogoutOutlined />}
              loading={leaving}
              onClick={onLeave}
              data-testid="visitor-leave"
            >
              {t('gate.visitors.leave')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** Visitors at one site's gate: register one with a big button; who is inside now, or the whole record. */
export function VisitorsTab({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const compact = !Grid.useBreakpoint().md;
  const [filter, setFilter] = useState<Filter>('inside');
  const [modal, setModal] = useState<{ kind: 'enter' } | { kind: 'void'; g: GateVisitorFieldsFragment } | null>(null);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [, exit] = useMutation(recordVisitorExitMutation);
  const [, voidVisitor] = useMutation(voidGateVisitorMutation);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: gateVisitorsQuery,
    variables: { first: 100, filter: { siteCode, ...(filter === 'inside' ? { inside: true } : {}) } },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.gateVisitors.nodes ?? [];

  const leave = async (g: GateVisitorFieldsFragment) => {
    setLeaving(g.id);
    try {
      const result = await exit({ input: { visitorId: g.id } });
      const outcome = featureOutcome('gate.errors', null, [], t, result, result.data?.recordVisitorExit);
      if (outcome.ok) {
        message.success(t('gate.visitors.leftDone', { name: g.name }));
        reload();
      } else if (outcome.problem) message.error(outcome.problem);
    } finally {
      setLeaving(null);
    }
  };

  return (
    <Flex vertical gap={12}>
      {can('goods_vehicle.create') && (
        <Button
          type="primary"
          size="large"
          block
          icon={<UserAddOutlined />}
          style={{ height: 56, fontSize: 18, maxWidth: compact ? undefined : 360 }}
          onClick={() => setModal({ kind: 'enter' })}
          data-testid="visitor-enter"
        >
          {t('gate.visitors.enter')}
        </Button>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['inside', 'all'] as const).map((f) => ({ value: f, label: t(`gate.visitors.filter.${f}`) }))}
          data-testid="visitor-filter"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="visitor-count">
            {t('gate.visitors.count', { count: data.gateVisitors.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {rows.length ? (
          <Row gutter={[8, 8]}>
            {rows.map((g) => (
              <Col key={g.id} xs={24} md={12} xl={8}>
                <VisitorRow
                  g={g}
                  leaving={leaving === g.id}
                  onLeave={() => leave(g)}
                  onVoid={() => setModal({ kind: 'void', g })}
                />
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={t('gate.visitors.empty')} />
        )}
      </QueryState>
      {modal?.kind === 'enter' && <EntryModal siteCode={siteCode} onClose={() => setModal(null)} onDone={reload} />}
      {modal?.kind === 'void' && (
        <VoidModal
          title={`${t('gate.voidTitle')} · ${modal.g.name}`}
          onClose={() => setModal(null)}
          onDone={reload}
          onVoid={async (reason) => {
            const result = await voidVisitor({ input: { visitorId: modal.g.id, reason } });
            return featureOutcome('gate.errors', null, [], t, result, result.data?.voidGateVisitor);
          }}
        />
      )}
    </Flex>
  );
}
