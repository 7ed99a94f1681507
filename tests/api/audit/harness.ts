import type { Client, GqlResponse, TestSteward } from '../../support/steward.js';

/** What one audit check expects of the event a mutation leaves. */
export interface Expectation {
  /** Who acted (username). */
  actor: string;
  action: string;
  targetType: string;
  /** Global id of the changed record. */
  targetId: string;
  /** Values that must appear nowhere in the event. */
  secrets: string[];
  /** `table:` or `table:pk` prefixes the change may touch (its audit event aside). */
  touches: string[];
}

export type Act = () => Promise<{ res: GqlResponse<unknown>; expect: Expectation }>;
/** Sets the stage (whatever it writes is not under test), then returns the one call that is. */
export type Scenario = () => Promise<Act>;

/** What audit.test.ts lends each feature's scenarios: the running server and signed-in clients. */
export interface AuditHarness {
  steward(): TestSteward;
  /** A signed-in client for a demo user (one session per user, reused). */
  as(username: string): Promise<Client>;
  /** Global ids of staff by username. */
  ids(): Map<string, string>;
  /** Setting the stage: a call that must succeed, without userErrors. */
  must<T>(res: GqlResponse<T>): Promise<T>;
}

/**
 * A feature's part of the audit check, in its own file so features do not collide in one list:
 * the tables it writes (`[table, primary key expression]`), how to find the department of each
 * record type it targets (SQL taking the key), and one successful scenario per mutation.
 */
export interface AuditFeature {
  tables: [string, string][];
  departments: Record<string, string>;
  scenarios(h: AuditHarness): Record<string, Scenario>;
}

/** The key inside a global id. */
export const keyOf = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':').slice(1).join(':');
