import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { customerIdOf, unitIdOf } from '../support/customers.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

/** The kinds with details of their own: tasks (R13) and rentals (R8), through the same engine. */
const KindFields = graphql(`
  fragment KindFields on Case {
    id
    reference
    kind
    status
    awaitingAcknowledgement
    resolutionDueAt
    department { key }
    holder { username }
    reporterStaff { username }
    timeline { type note }
    details {
      __typename
      ... on TaskDetails { mode }
      ... on RentalDetails {
        askingRent
        prospect
        outcome
        agreedRent
        agreedOn
        unitsOffered { id code }
        tenant { id name }
        viewings { prospect note recordedByName unit { code } }
      }
    }
  }
`);
void KindFields;

const Open = graphql(`
  mutation KindsOpen($input: OpenCaseInput!) {
    openCase(input: $input) { case { ...KindFields } userErrors { field code message } }
  }
`);
const Step = graphql(`
  mutation KindsStep($ack: CaseStepInput!) {
    acknowledgeCase(input: $ack) { userErrors { code } }
    startCase(input: $ack) { case { status } userErrors { code } }
  }
`);
const StartOnly = graphql(`
  mutation KindsStart($input: CaseStepInput!) {
    startCase(input: $input) { case { status } userErrors { code } }
  }
`);
const Resolve = graphql(`
  mutation KindsResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { ...KindFields } userErrors { field code } }
  }
`);
const Close = graphql(`
  mutation KindsClose($input: CloseCaseInput!) {
    closeCase(input: $input) { case { status } userErrors { field code } }
  }
`);
const UpdateRental = graphql(`
  mutation KindsUpdateRental($input: UpdateRentalDetailsInput!) {
    updateRentalDetails(input: $input) { case { ...KindFields } userErrors { field code message } }
  }
`);
const Viewing = graphql(`
  mutation KindsViewing($input: RecordRentalViewingInput!) {
    recordRentalViewing(input: $input) { case { ...KindFields } userErrors { field code message } }
  }
`);
const Notes = graphql(`
  query KindsNotes {
    notifications(first: 5) { nodes { type case { id } } }
  }
`);
const StaffByUsername = graphql(`
  query KindsStaff($search: String) {
    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }
  }
`);

const START = new Date('2026-11-26T02:00:00.000Z');
const DAY = 24 * 3600_000;
let clock: TestClock;
let steward: TestSteward;
let manager: Client;
let cs: Client;
let leader: Client;
let officer: Client;

async function staffId(username: string): Promise<string> {
  const res = await manager.gql(StaffByUsername, { search: username });
  const found = res.body.data?.staffMembers.nodes.find((s) => s.username === username);
  if (!found) throw new Error(`no staff ${username}`);
  return found.id;
}

function task(extra: Record<string, unknown>) {
  return {
    kind: 'TASK' as const,
    channel: 'OTHER' as const,
    title: '整理本月投诉台账',
    description: '按楼栋汇总本月投诉，周五前报经理。',
    dueAt: new Date(START.getTime() + 3 * DAY).toISOString(),
    ...extra,
  };
}

beforeAll(async () => {
  clock = new TestClock(START);
  steward = await startTestSteward({}, {}, { clock: clock.now });
  [manager, cs, leader, officer] = await Promise.all([
    steward.login('manager'),
    steward.login('cs'),
    steward.login('leader'),
    steward.login('officer'),
  ]);
});
afterAll(() => steward?.close());

describe('tasks (交办任务)', () => {
  it('are given to a person at opening, due when the giver says, accepted, done and verified by the giver', async () => {
    const res = await manager.gql(Open, { input: task({ assigneeId: await staffId('cs') }) });
    expect(res.body.data?.openCase.userErrors).toEqual([]);
    const c = res.body.data?.openCase.case;
    if (!c) throw new Error('no task');
    expect(c.reference).toMatch(/^RW-20261126-\d{4}$/);
    expect(c).toMatchObject({
      kind: 'TASK',
      status: 'ASSIGNED',
      awaitingAcknowledgement: true,
      department: { key: 'customer_service' },
      holder: { username: 'cs' },
      reporterStaff: { username: 'manager' },
      details: { __typename: 'TaskDetails', mode: 'WRITTEN' },
    });
    expect(new Date(String(c.resolutionDueAt)).getTime()).toBe(START.getTime() + 3 * DAY);
    const notes = await cs.gql(Notes);
    expect(notes.body.data?.notifications.nodes[0]).toMatchObject({ type: 'CASE_ASSIGNED', case: { id: c.id } });

    const steps = await cs.gql(Step, { ack: { caseId: c.id, note: '收到' } });
    expect(steps.body.data?.startCase.case?.status).toBe('IN_PROGRESS');
    const done = await cs.gql(Resolve, { input: { caseId: c.id, result: '台账已汇总，共 23 件。' } });
    expect(done.body.data?.resolveCase.case?.status).toBe('RESOLVED');
    // Verifying is the giver's side (task.approve): the person given it cannot.
    const self = await cs.gql(Close, { input: { caseId: c.id } });
    expect(self.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const verified = await manager.gql(Close, { input: { caseId: c.id } });
    expect(verified.body.data?.closeCase.case?.status).toBe('CLOSED');
  });

  it('reach whoever they are given to, even without any task permission', async () => {
    const res = await manager.gql(Open, {
      input: task({ assigneeId: await staffId('officer'), title: '检查东门道闸' }),
    });
    const c = res.body.data?.openCase.case;
    expect(c?.department.key).toBe('order_maintenance');
    const started = await officer.gql(Step, { ack: { caseId: c?.id ?? '' } });
    expect(started.body.data?.startCase.case?.status).toBe('IN_PROGRESS');
  });

  it('let the person given an oral instruction record it themselves, and nobody else without task.create', async () => {
    const me = await staffId('leader');
    const oral = await leader.gql(Open, {
      input: task({ assigneeId: me, task: { mode: 'ORAL' }, reporterName: '张主任' }),
    });
    expect(oral.body.data?.openCase.userErrors).toEqual([]);
    expect(oral.body.data?.openCase.case).toMatchObject({
      status: 'ASSIGNED',
      awaitingAcknowledgement: false,
      details: { mode: 'ORAL' },
      reporterStaff: null,
    });
    const started = await leader.gql(StartOnly, { input: { caseId: oral.body.data?.openCase.case?.id ?? '' } });
    expect(started.body.data?.startCase.case?.status).toBe('IN_PROGRESS');
    const written = await leader.gql(Open, { input: task({ assigneeId: me }) });
    expect(written.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const toOther = await leader.gql(Open, {
      input: task({ assigneeId: await staffId('officer'), task: { mode: 'ORAL' } }),
    });
    expect(toOther.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('need a person and a due time in the future; other kinds take neither', async () => {
    const missing = await manager.gql(Open, { input: task({ dueAt: null }) });
    expect(missing.body.data?.openCase.userErrors.map((e) => [e.field?.[1], e.code])).toEqual(
      expect.arrayContaining([
        ['assigneeId', 'REQUIRED'],
        ['dueAt', 'REQUIRED'],
      ]),
    );
    const past = await manager.gql(Open, {
      input: task({ assigneeId: await staffId('cs'), dueAt: new Date(START.getTime() - 1000).toISOString() }),
    });
    expect(past.body.data?.openCase.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'dueAt'], code: 'OUT_OF_RANGE' }),
    ]);
    const complaint = await cs.gql(Open, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        title: '噪音',
        description: '夜间装修',
        reporterName: '李先生',
        assigneeId: await staffId('cs'),
        dueAt: new Date(START.getTime() + DAY).toISOString(),
        rental: { askingRent: 100 },
      },
    });
    expect(complaint.body.data?.openCase.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['assigneeId', 'INVALID'],
      ['dueAt', 'INVALID'],
      ['rental', 'INVALID'],
    ]);
  });
});

describe('rentals (房屋租赁)', () => {
  it('keep units offered, viewings and the outcome; a let unit needs its tenant on file before the result', async () => {
    const [a, b] = [await unitIdOf(steward, 'CUIHU', '3-1201'), await unitIdOf(steward, 'CUIHU', '3-1202')];
    const res = await cs.gql(Open, {
      input: {
        kind: 'RENTAL',
        channel: 'DESK_VISIT',
        title: '业主委托出租两套房',
        description: '业主希望年底前租出，月租 4500 左右。',
        reporterName: '陈先生',
        unitId: a,
        rental: { askingRent: 4500, unitIds: [a, b], prospect: '待定' },
      },
    });
    expect(res.body.data?.openCase.userErrors).toEqual([]);
    const c = res.body.data?.openCase.case;
    if (!c) throw new Error('no rental');
    expect(c.reference).toMatch(/^ZL-/);
    expect(c.details).toMatchObject({
      __typename: 'RentalDetails',
      askingRent: 4500,
      unitsOffered: [{ id: a }, { id: b }],
      viewings: [],
      outcome: null,
    });

    const viewing = await cs.gql(Viewing, {
      input: { caseId: c.id, at: START.toISOString(), unitId: a, prospect: '刘女士 139…', note: '满意，想压价' },
    });
    expect(viewing.body.data?.recordRentalViewing.case?.details).toMatchObject({
      viewings: [
        { prospect: '刘女士 139…', note: '满意，想压价', recordedByName: expect.any(String), unit: { code: '3-1201' } },
      ],
    });
    const elsewhere = await cs.gql(Viewing, {
      input: {
        caseId: c.id,
        at: new Date(START.getTime() + DAY).toISOString(),
        unitId: await unitIdOf(steward, 'CUIHU', '1-301'),
        prospect: 'x'.repeat(101),
      },
    });
    expect(elsewhere.body.data?.recordRentalViewing.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['prospect', 'TOO_LONG'],
      ['at', 'OUT_OF_RANGE'],
      ['unitId', 'INVALID'],
    ]);

    const let_ = await cs.gql(UpdateRental, { input: { caseId: c.id, outcome: 'LET', agreedOn: '2026-13-01' } });
    expect(let_.body.data?.updateRentalDetails.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'agreedOn'], code: 'INVALID' }),
    ]);
    const set = await cs.gql(UpdateRental, { input: { caseId: c.id, outcome: 'LET', agreedRent: 4300 } });
    expect(set.body.data?.updateRentalDetails.case?.details).toMatchObject({
      outcome: 'LET',
      agreedRent: 4300,
      askingRent: 4500,
    });
    expect(set.body.data?.updateRentalDetails.case?.timeline.map((e) => e.type)).toEqual([
      'OPENED',
      'DETAILS_UPDATED',
      'DETAILS_UPDATED',
    ]);
  });

  it('refuse a result without an outcome, and a let without tenant, rent and date', async () => {
    const res = await cs.gql(Open, {
      input: {
        kind: 'RENTAL',
        channel: 'PHONE',
        title: '求租两居室',
        description: '客户想在翠湖租两居室。',
        reporterName: '周女士',
        siteCode: 'CUIHU',
      },
    });
    const c = res.body.data?.openCase.case;
    if (!c) throw new Error('no rental');
    expect(c.details).toMatchObject({ askingRent: null, unitsOffered: [], viewings: [] });
    const assign = graphql(`
      mutation KindsAssign($input: AssignCaseInput!) { assignCase(input: $input) { userErrors { code } } }
    `);
    await cs.gql(assign, { input: { caseId: c.id, assigneeId: await staffId('cs') } });
    await cs.gql(StartOnly, { input: { caseId: c.id } });
    const none = await cs.gql(Resolve, { input: { caseId: c.id, result: '已带看' } });
    expect(none.body.data?.resolveCase.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'rentalOutcome'], code: 'REQUIRED' }),
    ]);
    await cs.gql(UpdateRental, { input: { caseId: c.id, outcome: 'LET' } });
    const bare = await cs.gql(Resolve, { input: { caseId: c.id, result: '已出租' } });
    expect(bare.body.data?.resolveCase.userErrors.map((e) => e.field?.[1]).sort()).toEqual([
      'agreedOn',
      'agreedRent',
      'tenantId',
    ]);
    const tenant = await customerIdOf(steward, '刘洋');
    await cs.gql(UpdateRental, { input: { caseId: c.id, tenantId: tenant, agreedRent: 3800, agreedOn: '2026-11-25' } });
    const ok = await cs.gql(Resolve, { input: { caseId: c.id, result: '已签约出租。' } });
    expect(ok.body.data?.resolveCase.case).toMatchObject({
      status: 'RESOLVED',
      details: { outcome: 'LET', tenant: { id: tenant }, agreedOn: '2026-11-25' },
    });
  });

  it('take rental details only on rental cases, from those who may handle them, within bounds', async () => {
    const complaint = await cs.gql(Open, {
      input: { kind: 'COMPLAINT', channel: 'PHONE', title: '噪音', description: '夜间装修', reporterName: '李先生' },
    });
    const id = complaint.body.data?.openCase.case?.id ?? '';
    const wrongKind = await cs.gql(UpdateRental, { input: { caseId: id, askingRent: 1 } });
    expect(wrongKind.body.data?.updateRentalDetails.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'caseId'], code: 'INVALID' }),
    ]);
    const rental = await cs.gql(Open, {
      input: { kind: 'RENTAL', channel: 'PHONE', title: '出租', description: '委托出租', reporterName: '赵先生' },
    });
    const rid = rental.body.data?.openCase.case?.id ?? '';
    const unseen = await officer.gql(UpdateRental, { input: { caseId: rid, askingRent: 1 } });
    expect(unseen.body.data?.updateRentalDetails.userErrors[0]?.code).toBe('NOT_FOUND');
    const bad = await cs.gql(UpdateRental, {
      input: { caseId: rid, askingRent: -1, unitIds: Array.from({ length: 11 }, () => 'VW5pdDp4') },
    });
    expect(bad.body.data?.updateRentalDetails.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['askingRent', 'OUT_OF_RANGE'],
      ['unitIds', 'OUT_OF_RANGE'],
    ]);
  });
});
