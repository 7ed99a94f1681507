import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Site } from '../../apps/api/src/features/sites/site.entity.js';
import type { Context } from '../../apps/api/src/graphql/context.js';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

/**
 * The pre-shift meeting (SL-13, SL-9: roll call, grooming, posts, topics), attendance (R36, SL-8)
 * and discipline records (R41, R42), on a roster far from the demo's, with a clock moved by hand.
 */
const MemberFields = graphql(`
  fragment AttMember on ShiftMember {
    id
    role
    post
    rollCall
    onLeave
    checkInAt
    checkOutAt
    attendanceStatus
    minutesLate
    minutesEarly
    staff { username }
  }
`);
void MemberFields;
const RecordFields = graphql(`
  fragment AttRecord on DisciplineRecord {
    id
    kind
    origin
    status
    post
    observation
    observedAt
    correction
    voidReason
    escalationNote
    staff { username }
    recordedBy { username }
    correctedBy { username }
    reportedTo { username }
    viewerMayHandle
  }
`);
void RecordFields;

const Generate = graphql(`
  mutation AttGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id date } userErrors { field code message } }
  }
`);
const Patterns = graphql(`query AttPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }`);
const Teams = graphql(`query AttTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }`);
const Briefing = graphql(`
  mutation AttStartBriefing($input: ShiftStepInput!) {
    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }
  }
`);
const OnDuty = graphql(`
  mutation AttOnDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }
  }
`);
const ShiftView = graphql(`
  query AttShift($id: ID!) {
    shift(id: $id) {
      id
      status
      members { ...AttMember }
      viewerMember { ...AttMember }
      briefing { topics notes heldBy { username } }
      groomingChecks { id passed uniform badge rechecks staff { username } checkedBy { username } discipline { id status } }
      disciplineRecords { ...AttRecord }
    }
  }
`);
const RollCall = graphql(`
  mutation AttRollCall($input: RecordRollCallInput!) {
    recordRollCall(input: $input) {
      shift { id members { ...AttMember } }
      raised { ...AttRecord }
      userErrors { field code message }
    }
  }
`);
const Grooming = graphql(`
  mutation AttGrooming($input: RecordGroomingCheckInput!) {
    recordGroomingCheck(input: $input) {
      groomingCheck { id passed badge rechecks note checkedBy { username } }
      discipline { ...AttRecord }
      userErrors { field code }
    }
  }
`);
const Posts = graphql(`
  mutation AttPosts($input: AssignShiftPostsInput!) {
    assignShiftPosts(input: $input) { shift { id members { ...AttMember } } userErrors { field code } }
  }
`);
const Topics = graphql(`
  mutation AttTopics($input: RecordShiftBriefingInput!) {
    recordShiftBriefing(input: $input) { briefing { id topics notes heldBy { username } } userErrors { field code } }
  }
`);
const CheckIn = graphql(`
  mutation AttCheckIn($input: AttendanceInput!) {
    checkIn(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }
  }
`);
const CheckOut = graphql(`
  mutation AttCheckOut($input: AttendanceInput!) {
    checkOut(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }
  }
`);
const Attendance = graphql(`
  query AttRange($range: AttendanceRangeInput!) {
    attendance(range: $range) { ...AttMember shift { date pattern { code } } }
  }
`);
const Records = graphql(`
  query AttRecords($filter: DisciplineFilter, $first: Int) {
    disciplineRecords(filter: $filter, first: $first) { totalCount nodes { ...AttRecord } }
  }
`);
const RecordByHand = graphql(`
  mutation AttRecordDiscipline($input: RecordDisciplineInput!) {
    recordDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }
  }
`);
const Correct = graphql(`
  mutation AttCorrect($input: CorrectDisciplineInput!) {
    correctDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }
  }
`);
const Escalate = graphql(`
  mutation AttEscalate($input: EscalateDisciplineInput!) {
    escalateDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }
  }
`);
const Void = graphql(`
  mutation AttVoid($input: VoidDisciplineInput!) {
    voidDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }
  }
`);
const Node = graphql(`query AttNode($id: ID!) { node(id: $id) { id } }`);
const Unread = graphql(`query AttUnread { unreadNotificationCount }`);

const MIN = 60_000;
/** A moment given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (local: string) => new Date(`${local}:00+08:00`);

let steward: TestSteward;
let clock: TestClock;
let director: Client;
let leader: Client;
let leader2: Client;
let leader3: Client;
let officer: Client;
let officer2: Client;
let ids: Map<string, string>;
/** team 一班's shifts by date: 2nd and 3rd day, 4th and 5th night. */
const shifts = new Map<string, string>();

type ShiftData = NonNullable<Awaited<ReturnType<typeof view>>>;
async function view(client: Client, date: string) {
  const res = await client.gql(ShiftView, { id: shifts.get(date) as string });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data?.shift;
}
const memberOf = (shift: ShiftData, username: string) => {
  const m = shift.members.find((x) => x.staff.username === username);
  if (!m) throw new Error(`${username} is not on the shift`);
  return m;
};

beforeAll(async () => {
  // 06:00 in Shanghai on Monday 2 March 2026, far from the demo roster around today.
  clock = new TestClock(shanghai('2026-03-02T06:00'));
  steward = await startTestSteward({}, {}, { clock: clock.now });
  const login = (u: string) => steward.login(u);
  [director, leader, leader2, leader3, officer, officer2] = await Promise.all([
    login('director'),
    login('leader'),
    login('leader2'),
    login('leader3'),
    login('officer'),
    login('officer2'),
  ]);
  ids = await staffIds(steward);
  const patterns = (await director.gql(Patterns, { siteCode: 'CUIHU' })).body.data?.shiftPatterns ?? [];
  const day = patterns.find((p) => p.code === 'DAY')?.id as string;
  const night = patterns.find((p) => p.code === 'NIGHT')?.id as string;
  const teams = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams ?? [];
  const res = await director.gql(Generate, {
    input: {
      teamId: teams.find((t) => t.name === '一班')?.id as string,
      from: '2026-03-02',
      to: '2026-03-05',
      rotation: [day, day, night, night],
    },
  });
  expect(res.body.data?.generateRoster.userErrors).toEqual([]);
  for (const s of res.body.data?.generateRoster.shifts ?? []) shifts.set(s.date, s.id);
  expect(shifts.size).toBe(4);
});
afterAll(() => steward?.close());

describe('the pre-shift meeting (班前会)', () => {
  it('waits for the meeting to begin, and is only for whoever runs the shift', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const input = { shiftId: s.id, entries: [{ memberId: memberOf(s, 'officer').id, rollCall: 'PRESENT' as const }] };
    expect((await leader.gql(RollCall, { input })).body.data?.recordRollCall.userErrors).toMatchObject([
      { field: ['input', 'shiftId'], code: 'INVALID_TRANSITION' },
    ]);
    expect((await leader.gql(Briefing, { input: { shiftId: s.id } })).body.data?.startShiftBriefing.shift?.status).toBe(
      'BRIEFING',
    );
    // An officer may not call the roll; another team's leader may not run this team's shift;
    // a leader at another site does not see it at all.
    expect((await officer.gql(RollCall, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leader3.gql(RollCall, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leader2.gql(RollCall, { input })).body.data?.recordRollCall.userErrors).toEqual([
      { field: ['input', 'shiftId'], code: 'NOT_FOUND', message: 'No such shift' },
    ]);
  });

  it('refuses bad roll calls entry by entry, writing nothing', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const before = await auditCount(steward);
    const officerId = memberOf(s, 'officer').id;
    const res = await leader.gql(RollCall, {
      input: {
        shiftId: s.id,
        entries: [
          { memberId: officerId, rollCall: 'ABSENT' },
          { memberId: memberOf(s, 'leader').id, rollCall: 'PRESENT' },
          { memberId: officerId, rollCall: 'PRESENT' },
          { memberId: 'nobody', rollCall: 'PRESENT' },
        ],
      },
    });
    expect(res.body.data?.recordRollCall.userErrors.map((e) => [e.field?.join('.'), e.code])).toEqual([
      ['input.entries.1.memberId', 'INVALID'],
      ['input.entries.2.memberId', 'CONFLICT'],
      ['input.entries.3.memberId', 'NOT_FOUND'],
    ]);
    const empty = await leader.gql(RollCall, { input: { shiftId: s.id, entries: [] } });
    expect(empty.body.data?.recordRollCall.userErrors).toMatchObject([
      { field: ['input', 'entries'], code: 'OUT_OF_RANGE' },
    ]);
    expect(await auditCount(steward)).toBe(before);
    expect(memberOf((await view(leader, '2026-03-02')) as ShiftData, 'officer').rollCall).toBeNull();
  });

  it('calls the roll: an absent officer gets a no-show record, the leader its recorder, reported to the director', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const unread = (await director.gql(Unread)).body.data?.unreadNotificationCount ?? 0;
    const before = await auditCount(steward, { action: 'shift.roll_call' });
    const res = await leader.gql(RollCall, {
      input: {
        shiftId: s.id,
        entries: [
          { memberId: memberOf(s, 'officer').id, rollCall: 'PRESENT' },
          { memberId: memberOf(s, 'officer2').id, rollCall: 'ABSENT' },
        ],
      },
    });
    const r = res.body.data?.recordRollCall;
    expect(r?.userErrors).toEqual([]);
    expect(r?.raised).toMatchObject([
      {
        kind: 'NO_SHOW',
        origin: 'ROLL_CALL',
        status: 'OPEN',
        staff: { username: 'officer2' },
        recordedBy: { username: 'leader' },
        reportedTo: { username: 'director' },
        viewerMayHandle: true,
      },
    ]);
    expect(r?.shift?.members.map((m) => [m.staff.username, m.rollCall]).sort()).toEqual([
      ['leader', null],
      ['officer', 'PRESENT'],
      ['officer2', 'ABSENT'],
    ]);
    expect(await auditCount(steward, { action: 'shift.roll_call' })).toBe(before + 1);
    expect((await director.gql(Unread)).body.data?.unreadNotificationCount).toBe(unread + 1);
    // Calling the same again changes nothing and raises nothing more.
    const again = await leader.gql(RollCall, {
      input: { shiftId: s.id, entries: [{ memberId: memberOf(s, 'officer2').id, rollCall: 'ABSENT' }] },
    });
    expect(again.body.data?.recordRollCall.raised).toEqual([]);
  });

  it('checks grooming of those present: a failure is a discipline record, a passing re-check corrects it', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const all = { uniform: true, badge: true, appearance: true, equipment: true };
    const absent = await leader.gql(Grooming, { input: { memberId: memberOf(s, 'officer2').id, ...all } });
    expect(absent.body.data?.recordGroomingCheck.userErrors).toEqual([
      { field: ['input', 'memberId'], code: 'INVALID' },
    ]);
    const leaderSelf = await leader.gql(Grooming, { input: { memberId: memberOf(s, 'leader').id, ...all } });
    expect(leaderSelf.body.data?.recordGroomingCheck.userErrors).toEqual([
      { field: ['input', 'memberId'], code: 'INVALID' },
    ]);
    const tooLong = await leader.gql(Grooming, {
      input: { memberId: memberOf(s, 'officer').id, ...all, note: 'x'.repeat(501) },
    });
    expect(tooLong.body.data?.recordGroomingCheck.userErrors).toEqual([{ field: ['input', 'note'], code: 'TOO_LONG' }]);
    expect(
      (await officer.gql(Grooming, { input: { memberId: memberOf(s, 'officer').id, ...all } })).body.errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const failed = await leader.gql(Grooming, {
      input: { memberId: memberOf(s, 'officer').id, ...all, badge: false, note: '工牌忘带' },
    });
    const f = failed.body.data?.recordGroomingCheck;
    expect(f?.userErrors).toEqual([]);
    expect(f?.groomingCheck).toMatchObject({
      passed: false,
      badge: false,
      rechecks: 0,
      checkedBy: { username: 'leader' },
    });
    expect(f?.discipline).toMatchObject({
      kind: 'GROOMING',
      origin: 'GROOMING_CHECK',
      status: 'OPEN',
      staff: { username: 'officer' },
      recordedBy: { username: 'leader' },
      reportedTo: { username: 'director' },
    });
    expect(f?.discipline?.observation).toBe('仪容仪表检查未通过：工牌（工牌忘带）');

    clock.advance(10 * MIN);
    const rechecked = await leader.gql(Grooming, {
      input: { memberId: memberOf(s, 'officer').id, ...all, note: '已补戴工牌' },
    });
    const g = rechecked.body.data?.recordGroomingCheck;
    expect(g?.groomingCheck).toMatchObject({ passed: true, rechecks: 1 });
    expect(g?.discipline).toMatchObject({
      id: f?.discipline?.id,
      status: 'CORRECTED',
      correctedBy: { username: 'leader' },
    });
    expect(g?.discipline?.correction).toBe('06:10 复查合格（已补戴工牌）');
  });

  it('assigns posts to those present, and records the topics', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const refused = await leader.gql(Posts, {
      input: { shiftId: s.id, assignments: [{ memberId: memberOf(s, 'officer2').id, post: 'GATE' }] },
    });
    expect(refused.body.data?.assignShiftPosts.userErrors).toEqual([
      { field: ['input', 'assignments', '0', 'memberId'], code: 'INVALID' },
    ]);
    const res = await leader.gql(Posts, {
      input: {
        shiftId: s.id,
        assignments: [
          { memberId: memberOf(s, 'officer').id, post: 'GATE' },
          { memberId: memberOf(s, 'leader').id, post: 'CONTROL_ROOM' },
        ],
      },
    });
    expect(res.body.data?.assignShiftPosts.userErrors).toEqual([]);
    expect(res.body.data?.assignShiftPosts.shift?.members.map((m) => [m.staff.username, m.post]).sort()).toEqual([
      ['leader', 'CONTROL_ROOM'],
      ['officer', 'GATE'],
      ['officer2', null],
    ]);

    const bad = await leader.gql(Topics, {
      input: { shiftId: s.id, topics: ['ok', 'y'.repeat(201), ...Array(20).fill('z')], notes: 'n'.repeat(2001) },
    });
    expect(bad.body.data?.recordShiftBriefing.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['topics', 'OUT_OF_RANGE'],
      ['topics', 'TOO_LONG'],
      ['notes', 'TOO_LONG'],
    ]);
    const none = await leader.gql(Topics, { input: { shiftId: s.id, topics: ['  '] } });
    expect(none.body.data?.recordShiftBriefing.userErrors).toEqual([{ field: ['input', 'topics'], code: 'REQUIRED' }]);
    const topics = await leader.gql(Topics, {
      input: { shiftId: s.id, topics: ['昨夜车场有可疑人员，加强巡查', ' 消防通道保持畅通 '], notes: '全员到岗后开始' },
    });
    expect(topics.body.data?.recordShiftBriefing).toMatchObject({
      briefing: {
        topics: ['昨夜车场有可疑人员，加强巡查', '消防通道保持畅通'],
        notes: '全员到岗后开始',
        heldBy: { username: 'leader' },
      },
      userErrors: [],
    });
    // Edited as the meeting goes on: the same briefing, replaced.
    const edited = await director.gql(Topics, { input: { shiftId: s.id, topics: ['消防通道保持畅通'] } });
    expect(edited.body.data?.recordShiftBriefing.briefing).toMatchObject({
      id: topics.body.data?.recordShiftBriefing.briefing?.id,
      topics: ['消防通道保持畅通'],
      notes: null,
      heldBy: { username: 'leader' },
    });
  });

  it('shows the officer their own check and records only; the director all of them', async () => {
    const mine = (await view(officer, '2026-03-02')) as ShiftData;
    expect(mine.groomingChecks.map((g) => g.staff.username)).toEqual(['officer']);
    expect(mine.disciplineRecords.map((r) => [r.staff.username, r.kind, r.viewerMayHandle])).toEqual([
      ['officer', 'GROOMING', false],
    ]);
    expect(mine.briefing?.topics).toEqual(['消防通道保持畅通']);
    const all = (await view(director, '2026-03-02')) as ShiftData;
    expect(all.disciplineRecords.map((r) => [r.staff.username, r.kind]).sort()).toEqual([
      ['officer', 'GROOMING'],
      ['officer2', 'NO_SHOW'],
    ]);
    // Someone else's record by its id: as if it did not exist.
    const noShow = all.disciplineRecords.find((r) => r.kind === 'NO_SHOW')?.id as string;
    expect((await officer.gql(Node, { id: noShow })).body.data?.node).toBeNull();
    expect((await officer2.gql(Node, { id: noShow })).body.data?.node?.id).toBe(noShow);
  });
});

describe('attendance (考勤)', () => {
  it('checks the officer in on their phone, on time, though the UTC date is still the day before', async () => {
    clock.advance(shanghai('2026-03-02T07:58').getTime() - clock.now().getTime());
    expect(clock.now().toISOString()).toBe('2026-03-01T23:58:00.000Z');
    const res = await officer.gql(CheckIn, { input: {} });
    const m = res.body.data?.checkIn;
    expect(m?.userErrors).toEqual([]);
    expect(m?.member).toMatchObject({
      staff: { username: 'officer' },
      shift: { date: '2026-03-02' },
      checkInAt: '2026-03-01T23:58:00.000Z',
      attendanceStatus: 'ON_TIME',
      minutesLate: null,
    });
    const twice = await officer.gql(CheckIn, { input: {} });
    expect(twice.body.data?.checkIn.userErrors).toMatchObject([{ field: ['input', 'memberId'], code: 'ALREADY_DONE' }]);
    await leader.gql(CheckIn, { input: {} });
    expect(
      (await leader.gql(OnDuty, { input: { shiftId: shifts.get('2026-03-02') as string } })).body.data?.startShiftDuty
        .shift?.status,
    ).toBe('ON_DUTY');
  });

  it('records only one’s own attendance: not a teammate’s, not another team’s', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const before = await auditCount(steward);
    const forTeammate = await officer.gql(CheckIn, { input: { memberId: memberOf(s, 'officer2').id } });
    expect(forTeammate.body.data?.checkIn.userErrors).toMatchObject([
      { field: ['input', 'memberId'], code: 'NOT_PERMITTED' },
    ]);
    const otherLeader = await leader3.gql(CheckIn, { input: { memberId: memberOf(s, 'officer2').id } });
    expect(otherLeader.body.data?.checkIn.userErrors).toMatchObject([
      { field: ['input', 'memberId'], code: 'NOT_PERMITTED' },
    ]);
    const otherSite = await leader2.gql(CheckIn, { input: { memberId: memberOf(s, 'officer2').id } });
    expect(otherSite.body.data?.checkIn.userErrors).toMatchObject([
      { field: ['input', 'memberId'], code: 'NOT_FOUND' },
    ]);
    // Nor backdate their own.
    const backdated = await officer2.gql(CheckIn, {
      input: { memberId: memberOf(s, 'officer2').id, at: shanghai('2026-03-02T07:50').toISOString() },
    });
    expect(backdated.body.data?.checkIn.userErrors).toMatchObject([{ field: ['input', 'at'], code: 'NOT_PERMITTED' }]);
    const future = await leader.gql(CheckIn, {
      input: { memberId: memberOf(s, 'officer2').id, at: shanghai('2026-03-02T09:00').toISOString() },
    });
    expect(future.body.data?.checkIn.userErrors).toMatchObject([{ field: ['input', 'at'], code: 'OUT_OF_RANGE' }]);
    expect(await auditCount(steward)).toBe(before);
  });

  it('lets the leader check in a late arrival: late, a late record, and the roll call’s no-show voided', async () => {
    clock.advance(shanghai('2026-03-02T08:20').getTime() - clock.now().getTime());
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    expect(memberOf(s, 'officer2').attendanceStatus).toBe('ABSENT');
    const res = await leader.gql(CheckIn, { input: { memberId: memberOf(s, 'officer2').id } });
    expect(res.body.data?.checkIn.member).toMatchObject({
      attendanceStatus: 'LATE',
      minutesLate: 20,
      rollCall: 'PRESENT',
    });
    const after = (await view(director, '2026-03-02')) as ShiftData;
    const of2 = after.disciplineRecords.filter((r) => r.staff.username === 'officer2');
    expect(of2.map((r) => [r.kind, r.status])).toEqual([
      ['NO_SHOW', 'VOIDED'],
      ['LATE', 'OPEN'],
    ]);
    expect(of2[0]?.voidReason).toBe('已于 08:20 签到到岗');
    expect(of2[1]).toMatchObject({
      origin: 'ATTENDANCE',
      recordedBy: { username: 'leader' },
      observation: '迟到 20 分钟：应 08:00 到岗，08:20 签到',
    });
  });

  it('checks out: early is left early (and a record), on time is not; never twice, never before checking in', async () => {
    clock.advance(shanghai('2026-03-02T19:30').getTime() - clock.now().getTime());
    const out = await officer.gql(CheckOut, { input: {} });
    expect(out.body.data?.checkOut.member).toMatchObject({ attendanceStatus: 'LEFT_EARLY', minutesEarly: 30 });
    expect((await officer.gql(CheckOut, { input: {} })).body.data?.checkOut.userErrors).toMatchObject([
      { field: ['input', 'memberId'], code: 'ALREADY_DONE' },
    ]);
    clock.advance(33 * MIN);
    const late = await officer2.gql(CheckOut, { input: {} });
    expect(late.body.data?.checkOut.member).toMatchObject({ attendanceStatus: 'LATE', minutesEarly: null });
    const records = (await view(director, '2026-03-02')) as ShiftData;
    expect(records.disciplineRecords.filter((r) => r.kind === 'LEFT_EARLY').map((r) => r.staff.username)).toEqual([
      'officer',
    ]);
    // Tomorrow's shift: not checked in, so not checked out; and not yet open for a check-in.
    const tomorrow = (await view(leader, '2026-03-03')) as ShiftData;
    expect(
      (await leader.gql(CheckOut, { input: { memberId: memberOf(tomorrow, 'officer').id } })).body.data?.checkOut
        .userErrors,
    ).toMatchObject([{ field: ['input', 'memberId'], code: 'INVALID' }]);
    expect(
      (await officer.gql(CheckIn, { input: { memberId: memberOf(tomorrow, 'officer').id } })).body.data?.checkIn
        .userErrors,
    ).toMatchObject([{ field: ['input', 'memberId'], code: 'OUT_OF_RANGE' }]);
    // Between shifts, "check me in" finds none.
    expect((await officer.gql(CheckIn, { input: {} })).body.data?.checkIn.userErrors).toMatchObject([
      { field: ['input', 'memberId'], code: 'NOT_FOUND' },
    ]);
  });

  it('respects leave: no check-in, status on leave', async () => {
    const tomorrow = (await view(leader, '2026-03-03')) as ShiftData;
    await steward.orm.em
      .fork()
      .getConnection()
      .execute(
        "update shift_member set on_leave = true, leave_note = '年假' where id = (select m.id from shift_member m join staff s on s.id = m.staff_id where m.shift_id = ? and s.username = 'officer2')",
        [Buffer.from(tomorrow.id, 'base64url').toString('utf8').split(':')[1]],
      );
    clock.advance(shanghai('2026-03-03T07:50').getTime() - clock.now().getTime());
    const res = await officer2.gql(CheckIn, { input: {} });
    expect(res.body.data?.checkIn.userErrors).toMatchObject([{ field: ['input', 'memberId'], code: 'INVALID' }]);
    expect(memberOf((await view(leader, '2026-03-03')) as ShiftData, 'officer2').attendanceStatus).toBe('ON_LEAVE');
  });

  it('follows a night shift across midnight', async () => {
    clock.advance(shanghai('2026-03-04T19:55').getTime() - clock.now().getTime());
    const inn = await officer.gql(CheckIn, { input: {} });
    expect(inn.body.data?.checkIn.member).toMatchObject({ shift: { date: '2026-03-04' }, attendanceStatus: 'ON_TIME' });
    clock.advance(15 * MIN); // 20:10, past the five minutes' grace
    expect((await officer2.gql(CheckIn, { input: {} })).body.data?.checkIn.member?.attendanceStatus).toBe('LATE');
    // Past midnight: the night's officers are still on the 4th's shift, on time until the end.
    clock.advance(shanghai('2026-03-05T07:57').getTime() - clock.now().getTime());
    const out = await officer.gql(CheckOut, { input: {} });
    expect(out.body.data?.checkOut.member).toMatchObject({
      shift: { date: '2026-03-04' },
      attendanceStatus: 'ON_TIME',
      minutesEarly: null,
    });
    const outEarly = await officer2.gql(CheckOut, { input: {} });
    expect(outEarly.body.data?.checkOut.member).toMatchObject({ attendanceStatus: 'LATE' });
  });

  it('follows the site’s zone where the local date is not the UTC date, on the night the clocks change', async () => {
    await steward.orm.em.fork().nativeUpdate(Site, { code: 'JINQIAO' }, { timeZone: 'America/New_York' });
    try {
      const patterns = (await director.gql(Patterns, { siteCode: 'JINQIAO' })).body.data?.shiftPatterns ?? [];
      const teams = (await director.gql(Teams, { siteCode: 'JINQIAO' })).body.data?.teams ?? [];
      const res = await director.gql(Generate, {
        input: {
          teamId: teams[0]?.id as string,
          from: '2026-03-07',
          to: '2026-03-07',
          rotation: [patterns.find((p) => p.code === 'NIGHT')?.id as string],
        },
      });
      expect(res.body.data?.generateRoster.userErrors).toEqual([]);
      const officer4 = await steward.login('officer4');
      // 19:58 on Saturday the 7th in New York is already Sunday the 8th in UTC.
      clock.advance(new Date('2026-03-08T00:58:00Z').getTime() - clock.now().getTime());
      const inn = await officer4.gql(CheckIn, { input: {} });
      expect(inn.body.data?.checkIn.member).toMatchObject({
        shift: { date: '2026-03-07' },
        attendanceStatus: 'ON_TIME',
      });
      // The clocks spring forward overnight: 07:57 EDT is 11:57 UTC, eleven hours on — not early.
      clock.advance(new Date('2026-03-08T11:57:00Z').getTime() - clock.now().getTime());
      const out = await officer4.gql(CheckOut, { input: {} });
      expect(out.body.data?.checkOut.member).toMatchObject({ attendanceStatus: 'ON_TIME', minutesEarly: null });
    } finally {
      await steward.orm.em.fork().nativeUpdate(Site, { code: 'JINQIAO' }, { timeZone: 'Asia/Shanghai' });
    }
  });

  it('lists attendance over a range by team and person, as far as each may read', async () => {
    const team = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams.find((t) => t.name === '一班')
      ?.id as string;
    const range = { from: '2026-03-02', to: '2026-03-05', teamId: team };
    const all = (await director.gql(Attendance, { range })).body.data?.attendance ?? [];
    expect(all).toHaveLength(12);
    const row = (date: string, who: string) =>
      all.find((m) => m.shift.date === date && m.staff.username === who)?.attendanceStatus;
    expect([row('2026-03-02', 'officer'), row('2026-03-02', 'officer2'), row('2026-03-03', 'officer2')]).toEqual([
      'LEFT_EARLY',
      'LATE',
      'ON_LEAVE',
    ]);
    // Nobody checked in on the 5th's night, now over.
    expect([row('2026-03-04', 'officer'), row('2026-03-04', 'officer2'), row('2026-03-05', 'officer')]).toEqual([
      'ON_TIME',
      'LATE',
      'ABSENT',
    ]);
    const late = (await director.gql(Attendance, { range: { ...range, statuses: ['LATE'] } })).body.data?.attendance;
    expect(late?.map((m) => `${m.shift.date} ${m.staff.username}`)).toEqual([
      '2026-03-02 officer2',
      '2026-03-04 officer2',
    ]);
    // An officer reads only their own rows; a leader at another site none of these.
    const own = (await officer.gql(Attendance, { range })).body.data?.attendance ?? [];
    expect(new Set(own.map((m) => m.staff.username))).toEqual(new Set(['officer']));
    expect(own).toHaveLength(4);
    expect((await leader2.gql(Attendance, { range })).body.data?.attendance).toEqual([]);
    expect((await leader3.gql(Attendance, { range })).body.data?.attendance).toHaveLength(12);
    const byPerson = await director.gql(Attendance, {
      range: { from: '2026-03-01', to: '2026-03-31', staffId: ids.get('officer2') as string },
    });
    expect(byPerson.body.data?.attendance.map((m) => m.shift.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    const wide = await director.gql(Attendance, { range: { from: '2026-01-01', to: '2026-03-31' } });
    expect(wide.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('discipline records (违纪违章)', () => {
  // March 2026 only: the demo's own records are around today.
  const march = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
  const recordsOf = async (client: Client, filter: Record<string, unknown> = {}) =>
    (await client.gql(Records, { filter: { ...march, ...filter }, first: 50 })).body.data?.disciplineRecords;

  it('lets the leader record one by hand within the shift, reported to the director', async () => {
    const s = (await view(leader, '2026-03-02')) as ShiftData;
    const memberId = memberOf(s, 'officer').id;
    const before = await auditCount(steward);
    const bad = await leader.gql(RecordByHand, {
      input: {
        memberId,
        kind: 'ABSENT_FROM_POST',
        observation: 'o'.repeat(1001),
        observedAt: shanghai('2026-03-05T09:00').toISOString(),
      },
    });
    expect(bad.body.data?.recordDiscipline.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['observation', 'TOO_LONG'],
      ['observedAt', 'OUT_OF_RANGE'],
    ]);
    expect(
      (await officer.gql(RecordByHand, { input: { memberId, kind: 'OTHER', observation: 'x' } })).body.errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await leader3.gql(RecordByHand, { input: { memberId, kind: 'OTHER', observation: 'x' } })).body.errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await auditCount(steward)).toBe(before);
    const res = await leader.gql(RecordByHand, {
      input: {
        memberId,
        kind: 'ABSENT_FROM_POST',
        observation: '14:20 巡查发现门岗无人，擅离岗位约 15 分钟',
        observedAt: shanghai('2026-03-02T14:20').toISOString(),
      },
    });
    expect(res.body.data?.recordDiscipline.record).toMatchObject({
      kind: 'ABSENT_FROM_POST',
      origin: 'MANUAL',
      post: 'GATE',
      status: 'OPEN',
      recordedBy: { username: 'leader' },
      reportedTo: { username: 'director' },
      observedAt: '2026-03-02T06:20:00.000Z',
    });
  });

  it('records a correction, passes one up, voids one raised in error; each only once', async () => {
    const open = (await recordsOf(leader, { statuses: ['OPEN'] }))?.nodes ?? [];
    const fromPost = open.find((r) => r.kind === 'ABSENT_FROM_POST')?.id as string;
    const late = open.find((r) => r.kind === 'LATE' && r.observedAt === shanghai('2026-03-02T08:20').toISOString())
      ?.id as string;
    const early = open.find((r) => r.kind === 'LEFT_EARLY')?.id as string;
    expect(fromPost && late && early).toBeTruthy();

    expect(
      (await leader3.gql(Correct, { input: { recordId: fromPost, correction: 'x' } })).body.errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await leader.gql(Correct, { input: { recordId: fromPost, correction: ' ' } })).body.data?.correctDiscipline
        .userErrors,
    ).toEqual([{ field: ['input', 'correction'], code: 'REQUIRED' }]);
    const corrected = await leader.gql(Correct, {
      input: { recordId: fromPost, correction: '当场批评教育，已回岗' },
    });
    expect(corrected.body.data?.correctDiscipline.record).toMatchObject({
      status: 'CORRECTED',
      correction: '当场批评教育，已回岗',
      correctedBy: { username: 'leader' },
    });
    expect(
      (await leader.gql(Correct, { input: { recordId: fromPost, correction: 'again' } })).body.data?.correctDiscipline
        .userErrors,
    ).toEqual([{ field: ['input', 'recordId'], code: 'INVALID_TRANSITION' }]);

    const unread = (await director.gql(Unread)).body.data?.unreadNotificationCount ?? 0;
    const up = await leader.gql(Escalate, { input: { recordId: late, note: '本月第二次迟到' } });
    expect(up.body.data?.escalateDiscipline.record).toMatchObject({
      status: 'ESCALATED',
      escalationNote: '本月第二次迟到',
      reportedTo: { username: 'director' },
    });
    expect((await director.gql(Unread)).body.data?.unreadNotificationCount).toBe(unread + 1);
    const byDirector = await director.gql(Correct, { input: { recordId: late, correction: '已约谈，记入月度考核' } });
    expect(byDirector.body.data?.correctDiscipline.record).toMatchObject({
      status: 'CORRECTED',
      correctedBy: { username: 'director' },
    });

    expect(
      (await leader.gql(Void, { input: { recordId: early, reason: '' } })).body.data?.voidDiscipline.userErrors,
    ).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const voided = await leader.gql(Void, { input: { recordId: early, reason: '经班长同意提前离岗送医' } });
    expect(voided.body.data?.voidDiscipline.record).toMatchObject({
      status: 'VOIDED',
      voidReason: '经班长同意提前离岗送医',
    });
    expect(
      (await leader.gql(Escalate, { input: { recordId: early, note: 'x' } })).body.data?.escalateDiscipline.userErrors,
    ).toEqual([{ field: ['input', 'recordId'], code: 'INVALID_TRANSITION' }]);
    expect(
      (await leader.gql(Void, { input: { recordId: 'nope', reason: 'x' } })).body.data?.voidDiscipline.userErrors,
    ).toEqual([{ field: ['input', 'recordId'], code: 'NOT_FOUND' }]);
  });

  it('lists the director’s department, a leader’s site, an officer’s own', async () => {
    const all = await recordsOf(director);
    expect(all?.totalCount).toBe(6);
    const own = await recordsOf(officer2);
    expect(new Set(own?.nodes.map((r) => r.staff.username))).toEqual(new Set(['officer2']));
    expect(own?.nodes.every((r) => !r.viewerMayHandle)).toBe(true);
    expect((await recordsOf(leader2))?.totalCount).toBe(0);
    expect((await recordsOf(leader3))?.nodes.every((r) => !r.viewerMayHandle)).toBe(true);
    expect((await recordsOf(director, { kind: 'GROOMING' }))?.nodes.map((r) => r.status)).toEqual(['CORRECTED']);
    // Observed on the 2nd, newest first.
    expect((await recordsOf(director, { staffId: ids.get('officer') as string }))?.nodes.map((r) => r.kind)).toEqual([
      'LEFT_EARLY',
      'ABSENT_FROM_POST',
      'GROOMING',
    ]);
  });

  it('raises a no-show for an officer who never checked in, when the shift closes', async () => {
    // The night of the 5th: nobody checks in. Its close (by the handover) runs the hook.
    // Imported once the server is up (it loads reflect-metadata first).
    const { recordNoShowsAtClose } = await import('../../apps/api/src/features/attendance/attendance.service.js');
    const { Shift } = await import('../../apps/api/src/features/shifts/shift.entity.js');
    const { Staff } = await import('../../apps/api/src/features/staff/staff.entity.js');
    const em = steward.orm.em.fork();
    const shift = await em.findOneOrFail(Shift, {
      id: Buffer.from(shifts.get('2026-03-05') as string, 'base64url')
        .toString('utf8')
        .split(':')[1],
    });
    const leaderStaff = await em.findOneOrFail(Staff, { username: 'leader' });
    const ctx = {
      em,
      viewer: { staff: leaderStaff, grants: new Map(), via: 'session', sessionId: 'test' },
      clock: clock.now,
      locale: 'zh-CN',
      pubsub: steward.pubsub,
      afterCommit: [] as (() => void)[],
    } as unknown as Context;
    await em.transactional((tx) => recordNoShowsAtClose(tx, shift, ctx));
    const noShows = (await recordsOf(director, { kind: 'NO_SHOW', shiftId: shifts.get('2026-03-05') as string }))
      ?.nodes;
    expect(noShows?.map((r) => [r.staff.username, r.origin, r.recordedBy.username, r.observation]).sort()).toEqual([
      ['officer', 'SHIFT_CLOSE', 'leader', '整班未签到'],
      ['officer2', 'SHIFT_CLOSE', 'leader', '整班未签到'],
    ]);
  });
});
