import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../lib/form-errors.js';

interface Props<V> {
  open: boolean;
  title: ReactNode;
  okText: string;
  danger?: boolean;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Sends the change; the outcome says whether to close or what to show. */
  onSubmit(values: V): Promise<Outcome>;
  onClose(): void;
  /** After the server accepted the change (the modal closes unless `keepOpen` says otherwise). */
  onDone?: () => void;
  keepOpen?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A modal form for one change: validates, sends, shows the server's objections beside their fields. */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  form,
  initialValues,
  onSubmit,
  onClose,
  onDone,
  keepOpen,
  testId,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await onSubmit(values);
      if (!outcome.ok) return setProblem(outcome.problem);
      onDone?.();
      if (!keepOpen) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: busy, ...(testId ? { 'data-testid': `${testId}-submit` } : {}) }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setProblem(null)}
    >
      <Form<V>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        data-testid={testId}
        preserve={false}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        {children}
      </Form>
    </Modal>
  );
}
