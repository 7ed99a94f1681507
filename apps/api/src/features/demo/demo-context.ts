import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Clock, Context } from '../../graphql/context.js';
import type { MutationOutcome } from '../../graphql/mutation.js';
import type { Logger } from '../../logger.js';
import type { StewardPubSub } from '../../realtime/pubsub.js';
import { grantsOf } from '../permissions/grants.js';
import { Staff } from '../staff/staff.entity.js';

export interface DemoDeps {
  config: Config;
  pubsub: StewardPubSub;
}

/**
 * A request context as a demo user would have it, on its own fork, with a clock the seed moves:
 * demo history is played through the real services, so it obeys every rule a user would.
 */
export async function demoContext(
  em: Context['em'],
  log: Logger,
  deps: DemoDeps,
  username: string,
  clock: Clock,
): Promise<Context> {
  const fork = em.fork();
  // Loaded as a request's viewer is (sites only): anything more would sit in the request's
  // identity map, and a step reading it inside its transaction would wait on SQLite's one
  // connection for ever.
  const staff = await fork.findOneOrFail(Staff, { username }, { populate: ['sites'] });
  return {
    em: fork,
    locale: 'zh-CN',
    requestId: randomUUID(),
    log,
    ip: null,
    userAgent: 'demo seed',
    viewer: { staff, grants: await grantsOf(fork, staff.position.unwrap().key), via: 'session', sessionId: 'demo' },
    cookies: null,
    config: deps.config,
    clock,
    pubsub: deps.pubsub,
    afterCommit: [],
  };
}

/** The result of a demo step, which must succeed: a refusal is a bug in the demo script. */
export function must<T>(outcome: MutationOutcome<T>, what = 'demo step'): T {
  if (!outcome.result) throw new Error(`${what} refused: ${JSON.stringify(outcome.userErrors)}`);
  return outcome.result;
}
