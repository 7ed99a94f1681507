import { Empty, Flex, List, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { formatDateTime } from '../../../lib/format.js';
import { noticeProgressQuery } from '../notice.operations.js';

/**
 * How many have confirmed reading it; and, for its department, the approvers and its author
 * (the server answers null to anyone else), who has and who has not yet.
 */
export function AcknowledgementProgress({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [{ data }] = useQuery({
    query: noticeProgressQuery,
    variables: { id: noticeId },
    requestPolicy: 'cache-and-network',
  });
  const n = data?.notice;
  if (!n) return null;
  const percent = n.audienceSize ? Math.round((n.acknowledgementCount / n.audienceSize) * 100) : 0;
  const count = (
    <div>
      <Typography.Text strong data-testid="progress-count">
        {t('notices.progress', { done: n.acknowledgementCount, total: n.audienceSize })}
      </Typography.Text>
      <Progress percent={percent} status={percent === 100 ? 'success' : 'active'} showInfo={false} />
    </div>
  );
  // Who exactly is for those who follow the notice; everyone else sees how far it has got.
  if (!n.acknowledgements || !n.pendingAcknowledgers) return <div data-testid="acknowledgement-progress">{count}</div>;
  // The pending, by department: who to chase up, and where.
  const byDepartment = new Map<string, { name: string; key: string }[]>();
  for (const p of n.pendingAcknowledgers) {
    const department = p.department?.name ?? t('notices.noDepartment');
    const names = byDepartment.get(department) ?? [];
    // Two colleagues may share a name: the key counts them.
    names.push({ name: p.name, key: `${p.name}#${names.filter((x) => x.name === p.name).length}` });
    byDepartment.set(department, names);
  }
  return (
    <Flex vertical gap={16} data-testid="acknowledgement-progress">
      {count}
      <div>
        <Typography.Text type="secondary">
          {t('notices.pendingTitle', { count: n.pendingAcknowledgers.length })}
        </Typography.Text>
        {n.pendingAcknowledgers.length === 0 ? (
          <Typography.Paragraph type="success" style={{ margin: '4px 0 0' }}>
            {t('notices.everyoneAcknowledged')}
          </Typography.Paragraph>
        ) : (
          <Flex vertical gap={6} style={{ marginTop: 6 }} data-testid="pending-acknowledgers">
            {[...byDepartment].map(([department, names]) => (
              <div key={department}>
                <Typography.Text style={{ fontSize: 13 }} type="secondary">
                  {department}
                </Typography.Text>
                <Flex gap={4} wrap style={{ marginTop: 2 }}>
                  {names.map(({ name, key }) => (
                    <Tag key={key} style={{ marginInlineEnd: 0 }} data-testid="pending-name">
                      {name}
                    </Tag>
                  ))}
                </Flex>
              </div>
            ))}
          </Flex>
        )}
      </div>
      <div>
        <Typography.Text type="secondary">
          {t('notices.acknowledgedTitle', { count: n.acknowledgements.totalCount })}
        </Typography.Text>
        {n.acknowledgements.nodes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.noneAcknowledged')} />
        ) : (
          <List
            size="small"
            dataSource={n.acknowledgements.nodes}
            data-testid="acknowledgement-list"
            renderItem={(a) => (
              <List.Item key={a.id} data-testid="acknowledgement" style={{ paddingInline: 0 }}>
                <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                  <span>
                    {a.staffName}
                    {a.department && (
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {' '}
                        · {a.department.name}
                      </Typography.Text>
                    )}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {formatDateTime(a.at, locale)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </div>
    </Flex>
  );
}
