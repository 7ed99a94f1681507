import { graphql } from '../../gql/index.js';
import { type AuditFeature, type AuditHarness, type Expectation, keyOf, type Scenario } from './harness.js';

const Patterns = graphql(`query AuditRosterPatterns { shiftPatterns(siteCode: "CUIHU") { id code } }`);
const CreateTeam = graphql(`
  mutation AuditRosterCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation AuditRosterGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id members { id staff { username } } } userErrors { field code message } }
  }
`);
const AddMember = graphql(`
  mutation AuditAddShiftMember($input: AddShiftMemberInput!) {
    addShiftMember(input: $input) { shift { id } userErrors { field code } }
  }
`);
const RemoveMember = graphql(`
  mutation AuditRemoveShiftMember($input: RemoveShiftMemberInput!) {
    removeShiftMember(input: $input) { shift { id } userErrors { field code } }
  }
`);
const ChangeLeader = graphql(`
  mutation AuditChangeShiftLeader($input: ChangeShiftLeaderInput!) {
    changeShiftLeader(input: $input) { shift { id } userErrors { field code } }
  }
`);
const SetLeave = graphql(`
  mutation AuditSetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {
    setShiftMemberLeave(input: $input) { shift { id } userErrors { field code } }
  }
`);
const RecordLeave = graphql(`
  mutation AuditRecordStaffLeave($input: RecordStaffLeaveInput!) {
    recordStaffLeave(input: $input) { leave { id } userErrors { field code } }
  }
`);
const CancelLeave = graphql(`
  mutation AuditCancelStaffLeave($input: CancelStaffLeaveInput!) {
    cancelStaffLeave(input: $input) { leave { id } userErrors { field code } }
  }
`);
const RequestSwap = graphql(`
  mutation AuditRequestShiftSwap($input: RequestShiftSwapInput!) {
    requestShiftSwap(input: $input) { swap { id } userErrors { field code message } }
  }
`);
const ApproveSwap = graphql(`
  mutation AuditApproveShiftSwap($input: DecideShiftSwapInput!) {
    approveShiftSwap(input: $input) { swap { id } userErrors { field code message } }
  }
`);
const RejectSwap = graphql(`
  mutation AuditRejectShiftSwap($input: DecideShiftSwapInput!) {
    rejectShiftSwap(input: $input) { swap { id } userErrors { field code } }
  }
`);
const CancelSwap = graphql(`
  mutation AuditCancelShiftSwap($input: CancelShiftSwapInput!) {
    cancelShiftSwap(input: $input) { swap { id } userErrors { field code } }
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

/**
 * A day shift at CUIHU on a day of its own, years ahead (nobody is on anything then): leader4
 * leads it with officer6, and a scenario changes it.
 */
async function farShift(h: AuditHarness): Promise<{ shiftId: string; members: Map<string, string> }> {
  serial += 1;
  const director = await h.as('director');
  const day = (await h.must(await director.gql(Patterns))).shiftPatterns.find((p) => p.code === 'DAY')?.id ?? '-';
  const team = await h.must(
    await director.gql(CreateTeam, {
      input: {
        siteCode: 'CUIHU',
        name: `审计调班${serial}`,
        leaderId: h.ids().get('leader4') as string,
        memberIds: [h.ids().get('officer6') as string],
      },
    }),
  );
  const date = `2031-03-${String(serial).padStart(2, '0')}`;
  const generated = await h.must(
    await director.gql(Generate, {
      input: { teamId: team.createTeam.team?.id ?? '-', from: date, to: date, rotation: [day] },
    }),
  );
  const shift = generated.generateRoster.shifts[0];
  return {
    shiftId: shift?.id ?? '-',
    members: new Map((shift?.members ?? []).map((m) => [m.staff.username, m.id])),
  };
}

/** officer6 asks officer5 to cover one such shift. */
async function swapRequested(h: AuditHarness): Promise<{ shiftId: string; swapId: string }> {
  const { shiftId } = await farShift(h);
  const res = await h.must(
    await (await h.as('officer6')).gql(RequestSwap, {
      input: { shiftId, colleagueId: h.ids().get('officer5') as string, reason: '审计' },
    }),
  );
  return { shiftId, swapId: res.requestShiftSwap.swap?.id ?? '-' };
}

export const rostersAudit: AuditFeature = {
  tables: [
    ['shift_swap', 'id'],
    ['staff_leave', 'id'],
  ],
  departments: {
    ShiftSwap: 'select department_key as d from shift_swap where id = ?',
    StaffLeave: 'select department_key as d from staff_leave where id = ?',
    Shift: 'select department_key as d from shift where id = ?',
  },
  scenarios(h) {
    const scenarios: Record<string, Scenario> = {
      addShiftMember: async () => {
        const { shiftId } = await farShift(h);
        return async () => {
          const res = await (await h.as('director')).gql(AddMember, {
            input: { shiftId, staffId: h.ids().get('officer5') as string },
          });
          return { res, expect: step('director', 'roster.add_member', 'Shift', shiftId, ['shift_member:']) };
        };
      },
      removeShiftMember: async () => {
        const { shiftId, members } = await farShift(h);
        const memberId = members.get('officer6') as string;
        return async () => {
          const res = await (await h.as('director')).gql(RemoveMember, { input: { memberId, reason: '审计' } });
          return {
            res,
            expect: step('director', 'roster.remove_member', 'Shift', shiftId, [`shift_member:${keyOf(memberId)}`]),
          };
        };
      },
      changeShiftLeader: async () => {
        const { shiftId } = await farShift(h);
        return async () => {
          const res = await (await h.as('director')).gql(ChangeLeader, {
            input: { shiftId, leaderId: h.ids().get('leader3') as string },
          });
          return {
            res,
            expect: step('director', 'roster.change_leader', 'Shift', shiftId, [
              `shift:${keyOf(shiftId)}`,
              'shift_member:',
            ]),
          };
        };
      },
      setShiftMemberLeave: async () => {
        const { shiftId, members } = await farShift(h);
        const memberId = members.get('officer6') as string;
        return async () => {
          const res = await (await h.as('director')).gql(SetLeave, {
            input: { memberId, onLeave: true, note: '调休' },
          });
          return {
            res,
            expect: step('director', 'roster.set_leave', 'Shift', shiftId, [`shift_member:${keyOf(memberId)}`]),
          };
        };
      },
      recordStaffLeave: async () => {
        const director = await h.as('director');
        return async () => {
          const res = await director.gql(RecordLeave, {
            input: {
              staffId: h.ids().get('officer5') as string,
              fromDate: '2032-01-04',
              toDate: '2032-01-06',
              reason: '年假',
            },
          });
          const id = res.body.data?.recordStaffLeave.leave?.id ?? '-';
          return { res, expect: step('director', 'staff_leave.record', 'StaffLeave', id, ['staff_leave:']) };
        };
      },
      cancelStaffLeave: async () => {
        const recorded = await h.must(
          await (await h.as('director')).gql(RecordLeave, {
            input: {
              staffId: h.ids().get('officer6') as string,
              fromDate: '2032-02-02',
              toDate: '2032-02-02',
              reason: '事假',
            },
          }),
        );
        const id = recorded.recordStaffLeave.leave?.id ?? '-';
        return async () => {
          const res = await (await h.as('director')).gql(CancelLeave, { input: { leaveId: id, reason: '取消' } });
          return {
            res,
            expect: step('director', 'staff_leave.cancel', 'StaffLeave', id, [`staff_leave:${keyOf(id)}`]),
          };
        };
      },
      requestShiftSwap: async () => {
        const { shiftId } = await farShift(h);
        const officer6 = await h.as('officer6');
        return async () => {
          const res = await officer6.gql(RequestSwap, {
            input: { shiftId, colleagueId: h.ids().get('officer5') as string, reason: '家中有事' },
          });
          const id = res.body.data?.requestShiftSwap.swap?.id ?? '-';
          return {
            res,
            expect: step('officer6', 'shift_swap.request', 'ShiftSwap', id, ['shift_swap:', 'notification:']),
          };
        };
      },
      approveShiftSwap: async () => {
        const { swapId } = await swapRequested(h);
        const leader4 = await h.as('leader4');
        return async () => {
          const res = await leader4.gql(ApproveSwap, { input: { swapId, note: '同意' } });
          return {
            res,
            expect: step('leader4', 'shift_swap.approve', 'ShiftSwap', swapId, [
              `shift_swap:${keyOf(swapId)}`,
              'shift_member:',
              'notification:',
            ]),
          };
        };
      },
      rejectShiftSwap: async () => {
        const { swapId } = await swapRequested(h);
        const leader4 = await h.as('leader4');
        return async () => {
          const res = await leader4.gql(RejectSwap, { input: { swapId, note: '人手不足' } });
          return {
            res,
            expect: step('leader4', 'shift_swap.reject', 'ShiftSwap', swapId, [
              `shift_swap:${keyOf(swapId)}`,
              'notification:',
            ]),
          };
        };
      },
      cancelShiftSwap: async () => {
        const { swapId } = await swapRequested(h);
        const officer6 = await h.as('officer6');
        return async () => {
          const res = await officer6.gql(CancelSwap, { input: { swapId } });
          return {
            res,
            expect: step('officer6', 'shift_swap.cancel', 'ShiftSwap', swapId, [
              `shift_swap:${keyOf(swapId)}`,
              'notification:',
            ]),
          };
        };
      },
    };
    return scenarios;
  },
};
