import { CheckCircleFilled, CheckOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { NoticeSummaryFragment } from '../../../gql/graphql.js';
import { describeError, describeUserError } from '../../../lib/errors.js';
import { acknowledgeNoticeMutation } from '../notice.operations.js';

interface Props {
  notice: Pick<NoticeSummaryFragment, 'id' | 'requiresAcknowledgement' | 'acknowledgedByMe' | 'viewerMustAcknowledge'>;
  block?: boolean;
  size?: 'middle' | 'large';
}

/**
 * “我已阅读”: the viewer confirms they have read a notice addressed to them; once done, a quiet
 * “acknowledged” in its place. Nothing at all when the notice asks nothing of them.
 */
export function AcknowledgeButton({ notice, block, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ fetching }, acknowledge] = useMutation(acknowledgeNoticeMutation);

  if (notice.acknowledgedByMe) {
    return (
      <Typography.Text type="success" data-testid="acknowledged">
        <CheckCircleFilled /> {t('notices.acknowledged')}
      </Typography.Text>
    );
  }
  if (!notice.viewerMustAcknowledge) return null;

  const run = async () => {
    const result = await acknowledge({ input: { noticeId: notice.id } });
    if (result.error) return void message.error(describeError(result.error, t));
    const problem = result.data?.acknowledgeNotice.userErrors[0];
    if (problem) return void message.warning(describeUserError(problem, t));
    message.success(t('notices.acknowledgedToast'));
  };

  return (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      loading={fetching}
      block={block}
      size={size}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        void run();
      }}
      data-testid="acknowledge-notice"
    >
      {t('notices.acknowledge')}
    </Button>
  );
}
