import { graphql } from '../../gql/index.js';
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

const OnboardFresh = graphql(`
  mutation AuditOnboardFresh($input: OnboardStaffInput!) {
    onboardStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);

let fresh = 0;
/**
 * A member of staff onboarded for one scenario's stage (a shift leader at CUIHU by default):
 * rostered on nothing, so a throwaway shift for them can never overlap another scenario's.
 * Their global id.
 */
export async function freshStaff(h: AuditHarness, positionKey = 'order_maintenance_shift_leader'): Promise<string> {
  fresh += 1;
  const res = await h.must(
    await (await h.as('clerk')).gql(OnboardFresh, {
      input: {
        employeeNo: `AF${String(fresh).padStart(4, '0')}`,
        name: `审计临时${fresh}`,
        positionKey,
        siteCodes: ['CUIHU'],
        hireDate: '2026-01-01',
        username: `audit.fresh${fresh}`,
      },
    }),
  );
  return res.onboardStaff.staff?.id ?? '-';
}
