/** Limits both sides need to agree on (the server enforces them; clients show them). */
export const LIMITS = {
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: 1024 * 1024,
  /** Longest free-text search term. */
  maxSearchLength: 100,
} as const;
