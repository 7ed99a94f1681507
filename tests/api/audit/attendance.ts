import { zonedParts } from '../../../apps/api/src/features/shifts/zoned-time.js';
import { graphql } from '../../gql/index.js';
import { type AuditFeature, type AuditHarness, type Expectation, keyOf, type Scenario } from './harness.js';

const CreatePattern = graphql(`
  mutation AuditAttCreatePattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const CreateTeam = graphql(`
  mutation AuditAttCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation AuditAttGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id } userErrors { field code message } }
  }
`);
const Briefing = graphql(`
  mutation AuditAttBriefing($input: ShiftStepInput!) {
    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }
  }
`);
const Members = graphql(`
  query AuditAttMembers($id: ID!) {
    shift(id: $id) { id members { id checkInAt staff { username } } }
  }
`);
const RollCall = graphql(`
  mutation AuditRecordRollCall($input: RecordRollCallInput!) {
    recordRollCall(input: $input) { shift { id } userErrors { field code } }
  }
`);
const Grooming = graphql(`
  mutation AuditRecordGroomingCheck($input: RecordGroomingCheckInput!) {
    recordGroomingCheck(input: $input) { groomingCheck { id } userErrors { field code } }
  }
`);
const Posts = graphql(`
  mutation AuditAssignShiftPosts($input: AssignShiftPostsInput!) {
    assignShiftPosts(input: $input) { shift { id } userErrors { field code } }
  }
`);
const Topics = graphql(`
  mutation AuditRecordShiftBriefing($input: RecordShiftBriefingInput!) {
    recordShiftBriefing(input: $input) { briefing { id } userErrors { field code } }
  }
`);
const CheckIn = graphql(`
  mutation AuditCheckIn($input: AttendanceInput!) {
    checkIn(input: $input) { member { id } userErrors { field code } }
  }
`);
const CheckOut = graphql(`
  mutation AuditCheckOut($input: AttendanceInput!) {
    checkOut(input: $input) { member { id } userErrors { field code } }
  }
`);
const Record = graphql(`
  mutation AuditRecordDiscipline($input: RecordDisciplineInput!) {
    recordDiscipline(input: $input) { record { id } userErrors { field code } }
  }
`);
const Correct = graphql(`
  mutation AuditCorrectDiscipline($input: CorrectDisciplineInput!) {
    correctDiscipline(input: $input) { record { id } userErrors { field code } }
  }
`);
const Escalate = graphql(`
  mutation AuditEscalateDiscipline($input: EscalateDisciplineInput!) {
    escalateDiscipline(input: $input) { record { id } userErrors { field code } }
  }
`);
const Void = graphql(`
  mutation AuditVoidDiscipline($input: VoidDisciplineInput!) {
    voidDiscipline(input: $input) { record { id } userErrors { field code } }
  }
`);

const step = (actor: string, action: string, targetType: string, targetId: string, touches: string[]): Expectation => ({
  actor,
  action,
  targetType,
  targetId,
  secrets: [],
  touches,
});

/** The shift all scenarios act on: about to start, led by `fire` (so run by the director), `analyst` and `tech` on it. */
interface Stage {
  shift: string;
  analyst: string;
  tech: string;
}

function stageOf(h: AuditHarness): () => Promise<Stage> {
  let staged: Promise<Stage> | null = null;
  const build = async (): Promise<Stage> => {
    const director = await h.as('director');
    // People on no demo team, so on nothing that could overlap; an hour from now (Shanghai time).
    const start = zonedParts(new Date(Date.now() + 3600_000), 'Asia/Shanghai');
    const end = zonedParts(new Date(Date.now() + 2 * 3600_000), 'Asia/Shanghai');
    const pattern = await h.must(
      await director.gql(CreatePattern, {
        input: {
          siteCode: 'CUIHU',
          code: 'ATTAUD',
          nameZh: '考勤审计班',
          nameEn: 'Attendance audit',
          startTime: start.time,
          endTime: end.time,
        },
      }),
    );
    const team = await h.must(
      await director.gql(CreateTeam, {
        input: {
          siteCode: 'CUIHU',
          name: '考勤审计',
          leaderId: h.ids().get('fire') as string,
          memberIds: [h.ids().get('analyst') as string, h.ids().get('tech') as string],
        },
      }),
    );
    const generated = await h.must(
      await director.gql(Generate, {
        input: {
          teamId: team.createTeam.team?.id ?? '-',
          from: start.date,
          to: start.date,
          rotation: [pattern.createShiftPattern.pattern?.id ?? '-'],
        },
      }),
    );
    const shift = generated.generateRoster.shifts[0]?.id ?? '-';
    await h.must(await director.gql(Briefing, { input: { shiftId: shift } }));
    const members = (await director.gql(Members, { id: shift })).body.data?.shift?.members ?? [];
    const of = (u: string) => members.find((m) => m.staff.username === u)?.id ?? '-';
    return { shift, analyst: of('analyst'), tech: of('tech') };
  };
  return () => {
    staged ??= build();
    return staged;
  };
}

export const attendanceAudit: AuditFeature = {
  tables: [
    ['shift_briefing', 'id'],
    ['grooming_check', 'id'],
    ['discipline_record', 'id'],
  ],
  departments: {
    ShiftMember: 'select s.department_key as d from shift_member m join shift s on s.id = m.shift_id where m.id = ?',
    ShiftBriefing:
      'select s.department_key as d from shift_briefing b join shift s on s.id = b.shift_id where b.id = ?',
    GroomingCheck:
      'select s.department_key as d from grooming_check g join shift s on s.id = g.shift_id where g.id = ?',
    DisciplineRecord:
      'select s.department_key as d from discipline_record r join shift s on s.id = r.shift_id where r.id = ?',
  },
  scenarios(h) {
    const stage = stageOf(h);
    const director = () => h.as('director');
    /** The analyst present at the roll call (a step of the stage, not under test). */
    const present = async (s: Stage) =>
      h.must(
        await (await director()).gql(RollCall, {
          input: { shiftId: s.shift, entries: [{ memberId: s.analyst, rollCall: 'PRESENT' }] },
        }),
      );
    /** A discipline record by hand, to act on. */
    const recorded = async (s: Stage) => {
      const res = await h.must(
        await (await director()).gql(Record, {
          input: { memberId: s.tech, kind: 'OTHER', observation: '审计：值班时使用手机' },
        }),
      );
      return res.recordDiscipline.record?.id ?? '-';
    };
    const scenarios: Record<string, Scenario> = {
      recordRollCall: async () => {
        const s = await stage();
        return async () => {
          const res = await (await director()).gql(RollCall, {
            input: {
              shiftId: s.shift,
              entries: [
                { memberId: s.analyst, rollCall: 'PRESENT' },
                { memberId: s.tech, rollCall: 'ABSENT' },
              ],
            },
          });
          return {
            res,
            expect: step('director', 'shift.roll_call', 'Shift', s.shift, [
              'shift_member:',
              'discipline_record:',
              'notification:',
            ]),
          };
        };
      },
      recordGroomingCheck: async () => {
        const s = await stage();
        await present(s);
        return async () => {
          const res = await (await director()).gql(Grooming, {
            input: { memberId: s.analyst, uniform: true, badge: false, appearance: true, equipment: true },
          });
          const id = res.body.data?.recordGroomingCheck.groomingCheck?.id ?? '-';
          return {
            res,
            expect: step('director', 'grooming.check', 'GroomingCheck', id, [
              'grooming_check:',
              'discipline_record:',
              'notification:',
            ]),
          };
        };
      },
      assignShiftPosts: async () => {
        const s = await stage();
        await present(s);
        return async () => {
          const res = await (await director()).gql(Posts, {
            input: { shiftId: s.shift, assignments: [{ memberId: s.analyst, post: 'PATROL' }] },
          });
          return {
            res,
            expect: step('director', 'shift.assign_posts', 'Shift', s.shift, [`shift_member:${keyOf(s.analyst)}`]),
          };
        };
      },
      recordShiftBriefing: async () => {
        const s = await stage();
        return async () => {
          const res = await (await director()).gql(Topics, {
            input: { shiftId: s.shift, topics: ['审计：交代当班重点'], notes: null },
          });
          const id = res.body.data?.recordShiftBriefing.briefing?.id ?? '-';
          return { res, expect: step('director', 'shift_briefing.record', 'ShiftBriefing', id, ['shift_briefing:']) };
        };
      },
      checkIn: async () => {
        const s = await stage();
        const analyst = await h.as('analyst');
        return async () => {
          // The analyst, on the shift, checks themself in.
          const res = await analyst.gql(CheckIn, { input: { memberId: s.analyst } });
          return {
            res,
            expect: step('analyst', 'attendance.check_in', 'ShiftMember', s.analyst, [
              `shift_member:${keyOf(s.analyst)}`,
            ]),
          };
        };
      },
      checkOut: async () => {
        const s = await stage();
        const analyst = await h.as('analyst');
        const members = (await analyst.gql(Members, { id: s.shift })).body.data?.shift?.members ?? [];
        if (!members.find((m) => m.id === s.analyst)?.checkInAt) {
          await h.must(await analyst.gql(CheckIn, { input: { memberId: s.analyst } }));
        }
        return async () => {
          // Before the shift ends: left early, which raises a record reported to the director.
          const res = await analyst.gql(CheckOut, { input: { memberId: s.analyst } });
          return {
            res,
            expect: step('analyst', 'attendance.check_out', 'ShiftMember', s.analyst, [
              `shift_member:${keyOf(s.analyst)}`,
              'discipline_record:',
              'notification:',
            ]),
          };
        };
      },
      recordDiscipline: async () => {
        const s = await stage();
        return async () => {
          const res = await (await director()).gql(Record, {
            input: { memberId: s.tech, kind: 'ABSENT_FROM_POST', observation: '审计：巡查时发现脱岗' },
          });
          const id = res.body.data?.recordDiscipline.record?.id ?? '-';
          return {
            res,
            expect: step('director', 'discipline.record', 'DisciplineRecord', id, [
              'discipline_record:',
              'notification:',
            ]),
          };
        };
      },
      correctDiscipline: async () => {
        const id = await recorded(await stage());
        return async () => {
          const res = await (await director()).gql(Correct, { input: { recordId: id, correction: '审计：已纠正' } });
          return {
            res,
            expect: step('director', 'discipline.correct', 'DisciplineRecord', id, [`discipline_record:${keyOf(id)}`]),
          };
        };
      },
      escalateDiscipline: async () => {
        const id = await recorded(await stage());
        return async () => {
          // The director passes it up to the company manager, who is told.
          const res = await (await director()).gql(Escalate, { input: { recordId: id, note: '审计：屡教不改' } });
          return {
            res,
            expect: step('director', 'discipline.escalate', 'DisciplineRecord', id, [
              `discipline_record:${keyOf(id)}`,
              'notification:',
            ]),
          };
        };
      },
      voidDiscipline: async () => {
        const id = await recorded(await stage());
        return async () => {
          const res = await (await director()).gql(Void, { input: { recordId: id, reason: '审计：记录有误' } });
          return {
            res,
            expect: step('director', 'discipline.void', 'DisciplineRecord', id, [`discipline_record:${keyOf(id)}`]),
          };
        };
      },
    };
    return scenarios;
  },
};
