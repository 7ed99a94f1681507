import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeEffectiveStatus, NoticeKind } from '../../../gql/graphql.js';

const KIND_COLOR: Record<NoticeKind, string> = { NOTICE: 'blue', ANNOUNCEMENT: 'orange', DOCUMENT: 'purple' };

const STATUS_COLOR: Record<NoticeEffectiveStatus, string> = {
  DRAFT: 'default',
  SCHEDULED: 'cyan',
  ISSUED: 'green',
  EXPIRED: 'default',
  WITHDRAWN: 'red',
};

/** 通知 / 告示 / 其他文件. */
export function NoticeKindTag({ kind }: { kind: NoticeKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOR[kind]} style={{ marginInlineEnd: 0 }} data-kind={kind}>
      {t(`notices.kind.${kind}`)}
    </Tag>
  );
}

/** The status right now (scheduled and expired derived from the dates). */
export function NoticeStatusTag({ status, testId }: { status: NoticeEffectiveStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      bordered={false}
      data-status={status}
      data-testid={testId}
      style={{ marginInlineEnd: 0, textDecoration: status === 'WITHDRAWN' ? 'line-through' : undefined }}
    >
      {t(`notices.status.${status}`)}
    </Tag>
  );
}
