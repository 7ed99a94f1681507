/**
 * Error codes are the contract between the API and its clients: the server sends codes, each
 * client turns them into words in one place (the web app's i18n, a notebook's exception).
 */

/** `extensions.code` of a top-level GraphQL error (the request as a whole failed). */
export const ErrorCode = {
  /** The request body is not valid JSON. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** `operationName` names no operation in the document. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** A persisted document's id (`extensions.persistedQuery.sha256Hash`) is not one the server knows. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /**
   * In production the server runs the web app's own documents, by id; any other document only for
   * an API token with the read scope or staff with the developer permission.
   */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /**
   * The operation asks too much at once (HTTP 400, before it runs): `extensions.limit` names what
   * (`depth`, `aliases`, `tokens`, `directives`, `cost`) with its `maximum` and what was `found`.
   * Ask for less: smaller pages, fewer nested lists, several requests.
   */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /**
   * Too many requests from this session, API token or (signed out) address (HTTP 429, with
   * `Retry-After` and `RateLimit-*` headers; `extensions.retryAfterSeconds`). Wait, then go on.
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request ran longer than the server allows (HTTP 503): ask for less at once. */
  TIMEOUT: 'TIMEOUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** Signed in with a first password set by the Office: only changing it (or signing out) is allowed. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  NOT_FOUND: 'NOT_FOUND',
  /**
   * On a subscription (not the board's, which sends `RESYNC`): events were dropped because the
   * client fell too far behind (`LIMITS.subscriptionQueue`). The subscription goes on; reload
   * what you show from the queries.
   */
  EVENTS_MISSED: 'EVENTS_MISSED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** `code` of a `UserError` in a mutation payload: a rule broken by the input, naming the field. */
export const UserErrorCode = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  TOO_SHORT: 'TOO_SHORT',
  INVALID: 'INVALID',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  NOT_FOUND: 'NOT_FOUND',
  TAKEN: 'TAKEN',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** A case referred or assigned to someone waits for them to acknowledge it first (CS-5). */
  ACKNOWLEDGEMENT_REQUIRED: 'ACKNOWLEDGEMENT_REQUIRED',
  /** A major or beyond-authority case must be escalated to a superior before it progresses (C7). */
  ESCALATION_REQUIRED: 'ESCALATION_REQUIRED',
  /** A case that must first be verified: a rectification notice re-inspected and found fixed (R20, C10). */
  VERIFICATION_REQUIRED: 'VERIFICATION_REQUIRED',
  /** What was asked is already so (e.g. a notice you have already acknowledged): nothing changed. */
  ALREADY_DONE: 'ALREADY_DONE',
  /** The input asks for something only a more senior post may grant (e.g. a privileged position). */
  NOT_PERMITTED: 'NOT_PERMITTED',
  /** Sign-in failed: the same answer whether the user is unknown or the password wrong. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins from this account or address: try again later. */
  LOCKED: 'LOCKED',
  /** A new password that does not meet the rules. */
  WEAK_PASSWORD: 'WEAK_PASSWORD',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];
