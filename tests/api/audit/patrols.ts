// The shift service below is a decorated class: its metadata polyfill first.
import '../../../apps/api/src/test-setup.js';
import { zonedParts } from '../../../apps/api/src/features/shifts/zoned-time.js';
import { graphql } from '../../gql/index.js';
import { firstSignIn, onboard } from '../../support/factories.js';
import type { Client } from '../../support/steward.js';
import { type AuditFeature, type Expectation, keyOf, type Scenario } from './harness.js';

const CreateArea = graphql(`
  mutation AuditCreateArea($input: CreateAreaInput!) {
    createArea(input: $input) { area { id } userErrors { field code } }
  }
`);
const UpdateArea = graphql(`
  mutation AuditUpdateArea($input: UpdateAreaInput!) {
    updateArea(input: $input) { area { id } userErrors { field code } }
  }
`);
const CreateCheckpoint = graphql(`
  mutation AuditCreateCheckpoint($input: CreateCheckpointInput!) {
    createCheckpoint(input: $input) { checkpoint { id code } userErrors { field code } }
  }
`);
const UpdateCheckpoint = graphql(`
  mutation AuditUpdateCheckpoint($input: UpdateCheckpointInput!) {
    updateCheckpoint(input: $input) { checkpoint { id } userErrors { field code } }
  }
`);
const Scan = graphql(`
  mutation AuditRecordPatrolScan($input: RecordPatrolScanInput!) {
    recordPatrolScan(input: $input) { scan { id round { id } } userErrors { field code } }
  }
`);
const Complete = graphql(`
  mutation AuditCompletePatrolRound($input: CompletePatrolRoundInput!) {
    completePatrolRound(input: $input) { round { id } userErrors { field code } }
  }
`);
const Anomaly = graphql(`
  mutation AuditReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {
    reportPatrolAnomaly(input: $input) { scan { id } case { id } userErrors { field code } }
  }
`);
const Review = graphql(`
  mutation AuditReviewMissedPatrol($input: ReviewMissedPatrolInput!) {
    reviewMissedPatrol(input: $input) { missedPatrol { id } userErrors { field code } }
  }
`);
const PatternCreate = graphql(`
  mutation AuditPatrolPattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }
  }
`);
const TeamCreate = graphql(`
  mutation AuditPatrolTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { team { id } userErrors { field code } }
  }
`);
const Generate = graphql(`
  mutation AuditPatrolRoster($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id } userErrors { field code message } }
  }
`);
const OnDuty = graphql(`
  mutation AuditPatrolOnDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id } userErrors { field code } }
  }
`);

const HandoverCounts = graphql(`
  query AuditPatrolsHandoverCounts($siteCode: String!) {
    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }
    cashBalance(siteCode: $siteCode)
  }
`);
const HandoverSubmit = graphql(`
  mutation AuditPatrolsHandoverSubmit($input: HandoverDraftInput!) {
    submitHandover(input: $input) { handover { id } userErrors { field code message } }
  }
`);
const HandoverAccept = graphql(`
  mutation AuditPatrolsHandoverAccept($input: AcceptHandoverInput!) {
    acceptHandover(input: $input) { handover { id } userErrors { field code message } }
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
const SHIFT_OF = (table: string) =>
  `select s.department_key as d from ${table} t join shift s on s.id = t.shift_id where t.id = ?`;

export const patrolsAudit: AuditFeature = {
  tables: [
    ['area', 'id'],
    ['checkpoint', 'id'],
    ['patrol_round', 'id'],
    ['patrol_scan', 'id'],
    ['missed_patrol', 'id'],
  ],
  departments: {
    // Places are kept by order maintenance (the director); patrols belong to their shift's department.
    Area: "select 'order_maintenance' as d from area where id = ?",
    Checkpoint: "select 'order_maintenance' as d from checkpoint where id = ?",
    PatrolScan: SHIFT_OF('patrol_scan'),
    PatrolRound: SHIFT_OF('patrol_round'),
    MissedPatrol: SHIFT_OF('missed_patrol'),
  },
  scenarios(h) {
    const director = () => h.as('director');
    const area = async () => {
      serial += 1;
      const res = await h.must(
        await (await director()).gql(CreateArea, {
          input: {
            siteCode: 'CUIHU',
            kind: 'CORRIDOR',
            nameZh: `审计走廊${serial}`,
            nameEn: `Audit corridor ${serial}`,
          },
        }),
      );
      return res.createArea.area?.id ?? '-';
    };
    const checkpoint = async () => {
      const res = await h.must(
        await (await director()).gql(CreateCheckpoint, { input: { areaId: await area(), name: '审计巡查点' } }),
      );
      return { id: res.createCheckpoint.checkpoint?.id ?? '-', code: res.createCheckpoint.checkpoint?.code ?? '-' };
    };
    /**
     * A new officer at CUIHU (on no other shift) leading a one-hour shift that starts within the
     * hour, put on duty by the director: someone who may scan now.
     */
    const patroller = async (): Promise<{ client: Client; username: string; shiftId: string }> => {
      serial += 1;
      const person = await onboard(await h.as('clerk'));
      const client = await firstSignIn(h.steward(), person);
      const start = zonedParts(new Date(Date.now() + 30 * 60_000), 'Asia/Shanghai');
      const end = zonedParts(new Date(Date.now() + 90 * 60_000), 'Asia/Shanghai');
      const boss = await director();
      const pattern = await h.must(
        await boss.gql(PatternCreate, {
          input: {
            siteCode: 'CUIHU',
            code: `PAT${serial}`,
            nameZh: '巡查审计班',
            nameEn: 'Patrol audit shift',
            startTime: start.time,
            endTime: end.time,
          },
        }),
      );
      const team = await h.must(
        await boss.gql(TeamCreate, {
          input: { siteCode: 'CUIHU', name: `巡查审计${serial}`, leaderId: person.id, memberIds: [] },
        }),
      );
      const roster = await h.must(
        await boss.gql(Generate, {
          input: {
            teamId: team.createTeam.team?.id ?? '-',
            from: start.date,
            to: start.date,
            rotation: [pattern.createShiftPattern.pattern?.id ?? '-'],
          },
        }),
      );
      const shiftId = roster.generateRoster.shifts[0]?.id ?? '-';
      await h.must(await boss.gql(OnDuty, { input: { shiftId } }));
      return { client, username: person.username, shiftId };
    };
    const scenarios: Record<string, Scenario> = {
      createArea: async () => {
        const boss = await director();
        return async () => {
          const res = await boss.gql(CreateArea, {
            input: { siteCode: 'CUIHU', kind: 'GREENERY', nameZh: '审计花园', nameEn: 'Audit garden', minPatrols: 3 },
          });
          const id = res.body.data?.createArea.area?.id ?? '-';
          return { res, expect: step('director', 'area.create', 'Area', id, ['area:']) };
        };
      },
      updateArea: async () => {
        const id = await area();
        return async () => {
          const res = await (await director()).gql(UpdateArea, { input: { areaId: id, minPatrols: 4, active: false } });
          return { res, expect: step('director', 'area.update', 'Area', id, [`area:${keyOf(id)}`]) };
        };
      },
      createCheckpoint: async () => {
        const areaId = await area();
        return async () => {
          const res = await (await director()).gql(CreateCheckpoint, { input: { areaId, name: '审计新点' } });
          const id = res.body.data?.createCheckpoint.checkpoint?.id ?? '-';
          return { res, expect: step('director', 'checkpoint.create', 'Checkpoint', id, ['checkpoint:']) };
        };
      },
      updateCheckpoint: async () => {
        const { id } = await checkpoint();
        return async () => {
          const res = await (await director()).gql(UpdateCheckpoint, { input: { checkpointId: id, renewCode: true } });
          return { res, expect: step('director', 'checkpoint.update', 'Checkpoint', id, [`checkpoint:${keyOf(id)}`]) };
        };
      },
      recordPatrolScan: async () => {
        const { code } = await checkpoint();
        const p = await patroller();
        return async () => {
          const res = await p.client.gql(Scan, { input: { code, observation: '正常' } });
          const id = res.body.data?.recordPatrolScan.scan?.id ?? '-';
          return { res, expect: step(p.username, 'patrol.scan', 'PatrolScan', id, ['patrol_scan:', 'patrol_round:']) };
        };
      },
      completePatrolRound: async () => {
        const { id: checkpointId } = await checkpoint();
        const p = await patroller();
        const scan = await h.must(await p.client.gql(Scan, { input: { checkpointId } }));
        const roundId = scan.recordPatrolScan.scan?.round.id ?? '-';
        return async () => {
          const res = await p.client.gql(Complete, { input: { roundId } });
          return {
            res,
            expect: step(p.username, 'patrol.complete_round', 'PatrolRound', roundId, [
              `patrol_round:${keyOf(roundId)}`,
            ]),
          };
        };
      },
      reportPatrolAnomaly: async () => {
        const { code } = await checkpoint();
        const p = await patroller();
        return async () => {
          const res = await p.client.gql(Anomaly, {
            input: { code, kind: 'REPAIR', title: '审计：灯不亮', description: '巡查发现走廊灯不亮。' },
          });
          const id = res.body.data?.reportPatrolAnomaly.scan?.id ?? '-';
          return {
            res,
            expect: step(p.username, 'patrol.report_anomaly', 'PatrolScan', id, [
              'patrol_scan:',
              'patrol_round:',
              'case_record:',
              'case_event:',
              'case_sequence:',
            ]),
          };
        };
      },
      reviewMissedPatrol: async () => {
        // A shift closed with nothing patrolled: every patrolled area at CUIHU is a missed patrol.
        const { shiftId } = await patroller();
        const em = h.steward().orm.em.fork();
        const key = keyOf(shiftId);
        // Closed the only way there is: handed over and accepted (by the director, on the
        // incoming side's behalf); the close hook records the missed patrols.
        const boss = await h.as('director');
        const counts = await boss.gql(HandoverCounts, { siteCode: 'CUIHU' });
        const submitted = await h.must(
          await boss.gql(HandoverSubmit, {
            input: {
              shiftId,
              materialCounts: (counts.body.data?.shiftMaterials ?? []).map((m) => ({
                materialId: m.id,
                counted: String(m.expectedQuantity),
              })),
              cashCounted: counts.body.data?.cashBalance ?? '0',
            },
          }),
        );
        await h.must(
          await boss.gql(HandoverAccept, {
            input: { handoverId: submitted.submitHandover.handover?.id ?? '-', note: '审计：代为接收' },
          }),
        );
        const [row] = await em
          .getConnection()
          .execute<{ id: string }[]>('select id from missed_patrol where shift_id = ? limit 1', [key]);
        const id = Buffer.from(`MissedPatrol:${row?.id ?? '-'}`, 'utf8').toString('base64url');
        return async () => {
          const res = await (await director()).gql(Review, {
            input: { missedPatrolId: id, note: '审计：当班处置突发事件，已安排补巡。' },
          });
          return {
            res,
            expect: step('director', 'missed_patrol.review', 'MissedPatrol', id, [`missed_patrol:${row?.id}`]),
          };
        };
      },
    };
    return scenarios;
  },
};
