import { DeleteOutlined, EditOutlined, LoginOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { ContactKind, CustomerRole } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDate } from '../../../lib/format.js';
import {
  addCustomerContactMutation,
  moveInMutation,
  moveOutMutation,
  updateCustomerMutation,
  voidCustomerMutation,
} from '../customers.operations.js';
import { CustomerSelect, UnitSelect } from './RemoteSelects.js';

export const ROLES: CustomerRole[] = ['OWNER', 'TENANT', 'OCCUPANT'];
export const CONTACT_KINDS: ContactKind[] = ['PHONE', 'EMAIL', 'WECHAT', 'OTHER'];
const NOTE_MAX = 500;

/** No move can be recorded for a day that has not come yet. */
export const notAfterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function RoleSelect(props: { value?: CustomerRole; onChange?: (v: CustomerRole) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Select<CustomerRole>
      value={props.value}
      onChange={props.onChange}
      options={ROLES.map((r) => ({ value: r, label: t(`customers.roles.${r}`) }))}
      data-testid={props.testId}
    />
  );
}

export function ContactKindSelect(props: { value?: ContactKind; onChange?: (v: ContactKind) => void }) {
  const { t } = useTranslation();
  return (
    <Select<ContactKind>
      value={props.value}
      onChange={props.onChange}
      aria-label={t('customers.fields.contacts')}
      options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`customers.contactKinds.${k}`) }))}
    />
  );
}

interface Customer {
  id: string;
  name: string;
  kind: CustomerRole;
}

interface MoveInProps {
  open: boolean;
  onClose(): void;
  /** Given: the form picks a unit for them. */
  customer?: Customer;
  /** Given: the form picks a customer for it. */
  unit?: { id: string; code: string; label: string };
}

interface MoveInValues {
  customerId: string;
  unitId: string;
  role: CustomerRole;
  fromDate: Dayjs;
  note?: string;
}

/** Someone starts to own, rent or occupy a unit: from a customer's page or from a unit's. */
export function MoveInModal({ open, onClose, customer, unit }: MoveInProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveInValues>();
  const [, moveIn] = useMutation(moveInMutation);
  const title = customer
    ? t('customers.actions.moveInTitle', { name: customer.name })
    : t('customers.actions.moveInToUnit', { code: unit?.code ?? '' });
  return (
    <FormModal<MoveInValues>
      open={open}
      title={title}
      okText={t('customers.actions.moveIn')}
      form={form}
      testId="move-in-form"
      initialValues={{
        customerId: customer?.id,
        unitId: unit?.id,
        role: customer?.kind ?? 'OWNER',
        fromDate: dayjs(),
      }}
      onClose={onClose}
      onDone={() => void message.success(t('customers.movedIn'))}
      onSubmit={async (v) => {
        const result = await moveIn({
          input: {
            customerId: v.customerId,
            unitId: v.unitId,
            role: v.role,
            fromDate: v.fromDate.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        });
        return outcomeOf(form, ['customerId', 'unitId', 'role', 'fromDate', 'note'], t, result, result.data?.moveIn);
      }}
    >
      {customer ? (
        <Form.Item
          name="unitId"
          label={t('customers.fields.unit')}
          rules={[{ required: true, message: t('customers.unitRequired') }]}
        >
          <UnitSelect testId="move-in-unit" />
        </Form.Item>
      ) : (
        <Form.Item
          name="customerId"
          label={t('customers.fields.customer')}
          rules={[{ required: true, message: t('customers.customerRequired') }]}
        >
          <CustomerSelect testId="move-in-customer" />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item name="role" label={t('customers.roleOfUnit')} style={{ flex: '1 1 160px' }}>
          <RoleSelect testId="move-in-role" />
        </Form.Item>
        <Form.Item
          name="fromDate"
          label={t('customers.fields.fromDate')}
          rules={[{ required: true, message: t('customers.dateRequired') }]}
          style={{ flex: '1 1 160px' }}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={notAfterToday} />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('customers.fields.note')}>
        <Input.TextArea rows={2} maxLength={NOTE_MAX} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface MoveOutProps {
  open: boolean;
  onClose(): void;
  occupancy: { id: string; role: CustomerRole; fromDate: string } | null;
  customerName: string;
  unitCode: string;
}

interface MoveOutValues {
  toDate: Dayjs;
  note?: string;
}

/** Someone leaves (or gives up) a unit: the end of one occupancy. */
export function MoveOutModal({ open, onClose, occupancy, customerName, unitCode }: MoveOutProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveOutValues>();
  const [, moveOut] = useMutation(moveOutMutation);
  const from = occupancy ? dayjs(occupancy.fromDate) : null;
  return (
    <FormModal<MoveOutValues>
      open={open && occupancy !== null}
      title={t('customers.actions.moveOutTitle', { name: customerName, code: unitCode })}
      okText={t('customers.actions.moveOut')}
      danger
      form={form}
      testId="move-out-form"
      initialValues={{ toDate: dayjs() }}
      onClose={onClose}
      onDone={() => void message.success(t('customers.movedOutDone'))}
      onSubmit={async (v) => {
        const result = await moveOut({
          input: {
            occupancyId: occupancy?.id ?? '',
            toDate: v.toDate.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        });
        return outcomeOf(form, ['toDate', 'note'], t, result, result.data?.moveOut);
      }}
    >
      {occupancy && (
        <Form.Item>
          <Typography.Text>
            {t('customers.moveOutExplained', {
              name: customerName,
              role: t(`customers.roles.${occupancy.role}`),
              from: formatDate(occupancy.fromDate, locale),
            })}
          </Typography.Text>
        </Form.Item>
      )}
      <Form.Item
        name="toDate"
        label={t('customers.fields.toDate')}
        rules={[{ required: true, message: t('customers.dateRequired') }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          allowClear={false}
          disabledDate={(d) => notAfterToday(d) || (from !== null && d.isBefore(from, 'day'))}
          data-testid="move-out-date"
        />
      </Form.Item>
      <Form.Item name="note" label={t('customers.fields.note')}>
        <Input.TextArea rows={2} maxLength={NOTE_MAX} showCount data-testid="move-out-note" />
      </Form.Item>
    </FormModal>
  );
}

type Action = 'moveIn' | 'addContact' | 'edit' | 'void';

interface ActionsProps {
  customer: Customer & { idCardLast4?: string | null; note?: string | null };
  compact: boolean;
}

/** What customer service can do to a file (needs `customer_file.handle`). */
export function CustomerActions({ customer, compact }: ActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const size = compact ? 'middle' : undefined;
  return (
    <>
      <Flex gap={8} wrap data-testid="customer-actions">
        <Button
          type="primary"
          icon={<LoginOutlined />}
          size={size}
          onClick={() => setOpen('moveIn')}
          data-testid="action-move-in"
        >
          {t('customers.actions.moveIn')}
        </Button>
        <Button
          icon={<PlusOutlined />}
          size={size}
          onClick={() => setOpen('addContact')}
          data-testid="action-add-contact"
        >
          {t('customers.actions.addContact')}
        </Button>
        <Button icon={<EditOutlined />} size={size} onClick={() => setOpen('edit')} data-testid="action-edit">
          {t('customers.actions.edit')}
        </Button>
        <Button icon={<DeleteOutlined />} size={size} danger onClick={() => setOpen('void')} data-testid="action-void">
          {t('customers.actions.void')}
        </Button>
      </Flex>
      <MoveInModal open={open === 'moveIn'} onClose={close} customer={customer} />
      <AddContactModal open={open === 'addContact'} onClose={close} customer={customer} />
      <EditCustomerModal open={open === 'edit'} onClose={close} customer={customer} />
      <VoidCustomerModal open={open === 'void'} onClose={close} customer={customer} />
    </>
  );
}

interface ModalProps {
  open: boolean;
  onClose(): void;
  customer: ActionsProps['customer'];
}

interface ContactValues {
  kind: ContactKind;
  value: string;
  primary: boolean;
}

function AddContactModal({ open, onClose, customer }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const [, add] = useMutation(addCustomerContactMutation);
  return (
    <FormModal<ContactValues>
      open={open}
      title={t('customers.actions.addContactTitle', { name: customer.name })}
      okText={t('common.save')}
      form={form}
      testId="add-contact-form"
      initialValues={{ kind: 'PHONE', value: '', primary: false }}
      onClose={onClose}
      onDone={() => void message.success(t('customers.contactAdded'))}
      onSubmit={async (v) => {
        const result = await add({
          input: { customerId: customer.id, kind: v.kind, value: v.value.trim(), primary: v.primary },
        });
        return outcomeOf(form, ['kind', 'value', 'primary'], t, result, result.data?.addCustomerContact);
      }}
    >
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('customers.fields.kind')} style={{ flex: '0 1 120px' }}>
          <ContactKindSelect />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('customers.fields.contacts')}
          rules={[{ required: true, whitespace: true, message: t('customers.valueRequired') }]}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={100} data-testid="contact-value" />
        </Form.Item>
      </Flex>
      <Form.Item name="primary" valuePropName="checked">
        <Checkbox>{t('customers.makePrimary')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  name: string;
  kind: CustomerRole;
  idCardLast4: string;
  note: string;
}

function EditCustomerModal({ open, onClose, customer }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [, update] = useMutation(updateCustomerMutation);
  return (
    <FormModal<EditValues>
      open={open}
      title={t('customers.actions.editTitle', { name: customer.name })}
      okText={t('common.save')}
      form={form}
      testId="edit-customer-form"
      initialValues={{
        name: customer.name,
        kind: customer.kind,
        idCardLast4: customer.idCardLast4 ?? '',
        note: customer.note ?? '',
      }}
      onClose={onClose}
      onDone={() => void message.success(t('customers.saved'))}
      onSubmit={async (v) => {
        const result = await update({
          input: {
            customerId: customer.id,
            name: v.name.trim(),
            kind: v.kind,
            idCardLast4: v.idCardLast4.trim(),
            note: v.note.trim(),
          },
        });
        return outcomeOf(form, ['name', 'kind', 'idCardLast4', 'note'], t, result, result.data?.updateCustomer);
      }}
    >
      <Form.Item
        name="name"
        label={t('customers.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('customers.nameRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('customers.fields.kind')} style={{ flex: '1 1 140px' }}>
          <RoleSelect />
        </Form.Item>
        <Form.Item
          name="idCardLast4"
          label={t('customers.fields.idCardLast4')}
          extra={t('customers.idCardHint')}
          style={{ flex: '1 1 140px' }}
        >
          <Input maxLength={4} autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('customers.fields.note')}>
        <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount />
      </Form.Item>
    </FormModal>
  );
}

function VoidCustomerModal({ open, onClose, customer }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [, voidCustomer] = useMutation(voidCustomerMutation);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('customers.actions.voidTitle', { name: customer.name })}
      okText={t('customers.actions.void')}
      danger
      form={form}
      testId="void-customer-form"
      onClose={onClose}
      onDone={() => void message.success(t('customers.voidedDone'))}
      onSubmit={async (v) => {
        const result = await voidCustomer({ input: { customerId: customer.id, reason: v.reason.trim() } });
        return outcomeOf(form, ['reason'], t, result, result.data?.voidCustomer);
      }}
    >
      <Form.Item>
        <span>{t('customers.voidExplained')}</span>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('customers.fields.voidReason')}
        rules={[{ required: true, whitespace: true, message: t('customers.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount />
      </Form.Item>
    </FormModal>
  );
}
