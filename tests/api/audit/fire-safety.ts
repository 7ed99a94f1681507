import { graphql } from '../../gql/index.js';
import { type AuditFeature, type Expectation, freshStaff, keyOf, type Scenario } from './harness.js';

const CreateUnit = graphql(`
  mutation AuditFireCreateUnit($input: CreateKeyUnitInput!) {
    createKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }
  }
`);
const UpdateUnit = graphql(`
  mutation AuditFireUpdateUnit($input: UpdateKeyUnitInput!) {
    updateKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }
  }
`);
const Assign = graphql(`
  mutation AuditFireAssign($input: AssignFireResponsibilityInput!) {
    assignFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }
  }
`);
const End = graphql(`
  mutation AuditFireEnd($input: EndFireResponsibilityInput!) {
    endFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }
  }
`);
const Draft = graphql(`
  mutation AuditFireDraft($input: DraftEmergencyPlanInput!) {
    draftEmergencyPlan(input: $input) { plan { id } userErrors { field code } }
  }
`);
const UpdateDraft = graphql(`
  mutation AuditFireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {
    updateEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }
  }
`);
const Approve = graphql(`
  mutation AuditFireApprove($input: EmergencyPlanStepInput!) {
    approveEmergencyPlan(input: $input) { plan { id } userErrors { field code } }
  }
`);
const Withdraw = graphql(`
  mutation AuditFireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {
    withdrawEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }
  }
`);
const ConfirmRead = graphql(`
  mutation AuditFireConfirmRead($input: EmergencyPlanStepInput!) {
    confirmEmergencyPlanRead(input: $input) { plan { id } userErrors { field code } }
  }
`);
const PlanDrill = graphql(`
  mutation AuditFirePlanDrill($input: PlanFireDrillInput!) {
    planFireDrill(input: $input) { drill { id } userErrors { field code } }
  }
`);
const RecordDrill = graphql(`
  mutation AuditFireRecordDrill($input: RecordFireDrillInput!) {
    recordFireDrill(input: $input) { drill { id } userErrors { field code } }
  }
`);
const EvaluateDrill = graphql(`
  mutation AuditFireEvaluateDrill($input: EvaluateFireDrillInput!) {
    evaluateFireDrill(input: $input) { drill { id followUps { id } } userErrors { field code } }
  }
`);
const FollowUpDone = graphql(`
  mutation AuditFireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {
    setFireDrillFollowUpDone(input: $input) { followUp { id } userErrors { field code } }
  }
`);
const CancelDrill = graphql(`
  mutation AuditFireCancelDrill($input: CancelFireDrillInput!) {
    cancelFireDrill(input: $input) { drill { id } userErrors { field code } }
  }
`);
const Register = graphql(`
  mutation AuditFireRegister($input: RegisterFireEquipmentInput!) {
    registerFireEquipment(input: $input) { equipment { id } userErrors { field code } }
  }
`);
const UpdateEquipment = graphql(`
  mutation AuditFireUpdateEquipment($input: UpdateFireEquipmentInput!) {
    updateFireEquipment(input: $input) { equipment { id } userErrors { field code } }
  }
`);
const Check = graphql(`
  mutation AuditFireCheck($input: RecordFireEquipmentCheckInput!) {
    recordFireEquipmentCheck(input: $input) { equipment { id } userErrors { field code } }
  }
`);
const Retire = graphql(`
  mutation AuditFireRetire($input: RetireFireEquipmentInput!) {
    retireFireEquipment(input: $input) { equipment { id } userErrors { field code } }
  }
`);
const AddMember = graphql(`
  mutation AuditFireAddMember($input: AddFireBrigadeMemberInput!) {
    addFireBrigadeMember(input: $input) { member { id } userErrors { field code } }
  }
`);
const UpdateMember = graphql(`
  mutation AuditFireUpdateMember($input: UpdateFireBrigadeMemberInput!) {
    updateFireBrigadeMember(input: $input) { member { id } userErrors { field code } }
  }
`);
const EndMember = graphql(`
  mutation AuditFireEndMember($input: EndFireBrigadeMembershipInput!) {
    endFireBrigadeMembership(input: $input) { member { id } userErrors { field code } }
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

const today = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const OM = (table: string) => `select 'order_maintenance' as d from ${table} where id = ?`;

let serial = 0;

export const fireSafetyAudit: AuditFeature = {
  tables: [
    ['key_unit', 'id'],
    ['emergency_plan', 'id'],
    ['emergency_plan_reading', 'id'],
    ['fire_responsibility', 'id'],
    ['fire_drill', 'id'],
    ['fire_drill_participant', 'id'],
    ['fire_drill_follow_up', 'id'],
    ['fire_equipment', 'id'],
    ['fire_brigade_member', 'id'],
  ],
  departments: {
    // The fire-safety programme is order maintenance's (OM-4), whoever keeps a record of it.
    KeyUnit: OM('key_unit'),
    EmergencyPlan: OM('emergency_plan'),
    FireResponsibility: OM('fire_responsibility'),
    FireDrill: OM('fire_drill'),
    FireDrillFollowUp: OM('fire_drill_follow_up'),
    FireEquipment: OM('fire_equipment'),
    FireBrigadeMember: OM('fire_brigade_member'),
  },
  scenarios(h) {
    const fire = () => h.as('fire');
    const unit = async () => {
      serial += 1;
      const res = await h.must(
        await (await fire()).gql(CreateUnit, {
          input: {
            siteCode: 'CUIHU',
            name: `审计重点部位${serial}`,
            location: '审计位置',
            riskDescription: '审计风险',
          },
        }),
      );
      return res.createKeyUnit.keyUnit?.id ?? '-';
    };
    const draft = async (keyUnitId: string) => {
      const res = await h.must(
        await (await fire()).gql(Draft, { input: { keyUnitId, type: 'FIRE', title: '审计方案', content: '审计内容' } }),
      );
      return res.draftEmergencyPlan.plan?.id ?? '-';
    };
    const approved = async () => {
      const planId = await draft(await unit());
      await h.must(await (await h.as('director')).gql(Approve, { input: { planId } }));
      return planId;
    };
    const responsibility = async () => {
      const res = await h.must(
        await (await fire()).gql(Assign, {
          input: { keyUnitId: await unit(), responsibleId: h.ids().get('leader') as string, effectiveFrom: today() },
        }),
      );
      return res.assignFireResponsibility.responsibility?.id ?? '-';
    };
    const plannedDrill = async () => {
      const res = await h.must(
        await (await fire()).gql(PlanDrill, {
          input: {
            siteCode: 'CUIHU',
            plannedFor: new Date(Date.now() - 2 * 3600_000).toISOString(),
            scenario: '审计演练',
          },
        }),
      );
      return res.planFireDrill.drill?.id ?? '-';
    };
    const heldDrill = async () => {
      const drillId = await plannedDrill();
      await h.must(
        await (await fire()).gql(RecordDrill, {
          input: {
            drillId,
            alarmAt: new Date(Date.now() - 90 * 60_000).toISOString(),
            endedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
            participantIds: [h.ids().get('officer') as string],
          },
        }),
      );
      return drillId;
    };
    const equipment = async () => {
      serial += 1;
      const res = await h.must(
        await (await fire()).gql(Register, {
          input: { siteCode: 'CUIHU', type: 'EXTINGUISHER', identifier: `AUD-${serial}`, location: '审计位置' },
        }),
      );
      return res.registerFireEquipment.equipment?.id ?? '-';
    };
    const member = async () => {
      const staffId = await freshStaff(h, 'order_maintenance_officer');
      const res = await h.must(
        await (await fire()).gql(AddMember, {
          input: { siteCode: 'CUIHU', staffId, role: 'MEMBER', engagement: 'PART_TIME', joinedOn: today(-30) },
        }),
      );
      return res.addFireBrigadeMember.member?.id ?? '-';
    };

    const scenarios: Record<string, Scenario> = {
      createKeyUnit: async () => {
        const client = await fire();
        return async () => {
          serial += 1;
          const res = await client.gql(CreateUnit, {
            input: { siteCode: 'CUIHU', name: `审计新部位${serial}`, location: '会所', riskDescription: '燃气' },
          });
          const id = res.body.data?.createKeyUnit.keyUnit?.id ?? '-';
          return { res, expect: step('fire', 'key_unit.create', 'KeyUnit', id, ['key_unit:']) };
        };
      },
      updateKeyUnit: async () => {
        const id = await unit();
        return async () => {
          const res = await (await fire()).gql(UpdateUnit, {
            input: { keyUnitId: id, location: '新位置', active: false },
          });
          return { res, expect: step('fire', 'key_unit.update', 'KeyUnit', id, [`key_unit:${keyOf(id)}`]) };
        };
      },
      assignFireResponsibility: async () => {
        const keyUnitId = await unit();
        return async () => {
          const res = await (await fire()).gql(Assign, {
            input: { keyUnitId, responsibleId: h.ids().get('leader') as string, effectiveFrom: today() },
          });
          const id = res.body.data?.assignFireResponsibility.responsibility?.id ?? '-';
          return {
            res,
            expect: step('fire', 'fire_responsibility.assign', 'FireResponsibility', id, ['fire_responsibility:']),
          };
        };
      },
      endFireResponsibility: async () => {
        const id = await responsibility();
        return async () => {
          const res = await (await fire()).gql(End, {
            input: { responsibilityId: id, effectiveTo: today(), reason: '审计：调岗' },
          });
          return {
            res,
            expect: step('fire', 'fire_responsibility.end', 'FireResponsibility', id, [
              `fire_responsibility:${keyOf(id)}`,
            ]),
          };
        };
      },
      draftEmergencyPlan: async () => {
        const keyUnitId = await unit();
        return async () => {
          const res = await (await fire()).gql(Draft, {
            input: { keyUnitId, type: 'PUBLIC_SECURITY', title: '审计治安方案', content: '内容' },
          });
          const id = res.body.data?.draftEmergencyPlan.plan?.id ?? '-';
          return { res, expect: step('fire', 'emergency_plan.draft', 'EmergencyPlan', id, ['emergency_plan:']) };
        };
      },
      updateEmergencyPlanDraft: async () => {
        const id = await draft(await unit());
        return async () => {
          const res = await (await fire()).gql(UpdateDraft, { input: { planId: id, content: '修改后的内容' } });
          return {
            res,
            expect: step('fire', 'emergency_plan.update_draft', 'EmergencyPlan', id, [`emergency_plan:${keyOf(id)}`]),
          };
        };
      },
      approveEmergencyPlan: async () => {
        // A second version: approving it supersedes the first (both rows change).
        const keyUnitId = await unit();
        const first = await draft(keyUnitId);
        await h.must(await (await h.as('director')).gql(Approve, { input: { planId: first } }));
        const id = await draft(keyUnitId);
        const approver = await h.as('director');
        return async () => {
          const res = await approver.gql(Approve, { input: { planId: id } });
          return {
            res,
            expect: step('director', 'emergency_plan.approve', 'EmergencyPlan', id, [
              `emergency_plan:${keyOf(id)}`,
              `emergency_plan:${keyOf(first)}`,
            ]),
          };
        };
      },
      withdrawEmergencyPlanDraft: async () => {
        const id = await draft(await unit());
        return async () => {
          const res = await (await fire()).gql(Withdraw, { input: { planId: id, reason: '审计：重拟' } });
          return {
            res,
            expect: step('fire', 'emergency_plan.withdraw', 'EmergencyPlan', id, [`emergency_plan:${keyOf(id)}`]),
          };
        };
      },
      confirmEmergencyPlanRead: async () => {
        const id = await approved();
        // Signed in before the act: a sign-in is an audit event of its own.
        const reader = await h.as('leader');
        return async () => {
          const res = await reader.gql(ConfirmRead, { input: { planId: id } });
          return {
            res,
            expect: step('leader', 'emergency_plan.confirm_read', 'EmergencyPlan', id, ['emergency_plan_reading:']),
          };
        };
      },
      planFireDrill: async () => {
        const client = await fire();
        return async () => {
          const res = await client.gql(PlanDrill, {
            input: {
              siteCode: 'CUIHU',
              plannedFor: new Date(Date.now() + 7 * 86_400_000).toISOString(),
              scenario: '审计：夜间疏散',
            },
          });
          const id = res.body.data?.planFireDrill.drill?.id ?? '-';
          return { res, expect: step('fire', 'fire_drill.plan', 'FireDrill', id, ['fire_drill:']) };
        };
      },
      recordFireDrill: async () => {
        const id = await plannedDrill();
        return async () => {
          const res = await (await fire()).gql(RecordDrill, {
            input: {
              drillId: id,
              alarmAt: new Date(Date.now() - 90 * 60_000).toISOString(),
              assembledAt: new Date(Date.now() - 87 * 60_000).toISOString(),
              endedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
              participantIds: [h.ids().get('officer') as string, h.ids().get('officer2') as string],
              brigadeCount: 2,
              occupantCount: 10,
            },
          });
          return {
            res,
            expect: step('fire', 'fire_drill.record', 'FireDrill', id, [
              `fire_drill:${keyOf(id)}`,
              'fire_drill_participant:',
            ]),
          };
        };
      },
      evaluateFireDrill: async () => {
        const id = await heldDrill();
        return async () => {
          const res = await (await fire()).gql(EvaluateDrill, {
            input: {
              drillId: id,
              evaluation: '审计评估',
              rating: 'ADEQUATE',
              followUps: [{ description: '审计整改', ownerId: h.ids().get('officer') as string }],
            },
          });
          return {
            res,
            expect: step('fire', 'fire_drill.evaluate', 'FireDrill', id, [
              `fire_drill:${keyOf(id)}`,
              'fire_drill_follow_up:',
            ]),
          };
        };
      },
      setFireDrillFollowUpDone: async () => {
        const drillId = await heldDrill();
        const evaluated = await h.must(
          await (await fire()).gql(EvaluateDrill, {
            input: {
              drillId,
              evaluation: '审计评估',
              rating: 'GOOD',
              followUps: [{ description: '审计整改', ownerId: h.ids().get('officer') as string }],
            },
          }),
        );
        const id = evaluated.evaluateFireDrill.drill?.followUps[0]?.id ?? '-';
        return async () => {
          const res = await (await fire()).gql(FollowUpDone, { input: { followUpId: id, done: true, note: '已完成' } });
          return {
            res,
            expect: step('fire', 'fire_drill.follow_up', 'FireDrillFollowUp', id, [
              `fire_drill_follow_up:${keyOf(id)}`,
            ]),
          };
        };
      },
      cancelFireDrill: async () => {
        const id = await plannedDrill();
        return async () => {
          const res = await (await fire()).gql(CancelDrill, { input: { drillId: id, reason: '审计：改期' } });
          return { res, expect: step('fire', 'fire_drill.cancel', 'FireDrill', id, [`fire_drill:${keyOf(id)}`]) };
        };
      },
      registerFireEquipment: async () => {
        const client = await fire();
        return async () => {
          serial += 1;
          const res = await client.gql(Register, {
            input: {
              siteCode: 'CUIHU',
              type: 'HYDRANT',
              identifier: `AUD-H-${serial}`,
              location: '审计走廊',
              lastCheckedOn: today(-3),
              nextDueOn: today(27),
            },
          });
          const id = res.body.data?.registerFireEquipment.equipment?.id ?? '-';
          return { res, expect: step('fire', 'fire_equipment.register', 'FireEquipment', id, ['fire_equipment:']) };
        };
      },
      updateFireEquipment: async () => {
        const id = await equipment();
        return async () => {
          const res = await (await fire()).gql(UpdateEquipment, { input: { equipmentId: id, location: '审计新位置' } });
          return {
            res,
            expect: step('fire', 'fire_equipment.update', 'FireEquipment', id, [`fire_equipment:${keyOf(id)}`]),
          };
        };
      },
      recordFireEquipmentCheck: async () => {
        const id = await equipment();
        return async () => {
          const res = await (await fire()).gql(Check, {
            input: { equipmentId: id, checkedOn: today(), nextDueOn: today(30), status: 'FAULTY', note: '压力不足' },
          });
          return {
            res,
            expect: step('fire', 'fire_equipment.check', 'FireEquipment', id, [`fire_equipment:${keyOf(id)}`]),
          };
        };
      },
      retireFireEquipment: async () => {
        const id = await equipment();
        return async () => {
          const res = await (await fire()).gql(Retire, { input: { equipmentId: id, reason: '审计：报废' } });
          return {
            res,
            expect: step('fire', 'fire_equipment.retire', 'FireEquipment', id, [`fire_equipment:${keyOf(id)}`]),
          };
        };
      },
      addFireBrigadeMember: async () => {
        const staffId = await freshStaff(h, 'order_maintenance_officer');
        return async () => {
          const res = await (await fire()).gql(AddMember, {
            input: {
              siteCode: 'CUIHU',
              staffId,
              role: 'MEMBER',
              engagement: 'PART_TIME',
              joinedOn: today(),
              lastTrainedOn: today(),
            },
          });
          const id = res.body.data?.addFireBrigadeMember.member?.id ?? '-';
          return { res, expect: step('fire', 'fire_brigade.add', 'FireBrigadeMember', id, ['fire_brigade_member:']) };
        };
      },
      updateFireBrigadeMember: async () => {
        const id = await member();
        return async () => {
          const res = await (await fire()).gql(UpdateMember, {
            input: { memberId: id, lastTrainedOn: today(), role: 'DEPUTY_CAPTAIN' },
          });
          return {
            res,
            expect: step('fire', 'fire_brigade.update', 'FireBrigadeMember', id, [`fire_brigade_member:${keyOf(id)}`]),
          };
        };
      },
      endFireBrigadeMembership: async () => {
        const id = await member();
        return async () => {
          const res = await (await fire()).gql(EndMember, {
            input: { memberId: id, leftOn: today(), reason: '审计：调离' },
          });
          return {
            res,
            expect: step('fire', 'fire_brigade.end', 'FireBrigadeMember', id, [`fire_brigade_member:${keyOf(id)}`]),
          };
        };
      },
    };
    return scenarios;
  },
};
