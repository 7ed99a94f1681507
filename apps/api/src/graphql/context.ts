import type { EntityManager } from '@mikro-orm/sqlite';
import type { LocaleTag } from '@steward/schema';
import type { Config } from '../config.js';
import type { Viewer } from '../features/auth/viewer.js';
import type { Logger } from '../logger.js';
import type { StewardPubSub } from '../realtime/pubsub.js';

/** The time now: the real clock, or a controllable one in tests of deadlines. */
export type Clock = () => Date;

/** Cookie writes for the response in hand (absent on WebSocket operations). */
export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

/**
 * What every resolver receives. A fresh EntityManager fork per HTTP request and per
 * subscription operation, so identity maps (and dataloaders) never leak between requests.
 * A `type`, not an `interface`: graphql-ws's context generic needs an index-compatible type.
 */
export type Context = {
  em: EntityManager;
  locale: LocaleTag;
  requestId: string;
  log: Logger;
  ip: string | null;
  userAgent: string | null;
  viewer: Viewer | null;
  /** Where the request came to (`https://host`), for links the server hands out (a checkpoint's QR); absent off HTTP. */
  origin?: string | null;
  cookies: CookieJar | null;
  config: Config;
  clock: Clock;
  pubsub: StewardPubSub;
  /** Work to run once the request's transaction has committed (publishing events). */
  afterCommit: (() => void)[];
};
