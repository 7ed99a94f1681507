import { ErrorCode } from '@steward/schema';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { type BoundedFeed, MISSED, type Missed } from './bounded-feed.js';

/**
 * A subscription's source: a bounded feed, each event checked as the subscriber reads it —
 * `select` answers what to deliver (the subscriber may see it) or null (skip). The check runs on
 * the subscriber's own time, after the queue, so a slow check or a slow socket holds up nobody
 * else and never grows the queue past its bound. `MISSED` passes through for the resolver to
 * say in its own way; an event that cannot be checked (a database error) becomes `MISSED` too,
 * so the client reloads rather than silently lacking it.
 *
 * Ending it (graphql-ws calls `return()` when the client stops) closes the feed at once, even
 * while it waits for the next event.
 */
export function live<T, R>(
  feed: BoundedFeed<T>,
  select: (event: T) => Promise<R | null> | R | null,
  log: Logger,
): AsyncIterableIterator<R | Missed> {
  const iterator: AsyncIterableIterator<R | Missed> = {
    async next(): Promise<IteratorResult<R | Missed>> {
      for (;;) {
        const read = await feed.next();
        if (read.done) return { value: undefined, done: true };
        if (read.value === MISSED) return { value: MISSED, done: false };
        try {
          const selected = await select(read.value);
          if (selected !== null) return { value: selected, done: false };
        } catch (err) {
          log.warn({ err }, 'a subscription event could not be checked: the subscriber is told to reload');
          return { value: MISSED, done: false };
        }
      }
    },
    return(): Promise<IteratorResult<R | Missed>> {
      feed.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown): Promise<IteratorResult<R | Missed>> {
      feed.close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * What a subscription other than the board's delivers in place of the events it dropped: an
 * error result (`EVENTS_MISSED`) in the stream, which goes on. Least invasive for their clients —
 * no new fields, and one that ignores errors keeps working — yet nobody is silently left stale.
 */
export function eventsMissed(): GraphQLError {
  return new GraphQLError('Events were dropped because you fell too far behind: reload what you show.', {
    extensions: { code: ErrorCode.EVENTS_MISSED },
  });
}
