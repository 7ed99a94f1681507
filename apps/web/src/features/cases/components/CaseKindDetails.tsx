import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { CaseDetailFragment, CaseKindDetailsFragment, RentalOutcome } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { CustomerSelect, UnitSelect } from '../../customers/components/RemoteSelects.js';
import { customerPath, unitPath } from '../../customers/unit-label.js';
import { IncidentCard } from '../../incidents/components/IncidentCard.js';
import { RectificationCard } from '../../inspections/components/RectificationCard.js';
import { recordRentalViewingMutation, updateRentalDetailsMutation } from '../case.operations.js';

type Rental = Extract<CaseKindDetailsFragment, { __typename: 'RentalDetails' }>;
const OUTCOMES: RentalOutcome[] = ['LET', 'NOT_LET', 'WITHDRAWN'];

/**
 * A kind's own details, under the case's common ones: a rental's units, viewings and outcome
 * (R8); a task's mode (R13). `editable`: the viewer may handle the case and it is still active.
 */
export function CaseKindDetails({ c, editable }: { c: CaseDetailFragment; editable: boolean }) {
  const { t } = useTranslation();
  const d = c.details;
  if (!d) return null;
  if (d.__typename === 'IncidentDetails') return <IncidentCard c={c} d={d} editable={editable} />;
  // A rectification notice's card lives with the inspections it comes from (R20).
  if (d.__typename === 'RectificationDetails') return <RectificationCard c={c} d={d} />;
  if (d.__typename === 'TaskDetails') {
    return (
      <Card title={t('cases.task.title')} size="small" data-testid="task-details">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('cases.task.mode')}>{t(`cases.task.modes.${d.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.task.due')}>
            <DueText iso={c.resolutionDueAt} />
          </Descriptions.Item>
          {d.meeting && (
            <Descriptions.Item label={t('cases.task.fromMeeting')}>
              <Link to={`/meetings/${encodeURIComponent(d.meeting.id)}`} data-testid="task-meeting">
                {d.meeting.title}
              </Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    );
  }
  return <RentalCard c={c} d={d} editable={editable} />;
}

function DueText({ iso }: { iso: unknown }) {
  const { locale } = useLocale();
  return <>{formatDateTime(iso, locale)}</>;
}

function RentalCard({ c, d, editable }: { c: CaseDetailFragment; d: Rental; editable: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [open, setOpen] = useState<'edit' | 'viewing' | null>(null);
  const rent = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : t('cases.rental.perMonth', { n });
  return (
    <Card
      title={t('cases.rental.title')}
      size="small"
      data-testid="rental-details"
      extra={
        editable && (
          <Flex gap={4}>
            <Button
              size="small"
              icon={<EyeOutlined />}
              onClick={() => setOpen('viewing')}
              data-testid="rental-add-viewing"
            >
              {t('cases.rental.addViewing')}
            </Button>
            <Button size="small" icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="rental-edit">
              {t('common.edit')}
            </Button>
          </Flex>
        )
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('cases.rental.askingRent')}>{rent(d.askingRent)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.rental.units')}>
          {d.unitsOffered.length ? (
            <Flex gap={4} wrap>
              {d.unitsOffered.map((u) => (
                <Link key={u.id} to={unitPath(u.id)}>
                  <Tag>{`${u.site.name} ${u.code}`}</Tag>
                </Link>
              ))}
            </Flex>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {d.prospect && <Descriptions.Item label={t('cases.rental.prospect')}>{d.prospect}</Descriptions.Item>}
        <Descriptions.Item label={t('cases.rental.outcome')}>
          {d.outcome ? (
            <Tag color={d.outcome === 'LET' ? 'green' : 'default'} data-testid="rental-outcome">
              {t(`cases.rental.outcomes.${d.outcome}`)}
            </Tag>
          ) : (
            <Typography.Text type="secondary">{t('cases.rental.noOutcome')}</Typography.Text>
          )}
        </Descriptions.Item>
        {d.outcome === 'LET' && (
          <>
            <Descriptions.Item label={t('cases.rental.agreedRent')}>{rent(d.agreedRent)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.rental.agreedOn')}>
              {d.agreedOn ? formatDate(d.agreedOn, locale) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.rental.tenant')}>
              {d.tenant ? <Link to={customerPath(d.tenant.id)}>{d.tenant.name}</Link> : '—'}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        {t('cases.rental.viewings', { count: d.viewings.length })}
      </Typography.Text>
      {d.viewings.length ? (
        <List
          size="small"
          dataSource={[...d.viewings].reverse()}
          data-testid="rental-viewings"
          renderItem={(w) => (
            <List.Item style={{ paddingInline: 0 }}>
              <div>
                <Typography.Text>{w.prospect}</Typography.Text>
                {w.unit && <Tag style={{ marginInlineStart: 8 }}>{w.unit.code}</Tag>}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(w.at, locale)} · {w.recordedByName}
                  </Typography.Text>
                </div>
                {w.note && <Typography.Paragraph style={{ margin: 0 }}>{w.note}</Typography.Paragraph>}
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.rental.noViewings')} />
      )}
      <RentalEditModal c={c} d={d} open={open === 'edit'} onClose={() => setOpen(null)} />
      <ViewingModal c={c} d={d} open={open === 'viewing'} onClose={() => setOpen(null)} />
    </Card>
  );
}

interface EditValues {
  askingRent?: number | null;
  unitIds: string[];
  prospect?: string;
  outcome?: RentalOutcome | null;
  agreedRent?: number | null;
  agreedOn?: Dayjs | null;
  tenantId?: string | null;
}

const EDIT_FIELDS = ['askingRent', 'unitIds', 'prospect', 'outcome', 'agreedRent', 'agreedOn', 'tenantId'] as const;

function RentalEditModal({
  c,
  d,
  open,
  onClose,
}: {
  c: CaseDetailFragment;
  d: Rental;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [, update] = useMutation(updateRentalDetailsMutation);
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormModal<EditValues>
      open={open}
      title={t('cases.rental.editTitle', { reference: c.reference })}
      okText={t('common.save')}
      form={form}
      testId="rental-edit-form"
      initialValues={{
        askingRent: d.askingRent,
        unitIds: d.unitsOffered.map((u) => u.id),
        prospect: d.prospect ?? '',
        outcome: d.outcome,
        agreedRent: d.agreedRent,
        agreedOn: d.agreedOn ? dayjs(d.agreedOn) : null,
        tenantId: d.tenant?.id ?? null,
      }}
      onClose={onClose}
      onDone={() => void message.success(t('cases.rental.saved'))}
      onSubmit={async (v) => {
        const result = await update({
          input: {
            caseId: c.id,
            askingRent: v.askingRent ?? null,
            unitIds: v.unitIds ?? [],
            prospect: v.prospect?.trim() || null,
            outcome: v.outcome ?? null,
            agreedRent: v.agreedRent ?? null,
            agreedOn: v.agreedOn ? v.agreedOn.format('YYYY-MM-DD') : null,
            tenantId: v.tenantId ?? null,
          },
        });
        return outcomeOf(form, EDIT_FIELDS, t, result, result.data?.updateRentalDetails);
      }}
    >
      <Form.Item name="askingRent" label={t('cases.rental.askingRent')}>
        <InputNumber
          min={0}
          max={10_000_000}
          precision={0}
          addonAfter={t('cases.rental.yuanPerMonth')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="unitIds" label={t('cases.rental.units')} extra={t('cases.rental.unitsHint')}>
        <UnitsField initial={d.unitsOffered.map((u) => ({ id: u.id, label: `${u.site.name} ${u.code}` }))} />
      </Form.Item>
      <Form.Item name="prospect" label={t('cases.rental.prospect')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="outcome" label={t('cases.rental.outcome')} extra={t('cases.rental.outcomeHint')}>
        <Select
          allowClear
          data-testid="rental-outcome-select"
          options={OUTCOMES.map((o) => ({ value: o, label: t(`cases.rental.outcomes.${o}`) }))}
        />
      </Form.Item>
      {outcome === 'LET' && (
        <>
          <Form.Item name="agreedRent" label={t('cases.rental.agreedRent')} rules={[{ required: true }]}>
            <InputNumber
              min={0}
              max={10_000_000}
              precision={0}
              addonAfter={t('cases.rental.yuanPerMonth')}
              style={{ width: '100%' }}
              data-testid="rental-agreed-rent"
            />
          </Form.Item>
          <Form.Item name="agreedOn" label={t('cases.rental.agreedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} data-testid="rental-agreed-on" />
          </Form.Item>
          <Form.Item
            name="tenantId"
            label={t('cases.rental.tenant')}
            extra={t('cases.rental.tenantHint')}
            rules={[{ required: true }]}
          >
            <CustomerSelect initialLabel={d.tenant?.name} testId="rental-tenant" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** Several units: pick one at a time, shown as removable tags. */
function UnitsField({
  value = [],
  onChange,
  initial,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  initial: { id: string; label: string }[];
}) {
  const [labels, setLabels] = useState(() => new Map(initial.map((u) => [u.id, u.label])));
  const [picking, setPicking] = useState<string | undefined>();
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex gap={4} wrap>
          {value.map((id) => (
            <Tag key={id} closable onClose={() => onChange?.(value.filter((x) => x !== id))}>
              {labels.get(id) ?? id}
            </Tag>
          ))}
        </Flex>
      )}
      {value.length < 10 && (
        <UnitSelect
          value={picking}
          testId="rental-unit-picker"
          onChange={(id, label) => {
            setPicking(undefined);
            if (!id || value.includes(id)) return;
            if (label) setLabels((m) => new Map(m).set(id, label));
            onChange?.([...value, id]);
          }}
        />
      )}
    </Flex>
  );
}

interface ViewingValues {
  at: Dayjs;
  unitId?: string;
  prospect: string;
  note?: string;
}

function ViewingModal({ c, d, open, onClose }: { c: CaseDetailFragment; d: Rental; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ViewingValues>();
  const [, record] = useMutation(recordRentalViewingMutation);
  return (
    <FormModal<ViewingValues>
      open={open}
      title={t('cases.rental.viewingTitle', { reference: c.reference })}
      okText={t('cases.rental.addViewing')}
      form={form}
      testId="rental-viewing-form"
      initialValues={{ at: dayjs(), unitId: d.unitsOffered.length === 1 ? d.unitsOffered[0]?.id : undefined }}
      onClose={onClose}
      onDone={() => void message.success(t('cases.rental.viewingSaved'))}
      onSubmit={async (v) => {
        const result = await record({
          input: {
            caseId: c.id,
            at: v.at.toISOString(),
            unitId: v.unitId ?? null,
            prospect: v.prospect.trim(),
            note: v.note?.trim() || null,
          },
        });
        return outcomeOf(form, ['at', 'unitId', 'prospect', 'note'], t, result, result.data?.recordRentalViewing);
      }}
    >
      <Form.Item name="at" label={t('cases.rental.viewedAt')} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {d.unitsOffered.length > 0 && (
        <Form.Item name="unitId" label={t('cases.rental.unitViewed')}>
          <Select
            allowClear
            options={d.unitsOffered.map((u) => ({ value: u.id, label: `${u.site.name} ${u.code}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="prospect"
        label={t('cases.rental.viewer')}
        rules={[{ required: true, whitespace: true, message: t('cases.rental.viewerRequired') }]}
      >
        <Input maxLength={100} placeholder={t('cases.rental.viewerPlaceholder')} data-testid="rental-viewer" />
      </Form.Item>
      <Form.Item name="note" label={t('cases.rental.viewingNote')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
