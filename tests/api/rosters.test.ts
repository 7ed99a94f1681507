import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notification } from '../../apps/api/src/features/notifications/notification.entity.js';
import { Shift, ShiftMember } from '../../apps/api/src/features/shifts/shift.entity.js';
import { ShiftStatus } from '../../apps/api/src/features/shifts/shift.enums.js';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';
import { keyOf } from './audit/harness.js';

/**
 * Rosters after they are generated (R35 "changed, with audit"; locked once closed): manual edits,
 * leave (days off), shift swaps with their approval, and the director's overview.
 */
const RosterShift = graphql(`
  fragment RosterShift on Shift {
    id
    date
    status
    pattern { code }
    team { name }
    leader { username }
    members { id role onLeave leaveNote attendanceStatus canLead staff { username } swap { id kind requester { username } } }
  }
`);
void RosterShift;

const Patterns = graphql(`query RostersPatterns { shiftPatterns(siteCode: "CUIHU") { id code } }`);
const Teams = graphql(`query RostersTeams { teams(siteCode: "CUIHU") { id name } }`);
const CreatePattern = graphql(`
  mutation RostersCreatePattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const CreateTeam = graphql(`
  mutation RostersCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation RostersGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { ...RosterShift } userErrors { field code message } }
  }
`);
const Roster = graphql(`
  query RostersRoster($range: RosterRangeInput!) { roster(range: $range) { ...RosterShift } }
`);
const AddMember = graphql(`
  mutation RostersAdd($input: AddShiftMemberInput!) {
    addShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code message } }
  }
`);
const RemoveMember = graphql(`
  mutation RostersRemove($input: RemoveShiftMemberInput!) {
    removeShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code } }
  }
`);
const ChangeLeader = graphql(`
  mutation RostersChangeLeader($input: ChangeShiftLeaderInput!) {
    changeShiftLeader(input: $input) { shift { ...RosterShift } userErrors { field code } }
  }
`);
const SetLeave = graphql(`
  mutation RostersSetLeave($input: SetShiftMemberLeaveInput!) {
    setShiftMemberLeave(input: $input) { shift { ...RosterShift } userErrors { field code } }
  }
`);
const RecordLeave = graphql(`
  mutation RostersRecordLeave($input: RecordStaffLeaveInput!) {
    recordStaffLeave(input: $input) {
      leave { id fromDate toDate reason cancelledAt viewerMayCancel staff { username } recordedBy { username } }
      shiftsChanged
      userErrors { field code message }
    }
  }
`);
const CancelLeave = graphql(`
  mutation RostersCancelLeave($input: CancelStaffLeaveInput!) {
    cancelStaffLeave(input: $input) { leave { id cancelledAt cancelReason } shiftsChanged userErrors { field code } }
  }
`);
const Leaves = graphql(`
  query RostersLeaves($filter: StaffLeaveFilter) {
    staffLeaves(filter: $filter, first: 50) { totalCount nodes { id fromDate staff { username } } }
  }
`);
const SwapFields = graphql(`
  fragment RosterSwap on ShiftSwap {
    id
    kind
    status
    reason
    decisionNote
    requester { username }
    colleague { username }
    decidedBy { username }
    fromShift { id date pattern { code } }
    toShift { id date }
    viewerMayDecide
    viewerMayCancel
  }
`);
void SwapFields;
const RequestSwap = graphql(`
  mutation RostersRequestSwap($input: RequestShiftSwapInput!) {
    requestShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }
  }
`);
const ApproveSwap = graphql(`
  mutation RostersApproveSwap($input: DecideShiftSwapInput!) {
    approveShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }
  }
`);
const RejectSwap = graphql(`
  mutation RostersRejectSwap($input: DecideShiftSwapInput!) {
    rejectShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }
  }
`);
const CancelSwap = graphql(`
  mutation RostersCancelSwap($input: CancelShiftSwapInput!) {
    cancelShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }
  }
`);
const Swaps = graphql(`
  query RostersSwaps($filter: ShiftSwapFilter) {
    shiftSwaps(filter: $filter, first: 50) { totalCount nodes { ...RosterSwap } }
  }
`);
const Options = graphql(`
  query RostersSwapOptions($shiftId: ID!) {
    shiftSwapOptions(shiftId: $shiftId) { staff { username } mayCover shifts { id date pattern { code } } }
  }
`);
const Overview = graphql(`
  query RostersOverview($input: ShiftsOverviewInput) {
    shiftsOverview(input: $input) {
      current rostered onLeave checkedIn late absent
      shift { id date site { code } pattern { code } team { name } leader { username } status }
    }
  }
`);

let steward: TestSteward;
let clock: TestClock;
let director: Client;
let leader: Client;
let leader3: Client;
let officer: Client;
let officer2: Client;
let officer6: Client;
let ids: Map<string, string>;
const teamIds = new Map<string, string>();
const id = (username: string) => ids.get(username) as string;

type RosterShiftRow = NonNullable<Awaited<ReturnType<typeof rosterOf>>>[number];

/** The shifts of a team on a date (as the director sees them). */
async function rosterOf(team: string, date: string, as: Client = director) {
  const res = await as.gql(Roster, { range: { from: date, to: date, teamId: teamIds.get(team) } });
  return res.body.data?.roster ?? [];
}
async function shiftOf(team: string, date: string, as: Client = director): Promise<RosterShiftRow> {
  const [shift] = await rosterOf(team, date, as);
  if (!shift) throw new Error(`no shift of ${team} on ${date}`);
  return shift;
}
const people = (s: RosterShiftRow) => s.members.map((m) => `${m.role}:${m.staff.username}`).sort();
const memberOf = (s: RosterShiftRow, username: string) => {
  const m = s.members.find((x) => x.staff.username === username);
  if (!m) throw new Error(`${username} is not on ${s.date}`);
  return m;
};
const errorsOf = (list: readonly { field?: readonly string[] | null; code: string }[] | undefined) =>
  list?.map((e) => `${e.field?.[1]}:${e.code}`);
const notificationsOf = (username: string) => steward.orm.em.fork().count(Notification, { recipient: { username } });

beforeAll(async () => {
  // 06:00 in Shanghai on Monday 2 March 2026: far from the demo roster around today.
  clock = new TestClock(new Date('2026-03-01T22:00:00Z'));
  steward = await startTestSteward({}, {}, { clock: clock.now });
  director = await steward.login('director');
  leader = await steward.login('leader');
  leader3 = await steward.login('leader3');
  officer = await steward.login('officer');
  officer2 = await steward.login('officer2');
  officer6 = await steward.login('officer6');
  ids = await staffIds(steward);
  const patterns = (await director.gql(Patterns)).body.data?.shiftPatterns ?? [];
  const pattern = (code: string) => patterns.find((p) => p.code === code)?.id as string;
  for (const t of (await director.gql(Teams)).body.data?.teams ?? []) teamIds.set(t.name, t.id);
  // A relief team the director leads, 12:00–22:00 every day: it overlaps the day and night shifts.
  const mid = await director.gql(CreatePattern, {
    input: {
      siteCode: 'CUIHU',
      code: 'MID',
      nameZh: '中班',
      nameEn: 'Mid shift',
      startTime: '12:00',
      endTime: '22:00',
    },
  });
  const relief = await director.gql(CreateTeam, {
    input: { siteCode: 'CUIHU', name: '机动班', leaderId: id('director'), memberIds: [] },
  });
  teamIds.set('机动班', relief.body.data?.createTeam.team?.id as string);
  const rotation = [pattern('DAY'), pattern('DAY'), pattern('NIGHT'), pattern('NIGHT'), null, null];
  for (const [team, anchorDate, rot] of [
    ['一班', '2026-03-02', rotation],
    ['二班', '2026-02-28', rotation],
    ['三班', '2026-02-26', rotation],
    ['机动班', '2026-03-02', [mid.body.data?.createShiftPattern.pattern?.id as string]],
  ] as const) {
    const res = await director.gql(Generate, {
      input: {
        teamId: teamIds.get(team) as string,
        from: '2026-03-02',
        to: '2026-03-13',
        rotation: [...rot],
        anchorDate,
      },
    });
    expect(res.body.data?.generateRoster.userErrors, team).toEqual([]);
  }
});
afterAll(() => steward?.close());

describe('generating again', () => {
  it('keeps every date the team is already rostered on, even when the rotation falls differently', async () => {
    const patterns = (await director.gql(Patterns)).body.data?.shiftPatterns ?? [];
    const night = patterns.find((p) => p.code === 'NIGHT')?.id as string;
    const before = await steward.orm.em.fork().count(Shift, {});
    // 一班 works days on the 2nd and 3rd, nights on the 4th and 5th: nights from the 2nd would double two dates.
    const res = await director.gql(Generate, {
      input: { teamId: teamIds.get('一班') as string, from: '2026-03-02', to: '2026-03-05', rotation: [night] },
    });
    expect(res.body.data?.generateRoster.userErrors).toEqual([]);
    expect(res.body.data?.generateRoster.shifts).toEqual([]);
    expect(await steward.orm.em.fork().count(Shift, {})).toBe(before);
  });
});

describe('manual roster edits (the director)', () => {
  it('puts someone on a shift, takes them off (the row is kept), and back on the same row', async () => {
    const shift = await shiftOf('一班', '2026-03-03');
    const before = await auditCount(steward, { action: 'roster.add_member' });
    const added = await director.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer6') } });
    expect(added.body.data?.addShiftMember.userErrors).toEqual([]);
    expect(people(added.body.data?.addShiftMember.shift as RosterShiftRow)).toEqual([
      'LEADER:leader',
      'OFFICER:officer',
      'OFFICER:officer2',
      'OFFICER:officer6',
    ]);
    expect(await auditCount(steward, { action: 'roster.add_member' })).toBe(before + 1);
    const again = await director.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer6') } });
    expect(errorsOf(again.body.data?.addShiftMember.userErrors)).toEqual(['staffId:TAKEN']);

    const member = memberOf(added.body.data?.addShiftMember.shift as RosterShiftRow, 'officer6');
    const removed = await director.gql(RemoveMember, { input: { memberId: member.id, reason: '临时调整' } });
    expect(removed.body.data?.removeShiftMember.userErrors).toEqual([]);
    expect(people(removed.body.data?.removeShiftMember.shift as RosterShiftRow)).not.toContain('OFFICER:officer6');
    const row = await steward.orm.em.fork().findOneOrFail(ShiftMember, {
      shift: keyOf(shift.id),
      staff: { username: 'officer6' },
    });
    expect(row.removedAt).toBeInstanceOf(Date);

    const back = await director.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer6') } });
    expect(memberOf(back.body.data?.addShiftMember.shift as RosterShiftRow, 'officer6').id).toBe(member.id);
    await director.gql(RemoveMember, { input: { memberId: member.id } });
  });

  it('refuses to put anyone on two overlapping shifts, naming the field', async () => {
    // officer works 一班's day shift on the 2nd (08:00–20:00); the relief shift runs 12:00–22:00.
    const relief = await shiftOf('机动班', '2026-03-02');
    const before = await auditCount(steward);
    const res = await director.gql(AddMember, { input: { shiftId: relief.id, staffId: id('officer') } });
    expect(errorsOf(res.body.data?.addShiftMember.userErrors)).toEqual(['staffId:CONFLICT']);
    expect(res.body.data?.addShiftMember.userErrors[0]?.message).toContain('陈磊');
    // 三班's night on the 6th starts at 20:00, when officer3's day shift (二班) ends: no overlap.
    const night = await shiftOf('三班', '2026-03-06');
    expect(
      (await director.gql(AddMember, { input: { shiftId: night.id, staffId: id('officer3') } })).body.data
        ?.addShiftMember.userErrors,
    ).toEqual([]);
    expect(await auditCount(steward)).toBe(before + 1);
  });

  it('changes the leader: the new one leads, the former stays as an officer; only people who lead shifts', async () => {
    const shift = await shiftOf('一班', '2026-03-08');
    const officerLeads = await director.gql(ChangeLeader, { input: { shiftId: shift.id, leaderId: id('officer2') } });
    expect(errorsOf(officerLeads.body.data?.changeShiftLeader.userErrors)).toEqual(['leaderId:NOT_PERMITTED']);
    const same = await director.gql(ChangeLeader, { input: { shiftId: shift.id, leaderId: id('leader') } });
    expect(errorsOf(same.body.data?.changeShiftLeader.userErrors)).toEqual(['leaderId:ALREADY_DONE']);
    const res = await director.gql(ChangeLeader, { input: { shiftId: shift.id, leaderId: id('leader4') } });
    const changed = res.body.data?.changeShiftLeader.shift as RosterShiftRow;
    expect(changed.leader.username).toBe('leader4');
    expect(people(changed)).toEqual(['LEADER:leader4', 'OFFICER:leader', 'OFFICER:officer', 'OFFICER:officer2']);
    // Who could be made leader instead, as the edit screen offers it.
    expect(memberOf(changed, 'leader').canLead).toBe(true);
    expect(memberOf(changed, 'officer2').canLead).toBe(false);
    // The former leader cannot be taken off while leading; now they may.
    const back = await director.gql(ChangeLeader, { input: { shiftId: shift.id, leaderId: id('leader') } });
    expect(back.body.data?.changeShiftLeader.shift?.leader.username).toBe('leader');
    const leaderRow = memberOf(back.body.data?.changeShiftLeader.shift as RosterShiftRow, 'leader');
    expect(
      errorsOf(
        (await director.gql(RemoveMember, { input: { memberId: leaderRow.id } })).body.data?.removeShiftMember
          .userErrors,
      ),
    ).toEqual(['memberId:INVALID']);
    const l4 = memberOf(back.body.data?.changeShiftLeader.shift as RosterShiftRow, 'leader4');
    expect(
      (await director.gql(RemoveMember, { input: { memberId: l4.id } })).body.data?.removeShiftMember.userErrors,
    ).toEqual([]);
  });

  it('marks someone on leave for one shift (with a note) and back', async () => {
    const shift = await shiftOf('一班', '2026-03-09');
    const member = memberOf(shift, 'officer2');
    const noNote = await director.gql(SetLeave, { input: { memberId: member.id, onLeave: true } });
    expect(errorsOf(noNote.body.data?.setShiftMemberLeave.userErrors)).toEqual(['note:REQUIRED']);
    const off = await director.gql(SetLeave, { input: { memberId: member.id, onLeave: true, note: '调休' } });
    expect(memberOf(off.body.data?.setShiftMemberLeave.shift as RosterShiftRow, 'officer2')).toMatchObject({
      onLeave: true,
      leaveNote: '调休',
      attendanceStatus: 'ON_LEAVE',
    });
    const back = await director.gql(SetLeave, { input: { memberId: member.id, onLeave: false } });
    expect(memberOf(back.body.data?.setShiftMemberLeave.shift as RosterShiftRow, 'officer2').onLeave).toBe(false);
    const twice = await director.gql(SetLeave, { input: { memberId: member.id, onLeave: false } });
    expect(errorsOf(twice.body.data?.setShiftMemberLeave.userErrors)).toEqual(['onLeave:ALREADY_DONE']);
  });

  it('keeps edits to the director: leaders and officers are refused, another department’s people are not found', async () => {
    const shift = await shiftOf('一班', '2026-03-09');
    for (const client of [leader, officer]) {
      const res = await client.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer6') } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const before = await auditCount(steward);
    const bad = async (input: Record<string, string | null>) =>
      errorsOf(
        (await director.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer6'), ...input } as never }))
          .body.data?.addShiftMember.userErrors,
      );
    expect(await bad({ shiftId: 'nonsense' })).toEqual(['shiftId:NOT_FOUND']);
    expect(await bad({ staffId: id('officer4') })).toEqual(['staffId:NOT_FOUND']); // JINQIAO
    expect(await bad({ staffId: id('cs') })).toEqual(['staffId:NOT_FOUND']); // customer service
    expect(await bad({ staffId: shift.id })).toEqual(['staffId:NOT_FOUND']);
    const tooLong = await director.gql(RemoveMember, {
      input: { memberId: memberOf(shift, 'officer2').id, reason: 'x'.repeat(501) },
    });
    expect(errorsOf(tooLong.body.data?.removeShiftMember.userErrors)).toEqual(['reason:TOO_LONG']);
    expect(await auditCount(steward)).toBe(before);
  });

  it('locks a closed shift’s roster', async () => {
    const shift = await shiftOf('三班', '2026-03-04');
    await steward.orm.em.fork().nativeUpdate(Shift, { id: keyOf(shift.id) }, { status: ShiftStatus.CLOSED });
    const add = await director.gql(AddMember, { input: { shiftId: shift.id, staffId: id('officer5') } });
    expect(errorsOf(add.body.data?.addShiftMember.userErrors)).toEqual(['shiftId:INVALID_TRANSITION']);
    const leave = await director.gql(SetLeave, {
      input: { memberId: memberOf(shift, 'officer6').id, onLeave: true, note: '病假' },
    });
    expect(errorsOf(leave.body.data?.setShiftMemberLeave.userErrors)).toEqual(['memberId:INVALID_TRANSITION']);
    const lead = await director.gql(ChangeLeader, { input: { shiftId: shift.id, leaderId: id('leader3') } });
    expect(errorsOf(lead.body.data?.changeShiftLeader.userErrors)).toEqual(['shiftId:INVALID_TRANSITION']);
    // Nor can its people be swapped.
    const swap = await officer6.gql(RequestSwap, { input: { shiftId: shift.id, colleagueId: id('officer5') } });
    expect(errorsOf(swap.body.data?.requestShiftSwap.userErrors)).toEqual(['shiftId:OUT_OF_RANGE']);
  });
});

describe('leave (days off)', () => {
  it('marks the person on leave on every rostered shift it covers, and on shifts generated later', async () => {
    const before = await auditCount(steward, { action: 'staff_leave.record' });
    const res = await director.gql(RecordLeave, {
      input: { staffId: id('officer2'), fromDate: '2026-03-10', toDate: '2026-03-11', reason: '年假' },
    });
    const r = res.body.data?.recordStaffLeave;
    expect(r?.userErrors).toEqual([]);
    expect(r?.shiftsChanged).toBe(2);
    expect(r?.leave).toMatchObject({ staff: { username: 'officer2' }, recordedBy: { username: 'director' } });
    expect(r?.leave?.viewerMayCancel).toBe(true);
    expect(await auditCount(steward, { action: 'staff_leave.record' })).toBe(before + 1);
    for (const date of ['2026-03-10', '2026-03-11']) {
      expect(memberOf(await shiftOf('一班', date), 'officer2')).toMatchObject({ onLeave: true, leaveNote: '年假' });
    }
    expect(memberOf(await shiftOf('一班', '2026-03-09'), 'officer2').onLeave).toBe(false);

    // 二班 is rostered further after officer5's leave is recorded: the new shifts count them off.
    await director.gql(RecordLeave, {
      input: { staffId: id('officer5'), fromDate: '2026-03-14', toDate: '2026-03-15', reason: '病假' },
    });
    const patterns = (await director.gql(Patterns)).body.data?.shiftPatterns ?? [];
    const day = patterns.find((p) => p.code === 'DAY')?.id as string;
    const night = patterns.find((p) => p.code === 'NIGHT')?.id as string;
    const gen = await director.gql(Generate, {
      input: {
        teamId: teamIds.get('二班') as string,
        from: '2026-03-14',
        to: '2026-03-16',
        rotation: [day, day, night, night, null, null],
        anchorDate: '2026-02-28',
      },
    });
    const made = gen.body.data?.generateRoster.shifts ?? [];
    expect(made.map((s) => [s.date, memberOf(s, 'officer5').onLeave, memberOf(s, 'officer3').onLeave])).toEqual([
      ['2026-03-14', true, false],
      ['2026-03-15', true, false],
    ]);
  });

  it('refuses overlapping leave and bad dates, naming the field, writing nothing', async () => {
    const before = await auditCount(steward);
    const bad = async (input: Record<string, string>) =>
      errorsOf(
        (
          await director.gql(RecordLeave, {
            input: { staffId: id('officer2'), fromDate: '2026-03-20', toDate: '2026-03-21', reason: '事假', ...input },
          })
        ).body.data?.recordStaffLeave.userErrors,
      );
    expect(await bad({ fromDate: '2026-03-11', toDate: '2026-03-12' })).toEqual(['fromDate:CONFLICT']);
    expect(await bad({ toDate: '2026-03-19' })).toEqual(['toDate:OUT_OF_RANGE']);
    expect(await bad({ toDate: '2026-07-01' })).toEqual(['toDate:OUT_OF_RANGE']);
    expect(await bad({ fromDate: '2026-02-30' })).toEqual(['fromDate:INVALID']);
    expect(await bad({ reason: ' ' })).toEqual(['reason:REQUIRED']);
    expect(await bad({ reason: '假'.repeat(201) })).toEqual(['reason:TOO_LONG']);
    expect(await bad({ staffId: 'nobody' })).toEqual(['staffId:NOT_FOUND']);
    expect(await auditCount(steward)).toBe(before);
  });

  it('lets a leader record leave for their own team only; officers cannot', async () => {
    const mine = await leader.gql(RecordLeave, {
      input: { staffId: id('officer'), fromDate: '2026-03-12', toDate: '2026-03-12', reason: '事假' },
    });
    expect(mine.body.data?.recordStaffLeave.userErrors).toEqual([]);
    const other = await leader.gql(RecordLeave, {
      input: { staffId: id('officer3'), fromDate: '2026-03-12', toDate: '2026-03-12', reason: '事假' },
    });
    expect(errorsOf(other.body.data?.recordStaffLeave.userErrors)).toEqual(['staffId:NOT_PERMITTED']);
    const self = await officer.gql(RecordLeave, {
      input: { staffId: id('officer'), fromDate: '2026-03-13', toDate: '2026-03-13', reason: '事假' },
    });
    expect(self.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Someone on leave cannot be put on a shift that day.
    const relief = await shiftOf('机动班', '2026-03-12');
    const add = await director.gql(AddMember, { input: { shiftId: relief.id, staffId: id('officer') } });
    expect(errorsOf(add.body.data?.addShiftMember.userErrors)).toEqual(['staffId:CONFLICT']);
  });

  it('shows officers their own leave only; the director and leaders see their people’s', async () => {
    // March 2026 only: the demo has leave of its own around today.
    const march = { filter: { from: '2026-03-01', to: '2026-03-31' } };
    const own = (await officer.gql(Leaves, march)).body.data?.staffLeaves.nodes.map((l) => l.staff.username);
    expect(own).toEqual(['officer']);
    expect((await steward.login('officer4').then((c) => c.gql(Leaves, march))).body.data?.staffLeaves.totalCount).toBe(
      0,
    );
    expect((await director.gql(Leaves, march)).body.data?.staffLeaves.totalCount).toBe(3);
    expect((await leader3.gql(Leaves, march)).body.data?.staffLeaves.totalCount).toBe(3);
    const jinqiao = await steward.login('leader2');
    expect((await jinqiao.gql(Leaves, {})).body.data?.staffLeaves.totalCount).toBe(0);
  });

  it('cancels leave: the shifts it covered count the person back; nothing is deleted', async () => {
    const found = (await director.gql(Leaves, { filter: { staffId: id('officer2') } })).body.data?.staffLeaves.nodes[0];
    const res = await director.gql(CancelLeave, { input: { leaveId: found?.id as string, reason: '假期取消' } });
    expect(res.body.data?.cancelStaffLeave).toMatchObject({ shiftsChanged: 2, userErrors: [] });
    expect(memberOf(await shiftOf('一班', '2026-03-10'), 'officer2').onLeave).toBe(false);
    const twice = await director.gql(CancelLeave, { input: { leaveId: found?.id as string } });
    expect(errorsOf(twice.body.data?.cancelStaffLeave.userErrors)).toEqual(['leaveId:ALREADY_DONE']);
    const all = await director.gql(Leaves, { filter: { staffId: id('officer2'), includeCancelled: true } });
    expect(all.body.data?.staffLeaves.totalCount).toBe(1);
    expect(
      (await director.gql(Leaves, { filter: { staffId: id('officer2') } })).body.data?.staffLeaves.totalCount,
    ).toBe(0);
  });
});

describe('shift swaps', () => {
  let cover: string;
  /** The demo's swaps around today, as each sees them before these tests add theirs. */
  const demo = {
    askedOfOfficer6: [] as string[],
    toDecide: { leader: [] as string[], director: [] as string[], leader3: [] as string[] },
    all: 0,
  };
  beforeAll(async () => {
    const ids = async (c: Client, involvement?: 'ASKED_OF_ME' | 'TO_DECIDE') =>
      (await c.gql(Swaps, { filter: involvement ? { involvement } : null })).body.data?.shiftSwaps.nodes.map(
        (s) => s.id,
      ) ?? [];
    demo.askedOfOfficer6 = await ids(officer6, 'ASKED_OF_ME');
    demo.toDecide.leader = await ids(leader, 'TO_DECIDE');
    demo.toDecide.director = await ids(director, 'TO_DECIDE');
    demo.toDecide.leader3 = await ids(leader3, 'TO_DECIDE');
    demo.all = (await ids(director)).length;
    // The demo gives the leader and the director something to decide: the lists are not trivially empty.
    expect(demo.toDecide.director.length).toBeGreaterThan(0);
  });

  it('offers the colleagues free to cover, and their shifts one could take in exchange', async () => {
    const shift = await shiftOf('一班', '2026-03-08', officer);
    const options = (await officer.gql(Options, { shiftId: shift.id })).body.data?.shiftSwapOptions ?? [];
    const byName = new Map(options.map((o) => [o.staff.username, o]));
    // Not the people already on it; the director runs the relief shift that day (12:00–22:00).
    expect(byName.has('officer2')).toBe(false);
    expect(byName.has('officer')).toBe(false);
    expect(byName.get('officer6')?.mayCover).toBe(true);
    expect(byName.get('director')?.mayCover).toBe(false);
    // officer5 (二班) works days on the 6th and 7th, when officer is off: an exchange officer could take.
    expect(byName.get('officer5')?.shifts.map((s) => s.date)).toContain('2026-03-06');
    // Someone else's shift: no options.
    expect((await officer6.gql(Options, { shiftId: shift.id })).body.data?.shiftSwapOptions).toEqual([]);
  });

  it('an officer asks a colleague to cover; the shift’s leader approves and the roster changes', async () => {
    const shift = await shiftOf('一班', '2026-03-08', officer);
    const [toColleague, toLeader] = [await notificationsOf('officer6'), await notificationsOf('leader')];
    const res = await officer.gql(RequestSwap, {
      input: { shiftId: shift.id, colleagueId: id('officer6'), reason: '家中有事' },
    });
    const swap = res.body.data?.requestShiftSwap.swap;
    expect(res.body.data?.requestShiftSwap.userErrors).toEqual([]);
    expect(swap).toMatchObject({ kind: 'COVER', status: 'REQUESTED', viewerMayCancel: true, viewerMayDecide: false });
    cover = swap?.id as string;
    expect(await notificationsOf('officer6')).toBe(toColleague + 1);
    expect(await notificationsOf('leader')).toBe(toLeader + 1);

    // Each sees it where they should (newest first: the demo's, made around today, come before).
    const list = async (c: Client, involvement: 'REQUESTED_BY_ME' | 'ASKED_OF_ME' | 'TO_DECIDE') =>
      (await c.gql(Swaps, { filter: { involvement } })).body.data?.shiftSwaps.nodes.map((s) => s.id) ?? [];
    expect(await list(officer, 'REQUESTED_BY_ME')).toContain(cover);
    expect(await list(officer6, 'ASKED_OF_ME')).toEqual([...demo.askedOfOfficer6, cover]);
    expect(await list(leader, 'TO_DECIDE')).toEqual([...demo.toDecide.leader, cover]);
    expect(await list(director, 'TO_DECIDE')).toEqual([...demo.toDecide.director, cover]);
    expect(await list(leader3, 'TO_DECIDE')).toEqual(demo.toDecide.leader3);
    expect(await list(officer, 'TO_DECIDE')).toEqual([]);
    const twice = await officer.gql(RequestSwap, { input: { shiftId: shift.id, colleagueId: id('officer3') } });
    expect(errorsOf(twice.body.data?.requestShiftSwap.userErrors)).toEqual(['shiftId:TAKEN']);

    // Another team's leader may not decide it, nor may officers.
    for (const c of [leader3, officer6]) {
      const denied = await c.gql(ApproveSwap, { input: { swapId: cover } });
      expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const before = await auditCount(steward, { action: 'shift_swap.approve' });
    const ok = await leader.gql(ApproveSwap, { input: { swapId: cover, note: '同意' } });
    expect(ok.body.data?.approveShiftSwap.userErrors).toEqual([]);
    expect(ok.body.data?.approveShiftSwap.swap).toMatchObject({
      status: 'APPROVED',
      decidedBy: { username: 'leader' },
      decisionNote: '同意',
    });
    expect(await auditCount(steward, { action: 'shift_swap.approve' })).toBe(before + 1);
    const after = await shiftOf('一班', '2026-03-08');
    expect(people(after)).toEqual(['LEADER:leader', 'OFFICER:officer2', 'OFFICER:officer6']);
    expect(memberOf(after, 'officer6').swap).toMatchObject({
      id: cover,
      kind: 'COVER',
      requester: { username: 'officer' },
    });
    const old = await steward.orm.em.fork().findOneOrFail(ShiftMember, {
      shift: { date: '2026-03-08', team: { name: '一班' } },
      staff: { username: 'officer' },
    });
    expect(old.removedAt).toBeInstanceOf(Date);
    // Both hear of it; officer no longer sees the shift, officer6 does.
    expect(await notificationsOf('officer6')).toBe(toColleague + 2);
    expect(await rosterOf('一班', '2026-03-08', officer)).toEqual([]);
    expect((await rosterOf('一班', '2026-03-08', officer6)).length).toBe(1);
    const again = await leader.gql(ApproveSwap, { input: { swapId: cover } });
    expect(errorsOf(again.body.data?.approveShiftSwap.userErrors)).toEqual(['swapId:INVALID_TRANSITION']);
  });

  it('an exchange across two teams needs the director; it moves both rows', async () => {
    const mine = await shiftOf('一班', '2026-03-09', officer2);
    const theirs = await shiftOf('二班', '2026-03-06');
    const res = await officer2.gql(RequestSwap, {
      input: { shiftId: mine.id, colleagueId: id('officer5'), colleagueShiftId: theirs.id, reason: '换班' },
    });
    const swap = res.body.data?.requestShiftSwap.swap;
    expect(res.body.data?.requestShiftSwap.userErrors).toEqual([]);
    expect(swap).toMatchObject({ kind: 'EXCHANGE', toShift: { date: '2026-03-06' } });
    // 刘强 leads only one of the two shifts, 何军 the other: neither decides alone.
    expect(
      (await leader.gql(ApproveSwap, { input: { swapId: swap?.id as string } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await leader3.gql(ApproveSwap, { input: { swapId: swap?.id as string } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const ok = await director.gql(ApproveSwap, { input: { swapId: swap?.id as string } });
    expect(ok.body.data?.approveShiftSwap.swap?.status).toBe('APPROVED');
    expect(people(await shiftOf('一班', '2026-03-09'))).toEqual([
      'LEADER:leader',
      'OFFICER:officer',
      'OFFICER:officer5',
    ]);
    expect(people(await shiftOf('二班', '2026-03-06'))).toEqual([
      'LEADER:leader3',
      'OFFICER:officer2',
      'OFFICER:officer3',
    ]);
  });

  it('re-checks overlaps when approving: a change since the request refuses it', async () => {
    const mine = await shiftOf('一班', '2026-03-03', officer);
    const res = await officer.gql(RequestSwap, { input: { shiftId: mine.id, colleagueId: id('officer6') } });
    const swapId = res.body.data?.requestShiftSwap.swap?.id as string;
    expect(swapId).toBeTruthy();
    // Meanwhile the director puts officer6 on the relief shift that day (12:00–22:00).
    const relief = await shiftOf('机动班', '2026-03-03');
    expect(
      (await director.gql(AddMember, { input: { shiftId: relief.id, staffId: id('officer6') } })).body.data
        ?.addShiftMember.userErrors,
    ).toEqual([]);
    const before = await auditCount(steward);
    const refused = await leader.gql(ApproveSwap, { input: { swapId } });
    expect(errorsOf(refused.body.data?.approveShiftSwap.userErrors)).toEqual(['colleagueId:CONFLICT']);
    expect(await auditCount(steward)).toBe(before);
    expect(people(await shiftOf('一班', '2026-03-03'))).toContain('OFFICER:officer');

    // The requester withdraws it; only they may.
    const notMine = await officer6.gql(CancelSwap, { input: { swapId } });
    expect(errorsOf(notMine.body.data?.cancelShiftSwap.userErrors)).toEqual(['swapId:NOT_PERMITTED']);
    const withdrawn = await officer.gql(CancelSwap, { input: { swapId } });
    expect(withdrawn.body.data?.cancelShiftSwap.swap).toMatchObject({ status: 'CANCELLED', viewerMayCancel: false });
  });

  it('a leader rejects, saying why; nobody decides their own request', async () => {
    const mine = await shiftOf('二班', '2026-03-06', officer2);
    const asked = await officer2.gql(RequestSwap, { input: { shiftId: mine.id, colleagueId: id('officer6') } });
    const swapId = asked.body.data?.requestShiftSwap.swap?.id as string;
    const silent = await leader3.gql(RejectSwap, { input: { swapId } });
    expect(errorsOf(silent.body.data?.rejectShiftSwap.userErrors)).toEqual(['note:REQUIRED']);
    const res = await leader3.gql(RejectSwap, { input: { swapId, note: '当天人手不足' } });
    expect(res.body.data?.rejectShiftSwap.swap).toMatchObject({ status: 'REJECTED', decisionNote: '当天人手不足' });

    // A leader asking to be covered: their own approval is refused; the director decides.
    const lead = await shiftOf('二班', '2026-03-08', leader3);
    const own = await leader3.gql(RequestSwap, { input: { shiftId: lead.id, colleagueId: id('leader4') } });
    const ownId = own.body.data?.requestShiftSwap.swap?.id as string;
    expect(own.body.data?.requestShiftSwap.userErrors).toEqual([]);
    const self = await leader3.gql(ApproveSwap, { input: { swapId: ownId } });
    expect(errorsOf(self.body.data?.approveShiftSwap.userErrors)).toEqual(['swapId:NOT_PERMITTED']);
    // An officer cannot take over a shift the requester leads.
    const officerLeads = await leader3.gql(RequestSwap, {
      input: { shiftId: (await shiftOf('二班', '2026-03-09', leader3)).id, colleagueId: id('officer6') },
    });
    expect(errorsOf(officerLeads.body.data?.requestShiftSwap.userErrors)).toEqual(['colleagueId:NOT_PERMITTED']);
    const ok = await director.gql(ApproveSwap, { input: { swapId: ownId } });
    expect(ok.body.data?.approveShiftSwap.userErrors).toEqual([]);
    const after = await shiftOf('二班', '2026-03-08');
    expect(after.leader.username).toBe('leader4');
    expect(people(after)).toContain('LEADER:leader4');
  });

  it('answers bad requests with userErrors naming the field, writing nothing', async () => {
    const before = await auditCount(steward);
    const mine = await shiftOf('一班', '2026-03-11', officer);
    const bad = async (input: Record<string, string | null>) =>
      errorsOf(
        (
          await officer.gql(RequestSwap, {
            input: { shiftId: mine.id, colleagueId: id('officer6'), ...input } as never,
          })
        ).body.data?.requestShiftSwap.userErrors,
      );
    expect(await bad({ shiftId: (await shiftOf('三班', '2026-03-05')).id })).toEqual(['shiftId:NOT_FOUND']);
    expect(await bad({ colleagueId: id('officer4') })).toEqual(['colleagueId:NOT_FOUND']);
    expect(await bad({ colleagueId: id('officer') })).toEqual(['colleagueId:NOT_FOUND']);
    expect(await bad({ colleagueId: id('officer2') })).toEqual(['colleagueId:CONFLICT']); // on it already
    expect(await bad({ colleagueId: id('director') })).toEqual(['colleagueId:CONFLICT']); // relief shift
    expect(await bad({ colleagueId: id('officer5'), colleagueShiftId: mine.id })).toEqual([
      'colleagueShiftId:NOT_FOUND',
    ]);
    expect(await bad({ reason: '因'.repeat(501) })).toEqual(['reason:TOO_LONG']);
    expect(await auditCount(steward)).toBe(before);
    // Nobody covers on a day off: officer6 takes the 10th off, and cannot cover officer's night.
    await director.gql(RecordLeave, {
      input: { staffId: id('officer6'), fromDate: '2026-03-10', toDate: '2026-03-10', reason: '调休' },
    });
    const night = await shiftOf('一班', '2026-03-10', officer);
    const off = await officer.gql(RequestSwap, { input: { shiftId: night.id, colleagueId: id('officer6') } });
    expect(errorsOf(off.body.data?.requestShiftSwap.userErrors)).toEqual(['colleagueId:CONFLICT']);
  });

  it('shows officers only the swaps they are party to', async () => {
    const seen = async (username: string) =>
      (await (await steward.login(username)).gql(Swaps, {})).body.data?.shiftSwaps.nodes ?? [];
    for (const s of await seen('officer6')) {
      expect([s.requester.username, s.colleague.username]).toContain('officer6');
    }
    expect((await seen('officer4')).length).toBe(0);
    expect((await seen('director')).length).toBe(demo.all + 5);
    const byShift = await director.gql(Swaps, {
      filter: { shiftId: (await shiftOf('一班', '2026-03-08')).id, statuses: ['APPROVED'] },
    });
    expect(byShift.body.data?.shiftSwaps.nodes.map((s) => s.id)).toEqual([cover]);
  });
});

describe('the director’s overview', () => {
  it('lists a day’s shifts with their people counted; officers see their own only', async () => {
    const res = await director.gql(Overview, { input: { date: '2026-03-02' } });
    const rows = res.body.data?.shiftsOverview ?? [];
    expect(rows.map((r) => `${r.shift.team?.name} ${r.shift.pattern.code} ${r.rostered}`)).toEqual([
      '一班 DAY 3',
      '机动班 MID 1',
      '二班 NIGHT 3',
    ]);
    const mine = (await officer.gql(Overview, { input: { date: '2026-03-02' } })).body.data?.shiftsOverview ?? [];
    expect(mine.map((r) => r.shift.team?.name)).toEqual(['一班']);
    const wrong = await director.gql(Overview, { input: { date: '2026-3-2' } });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts who is absent once the grace period has passed, and marks the shift current', async () => {
    clock.advance(2 * 3600_000 + 10 * 60_000); // 08:10 in Shanghai
    const rows = (await director.gql(Overview, {})).body.data?.shiftsOverview ?? [];
    const day = rows.find((r) => r.shift.team?.name === '一班');
    expect(day).toMatchObject({ current: true, rostered: 3, checkedIn: 0, absent: 3, onLeave: 0 });
    expect(rows.find((r) => r.shift.team?.name === '二班')?.current).toBe(false);
  });
});
