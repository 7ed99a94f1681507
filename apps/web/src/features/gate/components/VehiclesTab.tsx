import { CarOutlined, DeleteOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Form, Input, Radio, Row, Segmented, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type {
  VehicleCategory,
  VehicleMovementFieldsFragment,
  VehicleMovementFilter,
  VehicleType,
} from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { featureOutcome } from '../../places/place-errors.js';
import {
  recordVehicleEntryMutation,
  recordVehicleExitMutation,
  vehicleMovementsQuery,
  voidVehicleMovementMutation,
} from '../gate.operations.js';
import { normalizePlate, OVERSTAY_HOURS, VEHICLE_CATEGORIES, VEHICLE_TYPES } from '../gate-format.js';
import { useDefaultGate, useGates } from '../use-gates.js';

type Filter = 'inside' | 'overstaying' | 'all';

interface EntryValues {
  plate: string;
  vehicleType: VehicleType;
  category: VehicleCategory;
  gateId: string;
  parkingPlace?: string;
  note?: string;
}

/** A vehicle comes in: the plate, whose, which gate — a few big choices, typed on a phone at the barrier. */
function EntryModal({ siteCode, onClose, onDone }: { siteCode: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryValues>();
  const gates = useGates(siteCode);
  useDefaultGate(form, gates);
  const [, enter] = useMutation(recordVehicleEntryMutation);
  return (
    <FormModal<EntryValues>
      open
      title={t('gate.vehicles.enterTitle')}
      okText={t('gate.vehicles.enter')}
      form={form}
      testId="vehicle-entry-form"
      initialValues={{ vehicleType: 'CAR', category: 'VISITOR', gateId: gates[0]?.id }}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const plate = normalizePlate(v.plate);
        const result = await enter({
          input: {
            siteCode,
            plate,
            vehicleType: v.vehicleType,
            category: v.category,
            gateId: v.gateId ?? gates[0]?.id ?? '',
            parkingPlace: v.parkingPlace?.trim() || null,
            note: v.note?.trim() || null,
          },
        });
        const outcome = featureOutcome(
          'gate.errors',
          form,
          ['plate', 'gateId', 'parkingPlace', 'note'],
          t,
          result,
          result.data?.recordVehicleEntry,
        );
        if (outcome.ok) message.success(t('gate.vehicles.enteredDone', { plate }));
        return outcome;
      }}
    >
      <Form.Item
        name="plate"
        label={t('gate.vehicles.plate')}
        rules={[{ required: true, whitespace: true, message: t('gate.vehicles.plateRequired') }]}
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input
          size="large"
          maxLength={20}
          autoComplete="off"
          placeholder={t('gate.vehicles.platePlaceholder')}
          style={{ fontSize: 20, letterSpacing: 1 }}
          data-testid="vehicle-plate"
        />
      </Form.Item>
      <Form.Item name="category" label={t('gate.vehicles.category')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={VEHICLE_CATEGORIES.map((c) => ({ value: c, label: t(`gate.vehicles.categories.${c}`) }))}
          data-testid="vehicle-category"
        />
      </Form.Item>
      <Form.Item name="vehicleType" label={t('gate.vehicles.vehicleType')}>
        <Select
          size="large"
          options={VEHICLE_TYPES.map((v) => ({ value: v, label: t(`gate.vehicles.types.${v}`) }))}
          data-testid="vehicle-type"
        />
      </Form.Item>
      {gates.length > 1 && (
        <Form.Item name="gateId" label={t('gate.gate')}>
          <Radio.Group
            optionType="button"
            size="large"
            options={gates.map((g) => ({ value: g.id, label: g.name }))}
            data-testid="vehicle-gate"
          />
        </Form.Item>
      )}
      <Form.Item name="parkingPlace" label={t('gate.vehicles.parkingPlace')}>
        <Input maxLength={30} placeholder={t('gate.vehicles.parkingPlaceholder')} data-testid="vehicle-parking" />
      </Form.Item>
      <Form.Item name="note" label={t('gate.note')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}

/** A vehicle leaves: by its plate (the server closes that plate's open entry), at a gate. */
function ExitModal({
  siteCode,
  plate,
  onClose,
  onDone,
}: {
  siteCode: string;
  plate: string | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ plate: string; gateId?: string }>();
  const gates = useGates(siteCode);
  useDefaultGate(form, gates);
  const [, exit] = useMutation(recordVehicleExitMutation);
  return (
    <FormModal<{ plate: string; gateId?: string }>
      open
      title={t('gate.vehicles.exitTitle')}
      okText={t('gate.vehicles.exitButton')}
      form={form}
      testId="vehicle-exit-form"
      initialValues={{ plate: plate ?? '', gateId: gates[0]?.id }}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const typed = normalizePlate(v.plate);
        const result = await exit({ input: { siteCode, plate: typed, gateId: v.gateId ?? gates[0]?.id ?? null } });
        const outcome = featureOutcome(
          'gate.errors',
          form,
          ['plate', 'gateId'],
          t,
          result,
          result.data?.recordVehicleExit,
        );
        if (outcome.ok) message.success(t('gate.vehicles.exitedDone', { plate: typed }));
        return outcome;
      }}
    >
      <Form.Item
        name="plate"
        label={t('gate.vehicles.plate')}
        rules={[{ required: true, whitespace: true, message: t('gate.vehicles.plateRequired') }]}
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input
          size="large"
          maxLength={20}
          autoComplete="off"
          disabled={!!plate}
          placeholder={t('gate.vehicles.platePlaceholder')}
          style={{ fontSize: 20, letterSpacing: 1 }}
          data-testid="vehicle-exit-plate"
        />
      </Form.Item>
      {gates.length > 1 && (
        <Form.Item name="gateId" label={t('gate.gate')}>
          <Radio.Group
            optionType="button"
            size="large"
            options={gates.map((g) => ({ value: g.id, label: g.name }))}
            data-testid="vehicle-exit-gate"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Voids an entry made by mistake, with the reason (vehicles and visitors alike). */
export function VoidModal({
  title,
  onVoid,
  onClose,
  onDone,
}: {
  title: string;
  onVoid(reason: string): Promise<ReturnType<typeof featureOutcome>>;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open
      danger
      title={title}
      okText={t('gate.void')}
      form={form}
      testId="gate-void-form"
      onClose={onClose}
      onDone={onDone}
      onSubmit={(v) => onVoid(v.reason.trim())}
    >
      <Typography.Paragraph type="secondary">{t('gate.voidHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('gate.voidReason')}
        rules={[{ required: true, whitespace: true, message: t('gate.voidReasonRequired') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function VehicleRow({ m, onExit, onVoid }: { m: VehicleMovementFieldsFragment; onExit(): void; onVoid(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Card
      size="small"
      data-testid="vehicle"
      data-plate={m.plate}
      data-inside={m.inside}
      data-overstaying={m.overstaying}
      style={m.overstaying ? { borderColor: '#ff7875' } : undefined}
    >
      <Flex justify="space-between" align="center" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={6} wrap>
            <Typography.Text strong style={{ fontSize: 18, letterSpacing: 1 }} data-testid="vehicle-plate-text">
              {m.plate}
            </Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`gate.vehicles.categories.${m.category}`)}</Tag>
            {m.overstaying && (
              <Tag
                color="red"
                style={{ marginInlineEnd: 0 }}
                title={t('gate.vehicles.overstayHint', { hours: OVERSTAY_HOURS })}
              >
                {t('gate.vehicles.overstay')}
              </Tag>
            )}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('gate.vehicles.inSince', { time: formatDateTime(m.enteredAt, locale) })} · {m.entryGate.name}
            {m.parkingPlace ? ` · ${m.parkingPlace}` : ''}
          </Typography.Text>
          {m.exitedAt != null && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('gate.vehicles.outAt', { time: formatDateTime(m.exitedAt, locale) })}
                {m.exitGate ? ` · ${m.exitGate.name}` : ''}
                {m.exitOfficer ? ` · ${m.exitOfficer.name}` : ''}
              </Typography.Text>
            </div>
          )}
          {m.note && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {m.note}
              </Typography.Text>
            </div>
          )}
        </div>
        <Flex gap={4} align="center">
          {m.canVoid && <Button type="text" icon={<DeleteOutlined />} aria-label={t('gate.void')} onClick={onVoid} />}
          {m.canExit && (
            <Button type="primary" size="large" icon={<LogoutOutlined />} onClick={onExit} data-testid="vehicle-exit">
              {t('gate.vehicles.exitButton')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * Vehicles at one site's gates (R26): in and out with two big buttons, the vehicles inside now
 * (an overstay flagged red), the overstays alone, or the whole record.
 */
export function VehiclesTab({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [filter, setFilter] = useState<Filter>('inside');
  const [modal, setModal] = useState<
    | { kind: 'enter' }
    | { kind: 'exit'; plate: string | null }
    | { kind: 'void'; m: VehicleMovementFieldsFragment }
    | null
  >(null);
  const [, voidMovement] = useMutation(voidVehicleMovementMutation);
  const variables: { filter: VehicleMovementFilter; first: number } = {
    first: 100,
    filter: {
      siteCode,
      ...(filter === 'inside' ? { inside: true } : {}),
      ...(filter === 'overstaying' ? { overstaying: true } : {}),
    },
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: vehicleMovementsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.vehicleMovements.nodes ?? [];
  const recorder = can('goods_vehicle.create');

  return (
    <Flex vertical gap={12}>
      {recorder && (
        <Row gutter={8}>
          <Col xs={12} md={6}>
            <Button
              type="primary"
              size="large"
              block
              icon={<LoginOutlined />}
              style={{ height: 56, fontSize: 18 }}
              onClick={() => setModal({ kind: 'enter' })}
              data-testid="vehicle-enter"
            >
              {t('gate.vehicles.enter')}
            </Button>
          </Col>
          <Col xs={12} md={6}>
            <Button
              size="large"
              block
              icon={<LogoutOutlined />}
              style={{ height: 56, fontSize: 18 }}
              onClick={() => setModal({ kind: 'exit', plate: null })}
              data-testid="vehicle-exit-any"
            >
              {t('gate.vehicles.exit')}
            </Button>
          </Col>
        </Row>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['inside', 'overstaying', 'all'] as const).map((f) => ({
            value: f,
            label: t(`gate.vehicles.filter.${f}`),
          }))}
          data-testid="vehicle-filter"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="vehicle-count">
            <CarOutlined /> {t('gate.vehicles.count', { count: data.vehicleMovements.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {rows.length ? (
          <Row gutter={[8, 8]}>
            {rows.map((m) => (
              <Col key={m.id} xs={24} md={12} xl={8}>
                <VehicleRow
                  m={m}
                  onExit={() => setModal({ kind: 'exit', plate: m.plate })}
                  onVoid={() => setModal({ kind: 'void', m })}
                />
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={t('gate.vehicles.empty')} />
        )}
      </QueryState>
      {modal?.kind === 'enter' && <EntryModal siteCode={siteCode} onClose={() => setModal(null)} onDone={reload} />}
      {modal?.kind === 'exit' && (
        <ExitModal siteCode={siteCode} plate={modal.plate} onClose={() => setModal(null)} onDone={reload} />
      )}
      {modal?.kind === 'void' && (
        <VoidModal
          title={`${t('gate.voidTitle')} · ${modal.m.plate}`}
          onClose={() => setModal(null)}
          onDone={reload}
          onVoid={async (reason) => {
            const result = await voidMovement({ input: { movementId: modal.m.id, reason } });
            return featureOutcome('gate.errors', null, [], t, result, result.data?.voidVehicleMovement);
          }}
        />
      )}
    </Flex>
  );
}
