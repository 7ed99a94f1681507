import { createPubSub } from '@graphql-yoga/subscription';
import { LIMITS } from '@steward/schema';
import type { CaseEventMessage } from '../features/cases/case.topics.js';
import type { NotificationMessage } from '../features/notifications/notification.topics.js';
import type { ShiftEventMessage } from '../features/shifts/shift.topics.js';
import { type BoundedFeed, boundedFeed, type FeedStats } from './bounded-feed.js';

/**
 * In-process publish/subscribe for GraphQL subscriptions. Messages carry ids only; each
 * subscriber reloads what it may see through its own EntityManager fork, so nothing leaks
 * between viewers. (Several API replicas will swap in the Redis event target here.)
 */
export type Topics = {
  CASE_EVENT: [CaseEventMessage];
  NOTIFICATION: [NotificationMessage];
  SHIFT_EVENT: [ShiftEventMessage];
  /** An escalation of a case was sent, acknowledged, passed on or reminded (boards follow it). */
  ESCALATION: [{ caseId: string; escalationId: string }];
};
export type Topic = keyof Topics;

/** One event as a feed carries it: which topic, and its message. */
export type TopicEvent<K extends Topic = Topic> = { [T in K]: { topic: T; message: Topics[T][0] } }[K];

export interface StewardPubSub {
  publish<K extends Topic>(topic: K, ...message: Topics[K]): void;
  /**
   * A subscriber's own bounded queue of these topics' events, listening from now on; at most
   * `LIMITS.subscriptionQueue` wait, beyond that they are dropped for one `MISSED` marker.
   * Close it (or `return()`) when the subscription ends.
   */
  feed<K extends Topic>(topics: readonly K[], limit?: number): BoundedFeed<TopicEvent<K>>;
  /** The queues of the subscriptions open now (tests read them; nothing else needs to). */
  feedStats(): FeedStats[];
  /** type-graphql's contract for `@Subscription({ topics })`; ours all use `feed` instead. */
  subscribe(topic: string): never;
}

/**
 * Never graphql-yoga's own `subscribe`: its Repeater queues without bound behind a stalled
 * socket and, at 1024 waiting events, throws from the publisher's dispatch — an uncaught
 * exception that ended the process. Feeds listen on the event target directly instead.
 */
export function createStewardPubSub(): StewardPubSub {
  const target = new EventTarget();
  const yoga = createPubSub<Topics>({ eventTarget: target });
  const feeds = new Set<BoundedFeed<never>>();
  return {
    publish: (topic, ...message) => yoga.publish(topic, ...message),
    feed<K extends Topic>(topics: readonly K[], limit: number = LIMITS.subscriptionQueue) {
      const feed = boundedFeed<TopicEvent<K>>(
        topics,
        (push) => {
          const handlers = topics.map((topic) => {
            const handler = (event: Event) => push({ topic, message: (event as CustomEvent).detail } as TopicEvent<K>);
            target.addEventListener(topic, handler);
            return [topic, handler] as const;
          });
          return () => {
            for (const [topic, handler] of handlers) target.removeEventListener(topic, handler);
            feeds.delete(feed as BoundedFeed<never>);
          };
        },
        limit,
      );
      feeds.add(feed as BoundedFeed<never>);
      return feed;
    },
    feedStats: () => [...feeds].map((f) => f.stats()),
    subscribe(topic) {
      throw new Error(`subscribe to ${topic} through pubsub.feed(), which bounds what waits for a slow client`);
    },
  };
}
