import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import type { Case } from '../cases/case.entity.js';
import type { Notice } from '../notices/notice.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Notification } from './notification.entity.js';

export interface NewNotification {
  recipientId: string;
  type: string;
  caseRef?: Case | null;
  noticeRef?: Notice | null;
  zh: string;
  en: string;
}

/** Creates a notification in the current transaction and delivers it live once that commits. */
export function notify(
  tx: EntityManager,
  ctx: Pick<Context, 'clock' | 'pubsub' | 'afterCommit'>,
  n: NewNotification,
): Notification {
  const notification = tx.create(Notification, {
    id: randomUUID(),
    recipient: tx.getReference(Staff, n.recipientId),
    type: n.type,
    case: n.caseRef ?? null,
    notice: n.noticeRef ?? null,
    titleZh: n.zh.slice(0, 200),
    titleEn: n.en.slice(0, 300),
    createdAt: ctx.clock(),
  });
  ctx.afterCommit.push(() =>
    ctx.pubsub.publish('NOTIFICATION', { notificationId: notification.id, recipientId: n.recipientId }),
  );
  return notification;
}
