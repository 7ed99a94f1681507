import { zonedParts } from '../../../apps/api/src/features/shifts/zoned-time.js';
import { graphql } from '../../gql/index.js';
import { type AuditFeature, type AuditHarness, type Expectation, freshStaff, keyOf, type Scenario } from './harness.js';

const CreatePattern = graphql(`
  mutation AuditHandoverPattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const CreateTeam = graphql(`
  mutation AuditHandoverTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation AuditHandoverGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id } userErrors { field code } }
  }
`);
const OnDuty = graphql(`
  mutation AuditHandoverOnDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id } userErrors { field code } }
  }
`);
const Counts = graphql(`
  query AuditHandoverCounts($siteCode: String!) {
    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }
    cashBalance(siteCode: $siteCode)
  }
`);
const AddEntry = graphql(`
  mutation AuditAddDutyLogEntry($input: AddDutyLogEntryInput!) {
    addDutyLogEntry(input: $input) { entry { id } userErrors { field code } }
  }
`);
const Review = graphql(`
  mutation AuditReviewDutyLog($input: ReviewDutyLogInput!) {
    reviewDutyLog(input: $input) { dutyLog { id } userErrors { field code } }
  }
`);
const ShiftLog = graphql(`query AuditShiftDutyLog($id: ID!) { shift(id: $id) { dutyLog { id } } }`);
const CreateMaterial = graphql(`
  mutation AuditCreateShiftMaterial($input: CreateShiftMaterialInput!) {
    createShiftMaterial(input: $input) { material { id } userErrors { field code } }
  }
`);
const UpdateMaterial = graphql(`
  mutation AuditUpdateShiftMaterial($input: UpdateShiftMaterialInput!) {
    updateShiftMaterial(input: $input) { material { id } userErrors { field code } }
  }
`);
const Cash = graphql(`
  mutation AuditRecordCashMovement($input: RecordCashMovementInput!) {
    recordCashMovement(input: $input) { movement { id } userErrors { field code } }
  }
`);
const SaveDraft = graphql(`
  mutation AuditSaveHandoverDraft($input: HandoverDraftInput!) {
    saveHandoverDraft(input: $input) { handover { id } userErrors { field code } }
  }
`);
const Submit = graphql(`
  mutation AuditSubmitHandover($input: HandoverDraftInput!) {
    submitHandover(input: $input) { handover { id incomingLeader { username } } userErrors { field code message } }
  }
`);
const Accept = graphql(`
  mutation AuditAcceptHandover($input: AcceptHandoverInput!) {
    acceptHandover(input: $input) { handover { id } userErrors { field code message } }
  }
`);
const Dispute = graphql(`
  mutation AuditDisputeHandover($input: DisputeHandoverInput!) {
    disputeHandover(input: $input) { handover { id } userErrors { field code } }
  }
`);
const Resolve = graphql(`
  mutation AuditResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {
    resolveHandoverDispute(input: $input) { handover { id } userErrors { field code message } }
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
 * A short shift at CUIHU starting `startMinutes` from now (Shanghai time), led by the first of
 * `leaders` free then. Scenarios use windows of their own, so that a shift's next shift is the
 * one the scenario means (shifts of shifts.ts start an hour from now, led by people not used here).
 */
async function shiftIn(h: AuditHarness, leaders: string[], startMinutes: number, minutes = 10) {
  serial += 1;
  const director = await h.as('director');
  const start = zonedParts(new Date(Date.now() + startMinutes * 60_000), 'Asia/Shanghai');
  const end = zonedParts(new Date(Date.now() + (startMinutes + minutes) * 60_000), 'Asia/Shanghai');
  const pattern = await h.must(
    await director.gql(CreatePattern, {
      input: {
        siteCode: 'CUIHU',
        code: `HO${serial}`,
        nameZh: '交接审计班',
        nameEn: 'Handover audit shift',
        startTime: start.time,
        endTime: end.time,
      },
    }),
  );
  for (const leader of leaders) {
    const team = await h.must(
      await director.gql(CreateTeam, {
        input: {
          siteCode: 'CUIHU',
          name: `交接审计${serial}${leader}`,
          leaderId: h.ids().get(leader) ?? (await freshStaff(h)),
          memberIds: [],
        },
      }),
    );
    const generated = await director.gql(Generate, {
      input: {
        teamId: team.createTeam.team?.id ?? '-',
        from: start.date,
        to: start.date,
        rotation: [pattern.createShiftPattern.pattern?.id ?? '-'],
      },
    });
    const id = generated.body.data?.generateRoster.shifts[0]?.id;
    // A demo leader may be on their own team's shift then: the next one is free.
    if (id) return { id, leader };
  }
  throw new Error(`none of ${leaders.join(', ')} is free ${startMinutes} minutes from now`);
}

/** A shift put on duty by the director (who may run any of the department's shifts). */
async function onDuty(h: AuditHarness, leaders: string[], startMinutes: number) {
  const shift = await shiftIn(h, leaders, startMinutes);
  await h.must(await (await h.as('director')).gql(OnDuty, { input: { shiftId: shift.id } }));
  return shift;
}

/** Every material of CUIHU counted as expected, and the cash as the ledger has it. */
async function fullCounts(h: AuditHarness, shiftId: string) {
  const counts = await (await h.as('director')).gql(Counts, { siteCode: 'CUIHU' });
  return {
    shiftId,
    materialCounts: (counts.body.data?.shiftMaterials ?? []).map((m) => ({
      materialId: m.id,
      counted: String(m.expectedQuantity),
    })),
    cashCounted: counts.body.data?.cashBalance ?? '0',
  };
}

/** A shift on duty whose handover the director has submitted; its id and the handover's. */
async function submitted(h: AuditHarness, leaders: string[], startMinutes: number) {
  const shift = await onDuty(h, leaders, startMinutes);
  const res = await h.must(await (await h.as('director')).gql(Submit, { input: await fullCounts(h, shift.id) }));
  return { shift: shift.id, handover: res.submitHandover.handover?.id ?? '-' };
}

const LEADERS = ['leader', 'leader3', 'leader4'];
/** A leader onboarded for the scenario (see `freshStaff`): free whenever the shift is. */
const FRESH = 'fresh';

export const handoverAudit: AuditFeature = {
  tables: [
    ['duty_log', 'id'],
    ['duty_log_entry', 'id'],
    ['shift_material', 'id'],
    ['cash_movement', 'id'],
    ['handover', 'id'],
  ],
  departments: {
    DutyLog: 'select department_key as d from duty_log where id = ?',
    DutyLogEntry:
      'select l.department_key as d from duty_log_entry e join duty_log l on l.id = e.log_id where e.id = ?',
    ShiftMaterial: 'select department_key as d from shift_material where id = ?',
    CashMovement: 'select department_key as d from cash_movement where id = ?',
    Handover: 'select department_key as d from handover where id = ?',
  },
  scenarios(h) {
    const scenarios: Record<string, Scenario> = {
      addDutyLogEntry: async () => {
        const cs = await h.as('cs');
        return async () => {
          const res = await cs.gql(AddEntry, { input: { siteCode: 'CUIHU', text: '审计：接待来访一批' } });
          const id = res.body.data?.addDutyLogEntry.entry?.id ?? '-';
          return {
            res,
            expect: step('cs', 'duty_log.add_entry', 'DutyLogEntry', id, ['duty_log:', 'duty_log_entry:']),
          };
        };
      },
      reviewDutyLog: async () => {
        const { shift, handover } = await submitted(h, [FRESH], 10);
        const director = await h.as('director');
        await h.must(await director.gql(Accept, { input: { handoverId: handover, note: '审计：代为接收' } }));
        const log = (await director.gql(ShiftLog, { id: shift })).body.data?.shift?.dutyLog?.id ?? '-';
        return async () => {
          const res = await director.gql(Review, { input: { dutyLogId: log, note: '已阅' } });
          return { res, expect: step('director', 'duty_log.review', 'DutyLog', log, [`duty_log:${keyOf(log)}`]) };
        };
      },
      createShiftMaterial: async () => {
        const director = await h.as('director');
        serial += 1;
        return async () => {
          const res = await director.gql(CreateMaterial, {
            input: { siteCode: 'JINQIAO', name: `审计雨衣${serial}`, unit: '件', expectedQuantity: 2 },
          });
          const id = res.body.data?.createShiftMaterial.material?.id ?? '-';
          return {
            res,
            expect: step('director', 'shift_material.create', 'ShiftMaterial', id, ['shift_material:']),
          };
        };
      },
      updateShiftMaterial: async () => {
        const director = await h.as('director');
        serial += 1;
        const created = await h.must(
          await director.gql(CreateMaterial, {
            input: { siteCode: 'JINQIAO', name: `审计雨伞${serial}`, unit: '把', expectedQuantity: 2 },
          }),
        );
        const id = created.createShiftMaterial.material?.id ?? '-';
        return async () => {
          const res = await director.gql(UpdateMaterial, { input: { materialId: id, expectedQuantity: 3 } });
          return {
            res,
            expect: step('director', 'shift_material.update', 'ShiftMaterial', id, [`shift_material:${keyOf(id)}`]),
          };
        };
      },
      recordCashMovement: async () => {
        const shift = await onDuty(h, [FRESH], 10);
        return async () => {
          const res = await (await h.as('director')).gql(Cash, {
            input: { shiftId: shift.id, direction: 'IN', amount: '100', purpose: '审计：补足备用金' },
          });
          const id = res.body.data?.recordCashMovement.movement?.id ?? '-';
          return { res, expect: step('director', 'cash.record', 'CashMovement', id, ['cash_movement:']) };
        };
      },
      saveHandoverDraft: async () => {
        const shift = await onDuty(h, [FRESH], 10);
        return async () => {
          const res = await (await h.as('director')).gql(SaveDraft, {
            input: { shiftId: shift.id, items: [{ description: '审计：东门道闸故障', actionNeeded: '联系维修' }] },
          });
          const id = res.body.data?.saveHandoverDraft.handover?.id ?? '-';
          return { res, expect: step('director', 'handover.save_draft', 'Handover', id, ['handover:']) };
        };
      },
      submitHandover: async () => {
        const shift = await onDuty(h, [FRESH], 10);
        const input = await fullCounts(h, shift.id);
        return async () => {
          const res = await (await h.as('director')).gql(Submit, { input });
          const id = res.body.data?.submitHandover.handover?.id ?? '-';
          return {
            res,
            expect: step('director', 'handover.submit', 'Handover', id, [
              `shift:${keyOf(shift.id)}`,
              'handover:',
              'notification:',
            ]),
          };
        };
      },
      acceptHandover: async () => {
        const { shift, handover } = await submitted(h, [FRESH], 30);
        return async () => {
          const res = await (await h.as('director')).gql(Accept, {
            input: { handoverId: handover, note: '审计：接班班长外出，主任代为接收' },
          });
          return {
            res,
            expect: step('director', 'handover.accept', 'Handover', handover, [
              `shift:${keyOf(shift)}`,
              `handover:${keyOf(handover)}`,
              'duty_log:',
              'notification:',
              // Closing runs every slice's close hooks: missed patrols recorded, rounds ended,
              // no-shows recorded as discipline.
              'missed_patrol:',
              'patrol_round:',
              'discipline_record:',
            ]),
          };
        };
      },
      disputeHandover: async () => {
        const incoming = await shiftIn(h, LEADERS, 46);
        const { handover } = await submitted(h, [FRESH], 45);
        // Signed in now: a sign-in is an audit event of its own.
        const client = await h.as(incoming.leader);
        return async () => {
          const res = await client.gql(Dispute, {
            input: { handoverId: handover, reason: '审计：钥匙少一把' },
          });
          return {
            res,
            expect: step(incoming.leader, 'handover.dispute', 'Handover', handover, [
              `handover:${keyOf(handover)}`,
              'notification:',
            ]),
          };
        };
      },
      resolveHandoverDispute: async () => {
        const incoming = await shiftIn(h, LEADERS, 76);
        const { shift, handover } = await submitted(h, [FRESH], 75);
        await h.must(
          await (await h.as(incoming.leader)).gql(Dispute, {
            input: { handoverId: handover, reason: '审计：现金不符' },
          }),
        );
        return async () => {
          const res = await (await h.as('director')).gql(Resolve, {
            input: { handoverId: handover, decision: 'ACCEPT', note: '审计：已核实，代为接收' },
          });
          return {
            res,
            expect: step('director', 'handover.resolve_dispute', 'Handover', handover, [
              `shift:${keyOf(shift)}`,
              `handover:${keyOf(handover)}`,
              'duty_log:',
              'notification:',
              // Closing runs every slice's close hooks: missed patrols recorded, rounds ended,
              // no-shows recorded as discipline.
              'missed_patrol:',
              'patrol_round:',
              'discipline_record:',
            ]),
          };
        };
      },
    };
    return scenarios;
  },
};
