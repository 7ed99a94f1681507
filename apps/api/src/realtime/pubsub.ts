import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { LIMITS } from '@steward/schema';
import { Redis } from 'ioredis';
import type { CaseEventMessage } from '../features/cases/case.topics.js';
import type { NotificationMessage } from '../features/notifications/notification.topics.js';
import type { ShiftEventMessage } from '../features/shifts/shift.topics.js';
import type { Logger } from '../logger.js';
import { type BoundedFeed, boundedFeed, type FeedStats } from './bounded-feed.js';

/**
 * Publish/subscribe for GraphQL subscriptions: in-process for one API process, or through Redis
 * pub/sub (`REDIS_URL`) so an event published by one replica reaches subscribers on every
 * replica. Messages carry ids only (JSON-safe); each subscriber reloads what it may see through
 * its own EntityManager fork, so nothing leaks between viewers.
 */
export type Topics = {
  CASE_EVENT: [CaseEventMessage];
  NOTIFICATION: [NotificationMessage];
  SHIFT_EVENT: [ShiftEventMessage];
  /** An escalation of a case was sent, acknowledged, passed on or reminded (boards follow it). */
  ESCALATION: [{ caseId: string; escalationId: string }];
  /** A position's grants changed: every replica forgets the grants it cached (permissions/grants.ts). */
  GRANTS_CHANGED: [{ positionKey: string }];
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
  /**
   * The server's own reaction to a topic (a cache to forget), on every replica; not a client's
   * subscription (no queue: `handler` must be quick). Returns how to stop listening.
   */
  listen<K extends Topic>(topic: K, handler: (message: Topics[K][0]) => void): () => void;
  /** The queues of the subscriptions open now (tests read them; nothing else needs to). */
  feedStats(): FeedStats[];
  /** type-graphql's contract for `@Subscription({ topics })`; ours all use `feed` instead. */
  subscribe(topic: string): never;
  /**
   * True for exactly one caller among all replicas within `ttlMs` (a Redis `SET NX PX`); always
   * true in-process. For once-per-deployment chores such as the minute sweeps.
   */
  takeTurn(name: string, ttlMs: number): Promise<boolean>;
  /** Whether events can flow now (Redis connected; always true in-process). */
  healthy(): Promise<boolean>;
  /** Ends the Redis connections, if any. */
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** Fan out through this Redis server; channels are `prefix` + topic. */
  redis?: { url: string; prefix: string };
  log?: Logger;
}

/** The event target: a plain in-process one, or Redis pub/sub shared by every replica. */
function eventTargetFor(options: PubSubOptions): {
  target: EventTarget;
  channel: (topic: Topic) => string;
  takeTurn: (name: string, ttlMs: number) => Promise<boolean>;
  healthy: () => Promise<boolean>;
  close: () => Promise<void>;
} {
  if (!options.redis) {
    return {
      target: new EventTarget(),
      channel: (topic) => topic,
      takeTurn: async () => true,
      healthy: async () => true,
      close: async () => {},
    };
  }
  const { url, prefix } = options.redis;
  // A subscribing connection can do nothing else, so publishing needs its own. ioredis
  // reconnects by itself; errors are logged, not thrown at whoever is publishing.
  const connect = (role: string) => {
    const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    client.on('error', (err: unknown) => options.log?.warn({ err, redis: role }, 'Redis connection problem'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  return {
    target: createRedisEventTarget({ publishClient, subscribeClient }) as unknown as EventTarget,
    channel: (topic) => `${prefix}${topic}`,
    takeTurn: async (name, ttlMs) => {
      try {
        return (await publishClient.set(`${prefix}turn:${name}`, String(process.pid), 'PX', ttlMs, 'NX')) === 'OK';
      } catch {
        return false; // Redis away: skip this turn rather than risk every replica sweeping
      }
    },
    healthy: async () => {
      try {
        return (await publishClient.ping()) === 'PONG' && subscribeClient.status === 'ready';
      } catch {
        return false;
      }
    },
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/**
 * Never graphql-yoga's own `subscribe`: its Repeater queues without bound behind a stalled
 * socket and, at 1024 waiting events, throws from the publisher's dispatch — an uncaught
 * exception that ended the process. Feeds listen on the event target directly instead.
 */
export function createStewardPubSub(options: PubSubOptions = {}): StewardPubSub {
  const { target, channel, takeTurn, healthy, close } = eventTargetFor(options);
  const feeds = new Set<BoundedFeed<never>>();
  return {
    publish: (topic, ...message) => {
      target.dispatchEvent(new CustomEvent(channel(topic), { detail: message[0] }));
    },
    feed<K extends Topic>(topics: readonly K[], limit: number = LIMITS.subscriptionQueue) {
      const feed = boundedFeed<TopicEvent<K>>(
        topics,
        (push) => {
          const handlers = topics.map((topic) => {
            const handler = (event: Event) => push({ topic, message: (event as CustomEvent).detail } as TopicEvent<K>);
            target.addEventListener(channel(topic), handler);
            return [topic, handler] as const;
          });
          return () => {
            for (const [topic, handler] of handlers) target.removeEventListener(channel(topic), handler);
            feeds.delete(feed as BoundedFeed<never>);
          };
        },
        limit,
      );
      feeds.add(feed as BoundedFeed<never>);
      return feed;
    },
    listen: (topic, handler) => {
      const listener = (event: Event) => handler((event as CustomEvent).detail);
      target.addEventListener(channel(topic), listener);
      return () => target.removeEventListener(channel(topic), listener);
    },
    feedStats: () => [...feeds].map((f) => f.stats()),
    subscribe(topic) {
      throw new Error(`subscribe to ${topic} through pubsub.feed(), which bounds what waits for a slow client`);
    },
    takeTurn,
    healthy,
    close,
  };
}
