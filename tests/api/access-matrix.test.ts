import { readFileSync } from 'node:fs';
import { buildSchema, type ExecutionResult, getNamedType } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_STAFF } from '../../apps/api/src/features/demo/demo.seed.js';
import type { RoleKey } from '../../apps/api/src/features/permissions/default-grants.js';
import { Staff } from '../../apps/api/src/features/staff/staff.entity.js';
import type { MatrixAuditPageQuery, MatrixStaffPageQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { customerIdOf, DEMO_CUSTOMER_ANCHORS, unitIdOf } from '../support/customers.js';
import { createToken } from '../support/factories.js';
import {
  codes,
  type GraphQLErrorShape,
  minimalOperation,
  type RootField,
  rootFields,
  run,
  sampleValue,
  subscriptionFields,
} from '../support/operations.js';
import { auditCount, defaultGrantsOf, ROLE_USERS, staffIds } from '../support/org.js';
import { requiredPermissions } from '../support/required-permissions.js';
import {
  type Client,
  DEMO_PASSWORD,
  type GqlResponse,
  startTestSteward,
  type TestSteward,
} from '../support/steward.js';

/**
 * The access matrix, generated: every demo role × every root field of the committed contract,
 * the expected answer computed from the default permission mapping (`defaultGrants()`) and the
 * permissions each field's `@Authorized` demands (type-graphql's metadata). A new field or a
 * changed grant changes the matrix without anyone editing this file.
 */
const CONTRACT = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));
const FIELDS = rootFields(CONTRACT);
const SUBSCRIPTIONS = subscriptionFields(CONTRACT);
const REQUIRED = requiredPermissions();
const ROLES = [...ROLE_USERS.keys()];
/** Root fields anyone may call (the rest need a signed-in viewer). */
const PUBLIC_FIELDS = new Set(['login', 'viewer']);

type Outcome = 'allowed' | 'FORBIDDEN';

function requirementOf(root: RootField) {
  const req = REQUIRED.get(`${root.kind}.${root.name}`);
  if (!req) throw new Error(`${root.kind} ${root.name} is in the contract but not served by any resolver`);
  return req;
}

/**
 * What a call needs: every group must be met, each by any one of its permissions (an empty group
 * asks for nothing). The first group is `@Authorized`'s; services may add more.
 */
function expected(role: RoleKey, groups: readonly (readonly string[])[]): Outcome {
  const grants = defaultGrantsOf(role);
  return groups.every((group) => group.length === 0 || group.some((p) => grants.has(p))) ? 'allowed' : 'FORBIDDEN';
}

const fieldNamed = (name: string): RootField => {
  const root = FIELDS.find((f) => f.name === name);
  if (!root) throw new Error(`no field ${name}`);
  return root;
};

/** The input the matrix sends a field when it sends nothing of its own: the schema's sample values. */
const sampleInput = (name: string) => {
  const arg = fieldNamed(name).field.args.find((a) => a.name === 'input');
  if (!arg) throw new Error(`${name} has no input`);
  return sampleValue(arg.type) as Record<string, unknown>;
};

/**
 * Checks the services make beyond `@Authorized` on the matrix's own call of a field (its sample
 * arguments): the permissions that call needs besides. Opening a case of a kind needs
 * `<the kind's resource>.create`; the sample kind is the enum's first value, COMPLAINT (checked below).
 */
const SERVICE_CHECKS: Record<string, string[]> = {
  openCase: ['complaint.create'],
};

/**
 * Argument checks the services make beyond `@Authorized`, as extra rows of the matrix: the same
 * field with the argument that needs more.
 */
const ARGUMENT_ROWS: { label: string; field: string; args: Record<string, unknown>; permissions: string[] }[] = [
  { label: 'apiTokens(all: true)', field: 'apiTokens', args: { all: true }, permissions: ['api_token.manage'] },
  {
    label: 'openCase(kind: REPAIR)',
    field: 'openCase',
    args: { input: { ...sampleInput('openCase'), kind: 'REPAIR' } },
    permissions: ['service_request.create'],
  },
  {
    label: 'openCase(kind: RENTAL)',
    field: 'openCase',
    args: { input: { ...sampleInput('openCase'), kind: 'RENTAL' } },
    permissions: ['rental.create'],
  },
  {
    // A written task (the sample names no mode): an oral one the person given it may record themselves.
    label: 'openCase(kind: TASK)',
    field: 'openCase',
    args: { input: { ...sampleInput('openCase'), kind: 'TASK' } },
    permissions: ['task.create'],
  },
  {
    // A rectification notice (R20) answers to the inspection grants; the sample gives no details.
    label: 'openCase(kind: RECTIFICATION)',
    field: 'openCase',
    args: { input: { ...sampleInput('openCase'), kind: 'RECTIFICATION' } },
    permissions: ['inspection.create'],
  },
];

/** Whether a mutation's sample input (from the schema's types) has this field. */
const sampleHas = (root: RootField, key: string) =>
  root.kind === 'mutation' &&
  root.field.args.some((a) => a.name === 'input' && Object.hasOwn(sampleValue(a.type) as object, key));

/**
 * Mutations whose sample call names a reception visit that does not exist (`visitId: "x"`): the
 * steps on a visit, linking one to a case among them (the visit is looked for first). Answered
 * like case steps below.
 */
const isReceptionStep = (root: RootField) => sampleHas(root, 'visitId');

/**
 * Mutations whose sample call names a case that does not exist (`caseId: "x"`): the case engine's
 * steps. Whoever calls them is answered with a NOT_FOUND userError, changes nothing and leaves no
 * audit event; whether they may take the step is only asked of a case they can see.
 */
const isCaseStep = (root: RootField) => sampleHas(root, 'caseId') && !isReceptionStep(root);

let steward: TestSteward;
const clients = new Map<RoleKey, Client>();
let ids: Map<string, string>;
/** A demo unit and customer at CUIHU: by-id fields ask for something that exists. */
let demoUnit: string;
let demoCustomer: string;
beforeAll(async () => {
  steward = await startTestSteward();
  for (const [role, username] of ROLE_USERS) clients.set(role, await steward.login(username));
  ids = await staffIds(steward);
  demoUnit = await unitIdOf(steward, DEMO_CUSTOMER_ANCHORS.unit.site, DEMO_CUSTOMER_ANCHORS.unit.code);
  demoCustomer = await customerIdOf(steward, DEMO_CUSTOMER_ANCHORS.owner.name);
});
afterAll(() => steward?.close());

/** Arguments that make each call sensible for the caller; the rest come from the schema's types. */
function argsFor(root: RootField, username: string): Record<string, unknown> {
  const self = ids.get(username);
  switch (root.name) {
    case 'login':
      return { input: { username, password: DEMO_PASSWORD } };
    case 'node':
    case 'staffMember':
      return { id: self };
    case 'nodes':
      return { ids: [self] };
    case 'setMyLocale':
      return { input: { locale: 'ZH_CN' } };
    case 'unit':
      return { id: demoUnit };
    case 'customer':
      return { id: demoCustomer };
    case 'customerLookup':
      return { query: DEMO_CUSTOMER_ANCHORS.unit.code };
    case 'roster':
    case 'attendance':
      return { range: { from: '2026-11-01', to: '2026-11-07' } };
    default:
      return {};
  }
}

const clientOf = async (role: RoleKey, root: RootField): Promise<Client> => {
  const username = ROLE_USERS.get(role) as string;
  // Signing out ends the session it is sent with: give it one of its own.
  if (root.name === 'logout') return steward.login(username);
  return clients.get(role) as Client;
};

describe('the matrix covers the whole contract', () => {
  it('has the 9 roles, and every root field of the running server is in the committed contract', () => {
    expect(ROLES).toHaveLength(9);
    const names = (fields: RootField[]) => fields.map((f) => `${f.kind}.${f.name}`).sort();
    expect(names(rootFields(steward.schema))).toEqual(names(FIELDS));
    expect(names(subscriptionFields(steward.schema))).toEqual(names(SUBSCRIPTIONS));
    expect(SUBSCRIPTIONS.length).toBeGreaterThan(0);
    for (const root of [...FIELDS, ...SUBSCRIPTIONS]) requirementOf(root);
    // Every permission a field demands is one the catalogue knows (else nobody could ever hold it).
    const known = new Set(ROLES.flatMap((r) => [...defaultGrantsOf(r).keys()]));
    for (const [field, req] of REQUIRED) for (const p of req.permissions) expect(known, `${field}: ${p}`).toContain(p);
  });

  it('leaves no field behind that needs a sign-in but names no permission, except the viewer’s own', () => {
    // Open to any signed-in viewer: the caller's own things, reference data, or rows filtered by scope.
    const open = FIELDS.filter((f) => !PUBLIC_FIELDS.has(f.name) && requirementOf(f).permissions.length === 0).map(
      (f) => f.name,
    );
    expect(open.sort()).toEqual(
      [
        'apiTokens',
        'changePassword',
        'createApiToken',
        'logout',
        'node',
        'nodes',
        'permissionCatalogue',
        'revokeApiToken',
        'setMyLocale',
        'sites',
        'staffMember',
        // The case engine checks per kind and per case, in the service (SERVICE_CHECKS, case steps).
        'cases',
        'case',
        'openCase',
        'assignCase',
        'referCase',
        'acknowledgeCase',
        'escalateCase',
        'startCase',
        'resolveCase',
        'closeCase',
        'reopenCase',
        'voidCase',
        'commentOnCase',
        'updateRentalDetails',
        'recordRentalViewing',
        'updateIncident',
        'acknowledgeEscalation',
        // A rectification notice's own steps: its handlers' and its addressee department's.
        'acknowledgeRectificationNotice',
        'recordRectificationFollowUp',
        'recordReinspection',
        // Meetings: what the grant reaches plus those you were asked to, filtered in the service.
        'meetings',
        'meeting',
        'meetingsLastHeld',
        // Shifts: what `roster.read` reaches plus the shifts you are on, filtered in the service.
        'shifts',
        'shift',
        'roster',
        'myCurrentShift',
        // The live incident board: the cases and the coverage your grants reach, filtered in the service.
        'board',
        // The bulk-export datasets your read grants reach (each dataset checks its own on download).
        'exportDatasets',
        // Your own notifications.
        'notifications',
        'unreadNotificationCount',
        'markNotificationsRead',
      ].sort(),
    );
  });

  it('states the service checks on calls the matrix really makes', () => {
    // The sample kind is COMPLAINT, the kind SERVICE_CHECKS.openCase speaks of.
    expect(sampleInput('openCase').kind).toBe('COMPLAINT');
    for (const field of Object.keys(SERVICE_CHECKS)) expect(FIELDS.map((f) => f.name)).toContain(field);
    // Every step of the case engine is a case step here, and nothing else is.
    expect(
      FIELDS.filter(isCaseStep)
        .map((f) => f.name)
        .sort(),
    ).toEqual(
      [
        'acknowledgeCase',
        'assignCase',
        'closeCase',
        'commentOnCase',
        'escalateCase',
        'referCase',
        'reopenCase',
        'resolveCase',
        'startCase',
        'voidCase',
        'updateRentalDetails',
        'recordRentalViewing',
        'updateIncident',
        'acknowledgeEscalation',
        'acknowledgeRectificationNotice',
        'recordRectificationFollowUp',
        'recordReinspection',
      ].sort(),
    );
    expect(
      FIELDS.filter(isReceptionStep)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['closeReceptionVisit', 'linkReceptionVisitToCase', 'updateReceptionVisit', 'voidReceptionVisit'].sort());
  });
});

describe('anonymous callers', () => {
  it.each(FIELDS.filter((f) => !PUBLIC_FIELDS.has(f.name)).map((f) => [`${f.kind} ${f.name}`, f] as const))(
    '%s → UNAUTHENTICATED',
    async (_label, root) => {
      const before = await auditCount(steward);
      const res = await run(steward, minimalOperation(root));
      expect(res.status).toBe(200);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toBe('You need to sign in.');
      expect(res.data?.[root.name] ?? null).toBeNull();
      expect(await auditCount(steward)).toBe(before);
    },
  );

  it('viewer → null, without errors', async () => {
    const res = await run(steward, { query: '{ viewer { staff { id } } }', variables: {} });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ viewer: null });
  });

  it('login → allowed (and a wrong password gets a userError, not an error)', async () => {
    const res = await run(steward, {
      query: 'mutation($i: LoginInput!) { login(input: $i) { viewer { staff { id } } userErrors { code } } }',
      variables: { i: { username: 'manager', password: 'wrong password 1' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ login: { viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] } });
  });
});

interface Row {
  label: string;
  root: RootField;
  args: Record<string, unknown>;
  /** What the service asks beyond `@Authorized`: the row's argument, else SERVICE_CHECKS. */
  permissions?: readonly string[];
}

describe.each(ROLES)('%s', (role) => {
  const rows: Row[] = [
    ...FIELDS.map((root) => ({ label: `${root.kind} ${root.name}`, root, args: {} })),
    ...ARGUMENT_ROWS.map((row) => {
      const root = fieldNamed(row.field);
      return { label: `${root.kind} ${row.label}`, root, args: row.args, permissions: row.permissions };
    }),
  ];
  const cases = rows.map((c) => {
    const authorized = PUBLIC_FIELDS.has(c.root.name) ? [] : requirementOf(c.root).permissions;
    const service = c.permissions ?? SERVICE_CHECKS[c.root.name] ?? [];
    return { ...c, outcome: expected(role, [authorized, service]) };
  });

  it.each(cases.map((c) => [c.label, c.outcome, c] as const))('%s → %s', async (_label, outcome, c) => {
    const client = await clientOf(role, c.root);
    const username = ROLE_USERS.get(role) as string;
    const op = minimalOperation(c.root, { ...argsFor(c.root, username), ...c.args });
    const before = await auditCount(steward);
    const res = await run(client, op);
    expect(res.status, JSON.stringify(res.errors)).toBe(200);
    if (outcome === 'allowed') {
      expect(res.errors, `${role} ${c.label}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      expect(res.data?.[c.root.name]).toBeDefined();
      const userErrors = (res.data?.[c.root.name] as { userErrors?: { code: string; field: string[] | null }[] } | null)
        ?.userErrors;
      if (isCaseStep(c.root)) {
        expect(userErrors, `${role} ${c.label}`).toEqual([{ code: 'NOT_FOUND', field: ['input', 'caseId'] }]);
      }
      if (isReceptionStep(c.root)) {
        expect(userErrors, `${role} ${c.label}`).toEqual([{ code: 'NOT_FOUND', field: ['input', 'visitId'] }]);
      }
      // Refused with a userError: nothing changed, so no audit event either.
      if (userErrors?.length) expect(await auditCount(steward), `${role} ${c.label}`).toBe(before);
    } else {
      expect(codes(res), `${role} ${c.label}`).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message).toBe('You are not allowed to do this.');
      expect(res.data?.[c.root.name] ?? null).toBeNull();
      // Refused before anything happened: no change, so no audit event either.
      expect(await auditCount(steward)).toBe(before);
    }
  });
});

/**
 * Subscriptions, over graphql-ws as the SPA and the board speak it: every subscription field of
 * the contract, for an anonymous socket, each role's signed-in browser (cookie), and API tokens
 * (`connectionParams.authorization`). A refusal must come at once, when subscribing; an allowed
 * subscription must deliver, so each field names how to cause an event its subscriber may see.
 */
const SocketAuth = {
  anonymous: {},
  cookie: (client: Client) => ({ headers: client.authHeaders }),
  token: (secret: string) => ({ connectionParams: { authorization: `Bearer ${secret}` } }),
};
type SocketAuth = { headers?: Record<string, string>; connectionParams?: Record<string, unknown> };

const CaseOpen = graphql(`
  mutation MatrixCaseOpen($input: OpenCaseInput!) {
    openCase(input: $input) { case { id } userErrors { code } }
  }
`);

const CaseAssign = graphql(`
  mutation MatrixCaseAssign($input: AssignCaseInput!) {
    assignCase(input: $input) { case { id } userErrors { code } }
  }
`);

/**
 * Opens a complaint at CUIHU and assigns it to `username`: a notification for them, and a
 * timeline entry of a case they are part of. Customer service does it, or, for customer service's
 * own sign-in, the shift leader taking it on their behalf (an assignment to oneself tells nobody).
 */
async function assignNewCaseTo(username: string, severity: 'GENERAL' | 'MAJOR' = 'GENERAL'): Promise<void> {
  const customerService = username === ROLE_USERS.get('customer_service_staff');
  const actor = clients.get(customerService ? 'order_maintenance_shift_leader' : 'customer_service_staff') as Client;
  const opened = await actor.gql(CaseOpen, {
    input: {
      kind: 'COMPLAINT',
      channel: 'PHONE',
      title: 'matrix',
      description: 'a case for a subscriber',
      reporterName: '王女士',
      siteCode: 'CUIHU',
      severity,
    },
  });
  const caseId = opened.body.data?.openCase.case?.id;
  if (!caseId) throw new Error(`open failed: ${JSON.stringify(opened.body)}`);
  const assigned = await actor.gql(CaseAssign, { input: { caseId, assigneeId: ids.get(username) as string } });
  if (assigned.body.data?.assignCase.userErrors.length !== 0) throw new Error(JSON.stringify(assigned.body));
}

const TeamCreate = graphql(`
  mutation MatrixTeamCreate($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { code } }
  }
`);
const PatternCreate = graphql(`
  mutation MatrixPatternCreate($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { code } }
  }
`);
const RosterGenerate = graphql(`
  mutation MatrixRosterGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id } userErrors { code message } }
  }
`);

let rosterDay = 0;
/**
 * Rosters `username` to lead a shift of a team of their own at CUIHU, far in the future (a day
 * of its own each time, so nobody is rostered twice at once): an event on a shift they are on.
 */
async function rosterShiftFor(username: string): Promise<void> {
  const director = clients.get('order_maintenance_director') as Client;
  rosterDay += 1;
  const date = new Date(Date.UTC(2031, 0, rosterDay)).toISOString().slice(0, 10);
  const pattern = await director.gql(PatternCreate, {
    input: {
      siteCode: 'CUIHU',
      code: `M${rosterDay}`,
      nameZh: '班',
      nameEn: 'Shift',
      startTime: '09:00',
      endTime: '10:00',
    },
  });
  const team = await director.gql(TeamCreate, {
    input: { siteCode: 'CUIHU', name: `matrix ${rosterDay}`, leaderId: ids.get(username) as string, memberIds: [] },
  });
  const generated = await director.gql(RosterGenerate, {
    input: {
      teamId: team.body.data?.createTeam.team?.id as string,
      from: date,
      to: date,
      rotation: [pattern.body.data?.createShiftPattern.pattern?.id as string],
    },
  });
  if (generated.body.data?.generateRoster.shifts.length !== 1) throw new Error(JSON.stringify(generated.body));
}

/** How to make each subscription field deliver to a subscriber (the username it speaks as). */
const DELIVERIES: Record<string, (username: string) => Promise<void>> = {
  // A MAJOR case is the board's business; given to them, it is theirs to read.
  boardEvents: (username) => assignNewCaseTo(username, 'MAJOR'),
  caseEvents: assignNewCaseTo,
  notificationAdded: assignNewCaseTo,
  shiftEvents: rosterShiftFor,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The socket was closed with this code (4403: refused at `connection_init`). */
type Closed = { closed: number };
type FirstMessage = ExecutionResult | 'nothing' | Closed;
const isClosed = (result: FirstMessage): result is Closed => typeof result === 'object' && 'closed' in result;

/**
 * Subscribes to one field and answers the first message the server sends (or how it closed the
 * socket). With `deliver`, causes events (again every so often, as the subscription may not be in
 * place yet) until one arrives; without, waits for the refusal, which must come by itself.
 */
async function firstMessage(auth: SocketAuth, root: RootField, deliver?: () => Promise<void>): Promise<FirstMessage> {
  const ws = createClient({
    url: `${steward.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: auth.headers ?? {} });
      }
    },
    connectionParams: auth.connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  let first: FirstMessage | undefined;
  let failure: unknown;
  const op = minimalOperation(root);
  ws.subscribe(
    { query: op.query, variables: op.variables },
    {
      next: (result) => {
        first ??= result as ExecutionResult;
      },
      // graphql-ws sends errors found before execution as an `error` message.
      error: (error) => {
        if (Array.isArray(error)) first ??= { errors: error };
        else if (typeof (error as { code?: unknown })?.code === 'number')
          first ??= { closed: (error as { code: number }).code };
        else failure ??= error;
      },
      complete: () => {
        first ??= 'nothing';
      },
    },
  );
  try {
    // Never more than one delivery in flight, and none left running once this returns.
    for (let attempt = 0; attempt < 20 && first === undefined && failure === undefined; attempt++) {
      await sleep(deliver ? 150 : 100);
      if (deliver && first === undefined) await deliver();
    }
    if (failure !== undefined) throw failure;
    return first ?? 'nothing';
  } finally {
    await ws.dispose();
  }
}

const errorCodes = (result: FirstMessage) =>
  result === 'nothing'
    ? ['nothing']
    : isClosed(result)
      ? [`closed ${result.closed}`]
      : codes(result as { errors?: GraphQLErrorShape[] });

/** An allowed subscription delivers its field, and nothing else. */
function expectDelivered(result: FirstMessage, root: RootField, label: string) {
  expect(result, `${label}: no event arrived`).not.toBe('nothing');
  if (result === 'nothing' || isClosed(result)) throw new Error(`${label}: ${JSON.stringify(result)}`);
  expect(result.errors, `${label}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  expect(result.data?.[root.name], label).toEqual({ __typename: getNamedType(root.field.type).name });
}

function expectRefused(result: FirstMessage, code: 'UNAUTHENTICATED' | 'FORBIDDEN', label: string) {
  expect(errorCodes(result), label).toEqual([code]);
  if (result === 'nothing' || isClosed(result)) return;
  expect(result.errors?.[0]?.message).toBe(
    code === 'FORBIDDEN' ? 'You are not allowed to do this.' : 'You need to sign in.',
  );
  expect(result.data ?? null).toBeNull();
}

describe('subscriptions', () => {
  const subscriptionPermissions = (root: RootField) =>
    PUBLIC_FIELDS.has(root.name) ? [] : requirementOf(root).permissions;

  it('names a way to deliver for every subscription field', () => {
    expect(Object.keys(DELIVERIES).sort()).toEqual(SUBSCRIPTIONS.map((f) => f.name).sort());
  });

  // Without credentials there is no socket to subscribe on: closed with 4403 at `connection_init`.
  it.each(SUBSCRIPTIONS.filter((f) => !PUBLIC_FIELDS.has(f.name)).map((f) => [f.name, f] as const))(
    'anonymous socket: %s → closed 4403',
    async (name, root) => {
      expect(errorCodes(await firstMessage(SocketAuth.anonymous, root)), name).toEqual(['closed 4403']);
    },
  );

  describe.each(ROLES)('%s, signed in', (role) => {
    it.each(SUBSCRIPTIONS.map((root) => [root.name, expected(role, [subscriptionPermissions(root)]), root] as const))(
      '%s → %s',
      async (name, outcome, root) => {
        const username = ROLE_USERS.get(role) as string;
        const auth = SocketAuth.cookie(clients.get(role) as Client);
        const deliver = DELIVERIES[name] as (username: string) => Promise<void>;
        if (outcome === 'allowed') {
          expectDelivered(await firstMessage(auth, root, () => deliver(username)), root, `${role} ${name}`);
        } else {
          expectRefused(await firstMessage(auth, root), 'FORBIDDEN', `${role} ${name}`);
        }
      },
    );
  });

  describe('API tokens: `board` may subscribe, `read` may not even open a socket', () => {
    // The facilities technician's tokens: what their owner may see, narrowed by scope.
    const owner: RoleKey = 'facilities_technician';
    const tokens = new Map<'READ' | 'BOARD', string>();
    beforeAll(async () => {
      const client = clients.get(owner) as Client;
      for (const scope of ['READ', 'BOARD'] as const) tokens.set(scope, (await createToken(client, [scope])).secret);
    });

    it.each(SUBSCRIPTIONS.map((root) => [root.name, root] as const))(
      'read token: %s → closed 4403',
      async (name, root) => {
        const before = await auditCount(steward);
        const result = await firstMessage(SocketAuth.token(tokens.get('READ') as string), root);
        expect(errorCodes(result), name).toEqual(['closed 4403']);
        expect(await auditCount(steward)).toBe(before);
      },
    );

    it.each(SUBSCRIPTIONS.map((root) => [root.name, expected(owner, [subscriptionPermissions(root)]), root] as const))(
      'board token: %s → %s',
      async (name, outcome, root) => {
        const auth = SocketAuth.token(tokens.get('BOARD') as string);
        const deliver = DELIVERIES[name] as (username: string) => Promise<void>;
        if (outcome === 'allowed') {
          expectDelivered(await firstMessage(auth, root, () => deliver(ROLE_USERS.get(owner) as string)), root, name);
        } else {
          expectRefused(await firstMessage(auth, root), 'FORBIDDEN', name);
        }
      },
    );
  });
});

const StaffPage = graphql(`
  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {
    staffMembers(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id username }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const StaffById = graphql(`
  query MatrixStaffById($id: ID!) {
    staffMember(id: $id) { id username }
  }
`);

const StaffNode = graphql(`
  query MatrixStaffNode($id: ID!) {
    node(id: $id) { id ... on Staff { username } }
  }
`);

const StaffNodes = graphql(`
  query MatrixStaffNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);

const AuditPage = graphql(`
  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id action targetId targetType actorName }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const AuditNode = graphql(`
  query MatrixAuditNode($id: ID!) {
    node(id: $id) { id ... on AuditEvent { action } }
  }
`);

/** Every staff member a client can list, page by page. */
async function visibleStaff(client: Client, filter: Record<string, unknown> | null = null) {
  const seen: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const res: GqlResponse<MatrixStaffPageQuery> = await client.gql(StaffPage, { first: 4, after, filter });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data?.staffMembers;
    if (!page) throw new Error('no page');
    total = page.totalCount;
    seen.push(...page.nodes.map((n) => n.username));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return { usernames: seen, totalCount: total };
}

describe('out of scope is indistinguishable from missing', () => {
  const JINQIAO_ONLY = ['cs2', 'leader2', 'officer4'];

  it('the shift leader (SITE, CUIHU) cannot list, count, fetch or node() JINQIAO-only staff', async () => {
    const leader = clients.get('order_maintenance_shift_leader') as Client;
    const { usernames, totalCount } = await visibleStaff(leader);
    expect(usernames.sort()).toEqual(
      [
        'manager',
        'cs',
        'director',
        'leader',
        'officer',
        'fire',
        'clerk',
        'analyst',
        'tech',
        'officer2',
        'officer3',
        'leader3',
        'leader4',
        'officer5',
        'officer6',
      ].sort(),
    );
    expect(totalCount).toBe(15);
    for (const username of JINQIAO_ONLY) {
      const id = ids.get(username) as string;
      const one = await leader.gql(StaffById, { id });
      expect(one.body).toEqual({ data: { staffMember: null }, extensions: expect.anything() });
      const node = await leader.gql(StaffNode, { id });
      expect(node.body).toEqual({ data: { node: null }, extensions: expect.anything() });
      // A search that names them finds nothing and counts nothing.
      const searched = await leader.gql(StaffPage, { first: 10, filter: { search: username } });
      expect(searched.body.data?.staffMembers.nodes.map((n) => n.username)).not.toContain(username);
    }
    const many = await leader.gql(StaffNodes, {
      ids: [ids.get('leader') as string, ...JINQIAO_ONLY.map((u) => ids.get(u) as string)],
    });
    expect(many.body.data?.nodes.map((n) => n?.id ?? null)).toEqual([ids.get('leader'), null, null, null]);
    const byEmployeeNo = await leader.gql(StaffPage, { first: 10, filter: { search: 'E0205' } });
    expect(byEmployeeNo.body.data?.staffMembers.totalCount).toBe(0);
    const byPosition = await leader.gql(StaffPage, {
      first: 10,
      filter: { positionKey: 'order_maintenance_shift_leader' },
    });
    expect(byPosition.body.data?.staffMembers.nodes.map((n) => n.username).sort()).toEqual([
      'leader',
      'leader3',
      'leader4',
    ]);

    // The same records, seen by the clerk (ALL): they exist.
    const clerk = clients.get('office_clerk') as Client;
    for (const username of JINQIAO_ONLY) {
      const one = await clerk.gql(StaffById, { id: ids.get(username) as string });
      expect(one.body.data?.staffMember?.username).toBe(username);
    }
    expect((await visibleStaff(clerk)).totalCount).toBe(18);
  });

  it('an officer (OWN) sees only themself', async () => {
    const officer = clients.get('order_maintenance_officer') as Client;
    expect(await visibleStaff(officer)).toEqual({ usernames: ['officer'], totalCount: 1 });
    const own = await officer.gql(StaffById, { id: ids.get('officer') as string });
    expect(own.body.data?.staffMember?.username).toBe('officer');
    for (const username of ['officer2', 'leader', 'manager', 'cs2']) {
      const id = ids.get(username) as string;
      expect((await officer.gql(StaffById, { id })).body).toEqual({
        data: { staffMember: null },
        extensions: expect.anything(),
      });
      expect((await officer.gql(StaffNode, { id })).body).toEqual({
        data: { node: null },
        extensions: expect.anything(),
      });
    }
  });

  it('a director reads only the audit events of order maintenance', async () => {
    // Events in several departments: sign-ins of customer service, the Office, order maintenance, the manager.
    for (const username of ['cs', 'clerk', 'leader', 'officer', 'manager', 'cs2']) await steward.login(username);
    const rows = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; department_key: string | null }[]>('select id, department_key from audit_event');
    const omIds = new Set(rows.filter((r) => r.department_key === 'order_maintenance').map((r) => r.id));
    const otherIds = rows.filter((r) => r.department_key !== 'order_maintenance').map((r) => r.id);
    expect(omIds.size).toBeGreaterThan(0);
    expect(otherIds.length).toBeGreaterThan(0);

    const director = clients.get('order_maintenance_director') as Client;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (;;) {
      const res: GqlResponse<MatrixAuditPageQuery> = await director.gql(AuditPage, { first: 50, after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data?.auditEvents;
      if (!page) throw new Error('no page');
      totalCount = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const keys = seen.map((id) =>
      Buffer.from(id, 'base64url')
        .toString('utf8')
        .replace(/^AuditEvent:/, ''),
    );
    expect(new Set(keys)).toEqual(omIds);
    expect(totalCount).toBe(omIds.size);

    // Someone else's event, by its id: as if it did not exist.
    const otherId = Buffer.from(`AuditEvent:${otherIds[0]}`, 'utf8').toString('base64url');
    expect((await director.gql(AuditNode, { id: otherId })).body).toEqual({
      data: { node: null },
      extensions: expect.anything(),
    });
    const cs = ids.get('cs') as string;
    const filtered = await director.gql(AuditPage, { first: 10, filter: { targetId: cs } });
    expect(filtered.body.data?.auditEvents.totalCount).toBe(0);

    // The manager reads them all.
    const manager = clients.get('company_manager') as Client;
    const all = await manager.gql(AuditPage, { first: 1 });
    expect(all.body.data?.auditEvents.totalCount).toBe(rows.length);
    expect((await manager.gql(AuditNode, { id: otherId })).body.data?.node?.id).toBe(otherId);
  });
});

const CustomerFiles = graphql(`
  query MatrixCustomerFiles($customer: ID!, $unit: ID!) {
    customers(first: 1) { totalCount }
    units(first: 1) { totalCount }
    customer(id: $customer) { id }
    unit(id: $unit) { id }
  }
`);

describe('customer files: each role reaches what its grant says, and the rest does not exist', () => {
  /** Units and (unvoided) customers at some sites, or everywhere (`null`), straight from the database. */
  async function filesAt(sites: readonly string[] | null) {
    const sql = <T>(query: string, params: unknown[] = []) =>
      steward.orm.em.fork().getConnection().execute<T[]>(query, params);
    const list = sites ? `(${sites.map(() => '?').join(', ') || "''"})` : '';
    const [units] = await sql<{ n: number }>(
      `select count(*) as n from unit${sites ? ` where site_code in ${list}` : ''}`,
      sites ? [...sites] : [],
    );
    const [customers] = await sql<{ n: number }>(
      sites
        ? `select count(distinct c.id) as n from customer c join occupancy o on o.customer_id = c.id
             join unit u on u.id = o.unit_id where c.voided_at is null and u.site_code in ${list}`
        : 'select count(*) as n from customer where voided_at is null',
      sites ? [...sites] : [],
    );
    return { units: Number(units?.n), customers: Number(customers?.n) };
  }

  it.each(ROLES)('%s', async (role) => {
    const scope = defaultGrantsOf(role).get('customer_file.read');
    const res = await (clients.get(role) as Client).gql(CustomerFiles, { customer: demoCustomer, unit: demoUnit });
    if (!scope) {
      expect(res.body.data ?? null).toBeNull();
      expect(new Set((res.body.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      return;
    }
    const username = ROLE_USERS.get(role) as string;
    const person = DEMO_STAFF.find((s) => s.username === username);
    const department = (await steward.orm.em.fork().findOneOrFail(Staff, { username })).department?.unwrap().key;
    // DEPARTMENT reaches every file from customer service and none from elsewhere; OWN and TEAM none.
    const sites: readonly string[] | null =
      scope === 'ALL' || (scope === 'DEPARTMENT' && department === 'customer_service')
        ? null
        : scope === 'SITE'
          ? (person?.sites ?? [])
          : [];
    const expected = await filesAt(sites);
    const atCuihu = sites === null || sites.includes('CUIHU');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      customers: { totalCount: expected.customers },
      units: { totalCount: expected.units },
      customer: atCuihu ? { id: demoCustomer } : null,
      unit: atCuihu ? { id: demoUnit } : null,
    });
  });
});
