import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Drawer, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { NotificationAddedSubscription, NotificationFieldsFragment } from '../../../gql/graphql.js';
import { describeError } from '../../../lib/errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { useEventsMissed } from '../../../lib/use-events-missed.js';
import {
  markNotificationsReadMutation,
  notificationAddedSubscription,
  notificationsQuery,
  unreadNotificationCountQuery,
} from '../notification.operations.js';

const PAGE_SIZE = 15;

/**
 * The bell in the header: how many notifications are unread (live), and the latest of them in a
 * panel (a drawer on phones), each leading to its case or notice.
 */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [{ data: count }, refetchCount] = useQuery({ query: unreadNotificationCountQuery });
  const [list, refetchList] = useQuery({
    query: notificationsQuery,
    variables: { unreadOnly: false, first: PAGE_SIZE },
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: marking }, markRead] = useMutation(markNotificationsReadMutation);

  const goTo = useCallback(
    (n: Pick<NotificationFieldsFragment, 'case' | 'notice' | 'type'>) => {
      if (n.case) navigate(`/cases/${encodeURIComponent(n.case.id)}`);
      else if (n.notice) navigate(`/notices/${encodeURIComponent(n.notice.id)}`);
      else if (n.type.startsWith('SHIFT_SWAP_')) navigate('/shifts/swaps?show=ALL');
    },
    [navigate],
  );

  // New ones arrive live: the count goes up (app/cache.ts) and a short note says what came in.
  const arrived = useCallback(
    (_prev: unknown, data: NotificationAddedSubscription) => {
      const n = data.notificationAdded;
      notification.info({
        key: n.id,
        title: n.title,
        placement: 'bottomRight',
        duration: 6,
        onClick: () => {
          notification.destroy(n.id);
          goTo(n);
        },
        style: n.case || n.notice || n.type.startsWith('SHIFT_SWAP_') ? { cursor: 'pointer' } : undefined,
      });
      return data;
    },
    [notification, goTo],
  );
  const [live] = useSubscription({ query: notificationAddedSubscription }, arrived);
  // Dropped while this tab fell behind: count (and the open list) afresh.
  useEventsMissed(live.error, () => {
    refetchCount({ requestPolicy: 'network-only' });
    if (open) refetchList({ requestPolicy: 'network-only' });
  });

  const unread = count?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.nodes ?? [];

  const mark = async (ids: string[] | null) => {
    const result = await markRead({ input: { ids } });
    if (result.error) return void message.error(describeError(result.error, t));
    refetchList({ requestPolicy: 'network-only' });
  };

  const openOne = (n: NotificationFieldsFragment) => {
    if (!n.readAt) void mark([n.id]);
    setOpen(false);
    goTo(n);
  };

  const panel = (
    <div style={{ width: compact ? '100%' : 380 }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ padding: compact ? '0 0 8px' : '4px 4px 8px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={marking}
          onClick={() => void mark(null)}
          data-testid="notifications-mark-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.fetching && !list.data ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          style={{ maxHeight: compact ? undefined : 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notification"
              data-read={n.readAt ? 'true' : 'false'}
              onClick={() => openOne(n)}
              style={{
                cursor: 'pointer',
                background: n.readAt ? undefined : '#f0f6ff',
                borderRadius: 6,
                paddingInline: 10,
              }}
            >
              <Flex justify="space-between" align="flex-start" gap={8} style={{ width: '100%' }}>
                <NotificationText n={n} />
                {!n.readAt && (
                  <Button
                    type="text"
                    size="small"
                    aria-label={t('notifications.markRead')}
                    title={t('notifications.markRead')}
                    icon={<CheckOutlined />}
                    onClick={(e) => {
                      e.stopPropagation();
                      void mark([n.id]);
                    }}
                    data-testid="notification-mark-read"
                  />
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  const bell = (
    <Button
      type="text"
      aria-label={t('notifications.bell', { count: unread })}
      data-testid="notification-bell"
      data-unread={unread}
      onClick={compact ? () => setOpen(true) : undefined}
      style={{ height: 40, width: 40, padding: 0 }}
    >
      <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
        <BellOutlined style={{ color: '#fff', fontSize: 20 }} />
      </Badge>
    </Button>
  );

  if (compact) {
    return (
      <>
        {bell}
        <Drawer
          placement="right"
          open={open}
          onClose={() => setOpen(false)}
          size="100%"
          title={null}
          closable={false}
          styles={{ body: { padding: 12 } }}
          footer={
            <Button block onClick={() => setOpen(false)}>
              {t('notifications.close')}
            </Button>
          }
        >
          {panel}
        </Drawer>
      </>
    );
  }
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" content={panel} arrow={false}>
      {bell}
    </Popover>
  );
}

function NotificationText({ n }: { n: NotificationFieldsFragment }) {
  const { locale } = useLocale();
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text strong={!n.readAt} style={{ fontSize: 14 }}>
        {n.title}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(n.createdAt, locale)}
      </Typography.Text>
    </Flex>
  );
}
