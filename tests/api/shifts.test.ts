import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Site } from '../../apps/api/src/features/sites/site.entity.js';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

/** Shift patterns, teams, rosters from a rotation and the shift cycle (R35, W5, SL-8). */
const ShiftFields = graphql(`
  fragment ShiftFields on Shift {
    id
    date
    status
    startsAt
    endsAt
    site { code }
    pattern { code startTime endTime crossesMidnight }
    team { name }
    leader { username }
    members { role staff { username } }
    viewerMayLead
  }
`);
void ShiftFields;

const CreatePattern = graphql(`
  mutation ShiftsCreatePattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id code startTime endTime lateGraceMinutes durationMinutes crossesMidnight } userErrors { field code } }
  }
`);
const UpdatePattern = graphql(`
  mutation ShiftsUpdatePattern($input: UpdateShiftPatternInput!) {
    updateShiftPattern(input: $input) { pattern { id active startTime } userErrors { field code } }
  }
`);
const CreateTeam = graphql(`
  mutation ShiftsCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id name leader { username } members { username } } userErrors { field code } }
  }
`);
const UpdateTeam = graphql(`
  mutation ShiftsUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) { team { id name members { username } active } userErrors { field code } }
  }
`);
const Teams = graphql(`
  query ShiftsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name site { code } leader { username } } }
`);
const Patterns = graphql(`
  query ShiftsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code site { code } } }
`);
const Generate = graphql(`
  mutation ShiftsGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { ...ShiftFields } kept userErrors { field code message } }
  }
`);
const Roster = graphql(`
  query ShiftsRoster($range: RosterRangeInput!) { roster(range: $range) { ...ShiftFields } }
`);
const List = graphql(`
  query ShiftsList($filter: ShiftFilter, $first: Int) {
    shifts(filter: $filter, first: $first) { totalCount nodes { ...ShiftFields } }
  }
`);
const One = graphql(`query ShiftsOne($id: ID!) { shift(id: $id) { ...ShiftFields } }`);
const Current = graphql(
  `query ShiftsCurrent { myCurrentShift { ...ShiftFields viewerMember { role attendanceStatus } } }`,
);
const Briefing = graphql(`
  mutation ShiftsBriefing($input: ShiftStepInput!) {
    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }
  }
`);
const OnDuty = graphql(`
  mutation ShiftsOnDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }
  }
`);
const HOUR = 3600_000;

let steward: TestSteward;
let clock: TestClock;
let director: Client;
let leader: Client;
let leader3: Client;
let leader2: Client;
let officer: Client;
let ids: Map<string, string>;
let pattern: { day: string; night: string };
let team1: string;

beforeAll(async () => {
  // A Monday early in March 2026, 06:00 in Shanghai: far from the demo roster around today.
  clock = new TestClock(new Date('2026-03-01T22:00:00Z'));
  steward = await startTestSteward({}, {}, { clock: clock.now });
  director = await steward.login('director');
  leader = await steward.login('leader');
  leader3 = await steward.login('leader3');
  leader2 = await steward.login('leader2');
  officer = await steward.login('officer');
  ids = await staffIds(steward);
  const patterns = (await director.gql(Patterns, { siteCode: 'CUIHU' })).body.data?.shiftPatterns ?? [];
  pattern = {
    day: patterns.find((p) => p.code === 'DAY')?.id as string,
    night: patterns.find((p) => p.code === 'NIGHT')?.id as string,
  };
  const teams = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams ?? [];
  team1 = teams.find((t) => t.name === '一班')?.id as string;
  expect(pattern.day && pattern.night && team1).toBeTruthy();
});
afterAll(() => steward?.close());

describe('shift patterns and teams', () => {
  it('lets the director add a pattern, crossing midnight, with grace periods', async () => {
    const res = await director.gql(CreatePattern, {
      input: {
        siteCode: 'CUIHU',
        code: 'late',
        nameZh: '中班',
        nameEn: 'Late shift',
        startTime: '16:00',
        endTime: '00:00',
        lateGraceMinutes: 10,
      },
    });
    const p = res.body.data?.createShiftPattern;
    expect(p?.userErrors).toEqual([]);
    expect(p?.pattern).toMatchObject({
      code: 'LATE',
      crossesMidnight: true,
      durationMinutes: 480,
      lateGraceMinutes: 10,
    });
    const again = await director.gql(CreatePattern, {
      input: { siteCode: 'CUIHU', code: 'LATE', nameZh: '中班', nameEn: 'Late', startTime: '16:00', endTime: '23:00' },
    });
    expect(again.body.data?.createShiftPattern.userErrors).toEqual([{ field: ['input', 'code'], code: 'TAKEN' }]);
    const off = await director.gql(UpdatePattern, { input: { patternId: p?.pattern?.id as string, active: false } });
    expect(off.body.data?.updateShiftPattern.pattern?.active).toBe(false);
  });

  it('refuses bad hours, grace periods and codes, naming each field, writing nothing', async () => {
    const before = await auditCount(steward);
    const res = await director.gql(CreatePattern, {
      input: {
        siteCode: 'CUIHU',
        code: 'a b',
        nameZh: '',
        nameEn: 'x'.repeat(101),
        startTime: '24:00',
        endTime: '8:00',
        lateGraceMinutes: -1,
        earlyLeaveGraceMinutes: 241,
      },
    });
    const fields = res.body.data?.createShiftPattern.userErrors.map((e) => e.field?.[1]).sort();
    expect(fields).toEqual([
      'code',
      'earlyLeaveGraceMinutes',
      'endTime',
      'lateGraceMinutes',
      'nameEn',
      'nameZh',
      'startTime',
    ]);
    const same = await director.gql(CreatePattern, {
      input: { siteCode: 'CUIHU', code: 'X', nameZh: '全天', nameEn: 'All day', startTime: '08:00', endTime: '08:00' },
    });
    expect(same.body.data?.createShiftPattern.userErrors).toEqual([{ field: ['input', 'endTime'], code: 'INVALID' }]);
    const nowhere = await director.gql(CreatePattern, {
      input: { siteCode: 'NOWHERE', code: 'X', nameZh: '白', nameEn: 'Day', startTime: '08:00', endTime: '17:00' },
    });
    expect(nowhere.body.data?.createShiftPattern.userErrors).toEqual([
      { field: ['input', 'siteCode'], code: 'NOT_FOUND' },
    ]);
    expect(await auditCount(steward)).toBe(before);
  });

  it('keeps patterns and teams to those who draft rosters', async () => {
    const res = await leader.gql(CreatePattern, {
      input: { siteCode: 'CUIHU', code: 'Y', nameZh: '白', nameEn: 'Day', startTime: '08:00', endTime: '17:00' },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Officers read the patterns (to read their roster) but cannot form teams.
    expect((await officer.gql(Patterns, { siteCode: 'CUIHU' })).body.data?.shiftPatterns.length).toBeGreaterThan(0);
    const team = await officer.gql(CreateTeam, {
      input: { siteCode: 'CUIHU', name: '四班', leaderId: ids.get('officer') as string, memberIds: [] },
    });
    expect(team.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('forms a team only of active staff at the site', async () => {
    const res = await director.gql(CreateTeam, {
      input: {
        siteCode: 'CUIHU',
        name: '机动班',
        leaderId: ids.get('leader3') as string,
        memberIds: [ids.get('officer4') as string],
      },
    });
    // officer4 works at JINQIAO.
    expect(res.body.data?.createTeam.userErrors).toEqual([{ field: ['input', 'memberIds'], code: 'NOT_FOUND' }]);
    const ok = await director.gql(CreateTeam, {
      input: {
        siteCode: 'CUIHU',
        name: '机动班',
        leaderId: ids.get('leader3') as string,
        memberIds: [ids.get('officer6') as string],
      },
    });
    expect(ok.body.data?.createTeam.team).toMatchObject({
      name: '机动班',
      leader: { username: 'leader3' },
      members: [{ username: 'officer6' }],
    });
    const renamed = await director.gql(UpdateTeam, {
      input: { teamId: ok.body.data?.createTeam.team?.id as string, name: '备勤班', active: false },
    });
    expect(renamed.body.data?.updateTeam.team).toMatchObject({ name: '备勤班', active: false });
    const dup = await director.gql(CreateTeam, {
      input: { siteCode: 'CUIHU', name: '一班', leaderId: ids.get('leader') as string, memberIds: [] },
    });
    expect(dup.body.data?.createTeam.userErrors).toEqual([{ field: ['input', 'name'], code: 'TAKEN' }]);
  });
});

describe('rosters from a rotation', () => {
  it('rosters day, day, night, night, off, off; a night shift belongs to the date it starts', async () => {
    const before = await auditCount(steward, { action: 'roster.generate' });
    const res = await director.gql(Generate, {
      input: {
        teamId: team1,
        from: '2026-03-02',
        to: '2026-03-13',
        rotation: [pattern.day, pattern.day, pattern.night, pattern.night, null, null],
      },
    });
    const g = res.body.data?.generateRoster;
    expect(g?.userErrors).toEqual([]);
    expect(g?.shifts.map((s) => `${s.date} ${s.pattern.code}`)).toEqual([
      '2026-03-02 DAY',
      '2026-03-03 DAY',
      '2026-03-04 NIGHT',
      '2026-03-05 NIGHT',
      '2026-03-08 DAY',
      '2026-03-09 DAY',
      '2026-03-10 NIGHT',
      '2026-03-11 NIGHT',
    ]);
    const night = g?.shifts.find((s) => s.date === '2026-03-04');
    // 20:00 on the 4th to 08:00 on the 5th, Shanghai time.
    expect(night?.startsAt).toBe('2026-03-04T12:00:00.000Z');
    expect(night?.endsAt).toBe('2026-03-05T00:00:00.000Z');
    expect(night?.leader.username).toBe('leader');
    expect(night?.members.map((m) => `${m.role}:${m.staff.username}`).sort()).toEqual([
      'LEADER:leader',
      'OFFICER:officer',
      'OFFICER:officer2',
    ]);
    expect(await auditCount(steward, { action: 'roster.generate' })).toBe(before + 1);

    // Again over an overlapping range: rostered dates are kept, not doubled.
    const again = await director.gql(Generate, {
      input: {
        teamId: team1,
        from: '2026-03-02',
        to: '2026-03-14',
        rotation: [pattern.day, pattern.day, pattern.night, pattern.night, null, null],
      },
    });
    expect(again.body.data?.generateRoster).toMatchObject({ kept: 8, userErrors: [] });
    expect(again.body.data?.generateRoster.shifts.map((s) => s.date)).toEqual(['2026-03-14']);
  });

  it('refuses a rotation that would put someone on two overlapping shifts, writing nothing', async () => {
    const teams = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams ?? [];
    const team2 = teams.find((t) => t.name === '二班')?.id as string;
    // Put officer (of 一班) into 二班 as well, then roster 二班 on a day 一班 works.
    const members = [ids.get('officer3'), ids.get('officer5'), ids.get('officer')] as string[];
    expect(
      (await director.gql(UpdateTeam, { input: { teamId: team2, memberIds: members } })).body.data?.updateTeam
        .userErrors,
    ).toEqual([]);
    const before = await steward.orm.em.fork().count('Shift', {});
    const res = await director.gql(Generate, {
      input: { teamId: team2, from: '2026-03-02', to: '2026-03-03', rotation: [pattern.day] },
    });
    expect(res.body.data?.generateRoster.userErrors).toMatchObject([
      { field: ['input', 'rotation'], code: 'CONFLICT' },
    ]);
    expect(res.body.data?.generateRoster.userErrors[0]?.message).toContain('陈磊');
    expect(await steward.orm.em.fork().count('Shift', {})).toBe(before);
    await director.gql(UpdateTeam, { input: { teamId: team2, memberIds: members.slice(0, 2) } });
  });

  it('answers bad ranges and rotations with userErrors naming the field', async () => {
    const bad = async (input: Record<string, unknown>) =>
      (
        await director.gql(Generate, {
          input: { teamId: team1, from: '2026-04-01', to: '2026-04-02', rotation: [pattern.day], ...input } as never,
        })
      ).body.data?.generateRoster.userErrors.map((e) => `${e.field?.[1]}:${e.code}`);
    expect(await bad({ to: '2026-03-31' })).toEqual(['to:OUT_OF_RANGE']);
    expect(await bad({ to: '2026-09-01' })).toEqual(['to:OUT_OF_RANGE']);
    expect(await bad({ from: '2026-02-30' })).toEqual(['from:INVALID']);
    expect(await bad({ rotation: [] })).toEqual(['rotation:OUT_OF_RANGE']);
    expect(await bad({ rotation: [null, null] })).toEqual(['rotation:INVALID']);
    expect(await bad({ rotation: [ids.get('officer')] })).toEqual(['rotation:NOT_FOUND']);
    expect(await bad({ teamId: ids.get('officer') })).toEqual(['teamId:NOT_FOUND']);
    // A pattern of another site.
    const jq = (await director.gql(Patterns, { siteCode: 'JINQIAO' })).body.data?.shiftPatterns[0]?.id;
    expect(await bad({ rotation: [jq] })).toEqual(['rotation:NOT_FOUND']);
  });

  it('keeps each roster to who drafts it: a leader may not, another site’s leader sees nothing', async () => {
    const res = await leader.gql(Generate, {
      input: { teamId: team1, from: '2026-04-01', to: '2026-04-02', rotation: [pattern.day] },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const range = { from: '2026-03-01', to: '2026-03-15', siteCode: 'CUIHU' };
    expect((await leader2.gql(Roster, { range })).body.data?.roster).toEqual([]);
    expect((await leader3.gql(Roster, { range })).body.data?.roster.length).toBe(9);
    const mine = (await officer.gql(Roster, { range })).body.data?.roster ?? [];
    expect(mine.length).toBe(9);
    expect(mine.every((s) => s.members.some((m) => m.staff.username === 'officer'))).toBe(true);
    // officer6 (三班) is on none of them.
    const other = await steward.login('officer6');
    expect((await other.gql(Roster, { range })).body.data?.roster).toEqual([]);
  });

  it('lists by person and pages in order of start; refuses ranges past 62 days', async () => {
    const list = await director.gql(List, {
      filter: { staffId: ids.get('officer2'), from: '2026-03-01', to: '2026-03-31' },
      first: 3,
    });
    expect(list.body.data?.shifts.totalCount).toBe(9);
    expect(list.body.data?.shifts.nodes.map((s) => s.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    const wide = await director.gql(Roster, { range: { from: '2026-01-01', to: '2026-03-31' } });
    expect(wide.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('follows the site’s time zone, including a night when the clocks change', async () => {
    await steward.orm.em.fork().nativeUpdate(Site, { code: 'JINQIAO' }, { timeZone: 'America/New_York' });
    const night = await director.gql(CreatePattern, {
      input: {
        siteCode: 'JINQIAO',
        code: 'NIGHT2',
        nameZh: '夜班',
        nameEn: 'Night',
        startTime: '20:00',
        endTime: '08:00',
      },
    });
    const team = (await director.gql(Teams, { siteCode: 'JINQIAO' })).body.data?.teams[0]?.id as string;
    const res = await director.gql(Generate, {
      input: {
        teamId: team,
        from: '2026-03-06',
        to: '2026-03-08',
        rotation: [night.body.data?.createShiftPattern.pattern?.id as string],
      },
    });
    const shifts = res.body.data?.generateRoster.shifts ?? [];
    expect(shifts.map((s) => [s.date, s.startsAt, s.endsAt])).toEqual([
      ['2026-03-06', '2026-03-07T01:00:00.000Z', '2026-03-07T13:00:00.000Z'],
      // US clocks spring forward at 02:00 on the 8th: this night is an hour shorter.
      ['2026-03-07', '2026-03-08T01:00:00.000Z', '2026-03-08T12:00:00.000Z'],
      ['2026-03-08', '2026-03-09T00:00:00.000Z', '2026-03-09T12:00:00.000Z'],
    ]);
    await steward.orm.em.fork().nativeUpdate(Site, { code: 'JINQIAO' }, { timeZone: 'Asia/Shanghai' });
  });
});

describe('the shift cycle', () => {
  const firstShift = async () =>
    (await director.gql(Roster, { range: { from: '2026-03-02', to: '2026-03-02', teamId: team1 } })).body.data
      ?.roster[0];

  it('shows the officer their shift from two hours before it starts', async () => {
    // 06:00 Shanghai on the 2nd: the 08:00 day shift is current.
    const res = await officer.gql(Current);
    expect(res.body.data?.myCurrentShift).toMatchObject({
      date: '2026-03-02',
      pattern: { code: 'DAY' },
      viewerMember: { role: 'OFFICER', attendanceStatus: 'EXPECTED' },
      viewerMayLead: false,
    });
    expect((await steward.login('officer6').then((c) => c.gql(Current))).body.data?.myCurrentShift).toBeNull();
  });

  it('lets only the shift’s own leader (or the director) run it, through the cycle in order', async () => {
    const shift = await firstShift();
    const input = { shiftId: shift?.id as string };
    expect(shift?.viewerMayLead).toBe(true);
    // Another team's leader at the same site sees the shift but may not run it.
    expect((await leader3.gql(One, { id: input.shiftId })).body.data?.shift?.viewerMayLead).toBe(false);
    expect((await leader3.gql(Briefing, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leader2.gql(Briefing, { input })).body.data?.startShiftBriefing.userErrors).toEqual([
      { field: ['input', 'shiftId'], code: 'NOT_FOUND' },
    ]);
    expect((await officer.gql(Briefing, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Tomorrow's shift cannot start yet.
    const tomorrow = (await director.gql(Roster, { range: { from: '2026-03-03', to: '2026-03-03', teamId: team1 } }))
      .body.data?.roster[0];
    expect(
      (await leader.gql(Briefing, { input: { shiftId: tomorrow?.id as string } })).body.data?.startShiftBriefing
        .userErrors,
    ).toEqual([{ field: ['input', 'shiftId'], code: 'OUT_OF_RANGE' }]);

    expect((await leader.gql(Briefing, { input })).body.data?.startShiftBriefing.shift?.status).toBe('BRIEFING');
    expect((await leader.gql(Briefing, { input })).body.data?.startShiftBriefing.userErrors[0]?.code).toBe(
      'INVALID_TRANSITION',
    );
    clock.advance(2 * HOUR);
    expect((await leader.gql(OnDuty, { input })).body.data?.startShiftDuty.shift?.status).toBe('ON_DUTY');
    expect((await officer.gql(Current)).body.data?.myCurrentShift?.status).toBe('ON_DUTY');
  });
});
