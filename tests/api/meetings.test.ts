import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingsListQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, type TestSteward } from '../support/steward.js';

/** Meetings (R11: CS-9, SL-13), their minutes and attendance, and action items that become tasks (R13). */
const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    kind
    status
    title
    agenda
    scheduledAt
    heldAt
    department { key }
    site { code }
    chair { username }
    createdBy { username }
    attendees { attended staff { username } }
    absenteesNote
    review
    requirements
    minutes
    reportedAt
    reportedTo { username }
    reportNote
    cancelReason
    viewerMayManage
    overdueActionItemCount
    actionItems {
      id
      reference
      kind
      channel
      status
      overdue
      resolutionDueAt
      assignee { username }
      department { key }
    }
  }
`);
void MeetingFields;

const Schedule = graphql(`
  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }
  }
`);
const Minutes = graphql(`
  mutation MeetingsMinutes($input: RecordMeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }
  }
`);
const Report = graphql(`
  mutation MeetingsReport($input: ReportMeetingInput!) {
    reportMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }
  }
`);
const Cancel = graphql(`
  mutation MeetingsCancel($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }
  }
`);
const AddItem = graphql(`
  mutation MeetingsAddItem($input: AddMeetingActionItemInput!) {
    addMeetingActionItem(input: $input) {
      meeting { id actionItems { id } }
      task {
        id
        reference
        kind
        channel
        status
        awaitingAcknowledgement
        resolutionDueAt
        department { key }
        assignee { username }
        site { code }
        details { __typename ... on TaskDetails { mode meeting { id title } } }
      }
      userErrors { field code message }
    }
  }
`);
const OneMeeting = graphql(`
  query MeetingsOne($id: ID!) {
    meeting(id: $id) { ...MeetingFields }
    node(id: $id) { id }
  }
`);
const List = graphql(`
  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id title kind status }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const LastHeld = graphql(`
  query MeetingsLastHeld($departmentKey: String) {
    meetingsLastHeld(departmentKey: $departmentKey) { kind heldAt }
  }
`);
const CaseWithMeeting = graphql(`
  query MeetingsTask($id: ID!) {
    case(id: $id) {
      id
      status
      details { ... on TaskDetails { mode meeting { id } } }
    }
  }
`);
const Notes = graphql(`
  query MeetingsNotes {
    notifications(first: 10) { nodes { type title case { id } } }
  }
`);
const Steps = graphql(`
  mutation MeetingsTaskSteps($input: CaseStepInput!) {
    acknowledgeCase(input: $input) { case { status awaitingAcknowledgement } userErrors { code } }
    startCase(input: $input) { case { status } userErrors { code } }
  }
`);
const Resolve = graphql(`
  mutation MeetingsTaskResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { status result } userErrors { field code } }
  }
`);
const Close = graphql(`
  mutation MeetingsTaskClose($input: CloseCaseInput!) {
    closeCase(input: $input) { case { status } userErrors { field code } }
  }
`);

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

let steward: TestSteward;
let ids: Map<string, string>;
let cs: Client;
let cs2: Client;
let manager: Client;
let director: Client;
let leader: Client;
let leader2: Client;
let officer: Client;
let tech: Client;

beforeAll(async () => {
  steward = await startTestSteward();
  ids = await staffIds(steward);
  const login = (u: string) => steward.login(u);
  [cs, cs2, manager, director, leader, leader2, officer, tech] = await Promise.all([
    login('cs'),
    login('cs2'),
    login('manager'),
    login('director'),
    login('leader'),
    login('leader2'),
    login('officer'),
    login('tech'),
  ]);
});
afterAll(() => steward?.close());

const id = (username: string) => ids.get(username) as string;

async function schedule(client: Client, input: Record<string, unknown>) {
  const res = await client.gql(Schedule, {
    input: { kind: 'CS_WORK_MEETING', title: '十一月客服工作会议', scheduledAt: at(-2 * HOUR), ...input } as never,
  });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.body.data?.scheduleMeeting.userErrors).toEqual([]);
  const m = res.body.data?.scheduleMeeting.meeting;
  if (!m) throw new Error('not scheduled');
  return m;
}

async function held(client: Client, meetingId: string, attendees: string[]) {
  const res = await client.gql(Minutes, {
    input: {
      meetingId,
      heldAt: at(-HOUR),
      attendeeIds: attendees.map(id),
      review: '本月投诉处理及时率 96%，两起回访超时。',
      requirements: '回访须在结案后两个工作日内完成。',
      minutes: '一、通报本月服务情况；二、讨论回访超时原因；三、布置下月工作。',
    },
  });
  expect(res.body.data?.recordMeetingMinutes.userErrors).toEqual([]);
  return res.body.data?.recordMeetingMinutes.meeting;
}

describe('a customer service work meeting (CS-9)', () => {
  let meetingId: string;
  let taskId: string;

  it('is scheduled by customer service for its own department, chaired by them, attendees asked', async () => {
    const before = await auditCount(steward, { action: 'meeting.schedule' });
    const m = await schedule(cs, { agenda: '回访超时问题', attendeeIds: [id('cs2'), id('tech')] });
    meetingId = m.id;
    expect(m).toMatchObject({
      kind: 'CS_WORK_MEETING',
      status: 'PLANNED',
      agenda: '回访超时问题',
      department: { key: 'customer_service' },
      site: null,
      chair: { username: 'cs' },
      createdBy: { username: 'cs' },
      heldAt: null,
      viewerMayManage: true,
      actionItems: [],
    });
    expect(m.attendees.map((a) => [a.staff.username, a.attended]).sort()).toEqual([
      ['cs2', null],
      ['tech', null],
    ]);
    expect(await auditCount(steward, { action: 'meeting.schedule' })).toBe(before + 1);
  });

  it('refuses action items while it is only planned, and creates no task', async () => {
    const before = await auditCount(steward);
    const res = await cs.gql(AddItem, {
      input: { meetingId, title: '整理回访记录', assigneeId: id('cs2'), dueAt: at(3 * DAY) },
    });
    expect(res.body.data?.addMeetingActionItem).toMatchObject({
      task: null,
      userErrors: [{ field: ['input', 'meetingId'], code: 'INVALID_TRANSITION' }],
    });
    expect(await auditCount(steward)).toBe(before);
    const tasks = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*) as n from case_record where title = '整理回访记录'");
    expect(Number(tasks[0]?.n)).toBe(0);
  });

  it('has its minutes recorded: held, who came and who did not, review, requirements', async () => {
    const before = await auditCount(steward, { action: 'meeting.record_minutes' });
    const res = await cs.gql(Minutes, {
      input: {
        meetingId,
        heldAt: at(-HOUR),
        attendeeIds: [id('cs'), id('cs2')],
        absenteesNote: '郑海外出维修',
        review: '本月投诉处理及时率 96%，两起回访超时。',
        requirements: '回访须在结案后两个工作日内完成。',
        minutes: '一、通报本月服务情况；二、讨论回访超时原因；三、布置下月工作。',
      },
    });
    expect(res.body.data?.recordMeetingMinutes.userErrors).toEqual([]);
    const m = res.body.data?.recordMeetingMinutes.meeting;
    expect(m).toMatchObject({
      status: 'HELD',
      absenteesNote: '郑海外出维修',
      review: '本月投诉处理及时率 96%，两起回访超时。',
      requirements: '回访须在结案后两个工作日内完成。',
    });
    expect(m?.attendees.map((a) => [a.staff.username, a.attended]).sort()).toEqual([
      ['cs', true],
      ['cs2', true],
      ['tech', false],
    ]);
    expect(await auditCount(steward, { action: 'meeting.record_minutes' })).toBe(before + 1);
  });

  it('gives an action item: a TASK for a colleague, from the meeting, who is told', async () => {
    const before = await auditCount(steward);
    const dueAt = at(3 * DAY);
    const res = await cs.gql(AddItem, {
      input: {
        meetingId,
        title: '整理十月回访超时记录',
        description: '逐条核对十月回访超时的原因，形成书面说明。',
        assigneeId: id('cs2'),
        dueAt,
      },
    });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data?.addMeetingActionItem;
    expect(payload?.userErrors).toEqual([]);
    const task = payload?.task;
    if (!task) throw new Error('no task');
    taskId = task.id;
    expect(task).toMatchObject({
      kind: 'TASK',
      channel: 'MEETING',
      status: 'ASSIGNED',
      awaitingAcknowledgement: true,
      department: { key: 'customer_service' },
      assignee: { username: 'cs2' },
      details: { __typename: 'TaskDetails', mode: 'WRITTEN', meeting: { id: meetingId, title: '十一月客服工作会议' } },
    });
    expect(task.reference).toMatch(/^RW-\d{8}-\d{4}$/);
    expect(new Date(String(task.resolutionDueAt)).toISOString()).toBe(dueAt);
    expect(payload?.meeting?.actionItems.map((c) => c.id)).toEqual([task.id]);
    // One audit event for the whole change, naming the task's reference; none from the engine.
    expect(await auditCount(steward)).toBe(before + 1);
    expect(await auditCount(steward, { action: 'meeting.add_action_item' })).toBe(1);
    const [event] = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: unknown; department_key: string }[]>(
        "select changes, department_key from audit_event where action = 'meeting.add_action_item'",
      );
    // JSON text on SQLite, parsed jsonb on PostgreSQL.
    expect(JSON.stringify(event?.changes)).toContain(task.reference);
    expect(event?.department_key).toBe('customer_service');

    const notes = await cs2.gql(Notes);
    const note = notes.body.data?.notifications.nodes.find((n) => n.case?.id === task.id);
    expect(note?.type).toBe('CASE_ASSIGNED');
    expect(note?.title).toContain(task.reference);
  });

  it('lists the meeting’s action items with their progress, as the assignee works the task', async () => {
    const steps = await cs2.gql(Steps, { input: { caseId: taskId } });
    expect(steps.body.data?.acknowledgeCase.userErrors).toEqual([]);
    expect(steps.body.data?.startCase).toEqual({ case: { status: 'IN_PROGRESS' }, userErrors: [] });
    const seen = await cs2.gql(CaseWithMeeting, { id: taskId });
    expect(seen.body.data?.case?.details).toEqual({ mode: 'WRITTEN', meeting: { id: meetingId } });

    const mid = await cs.gql(OneMeeting, { id: meetingId });
    expect(mid.body.data?.meeting?.actionItems).toMatchObject([
      { id: taskId, status: 'IN_PROGRESS', overdue: false, assignee: { username: 'cs2' } },
    ]);
    expect(mid.body.data?.meeting?.overdueActionItemCount).toBe(0);

    const resolved = await cs2.gql(Resolve, { input: { caseId: taskId, result: '已形成书面说明，报李晓梅。' } });
    expect(resolved.body.data?.resolveCase.case?.status).toBe('RESOLVED');
    // Verified by whoever holds task.approve over it: the manager.
    const closed = await manager.gql(Close, { input: { caseId: taskId } });
    expect(closed.body.data?.closeCase).toEqual({ case: { status: 'CLOSED' }, userErrors: [] });
    const after = await cs.gql(OneMeeting, { id: meetingId });
    expect(after.body.data?.meeting?.actionItems.map((c) => c.status)).toEqual(['CLOSED']);
  });

  it('is seen by customer service across sites and the manager, and by attendees; not by the director', async () => {
    for (const client of [cs2, manager, tech]) {
      const res = await client.gql(OneMeeting, { id: meetingId });
      expect(res.body.data?.meeting?.id).toBe(meetingId);
      expect(res.body.data?.node?.id).toBe(meetingId);
    }
    // The manager only views (V): nothing to manage.
    expect((await manager.gql(OneMeeting, { id: meetingId })).body.data?.meeting?.viewerMayManage).toBe(false);
    // The technician was asked, so sees this one, but not other CS meetings, nor tasks not theirs.
    const techView = await tech.gql(OneMeeting, { id: meetingId });
    expect(techView.body.data?.meeting?.actionItems).toEqual([]);
    const techList = await tech.gql(List, { first: 100 });
    expect(techList.body.data?.meetings.nodes.map((n) => n.id)).toContain(meetingId);
    const asked = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(distinct meeting_id) as n from meeting_attendee where staff_id = ?', [
        Buffer.from(id('tech'), 'base64url').toString('utf8').split(':')[1],
      ]);
    expect(techList.body.data?.meetings.totalCount).toBe(Number(asked[0]?.n));

    for (const client of [director, leader, officer]) {
      const res = await client.gql(OneMeeting, { id: meetingId });
      expect(res.body).toEqual({ data: { meeting: null, node: null }, extensions: expect.anything() });
      const list = await client.gql(List, { filter: { kind: 'CS_WORK_MEETING' }, first: 100 });
      expect(list.body.data?.meetings).toMatchObject({ totalCount: 0, nodes: [] });
      // Nor the task's meeting through the task (the manager closes it; the director has no reach).
    }
    const viaTask = await manager.gql(CaseWithMeeting, { id: taskId });
    expect(viaTask.body.data?.case?.details).toEqual({ mode: 'WRITTEN', meeting: { id: meetingId } });
  });

  it('finds meetings by words in the minutes, kind, status and time, page by page', async () => {
    const found = await cs.gql(List, { filter: { search: '回访超时原因' }, first: 10 });
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data?.meetings.nodes.map((n) => n.id)).toContain(meetingId);
    const none = await cs.gql(List, { filter: { search: '不存在的词语' }, first: 10 });
    expect(none.body.data?.meetings.totalCount).toBe(0);
    const planned = await cs.gql(List, { filter: { status: 'PLANNED', kind: 'CS_WORK_MEETING' }, first: 100 });
    expect(planned.body.data?.meetings.nodes.map((n) => n.id)).not.toContain(meetingId);
    const window = await cs.gql(List, { filter: { from: at(-3 * HOUR), to: at(-HOUR) }, first: 100 });
    expect(window.body.data?.meetings.nodes.map((n) => n.id)).toContain(meetingId);
    const later = await cs.gql(List, { filter: { from: at(-HOUR) }, first: 100 });
    expect(later.body.data?.meetings.nodes.map((n) => n.id)).not.toContain(meetingId);

    await schedule(cs, { title: '十二月客服工作会议', scheduledAt: at(7 * DAY) });
    const all = await cs.gql(List, { first: 100 });
    const total = all.body.data?.meetings.totalCount ?? 0;
    expect(total).toBeGreaterThan(1);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<MeetingsListQuery> = await cs.gql(List, { first: 1, after });
      const page = res.body.data?.meetings;
      if (!page) throw new Error('no page');
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(all.body.data?.meetings.nodes.map((n) => n.id));
    expect(new Set(seen).size).toBe(total);

    const last = await cs.gql(LastHeld, {});
    const cs9 = last.body.data?.meetingsLastHeld.find((l) => l.kind === 'CS_WORK_MEETING');
    expect(cs9).toBeDefined();
    expect(new Date(String(cs9?.heldAt)).getTime()).toBeGreaterThan(Date.now() - 2 * HOUR);
    // Search terms are bounded like everywhere else.
    const long = await cs.gql(List, { filter: { search: 'x'.repeat(500) }, first: 1 });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('may have its minutes amended while held, but cannot then be cancelled or reported', async () => {
    const amended = await cs.gql(Minutes, {
      input: { meetingId, heldAt: at(-HOUR), attendeeIds: [id('cs'), id('cs2'), id('tech')], minutes: '纪要（更正）' },
    });
    expect(amended.body.data?.recordMeetingMinutes.meeting?.attendees.every((a) => a.attended)).toBe(true);
    expect(await auditCount(steward, { action: 'meeting.amend_minutes' })).toBe(1);
    const cancelled = await cs.gql(Cancel, { input: { meetingId, reason: '改期' } });
    expect(cancelled.body.data?.cancelMeeting.userErrors).toMatchObject([
      { field: ['input', 'meetingId'], code: 'INVALID_TRANSITION' },
    ]);
    const reported = await cs.gql(Report, { input: { meetingId } });
    expect(reported.body.data?.reportMeeting.userErrors).toMatchObject([
      { field: ['input', 'meetingId'], code: 'INVALID' },
    ]);
  });
});

describe('a shift meeting (SL-13)', () => {
  it('is held by the shift leader at their site and reported to their superior, who is told', async () => {
    const m = await schedule(leader, {
      kind: 'SHIFT_MEETING',
      title: '早班班务会',
      attendeeIds: [id('officer'), id('officer2')],
    });
    expect(m).toMatchObject({
      department: { key: 'order_maintenance' },
      site: { code: 'CUIHU' },
      chair: { username: 'leader' },
    });
    const early = await leader.gql(Report, { input: { meetingId: m.id } });
    expect(early.body.data?.reportMeeting.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    await held(leader, m.id, ['leader', 'officer']);
    const before = await auditCount(steward);
    const res = await leader.gql(Report, { input: { meetingId: m.id, note: '岗位纪律良好，无异常。' } });
    expect(res.body.data?.reportMeeting.userErrors).toEqual([]);
    expect(res.body.data?.reportMeeting.meeting).toMatchObject({
      status: 'REPORTED',
      reportedTo: { username: 'director' },
      reportNote: '岗位纪律良好，无异常。',
    });
    expect(res.body.data?.reportMeeting.meeting?.reportedAt).toBeTruthy();
    expect(await auditCount(steward)).toBe(before + 1);
    const notes = await director.gql(Notes);
    const note = notes.body.data?.notifications.nodes.find((n) => n.type === 'MEETING_REPORTED');
    expect(note?.title).toContain('早班班务会');

    // Reported once: not again.
    const again = await leader.gql(Report, { input: { meetingId: m.id } });
    expect(again.body.data?.reportMeeting.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    // Seen by the director (order maintenance) and an officer who attended; not by customer
    // service nor the leader of another site.
    expect((await director.gql(OneMeeting, { id: m.id })).body.data?.meeting?.status).toBe('REPORTED');
    expect((await officer.gql(OneMeeting, { id: m.id })).body.data?.meeting?.id).toBe(m.id);
    for (const client of [cs, leader2]) {
      expect((await client.gql(OneMeeting, { id: m.id })).body.data?.meeting).toBeNull();
      const res2 = await client.gql(Minutes, {
        input: { meetingId: m.id, heldAt: at(-HOUR), attendeeIds: [id('leader')], minutes: '越权' },
      });
      expect(res2.body.data?.recordMeetingMinutes.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    }
  });

  it('cannot be scheduled by the leader for another site or as a CS meeting', async () => {
    const other = await leader.gql(Schedule, {
      input: { kind: 'SHIFT_MEETING', title: '越权', scheduledAt: at(DAY), siteCode: 'JINQIAO' },
    });
    expect(other.body.data?.scheduleMeeting.userErrors).toMatchObject([
      { field: ['input', 'siteCode'], code: 'NOT_PERMITTED' },
    ]);
    const wrongKind = await leader.gql(Schedule, {
      input: { kind: 'CS_WORK_MEETING', title: '越权', scheduledAt: at(DAY) },
    });
    expect(wrongKind.body.data?.scheduleMeeting.userErrors).toMatchObject([
      { field: ['input', 'kind'], code: 'INVALID' },
    ]);
  });
});

describe('who may act', () => {
  it('officers, the director and the manager cannot schedule or minute (FORBIDDEN), and leave no trace', async () => {
    for (const client of [officer, director, manager, tech]) {
      const before = await auditCount(steward);
      const res = await client.gql(Schedule, {
        input: { kind: 'SHIFT_MEETING', title: '班务会', scheduledAt: at(DAY) },
      });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.body.data ?? null).toBeNull();
      expect(await auditCount(steward)).toBe(before);
    }
  });

  it('a shift leader’s site reach stops at their department: CS meetings at their site stay hidden', async () => {
    const m = await schedule(cs, { title: '翠湖花园前台协调会', siteCode: 'CUIHU', scheduledAt: at(DAY) });
    expect(m.site?.code).toBe('CUIHU');
    expect((await leader.gql(OneMeeting, { id: m.id })).body.data).toEqual({ meeting: null, node: null });
    const listed = await leader.gql(List, { filter: { search: '翠湖花园前台协调会' }, first: 10 });
    expect(listed.body.data?.meetings.totalCount).toBe(0);
  });

  it('customer service cannot schedule for another department', async () => {
    const res = await cs.gql(Schedule, {
      input: { kind: 'SHIFT_MEETING', title: '越权', scheduledAt: at(DAY), departmentKey: 'order_maintenance' },
    });
    expect(res.body.data?.scheduleMeeting.userErrors).toMatchObject([
      { field: ['input', 'departmentKey'], code: 'NOT_PERMITTED' },
    ]);
  });

  it('an attendee who may not manage it sees it but cannot add action items (FORBIDDEN)', async () => {
    const m = await schedule(leader, { kind: 'SHIFT_MEETING', title: '夜班班务会', attendeeIds: [id('officer')] });
    await held(leader, m.id, ['leader', 'officer']);
    const res = await officer.gql(AddItem, {
      input: { meetingId: m.id, title: '补巡', assigneeId: id('officer'), dueAt: at(DAY) },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The leader gives it, without holding task.create: under the meeting's authority.
    const given = await leader.gql(AddItem, {
      input: { meetingId: m.id, title: '补巡 3 号岗', assigneeId: id('officer'), dueAt: at(DAY) },
    });
    expect(given.body.data?.addMeetingActionItem.userErrors).toEqual([]);
    expect(given.body.data?.addMeetingActionItem.task).toMatchObject({
      department: { key: 'order_maintenance' },
      site: { code: 'CUIHU' },
      assignee: { username: 'officer' },
    });
  });

  it('a planned meeting is cancelled with its reason, once', async () => {
    const m = await schedule(cs, { title: '临时会议', scheduledAt: at(DAY) });
    const empty = await cs.gql(Cancel, { input: { meetingId: m.id, reason: '  ' } });
    expect(empty.body.data?.cancelMeeting.userErrors).toMatchObject([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const res = await cs.gql(Cancel, { input: { meetingId: m.id, reason: '经理临时外出，改期' } });
    expect(res.body.data?.cancelMeeting.meeting).toMatchObject({
      status: 'CANCELLED',
      cancelReason: '经理临时外出，改期',
    });
    const again = await cs.gql(Cancel, { input: { meetingId: m.id, reason: '再次' } });
    expect(again.body.data?.cancelMeeting.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    // Still there: nothing is deleted.
    expect((await cs.gql(OneMeeting, { id: m.id })).body.data?.meeting?.status).toBe('CANCELLED');
  });
});

describe('bad input is a userError naming the field, and changes nothing', () => {
  const fieldsOf = (errors: readonly { field?: readonly string[] | null; code: string }[] | undefined) =>
    (errors ?? []).map((e) => [e.field?.at(-1), e.code]);

  it('scheduling', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'title', 'REQUIRED'],
      [{ title: '会'.repeat(101) }, 'title', 'TOO_LONG'],
      [{ agenda: '议'.repeat(1001) }, 'agenda', 'TOO_LONG'],
      [{ scheduledAt: at(400 * DAY) }, 'scheduledAt', 'OUT_OF_RANGE'],
      [{ departmentKey: 'nowhere' }, 'departmentKey', 'NOT_FOUND'],
      [{ siteCode: 'NOWHERE' }, 'siteCode', 'NOT_FOUND'],
      [{ chairId: 'x' }, 'chairId', 'NOT_FOUND'],
      [{ attendeeIds: [id('cs2'), 'bogus'] }, 'attendeeIds', 'NOT_FOUND'],
      [{ attendeeIds: Array.from({ length: 101 }, () => id('cs2')) }, 'attendeeIds', 'OUT_OF_RANGE'],
    ];
    for (const [patch, field, code] of cases) {
      const before = await auditCount(steward);
      const res = await cs.gql(Schedule, {
        input: { kind: 'CS_WORK_MEETING', title: '例会', scheduledAt: at(DAY), ...patch } as never,
      });
      expect(res.body.errors, field).toBeUndefined();
      expect(fieldsOf(res.body.data?.scheduleMeeting.userErrors), field).toEqual([[field, code]]);
      expect(await auditCount(steward)).toBe(before);
    }
  });

  it('minutes', async () => {
    const m = await schedule(cs, { title: '待记录的例会' });
    const good = { meetingId: m.id, heldAt: at(-HOUR), attendeeIds: [id('cs')], minutes: '纪要' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ heldAt: at(HOUR) }, 'heldAt', 'OUT_OF_RANGE'],
      [{ heldAt: at(-400 * DAY) }, 'heldAt', 'OUT_OF_RANGE'],
      [{ attendeeIds: [] }, 'attendeeIds', 'REQUIRED'],
      [{ attendeeIds: ['bogus'] }, 'attendeeIds', 'NOT_FOUND'],
      [{ minutes: ' ' }, 'minutes', 'REQUIRED'],
      [{ minutes: '纪'.repeat(5001) }, 'minutes', 'TOO_LONG'],
      [{ review: '评'.repeat(2001) }, 'review', 'TOO_LONG'],
      [{ requirements: '要'.repeat(2001) }, 'requirements', 'TOO_LONG'],
      [{ absenteesNote: '缺'.repeat(501) }, 'absenteesNote', 'TOO_LONG'],
      [{ chairId: id('cs').slice(0, 5) }, 'chairId', 'NOT_FOUND'],
      [{ version: 99 }, 'version', 'CONFLICT'],
      [{ meetingId: 'x' }, 'meetingId', 'NOT_FOUND'],
    ];
    for (const [patch, field, code] of cases) {
      const before = await auditCount(steward);
      const res = await cs.gql(Minutes, { input: { ...good, ...patch } as never });
      expect(res.body.errors, field).toBeUndefined();
      expect(fieldsOf(res.body.data?.recordMeetingMinutes.userErrors), field).toEqual([[field, code]]);
      expect(await auditCount(steward)).toBe(before);
    }
    expect((await cs.gql(OneMeeting, { id: m.id })).body.data?.meeting?.status).toBe('PLANNED');
  });

  it('action items', async () => {
    const m = await schedule(cs, { title: '布置任务的例会' });
    await held(cs, m.id, ['cs', 'cs2']);
    const good = { meetingId: m.id, title: '更新服务指南', assigneeId: id('cs2'), dueAt: at(2 * DAY) };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'title', 'REQUIRED'],
      [{ title: '任'.repeat(101) }, 'title', 'TOO_LONG'],
      [{ description: '述'.repeat(2001) }, 'description', 'TOO_LONG'],
      [{ assigneeId: 'bogus' }, 'assigneeId', 'NOT_FOUND'],
      [{ dueAt: at(-HOUR) }, 'dueAt', 'OUT_OF_RANGE'],
      [{ dueAt: at(400 * DAY) }, 'dueAt', 'OUT_OF_RANGE'],
      [{ meetingId: 'x' }, 'meetingId', 'NOT_FOUND'],
    ];
    const cases0 = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(*) as n from case_record');
    for (const [patch, field, code] of cases) {
      const before = await auditCount(steward);
      const res = await cs.gql(AddItem, { input: { ...good, ...patch } as never });
      expect(res.body.errors, field).toBeUndefined();
      expect(fieldsOf(res.body.data?.addMeetingActionItem.userErrors), field).toEqual([[field, code]]);
      expect(await auditCount(steward)).toBe(before);
    }
    const cases1 = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(*) as n from case_record');
    expect(cases1[0]?.n).toBe(cases0[0]?.n);
  });
});
