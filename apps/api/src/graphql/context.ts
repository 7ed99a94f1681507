import type { EntityManager } from '@mikro-orm/sqlite';
import type { LocaleTag } from '@steward/schema';
import type { Logger } from '../logger.js';

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
};
