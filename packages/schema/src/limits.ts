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
  /** Items of a connection page when neither `first` nor `last` is given, and the most one page may hold. */
  pageSize: { default: 20, max: 100 },
  /**
   * The shape of one GraphQL operation, checked before it runs (docs/limits.md). Refused with
   * `QUERY_TOO_COMPLEX` and `extensions.limit` naming which one: `depth`, `aliases`, `tokens`,
   * `directives`, `repeats` or `cost`.
   */
  query: {
    /** Deepest nesting of fields (`{ a { b } }` is 2); fragments count by the fields they hold. */
    maxDepth: 12,
    /** Aliased fields in one operation, fragments included (`__typename` aliases are free). */
    maxAliases: 30,
    /** Lexical tokens in the whole document: names, punctuation, values (comments are free). */
    maxTokens: 5000,
    /** Directives (`@include`, `@skip` …) in one operation, fragments included. */
    maxDirectives: 30,
    /** Times one field (one response name) may be selected in one selection set, inline fragments included. */
    maxRepeats: 10,
    /**
     * The most one operation may cost: each object it can return costs 1 (scalars nothing), and a
     * list multiplies what is under it — a connection by its `first`/`last` (`pageSize.default` when
     * neither is given), `nodes(ids:)` by the ids, any other list by `costListSize`. Every response
     * says what it cost: `extensions.cost { requested, maximum }`.
     */
    maxCost: 10_000,
    /** How many items a plain (unpaged) list of objects is taken to hold when costing an operation. */
    costListSize: 10,
  },
} as const;
