import type { OnboardStaffInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import type { Client } from './steward.js';

const FactoryOnboard = graphql(`
  mutation FactoryOnboard($input: OnboardStaffInput!) {
    onboardStaff(input: $input) {
      staff { id username employeeNo status mustChangePassword }
      temporaryPassword
      userErrors { field message code }
    }
  }
`);

const FactoryCreateToken = graphql(`
  mutation FactoryCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token { id prefix }
      secret
      userErrors { field message code }
    }
  }
`);

const FactoryChangePassword = graphql(`
  mutation FactoryChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      userErrors { field message code }
    }
  }
`);

let counter = 0;

/** A unique suffix for usernames and employee numbers within one test file. */
export function unique(): string {
  counter += 1;
  return `${Date.now().toString(36).slice(-4)}${counter}`;
}

export interface NewStaff {
  id: string;
  username: string;
  employeeNo: string;
  password: string;
}

/**
 * Onboards a new member of staff through the API, as the Office does (pass a client holding
 * `staff.create`, e.g. the clerk); an officer at CUIHU unless told otherwise.
 */
export async function onboard(clerk: Client, input: Partial<OnboardStaffInput> = {}): Promise<NewStaff> {
  const n = unique();
  const { body } = await clerk.gql(FactoryOnboard, {
    input: {
      employeeNo: `T${n}`,
      name: `Test ${n}`,
      positionKey: 'order_maintenance_officer',
      siteCodes: ['CUIHU'],
      hireDate: '2026-01-05',
      username: `t${n}`,
      ...input,
    },
  });
  const result = body.data?.onboardStaff;
  if (body.errors || !result?.staff || !result.temporaryPassword || result.userErrors.length) {
    throw new Error(`onboarding failed: ${JSON.stringify(body)}`);
  }
  return {
    id: result.staff.id,
    username: result.staff.username,
    employeeNo: result.staff.employeeNo,
    password: result.temporaryPassword,
  };
}

/** Creates an API token for the signed-in client and returns its secret and id. */
export async function createToken(
  client: Client,
  scopes: ('READ' | 'BOARD')[] = ['READ'],
  expiresAt: Date = new Date(Date.now() + 7 * 86_400_000),
): Promise<{ id: string; secret: string; prefix: string }> {
  const { body } = await client.gql(FactoryCreateToken, {
    input: { name: `token ${unique()}`, scopes, expiresAt: expiresAt.toISOString() },
  });
  const result = body.data?.createApiToken;
  if (body.errors || !result?.token || !result.secret)
    throw new Error(`token creation failed: ${JSON.stringify(body)}`);
  return { id: result.token.id, secret: result.secret, prefix: result.token.prefix };
}

/**
 * Signs a newly onboarded member of staff in for the first time and replaces the Office's first
 * password, as the server requires before anything else; `person.password` becomes the new one.
 */
export async function firstSignIn(
  steward: { login(username: string, password?: string): Promise<Client> },
  person: NewStaff,
): Promise<Client> {
  const session = await steward.login(person.username, person.password);
  const newPassword = `Own${unique()}x9`;
  const { body } = await session.gql(FactoryChangePassword, {
    input: { currentPassword: person.password, newPassword },
  });
  if (body.errors || body.data?.changePassword.userErrors.length) {
    throw new Error(`first password change failed: ${JSON.stringify(body)}`);
  }
  person.password = newPassword;
  return session;
}
