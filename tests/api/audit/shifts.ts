import { zonedParts } from '../../../apps/api/src/features/shifts/zoned-time.js';
import { graphql } from '../../gql/index.js';
import { type AuditFeature, type Expectation, keyOf, type Scenario } from './harness.js';

const CreatePattern = graphql(`
  mutation AuditCreateShiftPattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const UpdatePattern = graphql(`
  mutation AuditUpdateShiftPattern($input: UpdateShiftPatternInput!) {
    updateShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const CreateTeam = graphql(`
  mutation AuditCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const UpdateTeam = graphql(`
  mutation AuditUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation AuditGenerateRoster($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id } userErrors { field code message } }
  }
`);
const Briefing = graphql(`
  mutation AuditStartShiftBriefing($input: ShiftStepInput!) {
    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }
  }
`);
const OnDuty = graphql(`
  mutation AuditStartShiftDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id } userErrors { field code } }
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

let serial = 0;

export const shiftsAudit: AuditFeature = {
  tables: [
    ['shift_pattern', 'id'],
    ['team', 'id'],
    ['team_member', "team_id || '/' || staff_id"],
    ['shift', 'id'],
    ['shift_member', 'id'],
  ],
  departments: {
    ShiftPattern: "select 'order_maintenance' as d from shift_pattern where id = ?",
    Team: 'select department_key as d from team where id = ?',
    Shift: 'select department_key as d from shift where id = ?',
  },
  scenarios(h) {
    /** A one-hour pattern at CUIHU starting an hour from now (Shanghai time). */
    const patternSoon = async () => {
      serial += 1;
      const start = zonedParts(new Date(Date.now() + 3600_000), 'Asia/Shanghai');
      const end = zonedParts(new Date(Date.now() + 2 * 3600_000), 'Asia/Shanghai');
      const res = await h.must(
        await (await h.as('director')).gql(CreatePattern, {
          input: {
            siteCode: 'CUIHU',
            code: `AUD${serial}`,
            nameZh: '审计班',
            nameEn: 'Audit shift',
            startTime: start.time,
            endTime: end.time,
          },
        }),
      );
      return { id: res.createShiftPattern.pattern?.id ?? '-', date: start.date };
    };
    /** A shift led by someone on no demo team (so on nothing that could overlap), about to start. */
    const shiftSoon = async (leader: string) => {
      const pattern = await patternSoon();
      const team = await h.must(
        await (await h.as('director')).gql(CreateTeam, {
          input: {
            siteCode: 'CUIHU',
            name: `审计${serial}`,
            leaderId: h.ids().get(leader) as string,
            memberIds: [],
          },
        }),
      );
      const generated = await h.must(
        await (await h.as('director')).gql(Generate, {
          input: {
            teamId: team.createTeam.team?.id ?? '-',
            from: pattern.date,
            to: pattern.date,
            rotation: [pattern.id],
          },
        }),
      );
      return generated.generateRoster.shifts[0]?.id ?? '-';
    };
    const scenarios: Record<string, Scenario> = {
      createShiftPattern: async () => {
        const director = await h.as('director');
        return async () => {
          const res = await director.gql(CreatePattern, {
            input: {
              siteCode: 'CUIHU',
              code: 'AUDIT',
              nameZh: '审计',
              nameEn: 'Audit',
              startTime: '07:00',
              endTime: '19:00',
            },
          });
          const id = res.body.data?.createShiftPattern.pattern?.id ?? '-';
          return { res, expect: step('director', 'shift_pattern.create', 'ShiftPattern', id, ['shift_pattern:']) };
        };
      },
      updateShiftPattern: async () => {
        const { id } = await patternSoon();
        return async () => {
          const res = await (await h.as('director')).gql(UpdatePattern, {
            input: { patternId: id, lateGraceMinutes: 15 },
          });
          return {
            res,
            expect: step('director', 'shift_pattern.update', 'ShiftPattern', id, [`shift_pattern:${keyOf(id)}`]),
          };
        };
      },
      createTeam: async () => {
        const director = await h.as('director');
        return async () => {
          const res = await director.gql(CreateTeam, {
            input: {
              siteCode: 'CUIHU',
              name: '审计班组',
              leaderId: h.ids().get('leader3') as string,
              memberIds: [h.ids().get('officer5') as string],
            },
          });
          const id = res.body.data?.createTeam.team?.id ?? '-';
          return { res, expect: step('director', 'team.create', 'Team', id, ['team:', 'team_member:']) };
        };
      },
      updateTeam: async () => {
        const team = await h.must(
          await (await h.as('director')).gql(CreateTeam, {
            input: { siteCode: 'CUIHU', name: '审计改名', leaderId: h.ids().get('leader4') as string, memberIds: [] },
          }),
        );
        const id = team.createTeam.team?.id ?? '-';
        return async () => {
          const res = await (await h.as('director')).gql(UpdateTeam, {
            input: { teamId: id, name: '审计已改名', memberIds: [h.ids().get('officer6') as string] },
          });
          return {
            res,
            expect: step('director', 'team.update', 'Team', id, [`team:${keyOf(id)}`, `team_member:${keyOf(id)}`]),
          };
        };
      },
      generateRoster: async () => {
        const pattern = await patternSoon();
        const team = await h.must(
          await (await h.as('director')).gql(CreateTeam, {
            input: { siteCode: 'CUIHU', name: '审计排班', leaderId: h.ids().get('manager') as string, memberIds: [] },
          }),
        );
        const id = team.createTeam.team?.id ?? '-';
        return async () => {
          // A day far ahead, on which the manager is on nothing else.
          const res = await (await h.as('director')).gql(Generate, {
            input: { teamId: id, from: '2030-06-01', to: '2030-06-02', rotation: [pattern.id] },
          });
          return { res, expect: step('director', 'roster.generate', 'Team', id, ['shift:', 'shift_member:']) };
        };
      },
      startShiftBriefing: async () => {
        const id = await shiftSoon('manager');
        return async () => {
          const res = await (await h.as('director')).gql(Briefing, { input: { shiftId: id } });
          return { res, expect: step('director', 'shift.start_briefing', 'Shift', id, [`shift:${keyOf(id)}`]) };
        };
      },
      startShiftDuty: async () => {
        const id = await shiftSoon('clerk');
        return async () => {
          const res = await (await h.as('director')).gql(OnDuty, { input: { shiftId: id } });
          return { res, expect: step('director', 'shift.start_duty', 'Shift', id, [`shift:${keyOf(id)}`]) };
        };
      },
    };
    return scenarios;
  },
};
