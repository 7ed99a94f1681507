import {
  EditOutlined,
  KeyOutlined,
  LogoutOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { LOCALE_ENUM } from '@steward/schema';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import { SecretOnce } from '../../../components/SecretOnce.js';
import type { Locale, StaffDetailFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useStaffChoices } from '../hooks/use-staff-choices.js';
import {
  offboardStaffMutation,
  reinstateStaffMutation,
  resetStaffPasswordMutation,
  suspendStaffMutation,
  transferStaffMutation,
  updateStaffMutation,
} from '../staff.operations.js';

type Action = 'edit' | 'transfer' | 'suspend' | 'reinstate' | 'offboard' | 'reset';

const REASON_MAX = 500;

/** The Office's lifecycle actions on one member of staff (needs `staff.handle`). */
export function StaffActions({ staff, compact }: { staff: StaffDetailFragment; compact: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const left = staff.status === 'LEFT';
  const size = compact ? 'middle' : undefined;

  return (
    <>
      <Flex gap={8} wrap data-testid="staff-actions">
        <Button
          icon={<EditOutlined />}
          size={size}
          disabled={left}
          onClick={() => setOpen('edit')}
          data-testid="action-edit"
        >
          {t('staff.actions.edit')}
        </Button>
        <Button
          icon={<SwapOutlined />}
          size={size}
          disabled={left}
          onClick={() => setOpen('transfer')}
          data-testid="action-transfer"
        >
          {t('staff.actions.transfer')}
        </Button>
        {staff.status === 'SUSPENDED' ? (
          <Button
            icon={<PlayCircleOutlined />}
            size={size}
            onClick={() => setOpen('reinstate')}
            data-testid="action-reinstate"
          >
            {t('staff.actions.reinstate')}
          </Button>
        ) : (
          <Button
            icon={<PauseCircleOutlined />}
            size={size}
            disabled={left}
            onClick={() => setOpen('suspend')}
            data-testid="action-suspend"
          >
            {t('staff.actions.suspend')}
          </Button>
        )}
        <Button
          icon={<KeyOutlined />}
          size={size}
          disabled={left}
          onClick={() => setOpen('reset')}
          data-testid="action-reset"
        >
          {t('staff.actions.resetPassword')}
        </Button>
        <Button
          icon={<LogoutOutlined />}
          size={size}
          danger
          disabled={left}
          onClick={() => setOpen('offboard')}
          data-testid="action-offboard"
        >
          {t('staff.actions.offboard')}
        </Button>
      </Flex>
      <EditStaffModal staff={staff} open={open === 'edit'} onClose={close} />
      <TransferStaffModal staff={staff} open={open === 'transfer'} onClose={close} />
      <StatusChangeModal staff={staff} open={open === 'suspend' || open === 'reinstate'} to={open} onClose={close} />
      <OffboardStaffModal staff={staff} open={open === 'offboard'} onClose={close} />
      <ResetPasswordModal staff={staff} open={open === 'reset'} onClose={close} />
    </>
  );
}

interface ModalProps {
  staff: StaffDetailFragment;
  open: boolean;
  onClose(): void;
}

function ReasonField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="reason"
      label={t('staff.fields.reason')}
      rules={[{ required: true, whitespace: true, message: t('staff.reasonRequired') }]}
    >
      <Input.TextArea rows={3} maxLength={REASON_MAX} showCount data-testid="reason" />
    </Form.Item>
  );
}

interface EditValues {
  name: string;
  phone: string;
  siteCodes: string[];
  locale: Locale;
}

function EditStaffModal({ staff, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const choices = useStaffChoices();
  const [, update] = useMutation(updateStaffMutation);
  return (
    <FormModal<EditValues>
      open={open}
      title={t('staff.actions.editTitle', { name: staff.name })}
      okText={t('common.save')}
      form={form}
      testId="edit-staff-form"
      initialValues={{
        name: staff.name,
        phone: staff.phone ?? '',
        siteCodes: staff.sites.map((s) => s.code),
        locale: staff.locale,
      }}
      onClose={onClose}
      onDone={() => void message.success(t('staff.saved'))}
      onSubmit={async (v) => {
        const result = await update({
          input: {
            staffId: staff.id,
            name: v.name.trim(),
            phone: v.phone.trim(),
            siteCodes: v.siteCodes,
            locale: v.locale,
          },
        });
        return outcomeOf(form, ['name', 'phone', 'siteCodes', 'locale'], t, result, result.data?.updateStaff);
      }}
    >
      <Form.Item
        name="name"
        label={t('staff.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('staff.nameRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label={t('staff.fields.phone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="siteCodes" label={t('staff.fields.sites')}>
        <Select mode="multiple" options={choices.sites} allowClear />
      </Form.Item>
      <Form.Item name="locale" label={t('staff.fields.locale')}>
        <LocaleSelect />
      </Form.Item>
    </FormModal>
  );
}

/** Chinese or English, as the API's `Locale` enum. */
export function LocaleSelect(props: { value?: Locale; onChange?: (value: Locale) => void }) {
  return (
    <Select<Locale>
      {...props}
      options={[
        { value: LOCALE_ENUM['zh-CN'], label: '中文' },
        { value: LOCALE_ENUM.en, label: 'English' },
      ]}
    />
  );
}

interface TransferValues {
  positionKey: string;
  departmentKey?: string;
  reason: string;
}

function TransferStaffModal({ staff, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const choices = useStaffChoices();
  const [, transfer] = useMutation(transferStaffMutation);
  return (
    <FormModal<TransferValues>
      open={open}
      title={t('staff.actions.transferTitle', { name: staff.name })}
      okText={t('staff.actions.transfer')}
      form={form}
      testId="transfer-staff-form"
      initialValues={{ positionKey: staff.position.key, departmentKey: staff.department?.key }}
      onClose={onClose}
      onDone={() => void message.success(t('staff.transferred'))}
      onSubmit={async (v) => {
        const result = await transfer({
          input: {
            staffId: staff.id,
            positionKey: v.positionKey,
            departmentKey: v.departmentKey || null,
            reason: v.reason.trim(),
          },
        });
        return outcomeOf(form, ['positionKey', 'departmentKey', 'reason'], t, result, result.data?.transferStaff);
      }}
    >
      <Form.Item
        name="positionKey"
        label={t('staff.fields.position')}
        rules={[{ required: true, message: t('staff.positionRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={choices.positions}
          onChange={(key: string) => form.setFieldValue('departmentKey', choices.departmentOf(key) ?? undefined)}
        />
      </Form.Item>
      <Form.Item name="departmentKey" label={t('staff.fields.department')} extra={t('staff.departmentHint')}>
        <Select allowClear options={choices.departments} placeholder={t('staff.departmentOfPosition')} />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}

interface ReasonValues {
  reason: string;
}

function StatusChangeModal({ staff, open, to, onClose }: ModalProps & { to: Action | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const [, suspend] = useMutation(suspendStaffMutation);
  const [, reinstate] = useMutation(reinstateStaffMutation);
  const suspending = to !== 'reinstate';
  return (
    <FormModal<ReasonValues>
      open={open}
      title={t(suspending ? 'staff.actions.suspendTitle' : 'staff.actions.reinstateTitle', { name: staff.name })}
      okText={t(suspending ? 'staff.actions.suspend' : 'staff.actions.reinstate')}
      danger={suspending}
      form={form}
      testId="status-change-form"
      onClose={onClose}
      onDone={() => void message.success(t(suspending ? 'staff.suspended' : 'staff.reinstated'))}
      onSubmit={async (v) => {
        const input = { staffId: staff.id, reason: v.reason.trim() };
        if (suspending) {
          const result = await suspend({ input });
          return outcomeOf(form, ['reason'], t, result, result.data?.suspendStaff);
        }
        const result = await reinstate({ input });
        return outcomeOf(form, ['reason'], t, result, result.data?.reinstateStaff);
      }}
    >
      {suspending && (
        <Form.Item>
          <span>{t('staff.suspendExplained')}</span>
        </Form.Item>
      )}
      <ReasonField />
    </FormModal>
  );
}

interface OffboardValues {
  leaveDate: Dayjs;
  reason: string;
}

function OffboardStaffModal({ staff, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OffboardValues>();
  const [, offboard] = useMutation(offboardStaffMutation);
  return (
    <FormModal<OffboardValues>
      open={open}
      title={t('staff.actions.offboardTitle', { name: staff.name })}
      okText={t('staff.actions.offboard')}
      danger
      form={form}
      testId="offboard-staff-form"
      initialValues={{ leaveDate: dayjs() }}
      onClose={onClose}
      onDone={() => void message.success(t('staff.offboarded'))}
      onSubmit={async (v) => {
        const result = await offboard({
          input: { staffId: staff.id, leaveDate: v.leaveDate.format('YYYY-MM-DD'), reason: v.reason.trim() },
        });
        return outcomeOf(form, ['leaveDate', 'reason'], t, result, result.data?.offboardStaff);
      }}
    >
      <Form.Item>
        <span>{t('staff.offboardExplained')}</span>
      </Form.Item>
      <Form.Item
        name="leaveDate"
        label={t('staff.fields.leaveDate')}
        rules={[{ required: true, message: t('staff.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}

function ResetPasswordModal({ staff, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [{ fetching }, reset] = useMutation(resetStaffPasswordMutation);
  const [password, setPassword] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setProblem(null);
    const result = await reset({ input: { staffId: staff.id } });
    const outcome = outcomeOf(null, [], t, result, result.data?.resetStaffPassword);
    if (!outcome.ok) return setProblem(outcome.problem);
    setPassword(result.data?.resetStaffPassword.temporaryPassword ?? null);
  };

  return (
    <Modal
      open={open}
      title={t('staff.actions.resetTitle', { name: staff.name })}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => {
        setPassword(null);
        setProblem(null);
      }}
      footer={
        password
          ? [
              <Button key="done" type="primary" onClick={onClose}>
                {t('common.done')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" danger loading={fetching} onClick={confirm} data-testid="reset-confirm">
                {t('staff.actions.resetPassword')}
              </Button>,
            ]
      }
    >
      {password ? (
        <SecretOnce
          testId="temporary-password"
          label={t('staff.temporaryPassword')}
          secret={password}
          warning={t('staff.temporaryPasswordWarning')}
        />
      ) : (
        <>
          <p>{t('staff.resetExplained')}</p>
          {problem && <p style={{ color: '#cf1322' }}>{problem}</p>}
        </>
      )}
    </Modal>
  );
}
