import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { demoContext } from '../../apps/api/src/features/demo/demo-context.js';
import { Notification } from '../../apps/api/src/features/notifications/notification.entity.js';
import { Shift } from '../../apps/api/src/features/shifts/shift.entity.js';
import { ShiftService } from '../../apps/api/src/features/shifts/shift.service.js';
import { runMutation } from '../../apps/api/src/graphql/mutation.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';
import { keyOf } from './audit/harness.js';

/** Duty logs (R38), shared materials (R39), petty cash (R40) and the two-party handover (R37, C22). */
const Patterns = graphql(`
  query HandoverPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }
`);
const Teams = graphql(`query HandoverTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }`);
const Generate = graphql(`
  mutation HandoverGenerate($input: GenerateRosterInput!) {
    generateRoster(input: $input) { shifts { id date pattern { code } leader { username } } userErrors { field code } }
  }
`);
const OnDuty = graphql(`
  mutation HandoverOnDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }
  }
`);
const CreateMaterial = graphql(`
  mutation HandoverCreateMaterial($input: CreateShiftMaterialInput!) {
    createShiftMaterial(input: $input) { material { id name unit expectedQuantity active } userErrors { field code } }
  }
`);
const UpdateMaterial = graphql(`
  mutation HandoverUpdateMaterial($input: UpdateShiftMaterialInput!) {
    updateShiftMaterial(input: $input) { material { id name expectedQuantity active } userErrors { field code } }
  }
`);
const Materials = graphql(`
  query HandoverMaterials($siteCode: String) { shiftMaterials(siteCode: $siteCode) { id name expectedQuantity } }
`);
const Cash = graphql(`
  mutation HandoverCash($input: RecordCashMovementInput!) {
    recordCashMovement(input: $input) { movement { id amount direction receiptNo } balance userErrors { field code } }
  }
`);
const Ledger = graphql(`
  query HandoverLedger($siteCode: String!) {
    cashBalance(siteCode: $siteCode)
    cashLedger(siteCode: $siteCode, first: 10) { totalCount nodes { amount direction purpose recordedBy { username } } }
  }
`);
const AddEntry = graphql(`
  mutation HandoverAddEntry($input: AddDutyLogEntryInput!) {
    addDutyLogEntry(input: $input) {
      entry { id text at author { username } case { reference } }
      dutyLog { id status date entryCount shift { id } department { key } }
      userErrors { field code }
    }
  }
`);
const Review = graphql(`
  mutation HandoverReview($input: ReviewDutyLogInput!) {
    reviewDutyLog(input: $input) { dutyLog { id status reviewNote reviewedBy { username } } userErrors { field code } }
  }
`);
const Logs = graphql(`
  query HandoverLogs($filter: DutyLogFilter) {
    dutyLogs(filter: $filter, first: 50) { totalCount nodes { id date status department { key } shift { id } entryCount } }
  }
`);
const ShiftLog = graphql(`
  query HandoverShiftLog($id: ID!) {
    shift(id: $id) {
      id
      status
      closedAt
      dutyLog { id status viewerMayWrite viewerMayReview entries { text author { username } case { reference } } }
    }
  }
`);
const Prefill = graphql(`
  query HandoverPrefill($id: ID!) {
    shift(id: $id) {
      id
      status
      handoverSteps
      handoverPrefill {
        openMatters { kind recordId reference title status }
        materials { id name expectedQuantity }
        cashExpected
        incomingShift { id leader { username } }
      }
      handover { id status items { kind reference description actionNeeded } counts { name counted expected difference explanation } }
    }
  }
`);
const HandoverFields = graphql(`
  fragment HandoverTestFields on Handover {
    id
    status
    late
    hasDiscrepancy
    cashExpected
    cashCounted
    cashDifference
    cashExplanation
    acceptedOnBehalf
    acceptanceNote
    disputeReason
    resolution
    viewerSteps
    outgoingLeader { username }
    incomingLeader { username }
    shift { id status }
    incomingShift { id }
    items { kind recordId reference description actionNeeded }
    counts { materialId name expected counted difference explanation }
  }
`);
void HandoverFields;
const SaveDraft = graphql(`
  mutation HandoverSaveDraft($input: HandoverDraftInput!) {
    saveHandoverDraft(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }
  }
`);
const Submit = graphql(`
  mutation HandoverSubmit($input: HandoverDraftInput!) {
    submitHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }
  }
`);
const Accept = graphql(`
  mutation HandoverAccept($input: AcceptHandoverInput!) {
    acceptHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }
  }
`);
const Dispute = graphql(`
  mutation HandoverDispute($input: DisputeHandoverInput!) {
    disputeHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }
  }
`);
const Resolve = graphql(`
  mutation HandoverResolve($input: ResolveHandoverDisputeInput!) {
    resolveHandoverDispute(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }
  }
`);
const Handovers = graphql(`
  query HandoverList($filter: HandoverFilter) {
    handovers(filter: $filter, first: 50) { totalCount nodes { id status hasDiscrepancy late } }
  }
`);
const OneHandover = graphql(`query HandoverOne($id: ID!) { node(id: $id) { id ... on Handover { status } } }`);
const OpenCase = graphql(`
  mutation HandoverOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id reference } userErrors { field code } }
  }
`);

const MINUTE = 60_000;
/** Shanghai wall-clock time on a March 2026 date, as an instant. */
const cst = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

let steward: TestSteward;
let clock: TestClock;
let director: Client;
let manager: Client;
let leader: Client;
let leader3: Client;
let leader4: Client;
let leader2: Client;
let officer: Client;
let officer3: Client;
let cs: Client;
let ids: Map<string, string>;
/** The roster of 2–4 March at CUIHU: `2026-03-02 DAY` → shift id. */
const shifts = new Map<string, string>();
const materials = new Map<string, string>();
let complaint: { id: string; reference: string };
let task: { id: string; reference: string };
let csComplaint: string;

const at = (when: Date) => {
  clock.advance(when.getTime() - clock.now().getTime());
};
const shiftId = (key: string) => shifts.get(key) as string;
const count = (input: Record<string, string | null | undefined>) => ({ ...input, materialId: input.materialId ?? '' });
/** Every material counted as expected (6 radios, 12 keys, 4 torches) and the cash as the ledger has it. */
const fullCounts = () => [
  count({ materialId: materials.get('警棍'), counted: '6' }),
  count({ materialId: materials.get('车场钥匙'), counted: '12' }),
  count({ materialId: materials.get('强光手电'), counted: '4' }),
];
/** Notifications of March 2026 (the demo's are around today). */
const notificationsOf = async (username: string, type: string) =>
  steward.orm.em.fork().find(Notification, {
    recipient: keyOf(ids.get(username) as string),
    type,
    createdAt: { $gte: new Date('2026-03-01'), $lt: new Date('2026-04-01') },
  });
/** What was in CUIHU's cash box before this file (the demo's week), in fen, and sums on top of it. */
let base = 0;
const yuan = (fen: number) => {
  const total = base + fen;
  return `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`;
};
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

const ShiftHandoverFields = graphql(`
  fragment ShiftHandoverTestFields on Shift {
    id
    handoverSteps
    handoverPrefill {
      openMatters { kind recordId reference status }
      materials { id }
      cashExpected
      incomingShift { id }
    }
    handover { id status }
    incomingHandover { id status }
    dutyLog { id }
    briefing { id }
    members { id }
    viewerMember { id }
    groomingChecks { id }
    disciplineRecords { id }
  }
`);
void ShiftHandoverFields;
const ShiftsTogether = graphql(`
  query HandoverShiftsTogether($filter: ShiftFilter) {
    shifts(filter: $filter, first: 30) { nodes { ...ShiftHandoverTestFields } }
  }
`);
const ShiftAlone = graphql(`
  query HandoverShiftAlone($id: ID!) { shift(id: $id) { ...ShiftHandoverTestFields } }
`);

beforeAll(async () => {
  // 06:00 on Monday 2 March 2026 in Shanghai: far from the demo roster around today.
  clock = new TestClock(cst('2026-03-02', '06:00'));
  steward = await startTestSteward({}, {}, { clock: clock.now });
  const as = (username: string) => steward.login(username);
  [director, manager, leader, leader3, leader4, leader2, officer, officer3, cs] = await Promise.all([
    as('director'),
    as('manager'),
    as('leader'),
    as('leader3'),
    as('leader4'),
    as('leader2'),
    as('officer'),
    as('officer3'),
    as('cs'),
  ]);
  ids = await staffIds(steward);
  const patterns = (await director.gql(Patterns, { siteCode: 'CUIHU' })).body.data?.shiftPatterns ?? [];
  const day = patterns.find((p) => p.code === 'DAY')?.id as string;
  const night = patterns.find((p) => p.code === 'NIGHT')?.id as string;
  const teams = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams ?? [];
  // 一班 (刘强) from the 2nd, 二班 (何军) two days on, 三班 (罗斌) four: a day and a night team every day.
  for (const [name, anchor] of [
    ['一班', '2026-03-02'],
    ['二班', '2026-02-28'],
    ['三班', '2026-02-26'],
  ] as const) {
    const res = await director.gql(Generate, {
      input: {
        teamId: teams.find((t) => t.name === name)?.id as string,
        from: '2026-03-02',
        to: '2026-03-05',
        rotation: [day, day, night, night, null, null],
        anchorDate: anchor,
      },
    });
    expect(res.body.data?.generateRoster.userErrors).toEqual([]);
    for (const s of res.body.data?.generateRoster.shifts ?? []) shifts.set(`${s.date} ${s.pattern.code}`, s.id);
  }
  expect([...shifts.keys()].sort()).toContain('2026-03-04 DAY');
  // The demo's own materials are put away: this file keeps a list of its own.
  const demo = await director.gql(Materials, { siteCode: 'CUIHU' });
  for (const m of demo.body.data?.shiftMaterials ?? []) {
    await director.gql(UpdateMaterial, { input: { materialId: m.id, active: false } });
  }
  const box = (await director.gql(Ledger, { siteCode: 'CUIHU' })).body.data?.cashBalance ?? '0.00';
  base = Math.round(Number(box) * 100);
});
afterAll(() => steward?.close());

describe('shared materials (R39): the director keeps the list', () => {
  it('adds radios, keys and torches; refuses duplicates, negative quantities and unknown sites', async () => {
    for (const [name, unit, expectedQuantity] of [
      ['警棍', '根', 6],
      ['车场钥匙', '把', 12],
      ['强光手电', '个', 3],
    ] as const) {
      const res = await director.gql(CreateMaterial, {
        input: { siteCode: 'CUIHU', name, unit, expectedQuantity, note: '监控中心柜内' },
      });
      expect(res.body.data?.createShiftMaterial.userErrors).toEqual([]);
      materials.set(name, res.body.data?.createShiftMaterial.material?.id as string);
    }
    const before = await auditCount(steward);
    const dup = await director.gql(CreateMaterial, {
      input: { siteCode: 'CUIHU', name: '警棍', unit: '根', expectedQuantity: -1 },
    });
    expect(dup.body.data?.createShiftMaterial.userErrors).toEqual([
      { field: ['input', 'expectedQuantity'], code: 'OUT_OF_RANGE' },
      { field: ['input', 'name'], code: 'TAKEN' },
    ]);
    const nowhere = await director.gql(CreateMaterial, {
      input: { siteCode: 'NOWHERE', name: '雨衣', unit: '件', expectedQuantity: 2 },
    });
    expect(nowhere.body.data?.createShiftMaterial.userErrors).toEqual([
      { field: ['input', 'siteCode'], code: 'NOT_FOUND' },
    ]);
    const long = await director.gql(CreateMaterial, {
      input: { siteCode: 'CUIHU', name: '长'.repeat(51), unit: '', expectedQuantity: 1 },
    });
    expect(long.body.data?.createShiftMaterial.userErrors).toEqual([
      { field: ['input', 'name'], code: 'TOO_LONG' },
      { field: ['input', 'unit'], code: 'REQUIRED' },
    ]);
    expect(await auditCount(steward)).toBe(before);
    // A torch bought: four from now on.
    const more = await director.gql(UpdateMaterial, {
      input: { materialId: materials.get('强光手电') as string, expectedQuantity: 4 },
    });
    expect(more.body.data?.updateShiftMaterial.material).toMatchObject({ name: '强光手电', expectedQuantity: 4 });
  });

  it('is the director’s: a leader may read the list, not change it; another site’s leader sees none of it', async () => {
    const res = await leader.gql(CreateMaterial, {
      input: { siteCode: 'CUIHU', name: '雨衣', unit: '件', expectedQuantity: 2 },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await leader.gql(Materials, { siteCode: 'CUIHU' });
    expect(list.body.data?.shiftMaterials.map((m) => m.name).sort()).toEqual(['强光手电', '警棍', '车场钥匙'].sort());
    const other = await leader2.gql(Materials, { siteCode: 'CUIHU' });
    expect(other.body.data?.shiftMaterials).toEqual([]);
    const officerList = await officer.gql(Materials, { siteCode: 'CUIHU' });
    expect(officerList.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the petty cash (R40)', () => {
  it('takes top-ups and payments with a purpose and a receipt on a running shift its leader leads', async () => {
    const day = shiftId('2026-03-02 DAY');
    const early = await leader.gql(Cash, {
      input: { shiftId: day, direction: 'IN', amount: '500', purpose: '备用金' },
    });
    expect(early.body.data?.recordCashMovement.userErrors).toEqual([
      { field: ['input', 'shiftId'], code: 'INVALID_TRANSITION' },
    ]);
    at(cst('2026-03-02', '07:50'));
    expect((await leader.gql(OnDuty, { input: { shiftId: day } })).body.data?.startShiftDuty.userErrors).toEqual([]);
    const topUp = await leader.gql(Cash, {
      input: { shiftId: day, direction: 'IN', amount: '500', purpose: '部门拨付备用金' },
    });
    expect(topUp.body.data?.recordCashMovement).toMatchObject({ balance: yuan(50000), userErrors: [] });

    const before = await auditCount(steward);
    for (const [input, field, code] of [
      [{ amount: '35.50', receiptNo: null }, 'receiptNo', 'REQUIRED'],
      [{ amount: 'abc', receiptNo: 'R1' }, 'amount', 'INVALID'],
      [{ amount: '12.345', receiptNo: 'R1' }, 'amount', 'INVALID'],
      [{ amount: '-5', receiptNo: 'R1' }, 'amount', 'OUT_OF_RANGE'],
      [{ amount: '0', receiptNo: 'R1' }, 'amount', 'OUT_OF_RANGE'],
      [{ amount: '99999', receiptNo: 'R1' }, 'amount', 'OUT_OF_RANGE'],
    ] as const) {
      const res = await leader.gql(Cash, {
        input: { shiftId: day, direction: 'OUT', purpose: '购买电池', ...input },
      });
      expect(res.body.data?.recordCashMovement.userErrors, JSON.stringify(input)).toEqual([
        { field: ['input', field], code },
      ]);
    }
    expect(await auditCount(steward)).toBe(before);
    // Another team's leader may not touch this shift's cash; an officer has no grant at all.
    expect(
      (await leader3.gql(Cash, { input: { shiftId: day, direction: 'IN', amount: '1', purpose: 'x' } })).body
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await officer.gql(Cash, { input: { shiftId: day, direction: 'IN', amount: '1', purpose: 'x' } })).body
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    clock.advance(5 * MINUTE);
    const paid = await leader.gql(Cash, {
      input: { shiftId: day, direction: 'OUT', amount: '35.5', purpose: '购买强光手电电池', receiptNo: 'FP-0302-01' },
    });
    expect(paid.body.data?.recordCashMovement).toMatchObject({
      movement: { amount: '35.50', direction: 'OUT', receiptNo: 'FP-0302-01' },
      balance: yuan(46450),
      userErrors: [],
    });
    const ledger = await director.gql(Ledger, { siteCode: 'CUIHU' });
    expect(ledger.body.data?.cashBalance).toBe(yuan(46450));
    const ours = ledger.body.data?.cashLedger.nodes.filter((n) =>
      ['部门拨付备用金', '购买强光手电电池'].includes(n.purpose),
    );
    expect(ours?.map((n) => `${n.direction} ${n.amount} ${n.recordedBy.username}`)).toEqual([
      'OUT 35.50 leader',
      'IN 500.00 leader',
    ]);
    expect((await leader2.gql(Ledger, { siteCode: 'CUIHU' })).body.data).toMatchObject({
      cashBalance: null,
      cashLedger: { totalCount: 0 },
    });
  });
});

describe('duty logs (R38)', () => {
  it('takes time-stamped entries from those on the running shift, the first making the log', async () => {
    const day = shiftId('2026-03-02 DAY');
    const night = shiftId('2026-03-02 NIGHT');
    at(cst('2026-03-02', '09:10'));
    const notYet = await leader3.gql(AddEntry, { input: { shiftId: night, text: '提前到岗' } });
    expect(notYet.body.data?.addDutyLogEntry.userErrors).toEqual([
      { field: ['input', 'shiftId'], code: 'INVALID_TRANSITION' },
    ]);
    const first = await officer.gql(AddEntry, {
      input: { shiftId: day, text: '08:40 东门快递车辆违停，已劝离。', at: cst('2026-03-02', '08:40').toISOString() },
    });
    const created = first.body.data?.addDutyLogEntry;
    expect(created?.userErrors).toEqual([]);
    expect(created?.entry).toMatchObject({
      author: { username: 'officer' },
      at: cst('2026-03-02', '08:40').toISOString(),
    });
    expect(created?.dutyLog).toMatchObject({
      status: 'OPEN',
      date: '2026-03-02',
      entryCount: 1,
      shift: { id: day },
      department: { key: 'order_maintenance' },
    });

    // The leader notes a complaint taken at the gate, linked to its case.
    const opened = await leader.gql(OpenCase, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PATROL',
        title: '地下车库B2照明故障',
        description: 'B2车库东侧三盏灯不亮，业主投诉。',
        reporterName: '张先生',
        siteCode: 'CUIHU',
      },
    });
    complaint = opened.body.data?.openCase.case as { id: string; reference: string };
    expect(complaint?.reference).toBeTruthy();
    const linked = await leader.gql(AddEntry, {
      input: { shiftId: day, text: '受理B2车库照明投诉，已通知维修。', caseId: complaint.id },
    });
    expect(linked.body.data?.addDutyLogEntry.entry?.case?.reference).toBe(complaint.reference);

    const log = await leader.gql(ShiftLog, { id: day });
    expect(log.body.data?.shift?.dutyLog).toMatchObject({
      status: 'OPEN',
      viewerMayWrite: true,
      viewerMayReview: false,
    });
    expect(log.body.data?.shift?.dutyLog?.entries.map((e) => e.author.username)).toEqual(['officer', 'leader']);
  });

  it('refuses entries from someone not on the shift, and bad input, writing nothing', async () => {
    const day = shiftId('2026-03-02 DAY');
    const before = await auditCount(steward);
    // Another team's leader at the site sees the shift but is not on it; an officer of another team does not see it.
    expect(
      (await leader4.gql(AddEntry, { input: { shiftId: day, text: '路过' } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await officer3.gql(AddEntry, { input: { shiftId: day, text: '路过' } })).body.data?.addDutyLogEntry.userErrors,
    ).toEqual([{ field: ['input', 'shiftId'], code: 'NOT_FOUND' }]);
    // Rostered on nothing here and holding no grant for it.
    expect(
      (await director.gql(AddEntry, { input: { shiftId: day, text: '检查' } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    for (const [input, field, code] of [
      [{ shiftId: day, text: '   ' }, 'text', 'REQUIRED'],
      [{ shiftId: day, text: '长'.repeat(1001) }, 'text', 'TOO_LONG'],
      [{ shiftId: day, text: '稍后', at: cst('2026-03-02', '11:00').toISOString() }, 'at', 'OUT_OF_RANGE'],
      [{ shiftId: day, text: '昨天', at: cst('2026-03-01', '11:00').toISOString() }, 'at', 'OUT_OF_RANGE'],
      [{ shiftId: day, text: '关联', caseId: 'eA' }, 'caseId', 'NOT_FOUND'],
      [{ shiftId: day, siteCode: 'CUIHU', text: '两者' }, 'siteCode', 'INVALID'],
      [{ text: '无处' }, 'shiftId', 'REQUIRED'],
      [{ shiftId: 'nope', text: '无' }, 'shiftId', 'NOT_FOUND'],
      // Order maintenance writes per shift, not per day.
      [{ siteCode: 'CUIHU', text: '日志' }, 'siteCode', 'INVALID'],
    ] as const) {
      const res = await officer.gql(AddEntry, { input });
      expect(res.body.data?.addDutyLogEntry.userErrors, JSON.stringify(input)).toEqual([
        { field: ['input', field], code },
      ]);
    }
    expect(await auditCount(steward)).toBe(before);
  });

  it('keeps a department’s daily log for customer service, its own sites only', async () => {
    const res = await cs.gql(AddEntry, { input: { siteCode: 'CUIHU', text: '接待业主来访3批次，均已处理。' } });
    expect(res.body.data?.addDutyLogEntry.dutyLog).toMatchObject({
      status: 'OPEN',
      date: '2026-03-02',
      shift: null,
      department: { key: 'customer_service' },
    });
    const away = await cs.gql(AddEntry, { input: { siteCode: 'JINQIAO', text: '代班' } });
    expect(away.body.data?.addDutyLogEntry.userErrors).toEqual([
      { field: ['input', 'siteCode'], code: 'NOT_PERMITTED' },
    ]);
    // Customer service reads its own department's logs, not the shifts'.
    const mine = await cs.gql(Logs, { filter: MARCH });
    expect(mine.body.data?.dutyLogs.nodes.map((l) => l.department.key)).toEqual(['customer_service']);
  });
});

describe('the handover (R37, C22)', () => {
  it('prefills the draft with the open cases and tasks the shift touched, the materials and the cash', async () => {
    at(cst('2026-03-02', '10:00'));
    // A task the director gave an officer of the shift, and a complaint customer service holds alone.
    const given = await director.gql(OpenCase, {
      input: {
        kind: 'TASK',
        channel: 'OTHER',
        title: '检查消防通道堆物',
        description: '本周内清点各楼消防通道堆放杂物并登记。',
        assigneeId: ids.get('officer2') as string,
        dueAt: cst('2026-03-05', '18:00').toISOString(),
      },
    });
    task = given.body.data?.openCase.case as { id: string; reference: string };
    expect(task?.reference).toBeTruthy();
    const elsewhere = await cs.gql(OpenCase, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        title: '物业费发票',
        description: '业主询问发票开具。',
        reporterName: '李女士',
        siteCode: 'CUIHU',
      },
    });
    csComplaint = elsewhere.body.data?.openCase.case?.reference as string;

    const res = await leader.gql(Prefill, { id: shiftId('2026-03-02 DAY') });
    const shift = res.body.data?.shift;
    expect(shift?.handoverSteps).toEqual(['SAVE', 'SUBMIT']);
    expect(shift?.handover).toBeNull();
    const prefill = shift?.handoverPrefill;
    // (The demo's own open records of these people, around today, are on the list too.)
    const ours = (refs: (string | null)[]) => refs.filter((r) => r === complaint.reference || r === task.reference);
    expect(ours(prefill?.openMatters.map((m) => m.reference) ?? [])).toEqual([complaint.reference, task.reference]);
    expect(prefill?.openMatters.find((m) => m.reference === task.reference)?.kind).toBe('TASK');
    expect(prefill?.openMatters.find((m) => m.reference === complaint.reference)?.kind).toBe('CASE');
    expect(prefill?.openMatters.map((m) => m.reference)).not.toContain(csComplaint);
    expect(prefill?.materials.map((m) => `${m.name}×${m.expectedQuantity}`)).toEqual([
      '强光手电×4',
      '警棍×6',
      '车场钥匙×12',
    ]);
    expect(prefill?.cashExpected).toBe(yuan(46450));
    expect(prefill?.incomingShift).toMatchObject({ id: shiftId('2026-03-02 NIGHT'), leader: { username: 'leader3' } });
    // An officer of the shift sees no handover of it.
    const asOfficer = await officer.gql(Prefill, { id: shiftId('2026-03-02 DAY') });
    expect(asOfficer.body.data?.shift).toMatchObject({ handoverPrefill: null, handover: null, handoverSteps: [] });
  });

  it('saves a draft with unfinished matters, notes on open records and partial counts', async () => {
    const res = await leader.gql(SaveDraft, {
      input: {
        shiftId: shiftId('2026-03-02 DAY'),
        items: [{ description: '3栋电梯困人报警已复位，维保明早复查', actionNeeded: '08:30 陪同维保人员到场' }],
        matterNotes: [{ recordId: complaint.id, actionNeeded: '跟进维修进度，回访张先生' }],
        materialCounts: [count({ materialId: materials.get('警棍'), counted: '6' })],
      },
    });
    const h = res.body.data?.saveHandoverDraft;
    expect(h?.userErrors).toEqual([]);
    expect(h?.handover).toMatchObject({
      status: 'DRAFT',
      shift: { status: 'ON_DUTY' },
      cashCounted: null,
      counts: [{ name: '警棍', counted: 6, expected: 6, difference: 0 }],
    });
    expect(h?.handover?.items.map((i) => `${i.kind}:${i.actionNeeded}`)).toEqual([
      'CASE:跟进维修进度，回访张先生',
      'NOTE:08:30 陪同维保人员到场',
    ]);
  });

  it('cannot be submitted without the counts: every field named, nothing written', async () => {
    const before = await auditCount(steward);
    const res = await leader.gql(Submit, { input: { shiftId: shiftId('2026-03-02 DAY') } });
    const errors = res.body.data?.submitHandover.userErrors ?? [];
    expect(errors.map((e) => `${e.field?.join('.')} ${e.code}`)).toEqual([
      'input.materialCounts REQUIRED',
      'input.materialCounts REQUIRED',
      'input.materialCounts REQUIRED',
      'input.cashCounted REQUIRED',
    ]);
    expect(errors.map((e) => e.message).join(' ')).toContain('警棍');
    const partial = await leader.gql(Submit, {
      input: {
        shiftId: shiftId('2026-03-02 DAY'),
        materialCounts: [...fullCounts().slice(0, 2), count({ materialId: materials.get('强光手电'), counted: '' })],
        cashCounted: yuan(46450),
      },
    });
    expect(partial.body.data?.submitHandover.userErrors).toMatchObject([
      { field: ['input', 'materialCounts', '2', 'counted'], code: 'REQUIRED' },
    ]);
    expect(await auditCount(steward)).toBe(before);
    const still = await leader.gql(Prefill, { id: shiftId('2026-03-02 DAY') });
    expect(still.body.data?.shift).toMatchObject({ status: 'ON_DUTY', handover: { status: 'DRAFT' } });
  });

  it('refuses negative and non-numeric counts, naming each field', async () => {
    const before = await auditCount(steward);
    const input = {
      shiftId: shiftId('2026-03-02 DAY'),
      materialCounts: [
        count({ materialId: materials.get('警棍'), counted: 'six' }),
        count({ materialId: materials.get('车场钥匙'), counted: '-1' }),
        count({ materialId: materials.get('强光手电'), counted: '3.5' }),
        count({ materialId: 'bm90IGEgbWF0ZXJpYWw', counted: '1' }),
      ],
      cashCounted: '-20',
    };
    const refused = [
      'input.materialCounts.0.counted INVALID',
      'input.materialCounts.1.counted OUT_OF_RANGE',
      'input.materialCounts.2.counted INVALID',
      'input.materialCounts.3.materialId NOT_FOUND',
      'input.cashCounted OUT_OF_RANGE',
    ];
    const saved = (await leader.gql(SaveDraft, { input })).body.data?.saveHandoverDraft.userErrors ?? [];
    expect(saved.map((e) => `${e.field?.join('.')} ${e.code}`)).toEqual(refused);
    const submitted = (await leader.gql(Submit, { input })).body.data?.submitHandover.userErrors ?? [];
    expect(submitted.map((e) => `${e.field?.join('.')} ${e.code}`)).toEqual(refused);
    const cash = await leader.gql(SaveDraft, { input: { shiftId: shiftId('2026-03-02 DAY'), cashCounted: '四百' } });
    expect(cash.body.data?.saveHandoverDraft.userErrors).toMatchObject([
      { field: ['input', 'cashCounted'], code: 'INVALID' },
    ]);
    expect(await auditCount(steward)).toBe(before);
  });

  it('is the outgoing leader’s (or the director’s) to write: not another leader’s, not an officer’s', async () => {
    const input = { shiftId: shiftId('2026-03-02 DAY') };
    expect((await leader3.gql(SaveDraft, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await officer.gql(SaveDraft, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leader2.gql(Submit, { input })).body.data?.submitHandover.userErrors).toEqual([
      { field: ['input', 'shiftId'], code: 'NOT_FOUND', message: 'No such shift' },
    ]);
  });

  it('needs an explanation for a difference, and alerts the director; the incoming leader is asked to accept', async () => {
    const input = {
      shiftId: shiftId('2026-03-02 DAY'),
      items: [{ description: '3栋电梯困人报警已复位，维保明早复查', actionNeeded: '08:30 陪同维保人员到场' }],
      matterNotes: [{ recordId: complaint.id, actionNeeded: '跟进维修进度' }],
      materialCounts: [count({ materialId: materials.get('警棍'), counted: '5' }), ...fullCounts().slice(1)],
      cashCounted: yuan(46450),
    };
    at(cst('2026-03-02', '19:40'));
    const unexplained = await leader.gql(Submit, { input });
    expect(unexplained.body.data?.submitHandover.userErrors).toMatchObject([
      { field: ['input', 'materialCounts', '0', 'explanation'], code: 'REQUIRED' },
    ]);
    expect(await notificationsOf('director', 'HANDOVER_DISCREPANCY')).toHaveLength(0);

    const explained = {
      ...input,
      materialCounts: [
        count({ materialId: materials.get('警棍'), counted: '5', explanation: '一根借给车场岗，已登记' }),
        ...fullCounts().slice(1),
      ],
    };
    const res = await leader.gql(Submit, { input: explained });
    const h = res.body.data?.submitHandover;
    expect(h?.userErrors).toEqual([]);
    expect(h?.handover).toMatchObject({
      status: 'SUBMITTED',
      late: false,
      hasDiscrepancy: true,
      cashExpected: yuan(46450),
      cashCounted: yuan(46450),
      cashDifference: '0.00',
      outgoingLeader: { username: 'leader' },
      incomingLeader: { username: 'leader3' },
      incomingShift: { id: shiftId('2026-03-02 NIGHT') },
      shift: { status: 'HANDING_OVER' },
      viewerSteps: [],
    });
    expect(h?.handover?.counts.find((c) => c.name === '警棍')).toMatchObject({
      counted: 5,
      expected: 6,
      difference: -1,
    });
    // Submitted, the list is complete: every open record as it stood, and the matters in words.
    const listed = h?.handover?.items.map((i) => `${i.kind} ${i.reference ?? '-'} ${i.actionNeeded ?? ''}`) ?? [];
    expect(listed).toEqual(
      expect.arrayContaining([`CASE ${complaint.reference} 跟进维修进度`, `TASK ${task.reference} `]),
    );
    expect(listed.at(-1)).toBe('NOTE - 08:30 陪同维保人员到场');
    expect(listed.filter((i) => i.startsWith('NOTE'))).toHaveLength(1);
    const alerts = await notificationsOf('director', 'HANDOVER_DISCREPANCY');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.titleZh).toContain('警棍应有6根实点5根');
    expect(await notificationsOf('leader3', 'HANDOVER_SUBMITTED')).toHaveLength(1);
    // Nothing more is written once submitted, and the cash box is closed to this shift.
    expect((await leader.gql(SaveDraft, { input: explained })).body.data?.saveHandoverDraft.userErrors).toMatchObject([
      { field: ['input', 'shiftId'], code: 'INVALID_TRANSITION' },
    ]);
    expect(
      (
        await leader.gql(Cash, {
          input: { shiftId: shiftId('2026-03-02 DAY'), direction: 'IN', amount: '1', purpose: '补' },
        })
      ).body.data?.recordCashMovement.userErrors,
    ).toMatchObject([{ field: ['input', 'shiftId'], code: 'INVALID_TRANSITION' }]);
  });

  it('cannot close a shift without an accepted handover', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' });
    const ctx = await demoContext(
      steward.orm.em,
      createLogger(config),
      { config, pubsub: steward.pubsub },
      'director',
      clock.now,
    );
    const outcome = await runMutation(ctx, async (tx) => {
      const shift = await tx.findOneOrFail(Shift, { id: keyOf(shiftId('2026-03-02 DAY')) });
      await new ShiftService(ctx).closeWithin(tx, shift);
      return shift;
    });
    expect(outcome.userErrors).toMatchObject([
      {
        field: ['input', 'shiftId'],
        code: 'INVALID_TRANSITION',
        message: 'cannot close before its handover is accepted',
      },
    ]);
    const still = await director.gql(ShiftLog, { id: shiftId('2026-03-02 DAY') });
    expect(still.body.data?.shift).toMatchObject({ status: 'HANDING_OVER', closedAt: null });
  });

  it('is accepted by the incoming leader only, which closes the outgoing shift and its duty log', async () => {
    const list = await director.gql(Handovers, { filter: { needsAttention: true, ...MARCH } });
    const id = list.body.data?.handovers.nodes[0]?.id as string;
    expect(list.body.data?.handovers.nodes).toMatchObject([{ status: 'SUBMITTED', hasDiscrepancy: true }]);
    // The outgoing leader and a third leader may not accept it; the incoming one is offered it.
    expect((await leader.gql(Accept, { input: { handoverId: id } })).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await leader4.gql(Accept, { input: { handoverId: id } })).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await leader2.gql(OneHandover, { id })).body.data?.node).toBeNull();
    const bad = await leader3.gql(Accept, { input: { handoverId: id, note: '长'.repeat(501) } });
    expect(bad.body.data?.acceptHandover.userErrors).toMatchObject([{ field: ['input', 'note'], code: 'TOO_LONG' }]);

    at(cst('2026-03-02', '20:05'));
    const res = await leader3.gql(Accept, { input: { handoverId: id, note: '已清点，警棍借用情况知悉' } });
    expect(res.body.data?.acceptHandover.userErrors).toEqual([]);
    expect(res.body.data?.acceptHandover.handover).toMatchObject({
      status: 'ACCEPTED',
      acceptedOnBehalf: false,
      shift: { status: 'CLOSED' },
    });
    const day = await director.gql(ShiftLog, { id: shiftId('2026-03-02 DAY') });
    expect(day.body.data?.shift).toMatchObject({
      status: 'CLOSED',
      closedAt: cst('2026-03-02', '20:05').toISOString(),
      dutyLog: { status: 'CLOSED', viewerMayReview: true },
    });
    expect(await notificationsOf('leader', 'HANDOVER_ACCEPTED')).toHaveLength(1);
    expect(
      (await leader3.gql(Accept, { input: { handoverId: id } })).body.data?.acceptHandover.userErrors,
    ).toMatchObject([{ field: ['input', 'handoverId'], code: 'INVALID_TRANSITION' }]);
  });

  it('goes to the director when disputed, who may return it, then accept it on the incoming side’s behalf', async () => {
    const night = shiftId('2026-03-02 NIGHT');
    expect((await leader3.gql(OnDuty, { input: { shiftId: night } })).body.data?.startShiftDuty.userErrors).toEqual([]);
    at(cst('2026-03-03', '07:45'));
    const submitted = await leader3.gql(Submit, {
      input: { shiftId: night, materialCounts: fullCounts(), cashCounted: yuan(46450) },
    });
    const h = submitted.body.data?.submitHandover.handover;
    expect(h).toMatchObject({ status: 'SUBMITTED', hasDiscrepancy: false, incomingLeader: { username: 'leader' } });
    // No difference: the director is not alerted again.
    expect(await notificationsOf('director', 'HANDOVER_DISCREPANCY')).toHaveLength(1);
    const id = h?.id as string;

    const noReason = await leader.gql(Dispute, { input: { handoverId: id, reason: ' ' } });
    expect(noReason.body.data?.disputeHandover.userErrors).toMatchObject([
      { field: ['input', 'reason'], code: 'REQUIRED' },
    ]);
    // Only the incoming leader disputes: not the director, not the outgoing leader.
    expect(
      (await leader3.gql(Dispute, { input: { handoverId: id, reason: 'x' } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await director.gql(Dispute, { input: { handoverId: id, reason: 'x' } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const disputed = await leader.gql(Dispute, {
      input: { handoverId: id, reason: '实点强光手电只有3个，与交接单不符' },
    });
    expect(disputed.body.data?.disputeHandover.handover).toMatchObject({
      status: 'DISPUTED',
      disputeReason: '实点强光手电只有3个，与交接单不符',
      shift: { status: 'HANDING_OVER' },
      viewerSteps: [],
    });
    expect(await notificationsOf('director', 'HANDOVER_DISPUTED')).toHaveLength(1);
    expect(await notificationsOf('leader3', 'HANDOVER_DISPUTED')).toHaveLength(1);
    expect(
      (await leader.gql(Accept, { input: { handoverId: id } })).body.data?.acceptHandover.userErrors,
    ).toMatchObject([{ field: ['input', 'handoverId'], code: 'INVALID_TRANSITION' }]);
    // The director settles it: back to the outgoing leader to recount.
    expect(
      (await leader.gql(Resolve, { input: { handoverId: id, decision: 'RETURN', note: 'x' } })).body.errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const viewed = await director.gql(OneHandover, { id });
    expect(viewed.body.data?.node).toMatchObject({ status: 'DISPUTED' });
    const noNote = await director.gql(Resolve, { input: { handoverId: id, decision: 'RETURN', note: '' } });
    expect(noNote.body.data?.resolveHandoverDispute.userErrors).toMatchObject([
      { field: ['input', 'note'], code: 'REQUIRED' },
    ]);
    const returned = await director.gql(Resolve, {
      input: { handoverId: id, decision: 'RETURN', note: '请两位班长当面重新清点强光手电' },
    });
    expect(returned.body.data?.resolveHandoverDispute.handover).toMatchObject({
      status: 'RETURNED',
      resolution: 'RETURN',
      shift: { status: 'HANDING_OVER' },
    });
    expect(await notificationsOf('leader3', 'HANDOVER_RETURNED')).toHaveLength(1);

    // Recounted together: three torches, explained; submitted again, disputed again, accepted by the director.
    const again = await leader3.gql(Submit, {
      input: {
        shiftId: night,
        materialCounts: [
          ...fullCounts().slice(0, 2),
          count({ materialId: materials.get('强光手电'), counted: '3', explanation: '夜间巡逻时遗失一个，已报告' }),
        ],
        cashCounted: yuan(46450),
      },
    });
    expect(again.body.data?.submitHandover.handover).toMatchObject({ status: 'SUBMITTED', hasDiscrepancy: true });
    await leader.gql(Dispute, { input: { handoverId: id, reason: '遗失强光手电需主任确认' } });
    const onBehalf = await director.gql(Resolve, {
      input: { handoverId: id, decision: 'ACCEPT', note: '遗失属实，由何军赔偿，代为接收' },
    });
    expect(onBehalf.body.data?.resolveHandoverDispute.handover).toMatchObject({
      status: 'ACCEPTED',
      resolution: 'ACCEPT',
      acceptedOnBehalf: true,
      acceptanceNote: '遗失属实，由何军赔偿，代为接收',
      shift: { status: 'CLOSED' },
    });
  });

  it('is flagged late after the shift’s end; the director may accept a submitted one on the incoming side’s behalf, saying why', async () => {
    const day = shiftId('2026-03-03 DAY');
    expect((await leader.gql(OnDuty, { input: { shiftId: day } })).body.data?.startShiftDuty.userErrors).toEqual([]);
    at(cst('2026-03-03', '20:20'));
    const res = await leader.gql(Submit, {
      input: { shiftId: day, materialCounts: fullCounts(), cashCounted: yuan(46450) },
    });
    const h = res.body.data?.submitHandover.handover;
    expect(h).toMatchObject({ status: 'SUBMITTED', late: true, hasDiscrepancy: false });
    // The third alert: the radio, the lost torch, and now this one, late.
    const alerts = await notificationsOf('director', 'HANDOVER_DISCREPANCY');
    expect(alerts).toHaveLength(3);
    expect(alerts.map((a) => a.titleZh).join()).toContain('超过下班时间才提交');
    const noNote = await director.gql(Accept, { input: { handoverId: h?.id as string } });
    expect(noNote.body.data?.acceptHandover.userErrors).toMatchObject([{ field: ['input', 'note'], code: 'REQUIRED' }]);
    const accepted = await director.gql(Accept, {
      input: { handoverId: h?.id as string, note: '何军临时请假，主任代为接收' },
    });
    expect(accepted.body.data?.acceptHandover.handover).toMatchObject({
      status: 'ACCEPTED',
      acceptedOnBehalf: true,
      shift: { status: 'CLOSED' },
    });
    const attention = await director.gql(Handovers, { filter: { needsAttention: true, ...MARCH } });
    expect(attention.body.data?.handovers.totalCount).toBe(3);
    // A leader of another site sees none of CUIHU's handovers.
    expect((await leader2.gql(Handovers, { filter: MARCH })).body.data?.handovers.totalCount).toBe(0);
  });
});

describe('the director reviews the duty logs (DIR-10)', () => {
  it('lists closed logs awaiting review across departments, and marks them reviewed with a note', async () => {
    at(cst('2026-03-03', '21:00'));
    const waiting = await director.gql(Logs, { filter: { awaitingReview: true, ...MARCH } });
    const nodes = waiting.body.data?.dutyLogs.nodes ?? [];
    // The three closed shifts' logs, and customer service's log of the 2nd (its day is over).
    expect(nodes.map((l) => `${l.date} ${l.department.key} ${l.status}`).sort()).toEqual([
      '2026-03-02 customer_service CLOSED',
      '2026-03-02 order_maintenance CLOSED',
      '2026-03-02 order_maintenance CLOSED',
      '2026-03-03 order_maintenance CLOSED',
    ]);
    const dayLog = nodes.find((l) => l.shift?.id === shiftId('2026-03-02 DAY'));
    expect(dayLog?.entryCount).toBe(2);
    // An open log waits: the director may not review a shift still running (none here) nor an open day.
    const csToday = await cs.gql(AddEntry, { input: { siteCode: 'CUIHU', text: '今日无特殊情况' } });
    const todayLog = csToday.body.data?.addDutyLogEntry.dutyLog?.id as string;
    expect(
      (await director.gql(Review, { input: { dutyLogId: todayLog } })).body.data?.reviewDutyLog.userErrors,
    ).toMatchObject([{ field: ['input', 'dutyLogId'], code: 'INVALID_TRANSITION' }]);
    // The manager reads, but does not review.
    expect(
      (await manager.gql(Review, { input: { dutyLogId: dayLog?.id as string } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const tooLong = await director.gql(Review, { input: { dutyLogId: dayLog?.id as string, note: '长'.repeat(501) } });
    expect(tooLong.body.data?.reviewDutyLog.userErrors).toMatchObject([{ field: ['input', 'note'], code: 'TOO_LONG' }]);

    for (const log of nodes) {
      const res = await director.gql(Review, { input: { dutyLogId: log.id, note: '已阅' } });
      expect(res.body.data?.reviewDutyLog.dutyLog).toMatchObject({
        status: 'REVIEWED',
        reviewNote: '已阅',
        reviewedBy: { username: 'director' },
      });
    }
    const again = await director.gql(Review, { input: { dutyLogId: dayLog?.id as string } });
    expect(again.body.data?.reviewDutyLog.userErrors).toMatchObject([
      { field: ['input', 'dutyLogId'], code: 'ALREADY_DONE' },
    ]);
    expect(
      (await director.gql(Logs, { filter: { awaitingReview: true, ...MARCH } })).body.data?.dutyLogs.totalCount,
    ).toBe(0);
    expect(
      (await director.gql(Logs, { filter: { statuses: ['OPEN'], ...MARCH } })).body.data?.dutyLogs.totalCount,
    ).toBe(1);
    expect((await director.gql(Logs, { filter: { from: 'March' } })).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('a list of shifts (read in grouped queries, issue 8)', () => {
  it('gives each shift what it gives read alone: prefill, handovers, steps, log, people', async () => {
    at(cst('2026-03-04', '10:00'));
    for (const client of [director, leader, leader3]) {
      const list = (await client.gql(ShiftsTogether, { filter: MARCH })).body.data?.shifts.nodes ?? [];
      expect(list.length).toBeGreaterThan(3);
      for (const node of list) {
        expect((await client.gql(ShiftAlone, { id: node.id })).body.data?.shift).toEqual(node);
      }
    }
    // What is compared is not empty: the director's list has the week's handovers, both ways, and drafts to prefill.
    const all = (await director.gql(ShiftsTogether, { filter: MARCH })).body.data?.shifts.nodes ?? [];
    expect(all.filter((s) => s.handover).length).toBeGreaterThan(1);
    expect(all.filter((s) => s.incomingHandover).length).toBeGreaterThan(1);
    expect(all.filter((s) => s.handoverPrefill?.openMatters.length).length).toBeGreaterThan(1);
    expect(all.filter((s) => s.handoverPrefill?.materials.length).length).toBeGreaterThan(1);
    expect(all.filter((s) => s.handoverPrefill?.incomingShift).length).toBeGreaterThan(1);
    expect(all.filter((s) => s.members.length).length).toBe(all.length);
  });
});
