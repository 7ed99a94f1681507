/** Stands in a feed for every event dropped since the subscriber last caught up. */
export const MISSED: unique symbol = Symbol('missed events');
export type Missed = typeof MISSED;

/** How full one subscriber's queue is: for tests and diagnostics. */
export interface FeedStats {
  readonly topics: readonly string[];
  /** Events waiting for the subscriber now (a `MISSED` marker counts as one). */
  readonly queued: number;
  /** How many times the queue overflowed and was dropped. */
  readonly overflows: number;
}

export interface BoundedFeed<T> extends AsyncIterableIterator<T | Missed> {
  return(): Promise<IteratorResult<T | Missed>>;
  stats(): FeedStats;
  /** Stops listening and ends the feed at once, even while a consumer waits on `next()`. */
  close(): void;
}

/**
 * One subscriber's events, read from the source eagerly (so the publisher never waits on anyone)
 * into a queue of at most `limit`. When a consumer falls that far behind — a stalled socket, a
 * wall screen on a bad network — the queue is dropped and replaced by one `MISSED` marker: the
 * subscriber is told once, and reloads. Memory per subscriber is bounded whatever the consumer does.
 *
 * `listen` registers the push function and returns how to stop listening.
 */
export function boundedFeed<T>(
  topics: readonly string[],
  listen: (push: (event: T) => void) => () => void,
  limit: number,
): BoundedFeed<T> {
  if (!(limit >= 1)) throw new Error('a feed needs room for at least one event');
  let queue: (T | Missed)[] = [];
  let head = 0;
  let overflows = 0;
  let closed = false;
  let waiting: ((result: IteratorResult<T | Missed>) => void) | null = null;

  const length = () => queue.length - head;
  const deliver = (value: T | Missed) => {
    const resolve = waiting;
    waiting = null;
    resolve?.({ value, done: false });
  };

  const stop = listen((event) => {
    if (closed) return;
    if (waiting) return deliver(event);
    if (length() >= limit) {
      // Everything waiting is stale now: the subscriber will reload, so keep one marker instead.
      queue = [MISSED];
      head = 0;
      overflows += 1;
      return;
    }
    queue.push(event);
  });

  const close = () => {
    if (closed) return;
    closed = true;
    stop();
    queue = [];
    head = 0;
    const resolve = waiting;
    waiting = null;
    resolve?.({ value: undefined, done: true });
  };

  const feed: BoundedFeed<T> = {
    next(): Promise<IteratorResult<T | Missed>> {
      if (length() > 0) {
        const value = queue[head] as T | Missed;
        head += 1;
        // Compact now and then rather than shift() each time (O(n) on long queues).
        if (head > 64 && head * 2 > queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (closed) return Promise.resolve({ value: undefined, done: true });
      if (waiting) return Promise.reject(new Error('a feed has one consumer, reading one event at a time'));
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return(): Promise<IteratorResult<T | Missed>> {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown): Promise<IteratorResult<T | Missed>> {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return feed;
    },
    stats: () => ({ topics, queued: length(), overflows }),
    close,
  };
  return feed;
}
