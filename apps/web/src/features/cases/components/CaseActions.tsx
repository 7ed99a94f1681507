import {
  CheckCircleOutlined,
  CheckSquareOutlined,
  LockOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  RiseOutlined,
  SendOutlined,
  StopOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Rate, Select, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { CaseDetailFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import {
  acknowledgeCaseMutation,
  assignCaseMutation,
  closeCaseMutation,
  escalateCaseMutation,
  referCaseMutation,
  reopenCaseMutation,
  resolveCaseMutation,
  startCaseMutation,
  voidCaseMutation,
} from '../case.operations.js';
import type { CaseAbilities, CaseStepName } from '../case-abilities.js';

/** Steps with a button here (comments and details have their own places on the page). */
type CaseStep = Exclude<CaseStepName, 'updateDetails'>;

import { useCaseChoices, useDepartmentStaff } from '../hooks/use-case-choices.js';

type ModalStep = Exclude<CaseStep, 'acknowledge' | 'start' | 'comment'>;

const ICONS: Record<Exclude<CaseStep, 'comment'>, ReactNode> = {
  acknowledge: <CheckCircleOutlined />,
  start: <PlayCircleOutlined />,
  resolve: <CheckSquareOutlined />,
  close: <LockOutlined />,
  escalate: <RiseOutlined />,
  assign: <UserSwitchOutlined />,
  refer: <SendOutlined />,
  reopen: <RedoOutlined />,
  void: <StopOutlined />,
};

/** The order buttons appear in: the usual next step first, the rare and destructive last. */
const ORDER: Exclude<CaseStep, 'comment'>[] = [
  'acknowledge',
  'start',
  'resolve',
  'close',
  'refer',
  'assign',
  'escalate',
  'reopen',
  'void',
];

/** The one step the case is waiting for, shown as the primary button. */
function nextStep(c: CaseDetailFragment, steps: ReadonlySet<CaseStepName>): CaseStep | null {
  if (steps.has('acknowledge')) return 'acknowledge';
  if (c.needsEscalation && steps.has('escalate')) return 'escalate';
  for (const step of ['start', 'resolve', 'close'] as const) if (steps.has(step)) return step;
  if (c.status === 'OPEN' && steps.has('refer')) return 'refer';
  return null;
}

/** The steps this viewer may take on the case now, and the forms they need. */
export function CaseActions({
  c,
  abilities,
  compact,
}: {
  c: CaseDetailFragment;
  abilities: CaseAbilities;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<ModalStep | null>(null);
  const [busy, setBusy] = useState<CaseStep | null>(null);
  const [, acknowledge] = useMutation(acknowledgeCaseMutation);
  const [, start] = useMutation(startCaseMutation);
  const close = () => setOpen(null);
  const { steps } = abilities;
  const primary = nextStep(c, steps);
  const blockedByEscalation = c.needsEscalation;

  /** Steps without a form: one click, then a word of confirmation. */
  const oneClick = async (step: 'acknowledge' | 'start') => {
    setBusy(step);
    try {
      const input = { caseId: c.id };
      const outcome =
        step === 'acknowledge'
          ? await acknowledge({ input }).then((r) => outcomeOf(null, [], t, r, r.data?.acknowledgeCase))
          : await start({ input }).then((r) => outcomeOf(null, [], t, r, r.data?.startCase));
      if (outcome.ok) void message.success(t(`cases.done.${step}`));
      else void message.error(outcome.problem ?? t('errors.unknown'));
    } finally {
      setBusy(null);
    }
  };

  // The step the case waits for comes first, then the rest in their usual order.
  const visible = ORDER.filter((s) => steps.has(s)).sort((a, b) => Number(b === primary) - Number(a === primary));
  if (visible.length === 0) return null;

  return (
    <>
      <Flex gap={8} wrap data-testid="case-actions">
        {visible.map((step) => {
          const blocked = blockedByEscalation && (step === 'start' || step === 'resolve');
          const button = (
            <Button
              key={step}
              type={step === primary ? 'primary' : 'default'}
              danger={step === 'void'}
              icon={ICONS[step]}
              size={compact ? 'large' : 'middle'}
              loading={busy === step}
              disabled={blocked}
              data-testid={`case-action-${step}`}
              onClick={() => (step === 'acknowledge' || step === 'start' ? oneClick(step) : setOpen(step))}
            >
              {t(`cases.actions.${step}`)}
            </Button>
          );
          return blocked ? (
            <Tooltip key={step} title={t('cases.badges.needsEscalationTip')}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Flex>
      <AssignModal c={c} open={open === 'assign'} onClose={close} />
      <ReferModal c={c} open={open === 'refer'} onClose={close} />
      <EscalateModal c={c} open={open === 'escalate'} onClose={close} />
      <ResolveModal c={c} open={open === 'resolve'} onClose={close} />
      <CloseModal c={c} open={open === 'close'} onClose={close} />
      <ReasonModal c={c} step="reopen" open={open === 'reopen'} onClose={close} />
      <ReasonModal c={c} step="void" open={open === 'void'} onClose={close} />
    </>
  );
}

interface ModalProps {
  c: CaseDetailFragment;
  open: boolean;
  onClose(): void;
}

function NoteField({ label, required, max = 2000 }: { label?: string; required?: string; max?: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="note"
      label={label ?? t('cases.fields.note')}
      rules={required ? [{ required: true, whitespace: true, message: required }] : []}
    >
      <Input.TextArea rows={3} maxLength={max} showCount data-testid="case-note" />
    </Form.Item>
  );
}

interface AssignValues {
  assigneeId: string;
  note?: string;
}

function AssignModal({ c, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const { people, fetching } = useDepartmentStaff(open ? c.department.key : null);
  const [, assign] = useMutation(assignCaseMutation);
  return (
    <FormModal<AssignValues>
      open={open}
      title={t('cases.actions.assignTitle', { reference: c.reference })}
      okText={t('cases.actions.assign')}
      form={form}
      testId="case-assign-form"
      onClose={onClose}
      onDone={() => void message.success(t('cases.done.assign'))}
      onSubmit={async (v) => {
        const result = await assign({
          input: { caseId: c.id, assigneeId: v.assigneeId, note: v.note?.trim() || null },
        });
        return outcomeOf(form, ['assigneeId', 'note'], t, result, result.data?.assignCase);
      }}
    >
      <Form.Item
        name="assigneeId"
        label={t('cases.fields.assignee')}
        extra={t('cases.assignHint', { department: c.department.name })}
        rules={[{ required: true, message: t('cases.personRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          options={people}
          placeholder={t('cases.choosePerson')}
          data-testid="case-assignee"
        />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}

interface ReferValues {
  departmentKey: string;
  assigneeId: string;
  note?: string;
}

function ReferModal({ c, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReferValues>();
  const choices = useCaseChoices();
  const departmentKey = Form.useWatch('departmentKey', form);
  const { people, fetching } = useDepartmentStaff(open ? departmentKey : null);
  const [, refer] = useMutation(referCaseMutation);
  const nobody = !!departmentKey && !fetching && people.length === 0;
  return (
    <FormModal<ReferValues>
      open={open}
      title={t('cases.actions.referTitle', { reference: c.reference })}
      okText={t('cases.actions.refer')}
      form={form}
      testId="case-refer-form"
      onClose={onClose}
      onDone={() => void message.success(t('cases.done.refer'))}
      onSubmit={async (v) => {
        const result = await refer({
          input: {
            caseId: c.id,
            departmentKey: v.departmentKey,
            assigneeId: v.assigneeId,
            note: v.note?.trim() || null,
          },
        });
        return outcomeOf(form, ['departmentKey', 'assigneeId', 'note'], t, result, result.data?.referCase);
      }}
    >
      <Typography.Paragraph type="secondary">{t('cases.referExplained')}</Typography.Paragraph>
      <Form.Item
        name="departmentKey"
        label={t('cases.fields.department')}
        rules={[{ required: true, message: t('cases.departmentRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={choices.departments}
          placeholder={t('cases.chooseDepartment')}
          onChange={() => form.setFieldValue('assigneeId', undefined)}
          data-testid="case-refer-department"
        />
      </Form.Item>
      <Form.Item
        name="assigneeId"
        label={t('cases.fields.person')}
        rules={[{ required: true, message: t('cases.personRequired') }]}
        extra={nobody ? t('cases.nobodyVisible') : undefined}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          disabled={!departmentKey}
          options={people}
          placeholder={t('cases.choosePerson')}
          data-testid="case-refer-person"
        />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}

interface NoteValues {
  note: string;
}

function EscalateModal({ c, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoteValues>();
  const [, escalate] = useMutation(escalateCaseMutation);
  return (
    <FormModal<NoteValues>
      open={open}
      title={t('cases.actions.escalateTitle', { reference: c.reference })}
      okText={t('cases.actions.escalate')}
      form={form}
      testId="case-escalate-form"
      onClose={onClose}
      onDone={() => void message.success(t('cases.done.escalate'))}
      onSubmit={async (v) => {
        const result = await escalate({ input: { caseId: c.id, note: v.note.trim() } });
        return outcomeOf(form, ['note'], t, result, result.data?.escalateCase);
      }}
    >
      <Typography.Paragraph type="secondary">{t('cases.escalateExplained')}</Typography.Paragraph>
      <NoteField label={t('cases.fields.escalationReason')} required={t('cases.reasonRequired')} />
    </FormModal>
  );
}

interface ResolveValues {
  result: string;
}

function ResolveModal({ c, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResolveValues>();
  const [, resolve] = useMutation(resolveCaseMutation);
  return (
    <FormModal<ResolveValues>
      open={open}
      title={t('cases.actions.resolveTitle', { reference: c.reference })}
      okText={t('cases.actions.resolve')}
      form={form}
      testId="case-resolve-form"
      onClose={onClose}
      onDone={() => void message.success(t('cases.done.resolve'))}
      onSubmit={async (v) => {
        const result = await resolve({ input: { caseId: c.id, result: v.result.trim() } });
        return outcomeOf(form, ['result'], t, result, result.data?.resolveCase);
      }}
    >
      <Form.Item
        name="result"
        label={t('cases.fields.result')}
        extra={t('cases.resultHint')}
        rules={[{ required: true, whitespace: true, message: t('cases.resultRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="case-result" />
      </Form.Item>
    </FormModal>
  );
}

interface CloseValues {
  satisfaction?: number;
  feedback?: string;
}

function CloseModal({ c, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const [, closeCase] = useMutation(closeCaseMutation);
  return (
    <FormModal<CloseValues>
      open={open}
      title={t('cases.actions.closeTitle', { reference: c.reference })}
      okText={t('cases.actions.close')}
      form={form}
      testId="case-close-form"
      onClose={onClose}
      onDone={() => void message.success(t('cases.done.close'))}
      onSubmit={async (v) => {
        const result = await closeCase({
          input: { caseId: c.id, satisfaction: v.satisfaction || null, feedback: v.feedback?.trim() || null },
        });
        return outcomeOf(form, ['satisfaction', 'feedback'], t, result, result.data?.closeCase);
      }}
    >
      {c.result && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('cases.fields.result')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.result}</Typography.Paragraph>
        </div>
      )}
      <Typography.Paragraph type="secondary">{t('cases.returnVisitExplained')}</Typography.Paragraph>
      <Form.Item name="satisfaction" label={t('cases.fields.satisfaction')}>
        <Rate
          allowClear
          tooltips={[1, 2, 3, 4, 5].map((n) => t(`cases.satisfaction.${n}`))}
          data-testid="case-satisfaction"
        />
      </Form.Item>
      <Form.Item name="feedback" label={t('cases.fields.feedback')}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="case-feedback" />
      </Form.Item>
    </FormModal>
  );
}

interface ReasonValues {
  reason: string;
}

function ReasonModal({ c, step, open, onClose }: ModalProps & { step: 'reopen' | 'void' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const [, reopen] = useMutation(reopenCaseMutation);
  const [, voidCase] = useMutation(voidCaseMutation);
  return (
    <FormModal<ReasonValues>
      open={open}
      title={t(`cases.actions.${step}Title`, { reference: c.reference })}
      okText={t(`cases.actions.${step}`)}
      danger={step === 'void'}
      form={form}
      testId={`case-${step}-form`}
      onClose={onClose}
      onDone={() => void message.success(t(`cases.done.${step}`))}
      onSubmit={async (v) => {
        const input = { caseId: c.id, reason: v.reason.trim() };
        if (step === 'reopen') {
          const result = await reopen({ input });
          return outcomeOf(form, ['reason'], t, result, result.data?.reopenCase);
        }
        const result = await voidCase({ input });
        return outcomeOf(form, ['reason'], t, result, result.data?.voidCase);
      }}
    >
      <Typography.Paragraph type="secondary">{t(`cases.${step}Explained`)}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('cases.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('cases.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="case-reason" />
      </Form.Item>
    </FormModal>
  );
}
