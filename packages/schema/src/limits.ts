/** Limits both sides need to agree on (the server enforces them; clients show them). */
export const LIMITS = {
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: 1024 * 1024,
  /** Longest free-text search term. */
  maxSearchLength: 100,
  /**
   * Events a live subscription may have waiting for a slow or stalled client. Beyond it the
   * server drops them all and says so once (`RESYNC` on the board, an `EVENTS_MISSED` error on
   * the other subscriptions): the client reloads what it shows.
   */
  subscriptionQueue: 256,
  /** Subscriptions one socket may hold at once (a page needs a few, a wall board one). */
  subscriptionsPerSocket: 20,
} as const;
