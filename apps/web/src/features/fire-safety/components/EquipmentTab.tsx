import { CheckSquareOutlined, DeleteOutlined, EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { FireEquipmentFieldsFragment, FireEquipmentStatus, FireEquipmentType } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { useDebouncedValue } from '../../../lib/use-debounced-value.js';
import { featureOutcome } from '../../places/place-errors.js';
import { EQUIPMENT_STATUS_COLOR, EQUIPMENT_TYPES } from '../fire-format.js';
import {
  fireCoverageQuery,
  fireEquipmentQuery,
  recordFireEquipmentCheckMutation,
  registerFireEquipmentMutation,
  retireFireEquipmentMutation,
  updateFireEquipmentMutation,
} from '../fire-safety.operations.js';

type Item = FireEquipmentFieldsFragment;
const DAY = 'YYYY-MM-DD';

interface ItemValues {
  type: FireEquipmentType;
  identifier: string;
  location: string;
  areaId?: string | null;
  quantity?: number | null;
  note?: string;
  lastCheckedOn?: Dayjs | null;
  nextDueOn?: Dayjs | null;
}
const ITEM_FIELDS = ['type', 'identifier', 'location', 'areaId', 'quantity', 'note', 'lastCheckedOn', 'nextDueOn'];

function ItemFormModal({
  siteCode,
  item,
  areas,
  onClose,
}: {
  siteCode: string;
  item: Item | null;
  areas: { id: string; name: string }[];
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemValues>();
  const [, register] = useMutation(registerFireEquipmentMutation);
  const [, update] = useMutation(updateFireEquipmentMutation);
  return (
    <FormModal<ItemValues>
      open
      title={item ? t('fireSafety.equipment.edit') : t('fireSafety.equipment.register')}
      okText={t('common.save')}
      form={form}
      testId="fire-equipment-form"
      initialValues={
        item
          ? {
              type: item.type,
              identifier: item.identifier,
              location: item.location,
              areaId: item.area?.id,
              quantity: item.quantity,
              note: item.note ?? '',
            }
          : { type: 'EXTINGUISHER', quantity: 1, lastCheckedOn: dayjs(), nextDueOn: dayjs().add(1, 'month') }
      }
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const common = {
          type: v.type,
          identifier: v.identifier.trim(),
          location: v.location.trim(),
          quantity: v.quantity ?? 1,
        };
        if (item) {
          const result = await update({
            input: { equipmentId: item.id, ...common, areaId: v.areaId ?? null, note: v.note?.trim() ?? '' },
          });
          return featureOutcome('fireSafety.errors', form, ITEM_FIELDS, t, result, result.data?.updateFireEquipment);
        }
        const result = await register({
          input: {
            siteCode,
            ...common,
            areaId: v.areaId ?? null,
            note: v.note?.trim() || null,
            lastCheckedOn: v.lastCheckedOn ? v.lastCheckedOn.format(DAY) : null,
            nextDueOn: v.nextDueOn ? v.nextDueOn.format(DAY) : null,
          },
        });
        return featureOutcome('fireSafety.errors', form, ITEM_FIELDS, t, result, result.data?.registerFireEquipment);
      }}
    >
      <Form.Item name="type" label={t('fireSafety.equipment.type')} rules={[{ required: true }]}>
        <Select options={EQUIPMENT_TYPES.map((k) => ({ value: k, label: t(`fireSafety.equipmentType.${k}`) }))} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="identifier"
          label={t('fireSafety.equipment.identifier')}
          rules={[{ required: true, whitespace: true, message: t('fireSafety.required.identifier') }]}
          style={{ flex: '1 1 160px' }}
        >
          <Input maxLength={32} data-testid="fire-equipment-identifier" />
        </Form.Item>
        <Form.Item name="quantity" label={t('fireSafety.equipment.quantity')}>
          <InputNumber min={1} max={9999} precision={0} />
        </Form.Item>
      </Flex>
      <Form.Item name="areaId" label={t('fireSafety.area')}>
        <Select allowClear options={areas.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('fireSafety.location')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.location') }]}
      >
        <Input maxLength={200} placeholder={t('fireSafety.equipment.locationPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('fireSafety.equipment.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      {!item && (
        <Flex gap={12} wrap>
          <Form.Item name="lastCheckedOn" label={t('fireSafety.equipment.lastChecked')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="nextDueOn" label={t('fireSafety.equipment.nextDue')}>
            <DatePicker />
          </Form.Item>
        </Flex>
      )}
    </FormModal>
  );
}

interface CheckValues {
  checkedOn: Dayjs;
  nextDueOn: Dayjs;
  status: FireEquipmentStatus;
  note?: string;
}

function CheckModal({ item, onClose }: { item: Item; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CheckValues>();
  const [, check] = useMutation(recordFireEquipmentCheckMutation);
  return (
    <FormModal<CheckValues>
      open
      title={t('fireSafety.equipment.checkTitle', { identifier: item.identifier })}
      okText={t('common.save')}
      form={form}
      testId="fire-check-form"
      initialValues={{ checkedOn: dayjs(), nextDueOn: dayjs().add(1, 'month'), status: 'OK' }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await check({
          input: {
            equipmentId: item.id,
            checkedOn: v.checkedOn.format(DAY),
            nextDueOn: v.nextDueOn.format(DAY),
            status: v.status,
            note: v.note?.trim() || null,
          },
        });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ['checkedOn', 'nextDueOn', 'status', 'note'],
          t,
          result,
          result.data?.recordFireEquipmentCheck,
        );
      }}
    >
      <Flex gap={12} wrap>
        <Form.Item name="checkedOn" label={t('fireSafety.equipment.checkedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="nextDueOn" label={t('fireSafety.equipment.nextDue')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Flex>
      <Form.Item name="status" label={t('fireSafety.equipment.result')}>
        <Select
          options={(['OK', 'FAULTY'] as const).map((s) => ({ value: s, label: t(`fireSafety.equipmentStatus.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('fireSafety.equipment.checkNote')}
        extra={t('fireSafety.equipment.checkNoteHint')}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

function RetireModal({ item, onClose }: { item: Item; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, retire] = useMutation(retireFireEquipmentMutation);
  return (
    <FormModal<{ reason: string }>
      open
      title={t('fireSafety.equipment.retireTitle', { identifier: item.identifier })}
      okText={t('fireSafety.equipment.retire')}
      danger
      form={form}
      testId="fire-retire-form"
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await retire({ input: { equipmentId: item.id, reason: v.reason.trim() } });
        return featureOutcome('fireSafety.errors', form, ['reason'], t, result, result.data?.retireFireEquipment);
      }}
    >
      <Typography.Paragraph type="secondary">{t('fireSafety.equipment.retireHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('fireSafety.reason')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The register of fire equipment and key facilities (R31, SL-3). On a phone it is a list an
 * officer on patrol filters by area and type to find the nearest extinguisher: where it is, first.
 */
export function EquipmentTab({
  siteCode,
  compact,
  mayCreate,
  onChanged,
}: {
  siteCode: string;
  compact: boolean;
  mayCreate: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [type, setType] = useState<FireEquipmentType | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [showRetired, setShowRetired] = useState(false);
  const [term, setTerm] = useState('');
  const search = useDebouncedValue(term.trim());
  const [form, setForm] = useState<{ item: Item | null } | null>(null);
  const [checking, setChecking] = useState<Item | null>(null);
  const [retiring, setRetiring] = useState<Item | null>(null);
  const [{ data: coverage }] = useQuery({ query: fireCoverageQuery, variables: { siteCode } });
  const areas = (coverage?.fireResponsibilityCoverage ?? []).flatMap((r) => (r.area ? [r.area] : []));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireEquipmentQuery,
    variables: {
      filter: {
        siteCode,
        areaId,
        type,
        overdueOnly: overdueOnly || null,
        includeRetired: showRetired || null,
        search: search || null,
      },
      first: 100,
    },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.fireEquipment.nodes ?? [];
  const closed = (done: boolean) => {
    setForm(null);
    setChecking(null);
    setRetiring(null);
    if (done) {
      reload();
      onChanged();
    }
  };

  const tags = (e: Item) => (
    <Flex gap={4} wrap>
      <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
        {t(`fireSafety.equipmentType.${e.type}`)}
        {e.quantity > 1 ? ` ×${e.quantity}` : ''}
      </Tag>
      {e.status !== 'OK' && (
        <Tag color={EQUIPMENT_STATUS_COLOR[e.status]} style={{ marginInlineEnd: 0 }}>
          {t(`fireSafety.equipmentStatus.${e.status}`)}
        </Tag>
      )}
      {e.overdue && (
        <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="fire-equipment-overdue">
          {t('fireSafety.equipment.overdue')}
        </Tag>
      )}
    </Flex>
  );
  const due = (e: Item) =>
    e.nextDueOn ? (
      <Typography.Text type={e.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {t('fireSafety.equipment.dueOn', { date: formatDate(e.nextDueOn, locale) })}
      </Typography.Text>
    ) : null;
  const actions = (e: Item) =>
    e.viewerMayHandle && e.status !== 'RETIRED' ? (
      <Flex gap={4} wrap={compact}>
        <Button
          size="small"
          icon={<CheckSquareOutlined />}
          onClick={() => setChecking(e)}
          data-testid="fire-equipment-check"
        >
          {t('fireSafety.equipment.check')}
        </Button>
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          onClick={() => setForm({ item: e })}
          aria-label={t('common.edit')}
        />
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={() => setRetiring(e)}
          aria-label={t('fireSafety.equipment.retire')}
        />
      </Flex>
    ) : null;

  return (
    <Flex vertical gap={12} data-testid="fire-equipment">
      <Flex gap={8} wrap align="center">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder={t('fireSafety.equipment.search')}
          style={{ flex: '1 1 200px', maxWidth: compact ? undefined : 280 }}
          data-testid="fire-equipment-search"
        />
        <Select
          allowClear
          value={areaId}
          onChange={(v) => setAreaId(v ?? null)}
          placeholder={t('fireSafety.equipment.allAreas')}
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          style={{ flex: '1 1 150px', maxWidth: compact ? undefined : 220 }}
          data-testid="fire-equipment-area"
        />
        <Select
          allowClear
          value={type}
          onChange={(v) => setType(v ?? null)}
          placeholder={t('fireSafety.equipment.allTypes')}
          options={EQUIPMENT_TYPES.map((k) => ({ value: k, label: t(`fireSafety.equipmentType.${k}`) }))}
          style={{ flex: '1 1 150px', maxWidth: compact ? undefined : 200 }}
          data-testid="fire-equipment-type"
        />
        <Flex gap={6} align="center">
          <Switch size="small" checked={overdueOnly} onChange={setOverdueOnly} id="fire-overdue-only" />
          <label htmlFor="fire-overdue-only">{t('fireSafety.equipment.overdueOnly')}</label>
        </Flex>
        <Flex gap={6} align="center">
          <Switch size="small" checked={showRetired} onChange={setShowRetired} id="fire-show-retired" />
          <label htmlFor="fire-show-retired">{t('fireSafety.equipment.showRetired')}</label>
        </Flex>
        {mayCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setForm({ item: null })}
            style={{ marginInlineStart: compact ? undefined : 'auto' }}
            data-testid="fire-equipment-add"
          >
            {t('fireSafety.equipment.register')}
          </Button>
        )}
      </Flex>
      {data && (
        <Typography.Text type="secondary" data-testid="fire-equipment-count">
          {t('fireSafety.equipment.count', { count: data.fireEquipment.totalCount })}
          {data.fireEquipment.pageInfo.hasNextPage ? ` ${t('fireSafety.equipment.refine')}` : ''}
        </Typography.Text>
      )}
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!rows.length ? (
          <Empty description={t('fireSafety.equipment.none')} />
        ) : compact ? (
          <List
            dataSource={rows}
            renderItem={(e) => (
              <List.Item data-testid="fire-equipment-row" data-identifier={e.identifier}>
                <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {e.location}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {e.area?.name ?? t('fireSafety.equipment.noArea')} · {e.identifier}
                  </Typography.Text>
                  {tags(e)}
                  {e.note && <Typography.Text style={{ fontSize: 13 }}>{e.note}</Typography.Text>}
                  {e.statusNote && (
                    <Typography.Text type="danger" style={{ fontSize: 13 }}>
                      {e.statusNote}
                    </Typography.Text>
                  )}
                  {due(e)}
                  {actions(e)}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Item>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            onRow={(e) => ({ 'data-testid': 'fire-equipment-row', 'data-identifier': e.identifier }) as never}
            columns={[
              {
                key: 'identifier',
                title: t('fireSafety.equipment.identifier'),
                width: 120,
                render: (_, e) => e.identifier,
              },
              { key: 'type', title: t('fireSafety.equipment.type'), width: 160, render: (_, e) => tags(e) },
              { key: 'area', title: t('fireSafety.area'), width: 140, render: (_, e) => e.area?.name ?? '—' },
              {
                key: 'location',
                title: t('fireSafety.location'),
                render: (_, e) => (
                  <Flex vertical>
                    <span>{e.location}</span>
                    {e.note && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.note}
                      </Typography.Text>
                    )}
                    {e.statusNote && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {e.statusNote}
                      </Typography.Text>
                    )}
                    {e.retireReason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.retireReason}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'checked',
                title: t('fireSafety.equipment.lastChecked'),
                width: 120,
                render: (_, e) => (e.lastCheckedOn ? formatDate(e.lastCheckedOn, locale) : '—'),
              },
              {
                key: 'due',
                title: t('fireSafety.equipment.nextDue'),
                width: 120,
                render: (_, e) =>
                  e.nextDueOn ? (
                    <Typography.Text type={e.overdue ? 'danger' : undefined}>
                      {formatDate(e.nextDueOn, locale)}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              { key: 'actions', title: '', width: 200, render: (_, e) => actions(e) },
            ]}
          />
        )}
      </QueryState>
      {form && <ItemFormModal siteCode={siteCode} item={form.item} areas={areas} onClose={closed} />}
      {checking && <CheckModal item={checking} onClose={closed} />}
      {retiring && <RetireModal item={retiring} onClose={closed} />}
    </Flex>
  );
}
