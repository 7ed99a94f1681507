import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceAudit } from './audit/attendance.js';
import { contactsAudit } from './audit/contacts.js';
import { fireSafetyAudit } from './audit/fire-safety.js';
import { gateAudit } from './audit/gate.js';
import { handoverAudit } from './audit/handover.js';
import type { AuditFeature, AuditHarness, Expectation, Scenario } from './audit/harness.js';
import { keyOf } from './audit/harness.js';
import { incidentsAudit } from './audit/incidents.js';
import { inspectionsAudit } from './audit/inspections.js';
import { patrolsAudit } from './audit/patrols.js';
import { rostersAudit } from './audit/rosters.js';
import { shiftsAudit } from './audit/shifts.js';

/** Features that keep their audit scenarios in files of their own (tests/api/audit/). */
const FEATURES: AuditFeature[] = [
  shiftsAudit,
  rostersAudit,
  attendanceAudit,
  patrolsAudit,
  handoverAudit,
  incidentsAudit,
  fireSafetyAudit,
  contactsAudit,
  gateAudit,
  inspectionsAudit,
];

import type { AuditPageQuery, AuditPageQueryVariables } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import {
  currentOccupancyIdOf,
  customerIdOf,
  DEMO_CUSTOMER_ANCHORS,
  newCustomer,
  newPhone,
  unitIdOf,
} from '../support/customers.js';
import { createToken, firstSignIn, onboard } from '../support/factories.js';
import { rootFields } from '../support/operations.js';
import { auditCount, sessionIdOf, staffIds, toGlobalId } from '../support/org.js';
import {
  type Client,
  DEMO_PASSWORD,
  type GqlResponse,
  startTestSteward,
  type TestSteward,
} from '../support/steward.js';

const EventById = graphql(`
  query AuditEventById($id: ID!) {
    node(id: $id) {
      ... on AuditEvent {
        id
        action
        actorName
        actor { id }
        targetType
        targetId
        requestId
        ip
        viaToken
        occurredAt
        changes { field before after }
      }
    }
  }
`);

const Page = graphql(`
  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges { cursor node { id action occurredAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const Login = graphql(`
  mutation AuditLogin($input: LoginInput!) {
    login(input: $input) { viewer { staff { id } } userErrors { code } }
  }
`);
const Logout = graphql(`
  mutation AuditLogout {
    logout { signedOut }
  }
`);
const ChangePassword = graphql(`
  mutation AuditChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { userErrors { field code } }
  }
`);
const SetLocale = graphql(`
  mutation AuditSetLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) { userErrors { code } }
  }
`);
const CreateToken = graphql(`
  mutation AuditCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token { id } secret userErrors { field code } }
  }
`);
const RevokeToken = graphql(`
  mutation AuditRevokeToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) { token { id } userErrors { field code } }
  }
`);
const Onboard = graphql(`
  mutation AuditOnboard($input: OnboardStaffInput!) {
    onboardStaff(input: $input) { staff { id } temporaryPassword userErrors { field code } }
  }
`);
const Update = graphql(`
  mutation AuditUpdate($input: UpdateStaffInput!) {
    updateStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);
const Transfer = graphql(`
  mutation AuditTransfer($input: TransferStaffInput!) {
    transferStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);
const Suspend = graphql(`
  mutation AuditSuspend($input: StaffStatusChangeInput!) {
    suspendStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);
const Reinstate = graphql(`
  mutation AuditReinstate($input: StaffStatusChangeInput!) {
    reinstateStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);
const Offboard = graphql(`
  mutation AuditOffboard($input: OffboardStaffInput!) {
    offboardStaff(input: $input) { staff { id } userErrors { field code } }
  }
`);
const ResetPassword = graphql(`
  mutation AuditResetPassword($input: ResetStaffPasswordInput!) {
    resetStaffPassword(input: $input) { staff { id } temporaryPassword userErrors { field code } }
  }
`);
const SetGrant = graphql(`
  mutation AuditSetGrant($input: SetPositionGrantInput!) {
    setPositionGrant(input: $input) { positionPermissions { position { key } } userErrors { field code } }
  }
`);
const OpenCase = graphql(`
  mutation AuditOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const AssignCase = graphql(`
  mutation AuditAssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const ReferCase = graphql(`
  mutation AuditReferCase($input: ReferCaseInput!) {
    referCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const AcknowledgeCase = graphql(`
  mutation AuditAcknowledgeCase($input: CaseStepInput!) {
    acknowledgeCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const EscalateCase = graphql(`
  mutation AuditEscalateCase($input: EscalateCaseInput!) {
    escalateCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const StartCase = graphql(`
  mutation AuditStartCase($input: CaseStepInput!) {
    startCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const ResolveCase = graphql(`
  mutation AuditResolveCase($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const CloseCase = graphql(`
  mutation AuditCloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const ReopenCase = graphql(`
  mutation AuditReopenCase($input: CaseReasonInput!) {
    reopenCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const VoidCase = graphql(`
  mutation AuditVoidCase($input: CaseReasonInput!) {
    voidCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const CommentOnCase = graphql(`
  mutation AuditCommentOnCase($input: CommentOnCaseInput!) {
    commentOnCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const UpdateRental = graphql(`
  mutation AuditUpdateRentalDetails($input: UpdateRentalDetailsInput!) {
    updateRentalDetails(input: $input) { case { id } userErrors { field code } }
  }
`);
const RentalViewing = graphql(`
  mutation AuditRecordRentalViewing($input: RecordRentalViewingInput!) {
    recordRentalViewing(input: $input) { case { id } userErrors { field code } }
  }
`);
const SetSla = graphql(`
  mutation AuditSetSlaPolicy($input: SetSlaPolicyInput!) {
    setSlaPolicy(input: $input) { slaPolicy { kind priority } userErrors { field code } }
  }
`);
const MarkRead = graphql(`
  mutation AuditMarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked unreadCount userErrors { field code } }
  }
`);

const ScheduleMeeting = graphql(`
  mutation AuditScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id } userErrors { field code } }
  }
`);
const RecordMeetingMinutes = graphql(`
  mutation AuditRecordMeetingMinutes($input: RecordMeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) { meeting { id } userErrors { field code } }
  }
`);
const ReportMeeting = graphql(`
  mutation AuditReportMeeting($input: ReportMeetingInput!) {
    reportMeeting(input: $input) { meeting { id } userErrors { field code } }
  }
`);
const CancelMeeting = graphql(`
  mutation AuditCancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) { meeting { id } userErrors { field code } }
  }
`);
const AddMeetingActionItem = graphql(`
  mutation AuditAddMeetingActionItem($input: AddMeetingActionItemInput!) {
    addMeetingActionItem(input: $input) { task { id } userErrors { field code } }
  }
`);

const CreateBuilding = graphql(`
  mutation AuditCreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) { building { id } userErrors { field code } }
  }
`);
const CreateUnit = graphql(`
  mutation AuditCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) { unit { id } userErrors { field code } }
  }
`);
const CreateCustomer = graphql(`
  mutation AuditCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { customer { id contacts { id } occupancies { id } } userErrors { field code } }
  }
`);
const UpdateCustomer = graphql(`
  mutation AuditUpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { customer { id } userErrors { field code } }
  }
`);
const AddContact = graphql(`
  mutation AuditAddContact($input: AddCustomerContactInput!) {
    addCustomerContact(input: $input) { contact { id } userErrors { field code } }
  }
`);
const MoveIn = graphql(`
  mutation AuditMoveIn($input: MoveInInput!) {
    moveIn(input: $input) { occupancy { id } userErrors { field code } }
  }
`);
const MoveOut = graphql(`
  mutation AuditMoveOut($input: MoveOutInput!) {
    moveOut(input: $input) { occupancy { id } userErrors { field code } }
  }
`);
const VoidCustomer = graphql(`
  mutation AuditVoidCustomer($input: VoidCustomerInput!) {
    voidCustomer(input: $input) { customer { id } userErrors { field code } }
  }
`);
const RecordVisit = graphql(`
  mutation AuditRecordReceptionVisit($input: RecordReceptionVisitInput!) {
    recordReceptionVisit(input: $input) { visit { id } userErrors { field code } }
  }
`);
const UpdateVisit = graphql(`
  mutation AuditUpdateReceptionVisit($input: UpdateReceptionVisitInput!) {
    updateReceptionVisit(input: $input) { visit { id } userErrors { field code } }
  }
`);
const LinkVisit = graphql(`
  mutation AuditLinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {
    linkReceptionVisitToCase(input: $input) { visit { id } userErrors { field code } }
  }
`);
const CloseVisit = graphql(`
  mutation AuditCloseReceptionVisit($input: CloseReceptionVisitInput!) {
    closeReceptionVisit(input: $input) { visit { id } userErrors { field code } }
  }
`);
const VoidVisit = graphql(`
  mutation AuditVoidReceptionVisit($input: VoidReceptionVisitInput!) {
    voidReceptionVisit(input: $input) { visit { id } userErrors { field code } }
  }
`);
const DraftNotice = graphql(`
  mutation AuditDraftNotice($input: DraftNoticeInput!) {
    draftNotice(input: $input) { notice { id } userErrors { field code } }
  }
`);
const UpdateNotice = graphql(`
  mutation AuditUpdateNotice($input: UpdateNoticeInput!) {
    updateNotice(input: $input) { notice { id } userErrors { field code } }
  }
`);
const IssueNotice = graphql(`
  mutation AuditIssueNotice($input: NoticeStepInput!) {
    issueNotice(input: $input) { notice { id } userErrors { field code } }
  }
`);
const WithdrawNotice = graphql(`
  mutation AuditWithdrawNotice($input: WithdrawNoticeInput!) {
    withdrawNotice(input: $input) { notice { id } userErrors { field code } }
  }
`);
const AcknowledgeNotice = graphql(`
  mutation AuditAcknowledgeNotice($input: NoticeStepInput!) {
    acknowledgeNotice(input: $input) { notice { id } userErrors { field code } }
  }
`);
const Buildings = graphql(`
  query AuditBuildings {
    buildings(siteCode: "CUIHU") { id code }
  }
`);

let steward: TestSteward;
let manager: Client;
let clerk: Client;
let leader: Client;
let cs: Client;
let tech: Client;
let ids: Map<string, string>;
beforeAll(async () => {
  steward = await startTestSteward();
  // The demo's overdue cases are told about now: else the minute sweep tells them in the middle of
  // whichever scenario is running a minute in, as changes that scenario never made.
  await steward.sweepOverdue();
  manager = await steward.login('manager');
  clerk = await steward.login('clerk');
  leader = await steward.login('leader');
  cs = await steward.login('cs');
  tech = await steward.login('tech');
  ids = await staffIds(steward);
});
afterAll(() => steward?.close());

const sql = <T>(query: string, params: unknown[] = []) =>
  steward.orm.em.fork().getConnection().execute<T[]>(query, params);

/**
 * Every row of every table Steward writes, by `table:primary key`, without the columns that
 * merely record activity (last seen, last used): what a change may and may not touch.
 */
async function snapshot(): Promise<Map<string, string>> {
  const tables: [string, string][] = [
    ['staff', 'id'],
    ['staff_site', "staff_id || '/' || site_code"],
    ['site', 'code'],
    ['position', 'key'],
    ['position_grant', 'id'],
    ['session', 'id'],
    ['api_token', 'id'],
    ['audit_event', 'id'],
    ['case_record', 'id'],
    ['case_event', 'id'],
    ['case_sequence', '"key"'],
    ['sla_policy', 'id'],
    ['notification', 'id'],
    ['building', 'id'],
    ['unit', 'id'],
    ['customer', 'id'],
    ['customer_contact', 'id'],
    ['occupancy', 'id'],
    ['reception_visit', 'id'],
    ['notice', 'id'],
    ['notice_acknowledgement', 'id'],
    ['meeting', 'id'],
    ['meeting_attendee', 'id'],
    ['meeting_action_item', 'id'],
    ...FEATURES.flatMap((f) => f.tables),
  ];
  const rows = new Map<string, string>();
  for (const [table, pk] of tables) {
    for (const row of await sql<Record<string, unknown>>(`select ${pk} as pk, * from ${table}`)) {
      const { pk: key, last_seen_at: _seen, last_used_at: _used, ...rest } = row;
      rows.set(`${table}:${String(key)}`, JSON.stringify(rest));
    }
  }
  return rows;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** The department a record belongs to: a staff member's, a token's owner's, a position's, a case's. */
async function departmentOf(typename: string, globalId: string): Promise<string | null> {
  const key = keyOf(globalId);
  const query = {
    Staff: 'select department_key as d from staff where id = ?',
    ApiToken: 'select s.department_key as d from api_token t join staff s on s.id = t.owner_id where t.id = ?',
    Position: 'select department_key as d from position where key = ?',
    // A case belongs to its owning department, whoever holds it now; service levels to nobody.
    Case: 'select department_key as d from case_record where id = ?',
    SlaPolicy: 'select null as d from sla_policy where id = ?',
    // Customer files belong to customer service (CS-3), whoever keeps them.
    Customer: "select 'customer_service' as d from customer where id = ?",
    Building: "select 'customer_service' as d from building where id = ?",
    Unit: "select 'customer_service' as d from unit where id = ?",
    // So is the reception log (CS-4), whoever wrote the entry.
    ReceptionVisit: "select 'customer_service' as d from reception_visit where id = ?",
    // A notice belongs to its issuing department.
    Notice: 'select department_key as d from notice where id = ?',
    // A meeting belongs to the department whose meeting it is.
    Meeting: 'select department_key as d from meeting where id = ?',
    ...Object.assign({}, ...FEATURES.map((f) => f.departments)),
  }[typename];
  if (!query) throw new Error(`no department rule for ${typename}`);
  const [row] = await sql<{ d: string | null }>(query, [key]);
  return row?.d ?? null;
}

/** Runs one successful mutation and checks the one audit event it must leave. */
async function expectOneEvent(scenario: Scenario): Promise<void> {
  const act = await scenario();
  const before = await snapshot();
  const { res, expect: want } = await act();
  expect(res.status).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const payload = Object.values((res.body.data ?? {}) as Record<string, { userErrors?: unknown[] }>)[0];
  expect(payload?.userErrors ?? [], JSON.stringify(payload)).toEqual([]);
  const after = await snapshot();

  const changed = changedKeys(before, after);
  const events = changed.filter((k) => k.startsWith('audit_event:'));
  expect(events, `${want.action}: one new audit event`).toHaveLength(1);
  expect(before.has(events[0] as string)).toBe(false);
  const outside = changed.filter(
    (k) => !k.startsWith('audit_event:') && !want.touches.some((prefix) => k.startsWith(prefix)),
  );
  expect(outside, `${want.action} changed rows it had no business with`).toEqual([]);

  const eventKey = (events[0] as string).slice('audit_event:'.length);
  const stored = JSON.parse(after.get(events[0] as string) as string) as Record<string, unknown>;
  const { body } = await manager.gql(EventById, { id: toGlobalId('AuditEvent', eventKey) });
  expect(body.errors).toBeUndefined();
  const event = body.data?.node;
  if (!event || !('action' in event)) throw new Error('the event is not readable by the manager');

  const actorId = ids.get(want.actor) ?? (await staffIds(steward)).get(want.actor);
  const actorRow = await sql<{ name: string }>('select name from staff where id = ?', [keyOf(actorId as string)]);
  expect(event).toMatchObject({
    action: want.action,
    actorName: actorRow[0]?.name,
    actor: { id: actorId },
    targetType: want.targetType,
    targetId: want.targetId,
    requestId: res.headers.get('x-request-id'),
    viaToken: false,
  });
  expect(event.ip).toMatch(/127\.0\.0\.1/);
  expect(stored.actor_staff_id).toBe(keyOf(actorId as string));
  // The department the changed record belongs to: what lets a director read the event.
  expect(stored.department_key, `${want.action}: department`).toBe(await departmentOf(want.targetType, want.targetId));
  expect(Math.abs(Date.parse(String(event.occurredAt)) - Date.now())).toBeLessThan(10_000);

  // Secrets: not their values, not any scrypt hash; secret-looking fields show "[redacted]".
  const changes = JSON.stringify(event.changes);
  for (const secret of want.secrets) expect(changes, want.action).not.toContain(secret);
  expect(String(stored.changes)).not.toMatch(/scrypt\$/);
  for (const secret of want.secrets) expect(String(stored.changes)).not.toContain(secret);
  for (const c of event.changes) {
    if (/password|secret|hash|token/i.test(c.field)) {
      for (const v of [c.before, c.after]) {
        expect(v === null || v === '[redacted]' || typeof v === 'boolean', `${c.field}: ${v}`).toBe(true);
      }
    }
  }
}

const sessionKey = (client: Client) => sessionIdOf(client.authHeaders.cookie);

/** Setting the stage: a call that must succeed, without userErrors. */
async function must<T>(res: GqlResponse<T>): Promise<T> {
  const payload = Object.values((res.body.data ?? {}) as Record<string, { userErrors?: unknown[] }>)[0];
  if (res.body.errors || !payload || payload.userErrors?.length) throw new Error(JSON.stringify(res.body));
  return res.body.data as T;
}

/**
 * A complaint customer service took by phone at CUIHU, brought as far as `state` by customer
 * service itself (assigned to themself, so nobody else is told); its global id.
 */
async function complaintIn(state: 'OPEN' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' = 'OPEN') {
  const opened = await must(
    await cs.gql(OpenCase, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        title: '审计：楼道灯不亮',
        description: '业主来电：3 栋 2 单元楼道灯不亮。',
        reporterName: '李先生',
        siteCode: 'CUIHU',
      },
    }),
  );
  const caseId = opened.openCase.case?.id ?? '-';
  const steps = ['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
  const upTo = steps.indexOf(state);
  if (upTo >= 0) await must(await cs.gql(AssignCase, { input: { caseId, assigneeId: ids.get('cs') as string } }));
  if (upTo >= 1) await must(await cs.gql(StartCase, { input: { caseId } }));
  if (upTo >= 2) await must(await cs.gql(ResolveCase, { input: { caseId, result: '已更换灯泡。' } }));
  if (upTo >= 3) await must(await cs.gql(CloseCase, { input: { caseId } }));
  return caseId;
}

async function rentalCase(): Promise<string> {
  const opened = await must(
    await cs.gql(OpenCase, {
      input: {
        kind: 'RENTAL',
        channel: 'DESK_VISIT',
        title: '审计：委托出租',
        description: '业主委托出租。',
        reporterName: '陈先生',
      },
    }),
  );
  return opened.openCase.case?.id ?? '-';
}

/**
 * A meeting brought as far as `state`: a CS work meeting by customer service, or a shift meeting
 * by the shift leader (held meetings have cs/leader and a colleague present); its global id.
 */
async function meetingIn(kind: 'CS_WORK_MEETING' | 'SHIFT_MEETING', state: 'PLANNED' | 'HELD' = 'PLANNED') {
  const by = kind === 'SHIFT_MEETING' ? leader : cs;
  const colleague = kind === 'SHIFT_MEETING' ? 'officer' : 'cs2';
  const scheduled = await must(
    await by.gql(ScheduleMeeting, {
      input: {
        kind,
        title: '审计：例会',
        scheduledAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
        attendeeIds: [ids.get(colleague) as string],
      },
    }),
  );
  const meetingId = scheduled.scheduleMeeting.meeting?.id ?? '-';
  if (state === 'HELD') {
    const me = kind === 'SHIFT_MEETING' ? 'leader' : 'cs';
    await must(
      await by.gql(RecordMeetingMinutes, {
        input: {
          meetingId,
          heldAt: new Date(Date.now() - 3600_000).toISOString(),
          attendeeIds: [ids.get(me) as string, ids.get(colleague) as string],
          minutes: '审计：会议纪要。',
        },
      }),
    );
  }
  return meetingId;
}

const meetingStep = (actor: string, action: string, meetingId: string, more: string[] = []): Expectation => ({
  actor,
  action,
  targetType: 'Meeting',
  targetId: meetingId,
  secrets: [],
  touches: [`meeting:${keyOf(meetingId)}`, ...more],
});

/** The expectation of a step on a case: its record and a new timeline entry, maybe a notification. */
const caseStep = (actor: string, action: string, caseId: string, more: string[] = []): Expectation => ({
  actor,
  action,
  targetType: 'Case',
  targetId: caseId,
  secrets: [],
  touches: [`case_record:${keyOf(caseId)}`, 'case_event:', ...more],
});
/** A walk-in customer service recorded at CUIHU, still open; its global id. */
async function visitIn(state: 'OPEN' | 'CLOSED' = 'OPEN') {
  const recorded = await must(
    await cs.gql(RecordVisit, {
      input: {
        visitorName: '周女士',
        visitorPhone: '13800002222',
        siteCode: 'CUIHU',
        purpose: 'INQUIRY',
        summary: '审计：咨询装修申报流程。',
        ...(state === 'CLOSED' ? { outcome: '已提供装修申报表。', close: true } : {}),
      },
    }),
  );
  return recorded.recordReceptionVisit.visit?.id ?? '-';
}

/** The expectation of a step on a visit: its row only. */
const visitStep = (action: string, visitId: string): Expectation => ({
  actor: 'cs',
  action,
  targetType: 'ReceptionVisit',
  targetId: visitId,
  secrets: [],
  touches: [`reception_visit:${keyOf(visitId)}`],
});
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * A notice customer service drafted for CUIHU, asking order maintenance to acknowledge it, brought
 * as far as `state` (issued by the manager); its global id.
 */
async function noticeIn(state: 'DRAFT' | 'ISSUED' = 'DRAFT') {
  const drafted = await must(
    await cs.gql(DraftNotice, {
      input: {
        kind: 'NOTICE',
        title: '审计：停水通知',
        body: '本周六 9:00—17:00 停水，请提前储水。',
        audience: 'SITE',
        siteCode: 'CUIHU',
        expiresAt: inDays(3),
        requiresAcknowledgement: true,
        acknowledgementDepartmentKeys: ['order_maintenance'],
      },
    }),
  );
  const noticeId = drafted.draftNotice.notice?.id ?? '-';
  if (state === 'ISSUED') await must(await manager.gql(IssueNotice, { input: { noticeId } }));
  return noticeId;
}

const noticeStep = (actor: string, action: string, noticeId: string, more: string[] = []): Expectation => ({
  actor,
  action,
  targetType: 'Notice',
  targetId: noticeId,
  secrets: [],
  touches: [`notice:${keyOf(noticeId)}`, ...more],
});

/**
 * One successful call of every mutation there is. Keyed by the mutation's name: the first test
 * checks the keys against the schema, so a new mutation cannot arrive without its audit check.
 */
const BASE_SCENARIOS: Record<string, Scenario> = {
  login: async () => async () => {
    const res = await steward.gql(Login, { input: { username: 'leader', password: DEMO_PASSWORD } });
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0]?.split('=')[1] ?? '-';
    return {
      res,
      expect: {
        actor: 'leader',
        action: 'auth.login',
        targetType: 'Staff',
        targetId: ids.get('leader') as string,
        secrets: [DEMO_PASSWORD, cookie],
        touches: ['session:'],
      },
    };
  },
  logout: async () => {
    const session = await steward.login('leader');
    return async () => {
      const res = await session.gql(Logout, {}, { headers: { 'x-request-id': 'audit-logout-1' } });
      expect(res.headers.get('x-request-id')).toBe('audit-logout-1');
      return {
        res,
        expect: {
          actor: 'leader',
          action: 'auth.logout',
          targetType: 'Staff',
          targetId: ids.get('leader') as string,
          secrets: [session.authHeaders.cookie?.split('=')[1] ?? '-'],
          touches: ['session:'],
        },
      };
    };
  },
  changePassword: async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    await steward.login(person.username, person.password); // another browser, to be signed out
    return async () => {
      const res = await session.gql(ChangePassword, {
        input: { currentPassword: person.password, newPassword: 'Changed2026x' },
      });
      return {
        res,
        expect: {
          actor: person.username,
          action: 'auth.change_password',
          targetType: 'Staff',
          targetId: person.id,
          secrets: [person.password, 'Changed2026x'],
          touches: [`staff:${keyOf(person.id)}`, 'session:'],
        },
      };
    };
  },
  setMyLocale: async () => async () => {
    const res = await leader.gql(SetLocale, { input: { locale: 'EN' } });
    return {
      res,
      expect: {
        actor: 'leader',
        action: 'staff.set_locale',
        targetType: 'Staff',
        targetId: ids.get('leader') as string,
        secrets: [],
        touches: [`staff:${keyOf(ids.get('leader') as string)}`],
      },
    };
  },
  createApiToken: async () => async () => {
    const res = await manager.gql(CreateToken, {
      input: { name: 'audit token', scopes: ['READ'], expiresAt: inDays(3) },
    });
    const created = res.body.data?.createApiToken;
    return {
      res,
      expect: {
        actor: 'manager',
        action: 'api_token.create',
        targetType: 'ApiToken',
        targetId: created?.token?.id ?? '-',
        secrets: [created?.secret ?? '-', (created?.secret ?? '-').slice(4)],
        touches: [`api_token:${keyOf(created?.token?.id ?? '')}`],
      },
    };
  },
  revokeApiToken: async () => {
    const token = await createToken(await steward.login('officer'), ['READ']);
    // The manager revokes someone else's: the actor is the manager.
    return async () => {
      const res = await manager.gql(RevokeToken, { input: { tokenId: token.id } });
      return {
        res,
        expect: {
          actor: 'manager',
          action: 'api_token.revoke',
          targetType: 'ApiToken',
          targetId: token.id,
          secrets: [token.secret],
          touches: [`api_token:${keyOf(token.id)}`],
        },
      };
    };
  },
  onboardStaff: async () => async () => {
    const res = await clerk.gql(Onboard, {
      input: {
        employeeNo: 'A9001',
        name: '审计新人',
        positionKey: 'order_maintenance_officer',
        siteCodes: ['CUIHU', 'JINQIAO'],
        hireDate: '2026-03-01',
        username: 'audit.newcomer',
      },
    });
    const result = res.body.data?.onboardStaff;
    const key = keyOf(result?.staff?.id ?? '');
    return {
      res,
      expect: {
        actor: 'clerk',
        action: 'staff.onboard',
        targetType: 'Staff',
        targetId: result?.staff?.id ?? '-',
        secrets: [result?.temporaryPassword ?? '-'],
        touches: [`staff:${key}`, `staff_site:${key}`],
      },
    };
  },
  updateStaff: async () => async () => {
    const target = ids.get('officer2') as string;
    const res = await clerk.gql(Update, { input: { staffId: target, phone: '13655556666', siteCodes: ['JINQIAO'] } });
    return {
      res,
      expect: {
        actor: 'clerk',
        action: 'staff.update',
        targetType: 'Staff',
        targetId: target,
        secrets: [],
        touches: [`staff:${keyOf(target)}`, `staff_site:${keyOf(target)}`],
      },
    };
  },
  transferStaff: async () => async () => {
    const target = ids.get('officer3') as string;
    const res = await clerk.gql(Transfer, {
      input: { staffId: target, positionKey: 'fire_supervisor', reason: 'Fire training done' },
    });
    return {
      res,
      expect: {
        actor: 'clerk',
        action: 'staff.transfer',
        targetType: 'Staff',
        targetId: target,
        secrets: [],
        touches: [`staff:${keyOf(target)}`],
      },
    };
  },
  suspendStaff: async () => {
    const target = ids.get('officer4') as string;
    const session = await steward.login('officer4');
    const token = await createToken(session, ['READ']);
    return async () => {
      const res = await clerk.gql(Suspend, { input: { staffId: target, reason: 'Investigation' } });
      return {
        res,
        expect: {
          actor: 'clerk',
          action: 'staff.suspend',
          targetType: 'Staff',
          targetId: target,
          secrets: [token.secret],
          touches: [`staff:${keyOf(target)}`, `session:${sessionKey(session)}`, `api_token:${keyOf(token.id)}`],
        },
      };
    };
  },
  reinstateStaff: async () => async () => {
    const target = ids.get('officer4') as string;
    const res = await clerk.gql(Reinstate, { input: { staffId: target, reason: 'Cleared' } });
    return {
      res,
      expect: {
        actor: 'clerk',
        action: 'staff.reinstate',
        targetType: 'Staff',
        targetId: target,
        secrets: [],
        touches: [`staff:${keyOf(target)}`],
      },
    };
  },
  offboardStaff: async () => {
    const person = await onboard(clerk);
    const session = await firstSignIn(steward, person);
    const token = await createToken(session, ['READ']);
    return async () => {
      const res = await clerk.gql(Offboard, {
        input: { staffId: person.id, leaveDate: '2026-04-30', reason: 'Moved away' },
      });
      return {
        res,
        expect: {
          actor: 'clerk',
          action: 'staff.offboard',
          targetType: 'Staff',
          targetId: person.id,
          secrets: [person.password, token.secret],
          touches: [`staff:${keyOf(person.id)}`, `session:${sessionKey(session)}`, `api_token:${keyOf(token.id)}`],
        },
      };
    };
  },
  resetStaffPassword: async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    return async () => {
      const res = await clerk.gql(ResetPassword, { input: { staffId: person.id } });
      return {
        res,
        expect: {
          actor: 'clerk',
          action: 'staff.reset_password',
          targetType: 'Staff',
          targetId: person.id,
          secrets: [person.password, res.body.data?.resetStaffPassword.temporaryPassword ?? '-'],
          touches: [`staff:${keyOf(person.id)}`, `session:${sessionKey(session)}`],
        },
      };
    };
  },
  setPositionGrant: async () => async () => {
    const res = await manager.gql(SetGrant, {
      input: { positionKey: 'order_maintenance_officer', permission: 'patrol.approve', scope: 'OWN' },
    });
    return {
      res,
      expect: {
        actor: 'manager',
        action: 'permission.set',
        targetType: 'Position',
        targetId: toGlobalId('Position', 'order_maintenance_officer'),
        secrets: [],
        touches: ['position_grant:'],
      },
    };
  },
  openCase: async () => async () => {
    const res = await cs.gql(OpenCase, {
      input: {
        kind: 'COMPLAINT',
        channel: 'DESK_VISIT',
        title: '审计：电梯异响',
        description: '业主到前台反映：1 栋电梯运行时有异响。',
        reporterName: '陈女士',
        reporterPhone: '13800001111',
        siteCode: 'CUIHU',
      },
    });
    const id = res.body.data?.openCase.case?.id ?? '-';
    // A new record, its first timeline entry, and the day's reference counter.
    return { res, expect: caseStep('cs', 'case.open', id, ['case_sequence:']) };
  },
  assignCase: async () => {
    const caseId = await complaintIn('OPEN');
    return async () => {
      const res = await cs.gql(AssignCase, { input: { caseId, assigneeId: ids.get('cs2') as string, note: '请跟进' } });
      return { res, expect: caseStep('cs', 'case.assigned', caseId, ['notification:']) };
    };
  },
  referCase: async () => {
    const caseId = await complaintIn('OPEN');
    return async () => {
      const res = await cs.gql(ReferCase, {
        input: { caseId, departmentKey: 'facilities', assigneeId: ids.get('tech') as string, note: '请上门查看' },
      });
      return { res, expect: caseStep('cs', 'case.referred', caseId, ['notification:']) };
    };
  },
  acknowledgeCase: async () => {
    const caseId = await complaintIn('OPEN');
    await must(
      await cs.gql(ReferCase, {
        input: { caseId, departmentKey: 'facilities', assigneeId: ids.get('tech') as string },
      }),
    );
    return async () => {
      // The receiver acknowledges; the case still belongs to customer service.
      const res = await tech.gql(AcknowledgeCase, { input: { caseId, note: '收到' } });
      return { res, expect: caseStep('tech', 'case.acknowledged', caseId) };
    };
  },
  escalateCase: async () => {
    const caseId = await complaintIn('ASSIGNED');
    return async () => {
      // Up the reporting chain: customer service answers to the manager, who is told.
      const res = await cs.gql(EscalateCase, { input: { caseId, note: '涉及多户，超出权限' } });
      return { res, expect: caseStep('cs', 'case.escalated', caseId, ['notification:']) };
    };
  },
  startCase: async () => {
    const caseId = await complaintIn('ASSIGNED');
    return async () => {
      const res = await cs.gql(StartCase, { input: { caseId } });
      return { res, expect: caseStep('cs', 'case.started', caseId) };
    };
  },
  resolveCase: async () => {
    const caseId = await complaintIn('IN_PROGRESS');
    return async () => {
      const res = await cs.gql(ResolveCase, { input: { caseId, result: '已更换楼道灯。' } });
      return { res, expect: caseStep('cs', 'case.resolved', caseId) };
    };
  },
  closeCase: async () => {
    const caseId = await complaintIn('RESOLVED');
    return async () => {
      const res = await cs.gql(CloseCase, { input: { caseId, satisfaction: 4, feedback: '处理及时' } });
      return { res, expect: caseStep('cs', 'case.closed', caseId) };
    };
  },
  reopenCase: async () => {
    const caseId = await complaintIn('CLOSED');
    return async () => {
      const res = await cs.gql(ReopenCase, { input: { caseId, reason: '业主反映问题复发' } });
      return { res, expect: caseStep('cs', 'case.reopened', caseId) };
    };
  },
  voidCase: async () => {
    const caseId = await complaintIn('OPEN');
    return async () => {
      const res = await cs.gql(VoidCase, { input: { caseId, reason: '重复登记' } });
      return { res, expect: caseStep('cs', 'case.voided', caseId) };
    };
  },
  commentOnCase: async () => {
    const caseId = await complaintIn('ASSIGNED');
    return async () => {
      const res = await cs.gql(CommentOnCase, { input: { caseId, note: '已致电业主说明进度' } });
      return { res, expect: caseStep('cs', 'case.commented', caseId) };
    };
  },
  updateRentalDetails: async () => {
    const caseId = await rentalCase();
    return async () => {
      const res = await cs.gql(UpdateRental, { input: { caseId, askingRent: 4200 } });
      return { res, expect: caseStep('cs', 'case.details_updated', caseId) };
    };
  },
  recordRentalViewing: async () => {
    const caseId = await rentalCase();
    return async () => {
      const res = await cs.gql(RentalViewing, { input: { caseId, at: new Date().toISOString(), prospect: '刘女士' } });
      return { res, expect: caseStep('cs', 'case.details_updated', caseId) };
    };
  },
  scheduleMeeting: async () => async () => {
    const res = await cs.gql(ScheduleMeeting, {
      input: {
        kind: 'CS_WORK_MEETING',
        title: '审计：十二月客服工作会议',
        scheduledAt: inDays(2),
        attendeeIds: [ids.get('cs2') as string],
      },
    });
    const id = res.body.data?.scheduleMeeting.meeting?.id ?? '-';
    // The meeting and who is asked to it.
    return { res, expect: meetingStep('cs', 'meeting.schedule', id, ['meeting_attendee:']) };
  },
  recordMeetingMinutes: async () => {
    const meetingId = await meetingIn('CS_WORK_MEETING');
    return async () => {
      const res = await cs.gql(RecordMeetingMinutes, {
        input: {
          meetingId,
          heldAt: new Date(Date.now() - 3600_000).toISOString(),
          attendeeIds: [ids.get('cs') as string],
          absenteesNote: '吴芳请假',
          review: '讲评：投诉回访及时。',
          requirements: '要求：节前加强巡视。',
          minutes: '审计：会议纪要。',
        },
      });
      return { res, expect: meetingStep('cs', 'meeting.record_minutes', meetingId, ['meeting_attendee:']) };
    };
  },
  reportMeeting: async () => {
    const meetingId = await meetingIn('SHIFT_MEETING', 'HELD');
    return async () => {
      // The leader's superior (the director) is told.
      const res = await leader.gql(ReportMeeting, { input: { meetingId, note: '本班无异常' } });
      return { res, expect: meetingStep('leader', 'meeting.report', meetingId, ['notification:']) };
    };
  },
  cancelMeeting: async () => {
    const meetingId = await meetingIn('CS_WORK_MEETING');
    return async () => {
      const res = await cs.gql(CancelMeeting, { input: { meetingId, reason: '经理外出，改期' } });
      return { res, expect: meetingStep('cs', 'meeting.cancel', meetingId) };
    };
  },
  addMeetingActionItem: async () => {
    const meetingId = await meetingIn('CS_WORK_MEETING', 'HELD');
    return async () => {
      const res = await cs.gql(AddMeetingActionItem, {
        input: { meetingId, title: '审计：更新服务指南', assigneeId: ids.get('cs2') as string, dueAt: inDays(3) },
      });
      // The task (its record, first timeline entry, the day's counter), the assignee told, the link;
      // the meeting itself unchanged.
      return {
        res,
        expect: {
          ...meetingStep('cs', 'meeting.add_action_item', meetingId),
          touches: ['case_record:', 'case_event:', 'case_sequence:', 'notification:', 'meeting_action_item:'],
        },
      };
    };
  },
  setSlaPolicy: async () => async () => {
    const res = await manager.gql(SetSla, {
      input: { kind: 'INQUIRY', priority: 'LOW', responseMinutes: 240, resolutionMinutes: 4320 },
    });
    return {
      res,
      expect: {
        actor: 'manager',
        action: 'sla.set',
        targetType: 'SlaPolicy',
        targetId: toGlobalId('SlaPolicy', 'INQUIRY:LOW'),
        secrets: [],
        touches: ['sla_policy:INQUIRY:LOW'],
      },
    };
  },
  markNotificationsRead: async () => {
    // Something to read: a referral to the technician.
    const caseId = await complaintIn('OPEN');
    await must(
      await cs.gql(ReferCase, {
        input: { caseId, departmentKey: 'facilities', assigneeId: ids.get('tech') as string },
      }),
    );
    const unread = await sql<{ id: string }>('select id from notification where recipient_id = ? and read_at is null', [
      keyOf(ids.get('tech') as string),
    ]);
    expect(unread.length).toBeGreaterThan(0);
    return async () => {
      const res = await tech.gql(MarkRead, { input: {} });
      expect(res.body.data?.markNotificationsRead).toMatchObject({ marked: unread.length, unreadCount: 0 });
      return {
        res,
        expect: {
          actor: 'tech',
          action: 'notification.read',
          targetType: 'Staff',
          targetId: ids.get('tech') as string,
          secrets: [],
          // The reader's own unread notifications, and no one else's.
          touches: unread.map((n) => `notification:${n.id}`),
        },
      };
    };
  },
  draftNotice: async () => async () => {
    const res = await cs.gql(DraftNotice, {
      input: {
        kind: 'ANNOUNCEMENT',
        title: '审计：消防演练告示',
        body: '下周三 15:00 消防演练，请听从指挥有序疏散。',
        audience: 'ALL_SITES',
        postedAt: '各楼栋大堂公告栏',
      },
    });
    const id = res.body.data?.draftNotice.notice?.id ?? '-';
    // A new notice and the day's reference counter.
    return { res, expect: noticeStep('cs', 'notice.draft', id, ['case_sequence:']) };
  },
  updateNotice: async () => {
    const noticeId = await noticeIn('DRAFT');
    return async () => {
      const res = await cs.gql(UpdateNotice, {
        input: {
          noticeId,
          kind: 'NOTICE',
          title: '审计：停水通知（修订）',
          body: '改为周日停水。',
          audience: 'ALL_SITES',
        },
      });
      return { res, expect: noticeStep('cs', 'notice.update', noticeId) };
    };
  },
  issueNotice: async () => {
    const noticeId = await noticeIn('DRAFT');
    return async () => {
      const res = await manager.gql(IssueNotice, { input: { noticeId } });
      // Order maintenance is asked to acknowledge it, and its author is told.
      return { res, expect: noticeStep('manager', 'notice.issue', noticeId, ['notification:']) };
    };
  },
  withdrawNotice: async () => {
    const noticeId = await noticeIn('ISSUED');
    return async () => {
      const res = await cs.gql(WithdrawNotice, { input: { noticeId, reason: '供水公司取消检修' } });
      return { res, expect: noticeStep('cs', 'notice.withdraw', noticeId) };
    };
  },
  acknowledgeNotice: async () => {
    const noticeId = await noticeIn('ISSUED');
    return async () => {
      const res = await leader.gql(AcknowledgeNotice, { input: { noticeId } });
      // Only the acknowledgement is written; the notice itself does not change.
      return {
        res,
        expect: { ...noticeStep('leader', 'notice.acknowledge', noticeId), touches: ['notice_acknowledgement:'] },
      };
    };
  },
  createBuilding: async () => async () => {
    const res = await cs.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: '8', name: '8栋' } });
    const id = res.body.data?.createBuilding.building?.id ?? '-';
    return {
      res,
      expect: {
        actor: 'cs',
        action: 'building.create',
        targetType: 'Building',
        targetId: id,
        secrets: [],
        touches: [`building:${keyOf(id)}`],
      },
    };
  },
  createUnit: async () => {
    const building = (await cs.gql(Buildings, {})).body.data?.buildings[0]?.id ?? '-';
    return async () => {
      const res = await cs.gql(CreateUnit, { input: { buildingId: building, code: '1-2501', floor: 25, area: 143.6 } });
      const id = res.body.data?.createUnit.unit?.id ?? '-';
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'unit.create',
          targetType: 'Unit',
          targetId: id,
          secrets: [],
          touches: [`unit:${keyOf(id)}`],
        },
      };
    };
  },
  createCustomer: async () => {
    const unitId = await unitIdOf(steward, 'CUIHU', '2-601');
    return async () => {
      const res = await cs.gql(CreateCustomer, {
        input: {
          name: '审计客户',
          kind: 'TENANT',
          contacts: [
            { kind: 'PHONE', value: newPhone() },
            { kind: 'EMAIL', value: 'audit@example.com' },
          ],
          occupancy: { unitId, fromDate: '2025-03-01' },
        },
      });
      const customer = res.body.data?.createCustomer.customer;
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.create',
          targetType: 'Customer',
          targetId: customer?.id ?? '-',
          secrets: [],
          touches: [
            `customer:${keyOf(customer?.id ?? '')}`,
            ...(customer?.contacts ?? []).map((c) => `customer_contact:${keyOf(c.id)}`),
            ...(customer?.occupancies ?? []).map((o) => `occupancy:${keyOf(o.id)}`),
          ],
        },
      };
    };
  },
  updateCustomer: async () => {
    const id = await customerIdOf(steward, DEMO_CUSTOMER_ANCHORS.owner.name);
    return async () => {
      const res = await cs.gql(UpdateCustomer, {
        input: { customerId: id, note: '审计：来电请核对身份', idCardLast4: '0021' },
      });
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.update',
          targetType: 'Customer',
          targetId: id,
          secrets: [],
          touches: [`customer:${keyOf(id)}`],
        },
      };
    };
  },
  addCustomerContact: async () => {
    const person = await newCustomer(cs);
    const contacts = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from customer_contact where customer_id = ?', [keyOf(person.id)]);
    return async () => {
      // A new primary contact: the old primary is no longer.
      const res = await cs.gql(AddContact, {
        input: { customerId: person.id, kind: 'WECHAT', value: 'audit_wx', primary: true },
      });
      const contact = res.body.data?.addCustomerContact.contact?.id ?? '';
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.add_contact',
          targetType: 'Customer',
          targetId: person.id,
          secrets: [],
          touches: [
            `customer:${keyOf(person.id)}`,
            `customer_contact:${keyOf(contact)}`,
            ...contacts.map((c) => `customer_contact:${c.id}`),
          ],
        },
      };
    };
  },
  moveIn: async () => {
    const person = await newCustomer(cs);
    const unitId = await unitIdOf(steward, 'JINQIAO', DEMO_CUSTOMER_ANCHORS.office.code);
    return async () => {
      const res = await cs.gql(MoveIn, {
        input: { customerId: person.id, unitId, role: 'OCCUPANT', fromDate: '2025-09-01' },
      });
      const id = res.body.data?.moveIn.occupancy?.id ?? '';
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.move_in',
          targetType: 'Customer',
          targetId: person.id,
          secrets: [],
          touches: [`customer:${keyOf(person.id)}`, `occupancy:${keyOf(id)}`],
        },
      };
    };
  },
  moveOut: async () => {
    const unitId = await unitIdOf(steward, DEMO_CUSTOMER_ANCHORS.unit.site, DEMO_CUSTOMER_ANCHORS.unit.code);
    const tenant = await customerIdOf(steward, DEMO_CUSTOMER_ANCHORS.tenant.name);
    const occupancyId = await currentOccupancyIdOf(steward, tenant, unitId);
    return async () => {
      const res = await cs.gql(MoveOut, { input: { occupancyId, toDate: '2025-10-31', note: '合同到期' } });
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.move_out',
          targetType: 'Customer',
          targetId: tenant,
          secrets: [],
          touches: [`customer:${keyOf(tenant)}`, `occupancy:${keyOf(occupancyId)}`],
        },
      };
    };
  },
  recordReceptionVisit: async () => async () => {
    const res = await cs.gql(RecordVisit, {
      input: {
        visitorName: '周女士',
        siteCode: 'CUIHU',
        purpose: 'QUESTION',
        summary: '审计：询问停水通知。',
        outcome: '周四 9:00–12:00 停水检修，已告知。',
        close: true,
      },
    });
    return { res, expect: visitStep('reception.record', res.body.data?.recordReceptionVisit.visit?.id ?? '-') };
  },
  updateReceptionVisit: async () => {
    const visitId = await visitIn('OPEN');
    return async () => {
      const res = await cs.gql(UpdateVisit, { input: { visitId, purpose: 'RENTAL', outcome: '已登记需求。' } });
      return { res, expect: visitStep('reception.update', visitId) };
    };
  },
  linkReceptionVisitToCase: async () => {
    const visitId = await visitIn('OPEN');
    const caseId = await complaintIn('OPEN');
    return async () => {
      const res = await cs.gql(LinkVisit, { input: { visitId, caseId } });
      // The visit records its case; the case itself is not touched.
      return { res, expect: visitStep('reception.link_case', visitId) };
    };
  },
  closeReceptionVisit: async () => {
    const visitId = await visitIn('OPEN');
    return async () => {
      const res = await cs.gql(CloseVisit, { input: { visitId, outcome: '已电话回复客户。' } });
      return { res, expect: visitStep('reception.close', visitId) };
    };
  },
  voidReceptionVisit: async () => {
    const visitId = await visitIn('CLOSED');
    return async () => {
      const res = await cs.gql(VoidVisit, { input: { visitId, reason: '重复登记' } });
      return { res, expect: visitStep('reception.void', visitId) };
    };
  },
  voidCustomer: async () => {
    const person = await newCustomer(cs);
    return async () => {
      const res = await cs.gql(VoidCustomer, { input: { customerId: person.id, reason: '重复建档' } });
      return {
        res,
        expect: {
          actor: 'cs',
          action: 'customer.void',
          targetType: 'Customer',
          targetId: person.id,
          secrets: [],
          touches: [`customer:${keyOf(person.id)}`],
        },
      };
    };
  },
};

const sessions = new Map<string, Promise<Client>>();
const harness: AuditHarness = {
  steward: () => steward,
  as(username) {
    if (!sessions.has(username)) sessions.set(username, steward.login(username));
    return sessions.get(username) as Promise<Client>;
  },
  ids: () => ids,
  must,
};
const SCENARIOS: Record<string, Scenario> = Object.assign(
  { ...BASE_SCENARIOS },
  ...FEATURES.map((f) => f.scenarios(harness)),
);

describe('every successful mutation leaves exactly one audit event', () => {
  it('has a scenario for every mutation in the schema', () => {
    const mutations = rootFields(steward.schema)
      .filter((f) => f.kind === 'mutation')
      .map((f) => f.name)
      .sort();
    expect(Object.keys(SCENARIOS).sort()).toEqual(mutations);
  });

  it.each(Object.keys(SCENARIOS))('%s', async (name) => {
    await expectOneEvent(SCENARIOS[name] as Scenario);
  });

  it('records what changed, field by field, with secrets redacted', async () => {
    const { body } = await manager.gql(Page, { first: 100, filter: { action: 'staff.transfer' } });
    const id = body.data?.auditEvents.edges[0]?.node.id ?? '';
    const transfer = (await manager.gql(EventById, { id })).body.data?.node;
    const changes = transfer && 'changes' in transfer ? transfer.changes : [];
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'position', before: 'order_maintenance_officer', after: 'fire_supervisor' },
        { field: 'reason', before: null, after: 'Fire training done' },
      ]),
    );
    // Unchanged fields are not listed.
    expect(changes.map((c) => c.field)).not.toContain('name');

    const [newcomer] = await sql<{ id: string }>("select id from staff where employee_no = 'A9001'");
    const onboarded = await manager.gql(Page, {
      first: 1,
      filter: { action: 'staff.onboard', targetId: toGlobalId('Staff', newcomer?.id ?? '') },
    });
    const event = (await manager.gql(EventById, { id: onboarded.body.data?.auditEvents.edges[0]?.node.id ?? '' })).body
      .data?.node;
    const fields = event && 'changes' in event ? event.changes : [];
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'employeeNo', before: null, after: 'A9001' },
        { field: 'sites', before: null, after: ['CUIHU', 'JINQIAO'] },
        { field: 'passwordHash', before: null, after: '[redacted]' },
        // A flag about a password is not a secret.
        { field: 'mustChangePassword', before: null, after: true },
      ]),
    );
  });
});

describe('a refused mutation leaves no event and changes nothing', () => {
  // Cases to refuse steps on, staged before any snapshot is taken.
  const staged = { open: '-', inProgress: '-', visit: '-', notice: '-', draft: '-' };
  beforeAll(async () => {
    staged.open = await complaintIn('OPEN');
    staged.inProgress = await complaintIn('IN_PROGRESS');
    staged.visit = await visitIn('OPEN');
    staged.notice = await noticeIn('ISSUED');
    staged.draft = await noticeIn('DRAFT');
    await must(await leader.gql(AcknowledgeNotice, { input: { noticeId: staged.notice } }));
  });
  const refusals: [string, () => Promise<GqlResponse<unknown>>][] = [
    ['a wrong password at sign-in', () => steward.gql(Login, { input: { username: 'fire', password: 'nope nope 1' } })],
    [
      'onboarding with a taken username',
      () =>
        clerk.gql(Onboard, {
          input: {
            employeeNo: 'Z1',
            name: 'Dup',
            positionKey: 'analyst',
            hireDate: '2026-01-01',
            username: 'manager',
          },
        }),
    ],
    [
      'an update with one bad field among good ones',
      () =>
        clerk.gql(Update, {
          input: { staffId: ids.get('fire') as string, name: 'New Name', phone: 'p'.repeat(31), siteCodes: ['CUIHU'] },
        }),
    ],
    [
      'a transfer to an unknown post',
      () => clerk.gql(Transfer, { input: { staffId: ids.get('fire') as string, positionKey: 'x', reason: 'r' } }),
    ],
    [
      'reinstating someone active',
      () => clerk.gql(Reinstate, { input: { staffId: ids.get('fire') as string, reason: 'r' } }),
    ],
    [
      'a token with no scopes',
      () => manager.gql(CreateToken, { input: { name: 'n', scopes: [], expiresAt: inDays(1) } }),
    ],
    ['revoking a token that does not exist', () => manager.gql(RevokeToken, { input: { tokenId: 'nope' } })],
    [
      'a grant of an unknown permission',
      () => manager.gql(SetGrant, { input: { positionKey: 'analyst', permission: 'everything.ever', scope: 'ALL' } }),
    ],
    [
      'a wrong current password',
      () => manager.gql(ChangePassword, { input: { currentPassword: 'guess 1234', newPassword: 'Whatever2026' } }),
    ],
    [
      'a forbidden lifecycle change',
      () => leader.gql(Suspend, { input: { staffId: ids.get('fire') as string, reason: 'r' } }),
    ],
    [
      'a case resolved without a result',
      () => cs.gql(ResolveCase, { input: { caseId: staged.inProgress, result: '   ' } }),
    ],
    ['closing a case that is not resolved', () => cs.gql(CloseCase, { input: { caseId: staged.open } })],
    [
      'a complaint opened by someone who may not',
      () =>
        tech.gql(OpenCase, {
          input: { kind: 'COMPLAINT', channel: 'PATROL', title: 't', description: 'd', reportedByMe: true },
        }),
    ],
    [
      'a customer file with one bad contact among good ones',
      () =>
        cs.gql(CreateCustomer, {
          input: {
            name: '半对半错',
            kind: 'OWNER',
            contacts: [
              { kind: 'PHONE', value: newPhone() },
              { kind: 'EMAIL', value: 'not an address' },
            ],
          },
        }),
    ],
    [
      'a move-out before the move-in',
      async () => {
        const { unit, owner } = DEMO_CUSTOMER_ANCHORS;
        const unitId = await unitIdOf(steward, unit.site, unit.code);
        const occupancyId = await currentOccupancyIdOf(steward, await customerIdOf(steward, owner.name), unitId);
        return cs.gql(MoveOut, { input: { occupancyId, toDate: '2018-05-31' } });
      },
    ],
    [
      'a visit closed with neither an outcome nor a case',
      () => cs.gql(CloseVisit, { input: { visitId: staged.visit, outcome: '  ' } }),
    ],
    [
      'a visit recorded by the manager, who only reads the log',
      () =>
        manager.gql(RecordVisit, {
          input: { visitorName: '周女士', siteCode: 'CUIHU', purpose: 'OTHER', summary: '审计' },
        }),
    ],
    [
      'a forbidden change to a customer file',
      () => leader.gql(VoidCustomer, { input: { customerId: 'x', reason: 'r' } }),
    ],
    ['a notice acknowledged twice', () => leader.gql(AcknowledgeNotice, { input: { noticeId: staged.notice } })],
    ['a notice issued by its drafter', () => cs.gql(IssueNotice, { input: { noticeId: staged.draft } })],
    [
      'an issued notice rewritten',
      () =>
        cs.gql(UpdateNotice, {
          input: { noticeId: staged.notice, kind: 'NOTICE', title: 't', body: 'b', audience: 'ALL_SITES' },
        }),
    ],
  ];

  it.each(refusals)('%s', async (_label, call) => {
    const before = await snapshot();
    const res = await call();
    expect(res.status).toBe(200);
    const payload = Object.values((res.body.data ?? {}) as Record<string, { userErrors?: unknown[] } | null>)[0];
    const refused = (payload?.userErrors?.length ?? 0) > 0 || res.body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
    expect(refused, JSON.stringify(res.body)).toBe(true);
    const after = await snapshot();
    expect(changedKeys(before, after)).toEqual([]);
  });
});

describe('the audit trail is append-only', () => {
  it('refuses to update or delete an audit event, even in raw SQL', async () => {
    const count = await auditCount(steward);
    expect(count).toBeGreaterThan(0);
    const connection = steward.orm.em.fork().getConnection();
    await expect(connection.execute("update audit_event set action = 'tampered'")).rejects.toThrow(/append-only/);
    await expect(connection.execute("update audit_event set actor_name = 'someone else' where 1 = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(connection.execute('delete from audit_event')).rejects.toThrow(/append-only/);
    expect(await auditCount(steward)).toBe(count);
    expect(await auditCount(steward, { action: 'tampered' })).toBe(0);
  });
});

describe('auditEvents: pages, filters, limits', () => {
  it('pages newest first with first/after, consistent with totalCount and the database', async () => {
    const all = await sql<{ id: string }>('select id from audit_event order by occurred_at desc, id desc');
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      // An odd page size, so pages never line up with anything; large enough for the demo's history.
      const res: GqlResponse<AuditPageQuery> = await manager.gql(Page, { first: 47, after });
      const body = res.body;
      expect(body.errors).toBeUndefined();
      const page = body.data?.auditEvents;
      if (!page) throw new Error('no page');
      expect(page.totalCount).toBe(all.length);
      expect(page.edges.length).toBeLessThanOrEqual(47);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e) => keyOf(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it('keeps cursors valid while new events arrive', async () => {
    const first = await manager.gql(Page, { first: 3 });
    const page1 = first.body.data?.auditEvents;
    // New events arrive (sign-ins), newer than everything on page 1.
    await steward.login('fire');
    await steward.login('cs');
    const second = await manager.gql(Page, { first: 3, after: page1?.pageInfo.endCursor ?? null });
    const expected = await sql<{ id: string }>('select id from audit_event order by occurred_at desc, id desc');
    const index = expected.findIndex((r) => r.id === keyOf(page1?.edges[2]?.node.id ?? ''));
    expect(second.body.data?.auditEvents.edges.map((e) => keyOf(e.node.id))).toEqual(
      expected.slice(index + 1, index + 4).map((r) => r.id),
    );
    expect(second.body.data?.auditEvents.totalCount).toBe((page1?.totalCount ?? 0) + 2);
  });

  it('pages backwards with last/before', async () => {
    const newest = await manager.gql(Page, { first: 6 });
    const edges = newest.body.data?.auditEvents.edges ?? [];
    const back = await manager.gql(Page, { last: 2, before: edges[5]?.cursor ?? null });
    expect(back.body.data?.auditEvents.edges.map((e) => e.node.id)).toEqual([edges[3]?.node.id, edges[4]?.node.id]);
    expect(back.body.data?.auditEvents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('filters by action prefix, exact action, target, actor and time', async () => {
    const staffActions = await sql<{ n: number }>("select count(*) as n from audit_event where action like 'staff.%'");
    const { body } = await manager.gql(Page, { first: 100, filter: { action: 'staff.' } });
    const nodes = body.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(body.data?.auditEvents.totalCount).toBe(Number(staffActions[0]?.n));
    expect(nodes.length).toBeGreaterThan(5);
    for (const n of nodes) expect(n.action.startsWith('staff.')).toBe(true);
    expect(new Set(nodes.map((n) => n.action))).toEqual(
      new Set([
        'staff.onboard',
        'staff.update',
        'staff.transfer',
        'staff.suspend',
        'staff.reinstate',
        'staff.offboard',
        'staff.reset_password',
        'staff.set_locale',
      ]),
    );

    const exact = await manager.gql(Page, { first: 100, filter: { action: 'staff.suspend' } });
    expect(exact.body.data?.auditEvents.edges.map((e) => e.node.action)).toEqual(['staff.suspend']);
    // "staff" without the dot is an exact action, and there is none.
    expect((await manager.gql(Page, { first: 5, filter: { action: 'staff' } })).body.data?.auditEvents.totalCount).toBe(
      0,
    );

    const officer4 = ids.get('officer4') as string;
    const about = await manager.gql(Page, { first: 100, filter: { targetId: officer4, action: 'staff.' } });
    expect(about.body.data?.auditEvents.edges.map((e) => e.node.action)).toEqual(['staff.reinstate', 'staff.suspend']);

    const byClerk = await manager.gql(Page, { first: 100, filter: { actorId: ids.get('clerk') } });
    const clerkCount = await sql<{ n: number }>('select count(*) as n from audit_event where actor_staff_id = ?', [
      keyOf(ids.get('clerk') as string),
    ]);
    expect(byClerk.body.data?.auditEvents.totalCount).toBe(Number(clerkCount[0]?.n));
    expect(
      (await manager.gql(Page, { first: 5, filter: { actorId: 'garbage' } })).body.data?.auditEvents.totalCount,
    ).toBe(0);

    const future = await manager.gql(Page, { first: 5, filter: { from: inDays(1) } });
    expect(future.body.data?.auditEvents.totalCount).toBe(0);
    const past = await manager.gql(Page, { first: 5, filter: { to: inDays(-1) } });
    expect(past.body.data?.auditEvents.totalCount).toBe(0);
    const window = await manager.gql(Page, { first: 5, filter: { from: inDays(-1), to: inDays(1) } });
    expect(window.body.data?.auditEvents.totalCount).toBe(await auditCount(steward));
  });

  it('answers bad page arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: [AuditPageQueryVariables, string][] = [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ last: -1 }, 'last'],
      [{ first: 2, last: 2 }, 'first'],
      [{ first: 2, after: 'not-a-cursor' }, 'after'],
      [{ first: 2, after: Buffer.from('["x"]').toString('base64url') }, 'after'],
      [{ first: 2, filter: { action: `${'a'.repeat(65)}.` } }, 'action'],
    ];
    for (const [variables, field] of cases) {
      const res = await manager.gql(Page, variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.extensions?.field, JSON.stringify(variables)).toEqual([field]);
    }
  });
});

const Actions = graphql(`
  query AuditActionsOnRecord {
    auditActions
  }
`);

describe('the actions on record', () => {
  it('lists, sorted and once each, the actions the reader may filter by', async () => {
    const res = await manager.gql(Actions);
    const actions = res.body.data?.auditActions ?? [];
    // The demo's own history: cases opened and referred, visits logged, notices issued.
    expect(actions).toEqual(expect.arrayContaining(['case.open', 'case.referred', 'reception.record', 'notice.issue']));
    expect(actions).toEqual([...new Set(actions)].sort());
    const denied = await cs.gql(Actions);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
