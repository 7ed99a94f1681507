import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditEvent } from '../../apps/api/src/features/audit/audit-event.entity.js';
import { Case as CaseRow } from '../../apps/api/src/features/cases/case.entity.js';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const CaseFields = graphql(`
  fragment CaseFields on Case {
    id
    reference
    kind
    status
    severity
    priority
    awaitingAcknowledgement
    needsEscalation
    overdue
    result
    satisfaction
    feedback
    responseDueAt
    resolutionDueAt
    createdAt
    department { key }
    holderDepartment { key }
    onBehalfOf { key }
    holder { username }
    escalatedTo { username }
    receivedBy { username }
    timeline { type actorName note fromStatus toStatus targetName }
  }
`);
void CaseFields;

const Open = graphql(`
  mutation CasesOpen($input: OpenCaseInput!) {
    openCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Assign = graphql(`
  mutation CasesAssign($input: AssignCaseInput!) {
    assignCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Refer = graphql(`
  mutation CasesRefer($input: ReferCaseInput!) {
    referCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Acknowledge = graphql(`
  mutation CasesAcknowledge($input: CaseStepInput!) {
    acknowledgeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Escalate = graphql(`
  mutation CasesEscalate($input: EscalateCaseInput!) {
    escalateCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Start = graphql(`
  mutation CasesStart($input: CaseStepInput!) {
    startCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Resolve = graphql(`
  mutation CasesResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Close = graphql(`
  mutation CasesClose($input: CloseCaseInput!) {
    closeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Reopen = graphql(`
  mutation CasesReopen($input: CaseReasonInput!) {
    reopenCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Void = graphql(`
  mutation CasesVoid($input: CaseReasonInput!) {
    voidCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const Comment = graphql(`
  mutation CasesComment($input: CommentOnCaseInput!) {
    commentOnCase(input: $input) { case { ...CaseFields } userErrors { field code message } }
  }
`);
const One = graphql(`
  query CasesOne($id: ID!) {
    case(id: $id) { ...CaseFields }
    node(id: $id) { id }
  }
`);
const List = graphql(`
  query CasesList($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) { totalCount nodes { id reference status overdue } }
  }
`);
const Me = graphql(`
  query CasesMe {
    viewer { staff { id } }
    unreadNotificationCount
    notifications(first: 20) { nodes { type title case { id } } }
  }
`);
const Sla = graphql(`
  mutation CasesSetSla($input: SetSlaPolicyInput!) {
    setSlaPolicy(input: $input) { slaPolicy { kind priority responseMinutes resolutionMinutes } userErrors { field code } }
  }
`);
const StaffByUsername = graphql(`
  query CasesStaff($search: String) {
    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }
  }
`);

/**
 * 10:00 in Shanghai tomorrow: after everything the demo played (up to now), so "the latest" of
 * anything is what the test did, whatever day the suite runs.
 */
const START = (() => {
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + 86_400_000),
  );
  return new Date(`${tomorrow}T02:00:00.000Z`);
})();
/** The reference numbers' date part for START: `YYYYMMDD`. */
const DAY = START.toISOString().slice(0, 10).replace(/-/g, '');
let clock: TestClock;
let steward: TestSteward;
let cs: Client;
let tech: Client;
let manager: Client;
let leader: Client;
let officer: Client;
const ids = new Map<string, string>();

async function staffId(username: string): Promise<string> {
  const cached = ids.get(username);
  if (cached) return cached;
  const res = await manager.gql(StaffByUsername, { search: username });
  const found = res.body.data?.staffMembers.nodes.find((s) => s.username === username);
  if (!found) throw new Error(`no staff ${username}`);
  ids.set(username, found.id);
  return found.id;
}

async function auditCount(): Promise<number> {
  return steward.orm.em.fork().count(AuditEvent, {});
}

async function openComplaint(client: Client = cs, extra: Record<string, unknown> = {}) {
  const res = await client.gql(Open, {
    input: {
      kind: 'COMPLAINT',
      channel: 'PHONE',
      title: '楼上漏水',
      description: '业主来电：卫生间天花板漏水，已持续两天。',
      reporterName: '王女士',
      reporterPhone: '13900000000',
      siteCode: 'CUIHU',
      ...extra,
    },
  });
  const c = res.body.data?.openCase.case;
  if (!c) throw new Error(`open failed: ${JSON.stringify(res.body)}`);
  return c;
}

beforeAll(async () => {
  clock = new TestClock(START);
  steward = await startTestSteward({}, {}, { clock: clock.now });
  [cs, tech, manager, leader, officer] = await Promise.all([
    steward.login('cs'),
    steward.login('tech'),
    steward.login('manager'),
    steward.login('leader'),
    steward.login('officer'),
  ]);
});
afterAll(() => steward?.close());

describe('opening a case', () => {
  it('gives it a reference, the owning department, deadlines from the service levels, and a timeline', async () => {
    const before = await auditCount();
    const c = await openComplaint();
    expect(c.reference).toMatch(new RegExp(`^TS-${DAY}-\\d{4}$`));
    expect(c).toMatchObject({ kind: 'COMPLAINT', status: 'OPEN', severity: 'GENERAL', priority: 'NORMAL' });
    expect(c.department.key).toBe('customer_service');
    expect(c.onBehalfOf).toBeNull();
    // Default NORMAL complaint: response within 2 hours, result within 3 days.
    expect(new Date(String(c.responseDueAt)).getTime() - START.getTime()).toBe(2 * 3600_000);
    expect(new Date(String(c.resolutionDueAt)).getTime() - START.getTime()).toBe(72 * 3600_000);
    expect(c.timeline.map((e) => e.type)).toEqual(['OPENED']);
    expect(await auditCount()).toBe(before + 1);
  });

  it('numbers references per day and kind', async () => {
    const a = await openComplaint();
    const b = await openComplaint();
    const n = (ref: string) => Number(ref.slice(-4));
    expect(n(b.reference)).toBe(n(a.reference) + 1);
    // Repairs number on their own (the demo data may already hold some of today's).
    const repairsToday = await steward.orm.em.fork().count(CaseRow, { reference: { $like: `BX-${DAY}-%` } });
    const repair = await cs.gql(Open, {
      input: {
        kind: 'REPAIR',
        channel: 'DESK_VISIT',
        title: '门锁坏了',
        description: '入户门锁无法反锁',
        reportedByMe: true,
      },
    });
    expect(repair.body.data?.openCase.case?.reference).toBe(`BX-${DAY}-${String(repairsToday + 1).padStart(4, '0')}`);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await auditCount();
    const res = await cs.gql(Open, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        title: 'x'.repeat(101),
        description: '   ',
        unitId: 'VW5pdDpub3BlCg',
        siteCode: 'NOWHERE',
      },
    });
    const fields = res.body.data?.openCase.userErrors.map((e) => e.field?.[1]);
    expect(fields).toEqual(expect.arrayContaining(['title', 'description', 'unitId', 'reporterCustomerId']));
    expect(res.body.data?.openCase.case).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('lets the night shift leader take a complaint for customer service: it lands in their queue', async () => {
    const c = await openComplaint(leader, { channel: 'NIGHT_DUTY' });
    expect(c.department.key).toBe('customer_service');
    expect(c.onBehalfOf?.key).toBe('customer_service');
    expect(c.receivedBy?.username).toBe('leader');
    const queue = await cs.gql(List, { filter: { departmentKey: 'customer_service', statuses: ['OPEN'] }, first: 100 });
    expect(queue.body.data?.cases.nodes.map((n) => n.id)).toContain(c.id);
  });

  it('is refused to those who may not create that kind', async () => {
    const res = await officer.gql(Open, {
      input: { kind: 'COMPLAINT', channel: 'PATROL', title: 't', description: 'd', reportedByMe: true },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the service desk journey', () => {
  it('refer → acknowledge → start → resolve (result required) → close with feedback', async () => {
    const c = await openComplaint();
    const techId = await staffId('tech');
    const beforeAudit = await auditCount();

    // Referral names a department AND a person; the person must be in it.
    const wrongDept = await cs.gql(Refer, { input: { caseId: c.id, departmentKey: 'finance', assigneeId: techId } });
    expect(wrongDept.body.data?.referCase.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'assigneeId'], code: 'INVALID' }),
    ]);
    const unknownDept = await cs.gql(Refer, { input: { caseId: c.id, departmentKey: 'nope', assigneeId: techId } });
    expect(unknownDept.body.data?.referCase.userErrors.map((e) => e.field?.[1])).toContain('departmentKey');
    expect(await auditCount()).toBe(beforeAudit);

    const referred = await cs.gql(Refer, {
      input: { caseId: c.id, departmentKey: 'facilities', assigneeId: techId, note: '请上门查看' },
    });
    expect(referred.body.data?.referCase.case).toMatchObject({
      status: 'ASSIGNED',
      awaitingAcknowledgement: true,
      holder: { username: 'tech' },
      holderDepartment: { key: 'facilities' },
    });
    const notes = await tech.gql(Me);
    expect(notes.body.data?.notifications.nodes[0]).toMatchObject({ type: 'CASE_REFERRED', case: { id: c.id } });
    // A department's queue is what it owns and what it holds for another: the referred case is in
    // customer service's (owner) and facilities' (holder), counted once in each.
    for (const departmentKey of ['customer_service', 'facilities']) {
      const queue = await manager.gql(List, { filter: { departmentKey }, first: 100 });
      const ids = queue.body.data?.cases.nodes.map((n) => n.id) ?? [];
      expect(ids, departmentKey).toContain(c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(queue.body.data?.cases.totalCount).toBeGreaterThanOrEqual(ids.length);
    }
    const elsewhere = await manager.gql(List, { filter: { departmentKey: 'finance' }, first: 100 });
    expect(elsewhere.body.data?.cases.nodes.map((n) => n.id)).not.toContain(c.id);

    // Cannot start before acknowledging; only the holder acknowledges.
    const early = await tech.gql(Start, { input: { caseId: c.id } });
    expect(early.body.data?.startCase.userErrors[0]?.code).toBe('ACKNOWLEDGEMENT_REQUIRED');
    const notHolder = await manager.gql(Acknowledge, { input: { caseId: c.id } });
    expect(notHolder.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ack = await tech.gql(Acknowledge, { input: { caseId: c.id, note: '收到' } });
    expect(ack.body.data?.acknowledgeCase.case?.awaitingAcknowledgement).toBe(false);
    expect((await tech.gql(Start, { input: { caseId: c.id } })).body.data?.startCase.case?.status).toBe('IN_PROGRESS');

    const noResult = await tech.gql(Resolve, { input: { caseId: c.id, result: '  ' } });
    expect(noResult.body.data?.resolveCase.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'result'], code: 'REQUIRED' }),
    ]);
    const resolved = await tech.gql(Resolve, { input: { caseId: c.id, result: '更换了楼上卫生间的防水层。' } });
    expect(resolved.body.data?.resolveCase.case).toMatchObject({
      status: 'RESOLVED',
      result: '更换了楼上卫生间的防水层。',
    });

    // Closing is customer service's (approve): the technician may not.
    expect((await tech.gql(Close, { input: { caseId: c.id } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badScore = await cs.gql(Close, { input: { caseId: c.id, satisfaction: 9 } });
    expect(badScore.body.data?.closeCase.userErrors[0]).toMatchObject({
      field: ['input', 'satisfaction'],
      code: 'OUT_OF_RANGE',
    });
    const closed = await cs.gql(Close, { input: { caseId: c.id, satisfaction: 5, feedback: '很满意' } });
    expect(closed.body.data?.closeCase.case).toMatchObject({ status: 'CLOSED', satisfaction: 5, feedback: '很满意' });
    expect(closed.body.data?.closeCase.case?.timeline.map((e) => e.type)).toEqual([
      'OPENED',
      'REFERRED',
      'ACKNOWLEDGED',
      'STARTED',
      'RESOLVED',
      'CLOSED',
    ]);
    // Five successful steps after opening: five audit events, none for the refusals.
    expect(await auditCount()).toBe(beforeAudit + 5);
  });
});

describe('the state machine', () => {
  it('refuses every illegal step with INVALID_TRANSITION and changes nothing', async () => {
    const c = await openComplaint();
    const id = c.id;
    const attempts = [
      () => cs.gql(Start, { input: { caseId: id } }),
      () => cs.gql(Resolve, { input: { caseId: id, result: 'r' } }),
      () => cs.gql(Close, { input: { caseId: id } }),
      () => cs.gql(Reopen, { input: { caseId: id, reason: 'r' } }),
      () => cs.gql(Acknowledge, { input: { caseId: id } }),
    ];
    const codes = [];
    for (const attempt of attempts) {
      const res = await attempt();
      const data = res.body.data as Record<string, { userErrors: { code: string }[] } | undefined> | null;
      const payload = data ? Object.values(data)[0] : undefined;
      codes.push(payload?.userErrors[0]?.code ?? res.body.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
    ]);
    const after = await cs.gql(One, { id });
    expect(after.body.data?.case?.status).toBe('OPEN');
    expect(after.body.data?.case?.timeline).toHaveLength(1);

    const voided = await cs.gql(Void, { input: { caseId: id, reason: '重复登记' } });
    expect(voided.body.data?.voidCase.case?.status).toBe('VOIDED');
    for (const res of [
      await cs.gql(Comment, { input: { caseId: id, note: 'n' } }),
      await cs.gql(Reopen, { input: { caseId: id, reason: 'r' } }),
      await cs.gql(Void, { input: { caseId: id, reason: 'r' } }),
    ]) {
      const data = res.body.data as Record<string, { userErrors: { code: string }[] }>;
      expect(Object.values(data)[0]?.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    }
  });

  it('reopens a closed case and lets it be resolved again', async () => {
    const c = await openComplaint();
    const me = await staffId('cs');
    await cs.gql(Assign, { input: { caseId: c.id, assigneeId: me } });
    await cs.gql(Start, { input: { caseId: c.id } });
    await cs.gql(Resolve, { input: { caseId: c.id, result: '已处理' } });
    await cs.gql(Close, { input: { caseId: c.id } });
    const reopened = await cs.gql(Reopen, { input: { caseId: c.id, reason: '业主反映问题复发' } });
    expect(reopened.body.data?.reopenCase.case?.status).toBe('IN_PROGRESS');
    const again = await cs.gql(Resolve, { input: { caseId: c.id, result: '彻底修复' } });
    expect(again.body.data?.resolveCase.case?.status).toBe('RESOLVED');
  });
});

describe('beyond authority', () => {
  it('holds a MAJOR case until it is escalated up the reporting chain, and tells the superior', async () => {
    const c = await openComplaint(cs, { severity: 'MAJOR' });
    expect(c.needsEscalation).toBe(true);
    await cs.gql(Assign, { input: { caseId: c.id, assigneeId: await staffId('cs') } });
    const blocked = await cs.gql(Start, { input: { caseId: c.id } });
    expect(blocked.body.data?.startCase.userErrors[0]).toMatchObject({ code: 'ESCALATION_REQUIRED' });

    const noReason = await cs.gql(Escalate, { input: { caseId: c.id, note: '' } });
    expect(noReason.body.data?.escalateCase.userErrors[0]?.field).toEqual(['input', 'note']);
    const escalated = await cs.gql(Escalate, { input: { caseId: c.id, note: '涉及多户，超出权限' } });
    // Customer service answers to the company manager (CS summary).
    expect(escalated.body.data?.escalateCase.case).toMatchObject({
      needsEscalation: false,
      escalatedTo: { username: 'manager' },
    });
    const told = await manager.gql(Me);
    expect(told.body.data?.notifications.nodes.some((n) => n.type === 'CASE_ESCALATED' && n.case?.id === c.id)).toBe(
      true,
    );
    expect((await cs.gql(Start, { input: { caseId: c.id } })).body.data?.startCase.case?.status).toBe('IN_PROGRESS');
  });
});

describe('service levels', () => {
  it('flags and lists overdue cases by the controllable clock, and tells the holder once', async () => {
    const c = await openComplaint(cs, { priority: 'URGENT' });
    expect(new Date(String(c.resolutionDueAt)).getTime() - clock.now().getTime()).toBe(4 * 3600_000);
    expect(
      (await cs.gql(List, { filter: { overdue: true }, first: 100 })).body.data?.cases.nodes.map((n) => n.id),
    ).not.toContain(c.id);

    clock.advance(5 * 3600_000);
    const overdue = await cs.gql(List, { filter: { overdue: true }, first: 100 });
    expect(overdue.body.data?.cases.nodes.find((n) => n.id === c.id)).toMatchObject({ overdue: true });

    const first = await steward.sweepOverdue();
    expect(first).toBeGreaterThan(0);
    expect(await steward.sweepOverdue()).toBe(0);
    const notes = await cs.gql(Me);
    expect(notes.body.data?.notifications.nodes.some((n) => n.type === 'CASE_OVERDUE' && n.case?.id === c.id)).toBe(
      true,
    );
  });

  it('lets the manager change the deadlines for new cases; others may not', async () => {
    const forbidden = await cs.gql(Sla, {
      input: { kind: 'COMPLAINT', priority: 'LOW', responseMinutes: 60, resolutionMinutes: 600 },
    });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await manager.gql(Sla, {
      input: { kind: 'COMPLAINT', priority: 'LOW', responseMinutes: 600, resolutionMinutes: 60 },
    });
    expect(bad.body.data?.setSlaPolicy.userErrors.map((e) => e.field?.[1])).toEqual(['resolutionMinutes']);
    const ok = await manager.gql(Sla, {
      input: { kind: 'COMPLAINT', priority: 'LOW', responseMinutes: 60, resolutionMinutes: 600 },
    });
    expect(ok.body.data?.setSlaPolicy.slaPolicy).toMatchObject({ responseMinutes: 60, resolutionMinutes: 600 });
    const c = await openComplaint(cs, { priority: 'LOW' });
    expect(new Date(String(c.resolutionDueAt)).getTime() - clock.now().getTime()).toBe(600 * 60_000);
  });
});

const Steps = graphql(`
  query CasesSteps($id: ID!) {
    case(id: $id) { status viewerSteps }
  }
`);

describe('what the viewer may do', () => {
  it('offers each person exactly the steps the server would take from them, as the case moves', async () => {
    const c = await openComplaint();
    const steps = async (client: Client) => (await client.gql(Steps, { id: c.id })).body.data?.case?.viewerSteps ?? [];
    expect(await steps(cs)).toEqual(['ESCALATE', 'ASSIGN', 'REFER', 'VOID', 'COMMENT']);
    expect(await steps(manager)).toEqual([]); // reads complaints, handles none
    await cs.gql(Refer, { input: { caseId: c.id, departmentKey: 'facilities', assigneeId: await staffId('tech') } });
    const techSteps = await steps(tech);
    expect(techSteps).toContain('ACKNOWLEDGE');
    expect(techSteps).not.toContain('START'); // not before acknowledging
    expect(techSteps).not.toContain('CLOSE'); // closing is customer service's
    await tech.gql(Acknowledge, { input: { caseId: c.id } });
    expect(await steps(tech)).toEqual(expect.arrayContaining(['START', 'REFER', 'COMMENT']));
    await tech.gql(Start, { input: { caseId: c.id } });
    await tech.gql(Resolve, { input: { caseId: c.id, result: '已修复' } });
    expect(await steps(cs)).toEqual(expect.arrayContaining(['CLOSE', 'REOPEN', 'VOID', 'COMMENT']));
    expect(await steps(cs)).not.toContain('RESOLVE');
  });
});

describe('finding cases', () => {
  it('finds by words of the reference, title or description, or of the area, whatever the case of the letters', async () => {
    const c = await openComplaint(cs, { title: 'Lift B 异响', description: '电梯运行时有 Grinding 声' });
    for (const search of [c.reference.toLowerCase(), 'lift b', '异响', 'grinding']) {
      const res = await cs.gql(List, { filter: { search }, first: 5 });
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.body.data?.cases.nodes.map((n) => n.id)).toContain(c.id);
      expect(res.body.data?.cases.totalCount).toBeGreaterThan(0);
    }
    const byArea = await openComplaint(cs, { area: '地下车库 B2-117' });
    const area = await cs.gql(List, { filter: { area: 'b2-117' }, first: 5 });
    expect(area.body.data?.cases.nodes.map((n) => n.id)).toContain(byArea.id);
    expect(area.body.data?.cases.nodes.map((n) => n.id)).not.toContain(c.id);
    const tooLong = await cs.gql(List, { filter: { area: 'x'.repeat(101) }, first: 5 });
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['area'] });
    const none = await cs.gql(List, { filter: { search: '不存在的词 zzz' }, first: 5 });
    expect(none.body.data?.cases).toMatchObject({ totalCount: 0, nodes: [] });
  });
});

describe('who sees which cases', () => {
  it('shows the technician only what was referred to them, and the officer nothing they did not report', async () => {
    const all = await steward.orm.em.fork().count(CaseRow, {});
    const referredToTech = await steward.orm.em.fork().count(CaseRow, { holder: await keyOf('tech') });
    // …and, as its addressee department, the rectification notices addressed to facilities (R20).
    const noticesTo = (where: Record<string, string>) =>
      steward.orm.em.fork().count(CaseRow, { kind: 'RECTIFICATION', details: where } as never);
    const toFacilities = await noticesTo({ addresseeDepartment: 'facilities' });
    const techList = await tech.gql(List, { first: 100 });
    expect(techList.body.data?.cases.totalCount).toBe(referredToTech + toFacilities);
    expect(referredToTech).toBeLessThan(all);

    // The officer sees what they reported themselves (the demo's incidents), nothing else.
    const reportedByOfficer = await steward.orm.em.fork().count(CaseRow, { reporterStaff: await keyOf('officer') });
    const officerList = await officer.gql(List, { first: 100 });
    expect(officerList.body.data?.cases.totalCount).toBe(reportedByOfficer);
    const c = await openComplaint();
    const peek = await officer.gql(One, { id: c.id });
    expect(peek.body.data).toEqual({ case: null, node: null });

    // Customer service sees its department's queue (not, say, a task given within order maintenance).
    const ours = await steward.orm.em.fork().count(CaseRow, {
      $or: [
        { department: 'customer_service' },
        { holderDepartment: 'customer_service' },
        { onBehalfOf: 'customer_service' },
      ],
    });
    expect(ours).toBeLessThan(all + 1);
    // Besides, the rectification notices addressed to customers, whom customer service helps reach.
    const toCustomers = await noticesTo({ addresseeType: 'CUSTOMER' });
    const csList = await cs.gql(List, { first: 100 });
    expect(csList.body.data?.cases.totalCount).toBe(ours + toCustomers);
  });
});

async function keyOf(username: string): Promise<string> {
  const id = await staffId(username);
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1] as string;
}

describe('live case events', () => {
  it('delivers a timeline entry to a subscriber who may see the case, and not to one who may not', async () => {
    const c = await openComplaint();
    const subscribe = (client: Client) => {
      const received: string[] = [];
      const ws = createClient({
        url: `${steward.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: client.authHeaders });
          }
        },
        retryAttempts: 0,
      });
      let ready!: () => void;
      const started = new Promise<void>((r) => {
        ready = r;
      });
      const stop = ws.subscribe(
        { query: 'subscription { caseEvents { type note case { id } } }' },
        {
          next: (msg) => {
            const e = (msg.data as { caseEvents: { type: string; note: string | null; case: { id: string } } })
              .caseEvents;
            received.push(`${e.type}:${e.case.id}:${e.note}`);
          },
          error: () => {},
          complete: () => {},
        },
      );
      ws.on('connected', () => setTimeout(ready, 100));
      return {
        received,
        started,
        close: () => {
          stop();
          return ws.dispose();
        },
      };
    };
    const mine = subscribe(cs);
    const theirs = subscribe(officer);
    await Promise.all([mine.started, theirs.started]);

    await cs.gql(Comment, { input: { caseId: c.id, note: '已致电业主' } });
    await expect.poll(() => mine.received).toContain(`COMMENTED:${c.id}:已致电业主`);
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.received).toEqual([]);
    mine.close();
    theirs.close();
  });
});

const UnitsAt = graphql(`
  query CasesUnitsAt($siteCode: String) {
    units(filter: { siteCode: $siteCode }, first: 1) { nodes { id code } }
  }
`);

describe('what a case may name', () => {
  it('refuses a unit outside the caller’s reach as if it did not exist', async () => {
    const jinqiao = (await manager.gql(UnitsAt, { siteCode: 'JINQIAO' })).body.data?.units.nodes[0];
    const cuihu = (await manager.gql(UnitsAt, { siteCode: 'CUIHU' })).body.data?.units.nodes[0];
    if (!jinqiao || !cuihu) throw new Error('demo units missing');
    // The shift leader's customer-file reach is their site, CUIHU.
    const far = await leader.gql(Open, {
      input: {
        kind: 'COMPLAINT',
        channel: 'NIGHT_DUTY',
        title: 't',
        description: 'd',
        reportedByMe: true,
        unitId: jinqiao.id,
      },
    });
    expect(far.body.data?.openCase.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'unitId'], code: 'NOT_FOUND' }),
    ]);
    const near = await leader.gql(Open, {
      input: {
        kind: 'COMPLAINT',
        channel: 'NIGHT_DUTY',
        title: 't',
        description: 'd',
        reportedByMe: true,
        unitId: cuihu.id,
      },
    });
    expect(near.body.data?.openCase.userErrors).toEqual([]);
  });
});
