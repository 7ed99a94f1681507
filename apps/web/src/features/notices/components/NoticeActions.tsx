import { EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { NoticeDetailFragment } from '../../../gql/graphql.js';
import { describeError } from '../../../lib/errors.js';
import { issueNoticeMutation, withdrawNoticeMutation } from '../notice.operations.js';
import { noticeEditPath } from '../notice-paths.js';
import { noticeErrorText } from './NoticeForm.js';

/**
 * What the viewer may do with the notice now, as the server says (`viewerCan…`): rewrite a
 * draft, issue it (those who approve notices), or take it down with a reason.
 */
export function NoticeActions({ notice: n, compact }: { notice: NoticeDetailFragment; compact: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [withdrawing, setWithdrawing] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching: issuing }, issue] = useMutation(issueNoticeMutation);
  const [, withdraw] = useMutation(withdrawNoticeMutation);

  if (!n.viewerCanEdit && !n.viewerCanIssue && !n.viewerCanWithdraw) return null;

  const confirmIssue = () =>
    modal.confirm({
      title: t('notices.issueConfirmTitle'),
      content: n.requiresAcknowledgement
        ? t('notices.issueConfirmAcknowledge', { count: n.audienceSize })
        : t('notices.issueConfirm'),
      okText: t('notices.issue'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'issue-confirm' } as ButtonProps,
      onOk: async () => {
        const result = await issue({ input: { noticeId: n.id } });
        if (result.error) return void message.error(describeError(result.error, t));
        const problem = result.data?.issueNotice.userErrors[0];
        if (problem) return void message.error(noticeErrorText(problem, t));
        message.success(t('notices.issued'));
      },
    });

  return (
    <>
      <Flex gap={8} wrap vertical={compact} data-testid="notice-actions">
        {n.viewerCanIssue && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={issuing}
            onClick={confirmIssue}
            data-testid="action-issue"
          >
            {t('notices.issue')}
          </Button>
        )}
        {n.viewerCanEdit && (
          <Button icon={<EditOutlined />} onClick={() => navigate(noticeEditPath(n.id))} data-testid="action-edit">
            {t('notices.edit')}
          </Button>
        )}
        {n.viewerCanWithdraw && (
          <Button danger icon={<StopOutlined />} onClick={() => setWithdrawing(true)} data-testid="action-withdraw">
            {n.status === 'DRAFT' ? t('notices.discard') : t('notices.withdraw')}
          </Button>
        )}
      </Flex>
      <FormModal<{ reason: string }>
        open={withdrawing}
        title={n.status === 'DRAFT' ? t('notices.discardTitle') : t('notices.withdrawTitle')}
        okText={n.status === 'DRAFT' ? t('notices.discard') : t('notices.withdraw')}
        danger
        form={form}
        testId="withdraw-form"
        onClose={() => setWithdrawing(false)}
        onDone={() => void message.success(t('notices.withdrawn'))}
        onSubmit={async ({ reason }) => {
          const result = await withdraw({ input: { noticeId: n.id, reason: reason.trim() } });
          if (result.error) return { ok: false, problem: describeError(result.error, t) };
          const errors = result.data?.withdrawNotice.userErrors ?? [];
          if (errors.length === 0) return { ok: true, problem: null };
          const reasonErrors = errors.filter((e) => e.field?.[1] === 'reason');
          form.setFields([{ name: 'reason', errors: reasonErrors.map((e) => noticeErrorText(e, t)) }]);
          const other = errors.filter((e) => e.field?.[1] !== 'reason').map((e) => noticeErrorText(e, t));
          return { ok: false, problem: other.length ? other.join(' ') : null };
        }}
      >
        <Typography.Paragraph type="secondary">
          {n.status === 'DRAFT' ? t('notices.discardHint') : t('notices.withdrawHint')}
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('notices.fields.withdrawReason')}
          rules={[{ required: true, whitespace: true, message: t('notices.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="withdraw-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}
