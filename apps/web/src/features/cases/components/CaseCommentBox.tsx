import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { outcomeOf } from '../../../lib/form-errors.js';
import { commentOnCaseMutation } from '../case.operations.js';

/** A note for the timeline; Ctrl+Enter sends it. */
export function CaseCommentBox({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const [{ fetching }, comment] = useMutation(commentOnCaseMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async ({ note }: { note: string }) => {
    setProblem(null);
    const result = await comment({ input: { caseId, note: note.trim() } });
    const outcome = outcomeOf(form, ['note'], t, result, result.data?.commentOnCase);
    if (outcome.ok) form.resetFields();
    else if (outcome.problem) setProblem(outcome.problem);
  };

  return (
    <Form form={form} onFinish={submit} data-testid="case-comment-form" style={{ marginTop: 8 }}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="note"
        style={{ marginBottom: 8 }}
        rules={[{ required: true, whitespace: true, message: t('cases.commentRequired') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={2000}
          aria-label={t('cases.actions.comment')}
          placeholder={t('cases.commentPlaceholder')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              form.submit();
            }
          }}
          data-testid="case-comment"
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" icon={<SendOutlined />} loading={fetching} data-testid="case-comment-submit">
          {t('cases.actions.comment')}
        </Button>
      </Flex>
    </Form>
  );
}
