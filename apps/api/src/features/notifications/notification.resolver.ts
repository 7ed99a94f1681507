import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape, checkRange, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId, registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { MISSED, type Missed } from '../../realtime/bounded-feed.js';
import { eventsMissed, live } from '../../realtime/live.js';
import { Case } from '../cases/case.entity.js';
import { CaseService } from '../cases/case.service.js';
import { Notice } from '../notices/notice.entity.js';
import { NoticeService } from '../notices/notice.service.js';
import { requireViewer, unauthenticated } from '../permissions/auth-checker.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { Notification } from './notification.entity.js';
import type { NotificationMessage } from './notification.topics.js';

registerNodeType({
  typename: 'Notification',
  entity: Notification,
  keyOf: (n) => n.id,
  load: (ctx, keys) =>
    ctx.viewer
      ? ctx.em.find(Notification, { id: { $in: [...keys] }, recipient: ctx.viewer.staff.id })
      : Promise.resolve([]),
});

export const NotificationConnection = Connection(Notification, 'Notification');

@InputType('NotificationFilter', { description: 'Which of your notifications to list; every condition must hold.' })
class NotificationFilter {
  @Field(() => [String], { nullable: true, description: 'Only these kinds, e.g. `CASE_REFERRED`.' })
  types?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Sent at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sent before (not before `from`).' })
  to?: Date | null;
}

@InputType('MarkNotificationsReadInput', { description: 'Which of your notifications to mark read.' })
class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These (at most 100); omit to mark all read.' })
  ids?: string[] | null;
}

@ObjectType('MarkNotificationsReadPayload', { description: 'The result of marking notifications read.' })
class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were marked.' })
  marked: number;

  @Field(() => Int, { description: 'How many remain unread.' })
  unreadCount: number;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

const mine = (ctx: Context) => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer.staff.id;
};

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Notification>> {
    const where: FilterQuery<Notification>[] = [{ recipient: mine(ctx) }];
    if (unreadOnly) where.push({ readAt: null });
    if (filter?.types?.length) where.push({ type: { $in: filter.types.map((t) => t.slice(0, 32)) } });
    checkRange(filter?.from, filter?.to);
    if (filter?.from) where.push({ createdAt: { $gte: filter.from } });
    if (filter?.to) where.push({ createdAt: { $lt: filter.to } });
    return paginate(
      ctx.em,
      Notification,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (n) => [n.createdAt.toISOString(), n.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(Notification, { recipient: mine(ctx), readAt: null });
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some or all of your notifications read.' })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkNotificationsReadPayload> {
    const me = mine(ctx);
    const o = await runMutation(ctx, async (tx, audit) => {
      const keys = input.ids?.slice(0, 100).map((id) => fromGlobalId(id)?.key ?? '');
      const where = keys ? { recipient: me, readAt: null, id: { $in: keys } } : { recipient: me, readAt: null };
      const marked = await tx.nativeUpdate(Notification, where, { readAt: ctx.clock() });
      audit.record({
        action: 'notification.read',
        targetType: 'Staff',
        targetKey: me,
        // The reader's own record: their department's, like every event about a member of staff.
        departmentKey: ctx.viewer?.staff.department?.unwrap().key ?? null,
        after: { marked },
      });
      return marked;
    });
    return {
      marked: o.result ?? 0,
      unreadCount: await ctx.em.fork().count(Notification, { recipient: me, readAt: null }),
      userErrors: o.userErrors,
    };
  }

  @Subscription(() => Notification, {
    description:
      'Your new notifications, as they arrive. If you fall too far behind, the ones waiting for you are ' +
      'dropped and you receive one error result with code `EVENTS_MISSED` instead (the subscription ' +
      'goes on): reload your notifications.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as Context;
      // Global middlewares guard each event's resolver, not the subscribing itself: refuse now
      // whom they would refuse (anonymous sockets, `read` tokens), not silently at every event.
      await requireViewer({ root: undefined, args, context: ctx, info }, async () => undefined);
      const me = ctx.viewer?.staff.id;
      return live(
        ctx.pubsub.feed(['NOTIFICATION']),
        ({ message }) => (me && message.recipientId === me ? message : null),
        ctx.log,
      );
    },
  })
  notificationAdded(@Root() message: NotificationMessage | Missed, @Ctx() ctx: Context): Promise<Notification> {
    if (message === MISSED) throw eventsMissed();
    return ctx.em.fork().findOneOrFail(Notification, { id: message.notificationId });
  }

  @FieldResolver(() => String, { description: 'What happened, in your language.' })
  title(
    @Root() n: Notification,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language; defaults to the request’s.' })
    locale?: Locale | null,
  ): string {
    return pickText(locale ?? ctx.locale, n.titleZh, n.titleEn);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case it is about, if you may see it.' })
  async case(@Root() n: Notification, @Ctx() ctx: Context): Promise<Case | null> {
    if (!n.case) return null;
    return loadOne(ctx, 'Case', (ids) => new CaseService(ctx).byIds(ids), n.case.unwrap().id);
  }

  @FieldResolver(() => Notice, { nullable: true, description: 'The notice it is about, if you may see it.' })
  async notice(@Root() n: Notification, @Ctx() ctx: Context): Promise<Notice | null> {
    if (!n.notice) return null;
    return loadOne(ctx, 'Notice', (ids) => new NoticeService(ctx).byIds(ids), n.notice.unwrap().id);
  }
}
