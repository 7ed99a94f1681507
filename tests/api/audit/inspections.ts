import { graphql } from '../../gql/index.js';
import type { Client } from '../../support/steward.js';
import { type AuditFeature, type AuditHarness, type Expectation, keyOf, type Scenario } from './harness.js';

const CreateChecklist = graphql(`
  mutation AuditCreateInspectionChecklist($input: CreateInspectionChecklistInput!) {
    createInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }
  }
`);
const UpdateChecklist = graphql(`
  mutation AuditUpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {
    updateInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }
  }
`);
const Plan = graphql(`
  mutation AuditPlanInspection($input: PlanInspectionInput!) {
    planInspection(input: $input) { inspection { id items { id } } userErrors { field code } }
  }
`);
const Record = graphql(`
  mutation AuditRecordInspectionResults($input: RecordInspectionResultsInput!) {
    recordInspectionResults(input: $input) { inspection { id } userErrors { field code } }
  }
`);
const Complete = graphql(`
  mutation AuditCompleteInspection($input: CompleteInspectionInput!) {
    completeInspection(input: $input) { inspection { id } userErrors { field code } }
  }
`);
const Cancel = graphql(`
  mutation AuditCancelInspection($input: CancelInspectionInput!) {
    cancelInspection(input: $input) { inspection { id } userErrors { field code } }
  }
`);
const RecordExternal = graphql(`
  mutation AuditRecordExternalInspection($input: RecordExternalInspectionInput!) {
    recordExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }
  }
`);
const UpdateExternal = graphql(`
  mutation AuditUpdateExternalInspection($input: UpdateExternalInspectionInput!) {
    updateExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }
  }
`);
const VoidExternal = graphql(`
  mutation AuditVoidExternalInspection($input: VoidExternalInspectionInput!) {
    voidExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }
  }
`);
const IssueNotice = graphql(`
  mutation AuditIssueRectificationNotice($input: OpenCaseInput!) {
    openCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const Acknowledge = graphql(`
  mutation AuditAcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {
    acknowledgeRectificationNotice(input: $input) { case { id } userErrors { field code } }
  }
`);
const FollowUp = graphql(`
  mutation AuditRecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {
    recordRectificationFollowUp(input: $input) { case { id } userErrors { field code } }
  }
`);
const Reinspect = graphql(`
  mutation AuditRecordReinspection($input: RecordReinspectionInput!) {
    recordReinspection(input: $input) { case { id } userErrors { field code } }
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
const caseStep = (actor: string, caseId: string): Expectation =>
  step(actor, 'case.details_updated', 'Case', caseId, [`case_record:${keyOf(caseId)}`, 'case_event:']);

let serial = 0;

export const inspectionsAudit: AuditFeature = {
  tables: [
    ['inspection_checklist', 'id'],
    ['inspection', 'id'],
    ['inspection_item', 'id'],
    ['inspection_inspector', "inspection_id || '/' || staff_id"],
    ['inspection_area', "inspection_id || '/' || area_id"],
    ['external_inspection', 'id'],
  ],
  departments: {
    // Checklists are kept by order maintenance's director; inspections belong to their department.
    InspectionChecklist: "select 'order_maintenance' as d from inspection_checklist where id = ?",
    Inspection: 'select department_key as d from inspection where id = ?',
    ExternalInspection: 'select department_key as d from external_inspection where id = ?',
  },
  scenarios(h: AuditHarness) {
    const director = () => h.as('director');
    const soon = () => new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
    const planned = async (boss: Client) => {
      const res = await h.must(
        await boss.gql(Plan, {
          input: {
            type: 'SECURITY',
            siteCode: 'CUIHU',
            scheduledFor: new Date().toISOString(),
            inspectorIds: [h.ids().get('director') as string],
          },
        }),
      );
      return res.planInspection.inspection ?? { id: '-', items: [] };
    };
    const performed = async (boss: Client) => {
      const i = await planned(boss);
      await h.must(
        await boss.gql(Record, {
          input: {
            inspectionId: i.id,
            results: i.items.map((it, n) =>
              n === 0
                ? { itemId: it.id, result: 'FAIL' as const, note: '审计：北门岗亭无人值守' }
                : { itemId: it.id, result: 'PASS' as const },
            ),
          },
        }),
      );
      return i;
    };
    /** A notice at CUIHU addressed to facilities, issued by the director; its global id. */
    const notice = async () => {
      serial += 1;
      const res = await h.must(
        await (await director()).gql(IssueNotice, {
          input: {
            kind: 'RECTIFICATION',
            channel: 'OTHER',
            title: `审计：配电房门锁损坏 ${serial}`,
            description: '配电房门锁损坏，无法上锁。',
            reportedByMe: true,
            siteCode: 'CUIHU',
            dueAt: soon(),
            rectification: {
              origin: 'OTHER',
              addresseeType: 'DEPARTMENT',
              addresseeDepartmentKey: 'facilities',
              requirement: '三日内更换门锁。',
            },
          },
        }),
      );
      return res.openCase.case?.id ?? '-';
    };
    const external = async () => {
      const res = await h.must(
        await (await director()).gql(RecordExternal, {
          input: {
            siteCode: 'CUIHU',
            bodyType: 'PUBLIC_SECURITY',
            bodyName: '审计：翠湖派出所',
            inspectedAt: new Date(Date.now() - 3600_000).toISOString(),
          },
        }),
      );
      return res.recordExternalInspection.externalInspection?.id ?? '-';
    };
    const scenarios: Record<string, Scenario> = {
      createInspectionChecklist: async () => {
        const boss = await director();
        return async () => {
          const res = await boss.gql(CreateChecklist, {
            input: { type: 'FIRE', name: '审计专项检查表', items: ['消防通道畅通'] },
          });
          const id = res.body.data?.createInspectionChecklist.checklist?.id ?? '-';
          return {
            res,
            expect: step('director', 'inspection_checklist.create', 'InspectionChecklist', id, [
              'inspection_checklist:',
            ]),
          };
        };
      },
      updateInspectionChecklist: async () => {
        const boss = await director();
        const created = await h.must(
          await boss.gql(CreateChecklist, { input: { type: 'VEHICLE', name: '审计车辆表', items: ['道闸正常'] } }),
        );
        const id = created.createInspectionChecklist.checklist?.id ?? '-';
        return async () => {
          const res = await boss.gql(UpdateChecklist, { input: { checklistId: id, items: ['道闸正常', '限高完好'] } });
          return {
            res,
            expect: step('director', 'inspection_checklist.update', 'InspectionChecklist', id, [
              `inspection_checklist:${keyOf(id)}`,
            ]),
          };
        };
      },
      planInspection: async () => {
        const boss = await director();
        return async () => {
          const res = await boss.gql(Plan, {
            input: {
              type: 'FIRE',
              siteCode: 'CUIHU',
              scheduledFor: soon(),
              inspectorIds: [h.ids().get('director') as string, h.ids().get('fire') as string],
            },
          });
          const id = res.body.data?.planInspection.inspection?.id ?? '-';
          return {
            res,
            expect: step('director', 'inspection.plan', 'Inspection', id, [
              'inspection:',
              'inspection_item:',
              'inspection_inspector:',
              'inspection_area:',
            ]),
          };
        };
      },
      recordInspectionResults: async () => {
        const boss = await director();
        const i = await planned(boss);
        return async () => {
          const res = await boss.gql(Record, {
            input: { inspectionId: i.id, results: [{ itemId: i.items[0]?.id ?? '-', result: 'PASS' }] },
          });
          return {
            res,
            expect: step('director', 'inspection.record_results', 'Inspection', i.id, [
              `inspection:${keyOf(i.id)}`,
              'inspection_item:',
            ]),
          };
        };
      },
      completeInspection: async () => {
        const boss = await director();
        const i = await performed(boss);
        return async () => {
          const res = await boss.gql(Complete, { input: { inspectionId: i.id, summary: '审计：一处不合格' } });
          return {
            res,
            expect: step('director', 'inspection.complete', 'Inspection', i.id, [`inspection:${keyOf(i.id)}`]),
          };
        };
      },
      cancelInspection: async () => {
        const boss = await director();
        const i = await planned(boss);
        return async () => {
          const res = await boss.gql(Cancel, { input: { inspectionId: i.id, reason: '审计：改期' } });
          return {
            res,
            expect: step('director', 'inspection.cancel', 'Inspection', i.id, [`inspection:${keyOf(i.id)}`]),
          };
        };
      },
      recordExternalInspection: async () => {
        const boss = await director();
        return async () => {
          const res = await boss.gql(RecordExternal, {
            input: {
              siteCode: 'JINQIAO',
              bodyType: 'FIRE',
              bodyName: '审计：消防救援大队',
              inspectedAt: new Date(Date.now() - 7200_000).toISOString(),
              findings: '审计：无',
            },
          });
          const id = res.body.data?.recordExternalInspection.externalInspection?.id ?? '-';
          return {
            res,
            expect: step('director', 'external_inspection.record', 'ExternalInspection', id, ['external_inspection:']),
          };
        };
      },
      updateExternalInspection: async () => {
        const id = await external();
        return async () => {
          const res = await (await director()).gql(UpdateExternal, {
            input: { externalInspectionId: id, documentsProvided: '审计：值班记录' },
          });
          return {
            res,
            expect: step('director', 'external_inspection.update', 'ExternalInspection', id, [
              `external_inspection:${keyOf(id)}`,
            ]),
          };
        };
      },
      voidExternalInspection: async () => {
        const id = await external();
        return async () => {
          const res = await (await director()).gql(VoidExternal, {
            input: { externalInspectionId: id, reason: '审计：重复登记' },
          });
          return {
            res,
            expect: step('director', 'external_inspection.void', 'ExternalInspection', id, [
              `external_inspection:${keyOf(id)}`,
            ]),
          };
        };
      },
      acknowledgeRectificationNotice: async () => {
        const caseId = await notice();
        const tech = await h.as('tech');
        return async () => {
          const res = await tech.gql(Acknowledge, { input: { caseId } });
          return { res, expect: caseStep('tech', caseId) };
        };
      },
      recordRectificationFollowUp: async () => {
        const caseId = await notice();
        const fire = await h.as('fire');
        return async () => {
          const res = await fire.gql(FollowUp, {
            input: { caseId, kind: 'ASSISTANCE', note: '审计：协助联系锁匠' },
          });
          return { res, expect: caseStep('fire', caseId) };
        };
      },
      recordReinspection: async () => {
        const caseId = await notice();
        return async () => {
          const res = await (await director()).gql(Reinspect, {
            input: { caseId, result: 'NOT_FIXED', note: '审计：门锁未更换' },
          });
          return { res, expect: caseStep('director', caseId) };
        };
      },
    };
    return scenarios;
  },
};
