import { describe, expect, it } from 'vitest';
import { boundedFeed, MISSED } from './bounded-feed.js';
import { createStewardPubSub } from './pubsub.js';

/** A source the test pushes by hand, and whether anyone still listens to it. */
function source<T>() {
  let push: ((event: T) => void) | null = null;
  return {
    listen: (p: (event: T) => void) => {
      push = p;
      return () => {
        push = null;
      };
    },
    push: (event: T) => push?.(event),
    get listening() {
      return push !== null;
    },
  };
}

async function drain<T>(feed: AsyncIterator<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push((await feed.next()).value as T);
  return out;
}

describe('a bounded feed', () => {
  it('hands events over in order, to a consumer already waiting or later', async () => {
    const s = source<number>();
    const feed = boundedFeed(['T'], s.listen, 4);
    const waiting = feed.next();
    s.push(1);
    expect(await waiting).toEqual({ value: 1, done: false });
    s.push(2);
    s.push(3);
    expect(feed.stats().queued).toBe(2);
    expect(await drain(feed, 2)).toEqual([2, 3]);
    expect(feed.stats()).toEqual({ topics: ['T'], queued: 0, overflows: 0 });
  });

  it('never holds more than its limit: on overflow, one MISSED marker replaces everything waiting', async () => {
    const s = source<number>();
    const feed = boundedFeed(['T'], s.listen, 3);
    for (let i = 1; i <= 3; i++) s.push(i);
    expect(feed.stats().queued).toBe(3);
    s.push(4);
    expect(feed.stats()).toMatchObject({ queued: 1, overflows: 1 });
    // Later events queue behind the marker, up to the limit again.
    s.push(5);
    s.push(6);
    expect(await drain(feed, 3)).toEqual([MISSED, 5, 6]);
    for (let i = 0; i < 1002; i++) {
      s.push(i);
      expect(feed.stats().queued).toBeLessThanOrEqual(3);
    }
    expect(feed.stats().overflows).toBeGreaterThan(300);
    // Never two markers in a row: the last overflow left one, then what came after it.
    expect(feed.stats().queued).toBe(3);
    expect(await drain(feed, 3)).toEqual([MISSED, 1000, 1001]);
  });

  it('ends at once when closed, even while its consumer waits, and stops listening', async () => {
    const s = source<number>();
    const feed = boundedFeed(['T'], s.listen, 3);
    const waiting = feed.next();
    expect(s.listening).toBe(true);
    await feed.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(s.listening).toBe(false);
    s.push(1);
    expect(await feed.next()).toEqual({ value: undefined, done: true });
  });
});

describe('the pubsub', () => {
  it('feeds each subscriber its own bounded queue: a stalled one drops, the others get everything', async () => {
    const pubsub = createStewardPubSub();
    const stalled = pubsub.feed(['SHIFT_EVENT'], 5);
    const reading = pubsub.feed(['SHIFT_EVENT', 'CASE_EVENT'], 5);
    const got: string[] = [];
    for (let i = 0; i < 2000; i++) {
      pubsub.publish('SHIFT_EVENT', { shiftId: `s${i}`, type: 'PATROL_SCAN' as never, at: '' });
      const next = await reading.next();
      if (!next.done && next.value !== MISSED && next.value.topic === 'SHIFT_EVENT')
        got.push(next.value.message.shiftId);
    }
    expect(got).toHaveLength(2000);
    expect(pubsub.feedStats().map((s) => s.queued)).toEqual([1 + 4, 0]);
    await stalled.return();
    await reading.return();
    expect(pubsub.feedStats()).toEqual([]);
  });
});
