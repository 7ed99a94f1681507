import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { firstSignIn, onboard } from '../support/factories.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

/** The fire-safety programme (R28–R32, C13–C17): registers, versioned plans, drills, and the overview. */
const Overview = graphql(`
  query FireOverview($siteCode: String!, $drillIntervalMonths: Int, $trainingIntervalMonths: Int) {
    fireSafetyOverview(
      siteCode: $siteCode
      drillIntervalMonths: $drillIntervalMonths
      trainingIntervalMonths: $trainingIntervalMonths
    ) {
      date
      checks { check count ok }
      keyUnitCount
      keyUnitsWithoutFirePlan { id name }
      plansReviewOverdue { id title }
      lastDrill { id }
      nextDrillDueOn
      drillOverdue
      nextPlannedDrill { id }
      placeCount
      uncoveredPlaces { name area { id } keyUnit { id } }
      brigadeCount
      untrainedMembers { staff { username } }
      leadersUnfamiliar { username }
      equipmentCount
      equipmentOverdueCount
      equipmentFaultyCount
      viewerMayCreate
      viewerMayHandle
      viewerMayApprove
    }
  }
`);
const Coverage = graphql(`
  query FireCoverage($siteCode: String!) {
    fireResponsibilityCoverage(siteCode: $siteCode) {
      name
      covered
      area { id nameZh }
      keyUnit { id name }
      current { id responsible { username } deputy { username } effectiveFrom effectiveTo inForce }
    }
  }
`);
const Responsibilities = graphql(`
  query FireResponsibilities($siteCode: String!, $includeEnded: Boolean) {
    fireResponsibilities(siteCode: $siteCode, includeEnded: $includeEnded) {
      id
      effectiveFrom
      effectiveTo
      endReason
      area { nameZh }
      responsible { username }
      supersededBy { id }
    }
  }
`);
const Assign = graphql(`
  mutation FireAssign($input: AssignFireResponsibilityInput!) {
    assignFireResponsibility(input: $input) {
      responsibility { id effectiveFrom effectiveTo inForce responsible { username } area { nameZh } }
      userErrors { field code message }
    }
  }
`);
const EndResponsibility = graphql(`
  mutation FireEndResponsibility($input: EndFireResponsibilityInput!) {
    endFireResponsibility(input: $input) {
      responsibility { id effectiveTo endReason inForce }
      userErrors { field code }
    }
  }
`);
const KeyUnits = graphql(`
  query FireKeyUnits($siteCode: String!) {
    keyUnits(siteCode: $siteCode) {
      id
      name
      firePlan { id version }
      plans { id type version status supersededBy { id } approvedBy { username } }
    }
  }
`);
const CreateUnit = graphql(`
  mutation FireCreateUnit($input: CreateKeyUnitInput!) {
    createKeyUnit(input: $input) { keyUnit { id name site { code } } userErrors { field code } }
  }
`);
const Draft = graphql(`
  mutation FireDraft($input: DraftEmergencyPlanInput!) {
    draftEmergencyPlan(input: $input) {
      plan { id version status type effectiveFrom draftedBy { username } }
      userErrors { field code message }
    }
  }
`);
const UpdateDraft = graphql(`
  mutation FireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {
    updateEmergencyPlanDraft(input: $input) { plan { id title } userErrors { field code } }
  }
`);
const Approve = graphql(`
  mutation FireApprove($input: EmergencyPlanStepInput!) {
    approveEmergencyPlan(input: $input) {
      plan { id status version effectiveFrom approvedBy { username } approvedAt }
      userErrors { field code message }
    }
  }
`);
const Withdraw = graphql(`
  mutation FireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {
    withdrawEmergencyPlanDraft(input: $input) { plan { id status withdrawReason } userErrors { field code } }
  }
`);
const ConfirmRead = graphql(`
  mutation FireConfirmRead($input: EmergencyPlanStepInput!) {
    confirmEmergencyPlanRead(input: $input) { plan { id viewerHasRead } userErrors { field code } }
  }
`);
const PlansInForce = graphql(`
  query FirePlansInForce($siteCode: String!) {
    emergencyPlansInForce(siteCode: $siteCode) { id type version keyUnit { name } }
  }
`);
const PlanDrill = graphql(`
  mutation FirePlanDrill($input: PlanFireDrillInput!) {
    planFireDrill(input: $input) { drill { id status organiser { username } plan { id } } userErrors { field code } }
  }
`);
const RecordDrill = graphql(`
  mutation FireRecordDrill($input: RecordFireDrillInput!) {
    recordFireDrill(input: $input) {
      drill {
        id
        status
        alarmAt
        assemblySeconds
        evacuationSeconds
        durationSeconds
        brigadeCount
        occupantCount
        participants { username }
      }
      userErrors { field code message }
    }
  }
`);
const EvaluateDrill = graphql(`
  mutation FireEvaluateDrill($input: EvaluateFireDrillInput!) {
    evaluateFireDrill(input: $input) {
      drill {
        id
        status
        rating
        evaluatedBy { username }
        openFollowUpCount
        followUps { id ordinal description owner { username } dueOn done }
      }
      userErrors { field code message }
    }
  }
`);
const FollowUpDone = graphql(`
  mutation FireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {
    setFireDrillFollowUpDone(input: $input) {
      followUp { id done doneBy { username } drill { openFollowUpCount } }
      userErrors { field code }
    }
  }
`);
const CancelDrill = graphql(`
  mutation FireCancelDrill($input: CancelFireDrillInput!) {
    cancelFireDrill(input: $input) { drill { id status cancelReason } userErrors { field code } }
  }
`);
const Drills = graphql(`
  query FireDrills($filter: FireDrillFilter, $first: Int) {
    fireDrills(filter: $filter, first: $first) { totalCount nodes { id status site { code } } }
  }
`);
const Equipment = graphql(`
  query FireEquipmentList($filter: FireEquipmentFilter, $first: Int, $after: String) {
    fireEquipment(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id identifier type status overdue location area { nameZh } site { code } viewerMayHandle }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Register = graphql(`
  mutation FireRegister($input: RegisterFireEquipmentInput!) {
    registerFireEquipment(input: $input) {
      equipment { id identifier status quantity overdue }
      userErrors { field code message }
    }
  }
`);
const UpdateEquipment = graphql(`
  mutation FireUpdateEquipment($input: UpdateFireEquipmentInput!) {
    updateFireEquipment(input: $input) { equipment { id location } userErrors { field code } }
  }
`);
const Check = graphql(`
  mutation FireCheck($input: RecordFireEquipmentCheckInput!) {
    recordFireEquipmentCheck(input: $input) {
      equipment { id status statusNote lastCheckedOn nextDueOn overdue }
      userErrors { field code }
    }
  }
`);
const Retire = graphql(`
  mutation FireRetire($input: RetireFireEquipmentInput!) {
    retireFireEquipment(input: $input) { equipment { id status retiredAt retireReason } userErrors { field code } }
  }
`);
const Brigade = graphql(`
  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {
    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {
      id
      role
      engagement
      active
      lastTrainedOn
      trainingLapsed
      trainingDueOn
      staff { username }
    }
  }
`);
const AddMember = graphql(`
  mutation FireAddMember($input: AddFireBrigadeMemberInput!) {
    addFireBrigadeMember(input: $input) { member { id role active } userErrors { field code } }
  }
`);
const UpdateMember = graphql(`
  mutation FireUpdateMember($input: UpdateFireBrigadeMemberInput!) {
    updateFireBrigadeMember(input: $input) { member { id lastTrainedOn trainingLapsed role } userErrors { field code } }
  }
`);
const EndMember = graphql(`
  mutation FireEndMember($input: EndFireBrigadeMembershipInput!) {
    endFireBrigadeMembership(input: $input) { member { id active leftOn leftReason } userErrors { field code } }
  }
`);
const StaffOptions = graphql(`
  query FireStaffOptions($siteCode: String!) {
    fireSafetyStaffOptions(siteCode: $siteCode) { id username }
  }
`);
const NodeOf = graphql(`query FireNode($id: ID!) { node(id: $id) { id } }`);

const DAY = 86_400_000;
type FireCheck =
  | 'C13_PLANS'
  | 'C14_DRILLS'
  | 'C15_RESPONSIBILITY'
  | 'C16_TRAINING'
  | 'C17_FAMILIARITY'
  | 'EQUIPMENT_DUE';
const shanghaiDate = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * DAY));

let steward: TestSteward;
let fire: Client;
let director: Client;
let leader: Client;
let officer: Client;
let cs: Client;
let manager: Client;
let ids: Map<string, string>;
const id = (username: string) => ids.get(username) as string;

beforeAll(async () => {
  steward = await startTestSteward();
  fire = await steward.login('fire');
  director = await steward.login('director');
  leader = await steward.login('leader');
  officer = await steward.login('officer');
  cs = await steward.login('cs');
  manager = await steward.login('manager');
  ids = await staffIds(steward);
});
afterAll(() => steward?.close());

const checksOf = async (client: Client, siteCode: string, vars: Record<string, number> = {}) => {
  const { body } = await client.gql(Overview, { siteCode, ...vars });
  expect(body.errors).toBeUndefined();
  const o = body.data?.fireSafetyOverview;
  if (!o) throw new Error('no overview');
  return { o, count: Object.fromEntries(o.checks.map((c) => [c.check, c.count])) as Record<FireCheck, number> };
};

async function areaId(siteCode: string, nameZh: string): Promise<string> {
  const { body } = await fire.gql(Coverage, { siteCode });
  const row = body.data?.fireResponsibilityCoverage.find((r) => r.area?.nameZh === nameZh);
  if (!row?.area) throw new Error(`no area ${nameZh}`);
  return row.area.id;
}

describe('the demo programme', () => {
  it('shows each site’s checks as the demo left them (C13–C17)', async () => {
    const cuihu = await checksOf(fire, 'CUIHU');
    expect(cuihu.count).toEqual({
      C13_PLANS: 0,
      C14_DRILLS: 0,
      C15_RESPONSIBILITY: 1,
      C16_TRAINING: 1,
      C17_FAMILIARITY: 2,
      EQUIPMENT_DUE: 3,
    });
    expect(cuihu.o.uncoveredPlaces.map((p) => p.name)).toEqual(['中心花园']);
    expect(cuihu.o.untrainedMembers.map((m) => m.staff.username)).toEqual(['officer3']);
    expect(cuihu.o.leadersUnfamiliar.map((l) => l.username).sort()).toEqual(['leader3', 'leader4']);
    expect(cuihu.o).toMatchObject({
      keyUnitCount: 2,
      brigadeCount: 6,
      equipmentOverdueCount: 2,
      equipmentFaultyCount: 1,
      drillOverdue: false,
      viewerMayCreate: true,
      viewerMayHandle: true,
      viewerMayApprove: false,
    });
    expect(cuihu.o.plansReviewOverdue.map((p) => p.title)).toEqual(['地下停车场治安应急方案']);
    expect(cuihu.o.lastDrill).not.toBeNull();
    expect(cuihu.o.nextPlannedDrill).not.toBeNull();

    const jinqiao = await checksOf(fire, 'JINQIAO');
    expect(jinqiao.count).toMatchObject({ C13_PLANS: 1, C14_DRILLS: 1, C15_RESPONSIBILITY: 2, C16_TRAINING: 1 });
    expect(jinqiao.o.keyUnitsWithoutFirePlan.map((u) => u.name)).toEqual(['消防控制室']);
    expect(jinqiao.o.drillOverdue).toBe(true);

    // The CUIHU car park plan has two versions: the first superseded by the second.
    const units = (await fire.gql(KeyUnits, { siteCode: 'CUIHU' })).body.data?.keyUnits ?? [];
    const carpark = units.find((u) => u.name === '地下停车场');
    const fires = carpark?.plans.filter((p) => p.type === 'FIRE') ?? [];
    expect(fires.map((p) => [p.version, p.status])).toEqual([
      [2, 'IN_FORCE'],
      [1, 'SUPERSEDED'],
    ]);
    expect(fires[1]?.supersededBy?.id).toBe(fires[0]?.id);
    expect(carpark?.firePlan?.version).toBe(2);
  });

  it('takes the intervals as parameters: a 1-month drill interval makes CUIHU’s drill overdue', async () => {
    const { o, count } = await checksOf(fire, 'CUIHU', { drillIntervalMonths: 1, trainingIntervalMonths: 60 });
    expect(o.drillOverdue).toBe(true);
    expect(count.C14_DRILLS).toBe(1);
    expect(count.C16_TRAINING).toBe(0);
    const bad = await fire.gql(Overview, { siteCode: 'CUIHU', drillIntervalMonths: 0 });
    expect(bad.status).toBe(200);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('access', () => {
  it('lets an officer read his site’s registers, but not change them', async () => {
    const list = await officer.gql(Equipment, { filter: { siteCode: 'CUIHU', type: 'EXTINGUISHER' }, first: 50 });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data?.fireEquipment.totalCount).toBeGreaterThan(3);
    expect(list.body.data?.fireEquipment.nodes.every((n) => !n.viewerMayHandle)).toBe(true);
    const before = await auditCount(steward);
    const res = await officer.gql(Register, {
      input: { siteCode: 'CUIHU', type: 'EXTINGUISHER', identifier: 'X-1', location: '某处' },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount(steward)).toBe(before);
  });

  it('denies whoever holds no fire-safety grant', async () => {
    const res = await cs.gql(Overview, { siteCode: 'CUIHU' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approve = await fire.gql(Approve, { input: { planId: 'x' } });
    expect(approve.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides another site from a shift leader as if it did not exist', async () => {
    expect((await leader.gql(Overview, { siteCode: 'JINQIAO' })).body.data?.fireSafetyOverview).toBeNull();
    expect((await leader.gql(Overview, { siteCode: 'CUIHU' })).body.data?.fireSafetyOverview?.viewerMayCreate).toBe(
      false,
    );
    const jq = await fire.gql(Equipment, { filter: { siteCode: 'JINQIAO' }, first: 1 });
    const jqId = jq.body.data?.fireEquipment.nodes[0]?.id as string;
    expect(jqId).toBeTruthy();
    expect((await leader.gql(NodeOf, { id: jqId })).body.data?.node).toBeNull();
    expect(
      (await leader.gql(Equipment, { filter: { siteCode: 'JINQIAO' }, first: 5 })).body.data?.fireEquipment.totalCount,
    ).toBe(0);
    const all = await leader.gql(Equipment, { first: 100 });
    expect(new Set(all.body.data?.fireEquipment.nodes.map((n) => n.site.code))).toEqual(new Set(['CUIHU']));
    expect((await leader.gql(Brigade, { siteCode: 'JINQIAO' })).body.data?.fireBrigade).toEqual([]);
    expect((await leader.gql(KeyUnits, { siteCode: 'JINQIAO' })).body.data?.keyUnits).toEqual([]);
  });

  it('keeps a fire supervisor of one site to that site', async () => {
    const person = await onboard(manager, { positionKey: 'fire_supervisor', siteCodes: ['CUIHU'] });
    const narrow = await firstSignIn(steward, person);
    const before = await auditCount(steward);
    const res = await narrow.gql(Register, {
      input: { siteCode: 'JINQIAO', type: 'EXTINGUISHER', identifier: 'OUT-1', location: '一楼' },
    });
    expect(res.body.data?.registerFireEquipment.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'siteCode'], code: 'NOT_PERMITTED' }),
    ]);
    const jq = await fire.gql(Equipment, { filter: { siteCode: 'JINQIAO' }, first: 1 });
    const retire = await narrow.gql(Retire, {
      input: { equipmentId: jq.body.data?.fireEquipment.nodes[0]?.id as string, reason: '试图越权' },
    });
    expect(retire.body.data?.retireFireEquipment.userErrors).toEqual([
      { field: ['input', 'equipmentId'], code: 'NOT_FOUND' },
    ]);
    expect((await narrow.gql(StaffOptions, { siteCode: 'JINQIAO' })).body.data?.fireSafetyStaffOptions).toEqual([]);
    expect(
      (await narrow.gql(StaffOptions, { siteCode: 'CUIHU' })).body.data?.fireSafetyStaffOptions.map((s) => s.username),
    ).toContain('officer3');
    expect(await auditCount(steward)).toBe(before);
  });
});

describe('equipment register (R31): bad input, checks, retire never delete', () => {
  it('names every field at fault, and never answers 500', async () => {
    const before = await auditCount(steward);
    const res = await fire.gql(Register, {
      input: {
        siteCode: 'CUIHU',
        type: 'EXTINGUISHER',
        identifier: '  ',
        location: '很'.repeat(201),
        quantity: 0,
        lastCheckedOn: shanghaiDate(-10),
        nextDueOn: shanghaiDate(-20),
        areaId: 'nonsense',
      },
    });
    expect(res.status).toBe(200);
    const errors = res.body.data?.registerFireEquipment.userErrors ?? [];
    expect(errors.map((e) => [e.field?.[1], e.code]).sort()).toEqual(
      [
        ['areaId', 'NOT_FOUND'],
        ['identifier', 'REQUIRED'],
        ['location', 'TOO_LONG'],
        ['nextDueOn', 'OUT_OF_RANGE'],
        ['quantity', 'OUT_OF_RANGE'],
      ].sort(),
    );
    const future = await fire.gql(Register, {
      input: {
        siteCode: 'CUIHU',
        type: 'HYDRANT',
        identifier: 'F-1',
        location: '某处',
        lastCheckedOn: shanghaiDate(3),
      },
    });
    expect(future.body.data?.registerFireEquipment.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'lastCheckedOn'], code: 'OUT_OF_RANGE' }),
    ]);
    const taken = await fire.gql(Register, {
      input: { siteCode: 'CUIHU', type: 'EXTINGUISHER', identifier: 'MHQ-B1-01', location: '重复' },
    });
    expect(taken.body.data?.registerFireEquipment.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'identifier'], code: 'TAKEN' }),
    ]);
    expect(await auditCount(steward)).toBe(before);
  });

  it('flags overdue entries, records checks, and retires without deleting', async () => {
    const areaIdB1 = await areaId('CUIHU', '地下停车场');
    const created = await fire.gql(Register, {
      input: {
        siteCode: 'CUIHU',
        areaId: areaIdB1,
        type: 'EXTINGUISHER',
        identifier: 'T-B1-09',
        location: 'B1 坡道口',
        quantity: 2,
        lastCheckedOn: shanghaiDate(-40),
        nextDueOn: shanghaiDate(-1),
      },
    });
    const item = created.body.data?.registerFireEquipment.equipment;
    expect(item).toMatchObject({ status: 'OK', quantity: 2, overdue: true });
    const overdue = await officer.gql(Equipment, { filter: { siteCode: 'CUIHU', overdueOnly: true }, first: 50 });
    expect(overdue.body.data?.fireEquipment.nodes.map((n) => n.identifier)).toContain('T-B1-09');

    const faultyWithoutNote = await fire.gql(Check, {
      input: {
        equipmentId: item?.id as string,
        checkedOn: shanghaiDate(),
        nextDueOn: shanghaiDate(30),
        status: 'FAULTY',
      },
    });
    expect(faultyWithoutNote.body.data?.recordFireEquipmentCheck.userErrors).toEqual([
      { field: ['input', 'note'], code: 'REQUIRED' },
    ]);
    const backwards = await fire.gql(Check, {
      input: {
        equipmentId: item?.id as string,
        checkedOn: shanghaiDate(-41),
        nextDueOn: shanghaiDate(30),
        status: 'OK',
      },
    });
    expect(backwards.body.data?.recordFireEquipmentCheck.userErrors).toEqual([
      { field: ['input', 'checkedOn'], code: 'OUT_OF_RANGE' },
    ]);
    const checked = await fire.gql(Check, {
      input: { equipmentId: item?.id as string, checkedOn: shanghaiDate(), nextDueOn: shanghaiDate(30), status: 'OK' },
    });
    expect(checked.body.data?.recordFireEquipmentCheck.equipment).toMatchObject({
      status: 'OK',
      lastCheckedOn: shanghaiDate(),
      overdue: false,
    });

    const retired = await fire.gql(Retire, { input: { equipmentId: item?.id as string, reason: '已更换新灭火器' } });
    expect(retired.body.data?.retireFireEquipment.equipment).toMatchObject({
      status: 'RETIRED',
      retireReason: '已更换新灭火器',
    });
    // Still on record: by node, with includeRetired, and in the table; gone from the default list.
    expect((await officer.gql(NodeOf, { id: item?.id as string })).body.data?.node?.id).toBe(item?.id);
    const inService = await officer.gql(Equipment, { filter: { siteCode: 'CUIHU', search: 'T-B1-09' }, first: 5 });
    expect(inService.body.data?.fireEquipment.totalCount).toBe(0);
    const withRetired = await officer.gql(Equipment, {
      filter: { siteCode: 'CUIHU', search: 'T-B1-09', includeRetired: true },
      first: 5,
    });
    expect(withRetired.body.data?.fireEquipment.nodes.map((n) => n.status)).toEqual(['RETIRED']);
    const rows = await steward.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*) as n from fire_equipment where identifier = 'T-B1-09'`);
    expect(Number((rows[0] as { n: number }).n)).toBe(1);
    // A retired entry stays as it was; its label may be given to the replacement.
    const again = await fire.gql(UpdateEquipment, { input: { equipmentId: item?.id as string, location: '别处' } });
    expect(again.body.data?.updateFireEquipment.userErrors).toEqual([
      { field: ['input', 'equipmentId'], code: 'INVALID_TRANSITION' },
    ]);
    const twice = await fire.gql(Retire, { input: { equipmentId: item?.id as string, reason: '再次' } });
    expect(twice.body.data?.retireFireEquipment.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const replacement = await fire.gql(Register, {
      input: { siteCode: 'CUIHU', type: 'EXTINGUISHER', identifier: 'T-B1-09', location: 'B1 坡道口' },
    });
    expect(replacement.body.data?.registerFireEquipment.userErrors).toEqual([]);
  });

  it('pages the register by identifier with stable cursors', async () => {
    const first = await officer.gql(Equipment, { filter: { siteCode: 'CUIHU' }, first: 5 });
    const page = first.body.data?.fireEquipment;
    expect(page?.nodes).toHaveLength(5);
    const next = await officer.gql(Equipment, {
      filter: { siteCode: 'CUIHU' },
      first: 5,
      after: page?.pageInfo.endCursor,
    });
    const names = [...(page?.nodes ?? []), ...(next.body.data?.fireEquipment.nodes ?? [])].map((n) => n.identifier);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('emergency plans (R29): a new version supersedes the one in force', () => {
  it('drafts, refuses a second draft, approves (director only) and keeps the history', async () => {
    const units = (await fire.gql(KeyUnits, { siteCode: 'JINQIAO' })).body.data?.keyUnits ?? [];
    const carpark = units.find((u) => u.name === '地下车库');
    const v1 = carpark?.firePlan;
    expect(v1?.version).toBe(1);

    const draft = await fire.gql(Draft, {
      input: {
        keyUnitId: carpark?.id as string,
        type: 'FIRE',
        title: '地下车库消防应急方案（第二版）',
        content: '修订内容。',
      },
    });
    const v2 = draft.body.data?.draftEmergencyPlan.plan;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', draftedBy: { username: 'fire' } });
    const second = await fire.gql(Draft, {
      input: { keyUnitId: carpark?.id as string, type: 'FIRE', title: '又一稿', content: '…' },
    });
    expect(second.body.data?.draftEmergencyPlan.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'type'], code: 'CONFLICT' }),
    ]);
    const edited = await fire.gql(UpdateDraft, {
      input: { planId: v2?.id as string, title: '地下车库消防应急方案（2026 修订）' },
    });
    expect(edited.body.data?.updateEmergencyPlanDraft.plan?.title).toBe('地下车库消防应急方案（2026 修订）');

    // Until approved, version 1 stays in force.
    expect(
      (await fire.gql(PlansInForce, { siteCode: 'JINQIAO' })).body.data?.emergencyPlansInForce.map((p) => p.version),
    ).toEqual([1]);

    const approved = await director.gql(Approve, { input: { planId: v2?.id as string } });
    expect(approved.body.data?.approveEmergencyPlan.plan).toMatchObject({
      status: 'IN_FORCE',
      version: 2,
      effectiveFrom: shanghaiDate(),
      approvedBy: { username: 'director' },
    });
    const after = (await fire.gql(KeyUnits, { siteCode: 'JINQIAO' })).body.data?.keyUnits.find(
      (u) => u.id === carpark?.id,
    );
    expect(
      after?.plans.filter((p) => p.type === 'FIRE').map((p) => [p.version, p.status, p.supersededBy?.id ?? null]),
    ).toEqual([
      [2, 'IN_FORCE', null],
      [1, 'SUPERSEDED', v2?.id],
    ]);
    expect(
      (await director.gql(Approve, { input: { planId: v2?.id as string } })).body.data?.approveEmergencyPlan.userErrors,
    ).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    const inForceEdit = await fire.gql(UpdateDraft, { input: { planId: v2?.id as string, title: '改' } });
    expect(inForceEdit.body.data?.updateEmergencyPlanDraft.userErrors[0]?.code).toBe('INVALID_TRANSITION');
  });

  it('approves a draft that takes effect later only on that day; withdrawn drafts stay on record', async () => {
    const unit = await fire.gql(CreateUnit, {
      input: { siteCode: 'CUIHU', name: '会所厨房', location: '会所一楼西侧', riskDescription: '燃气灶具，油烟管道' },
    });
    const unitId = unit.body.data?.createKeyUnit.keyUnit?.id as string;
    const later = await fire.gql(Draft, {
      input: {
        keyUnitId: unitId,
        type: 'FIRE',
        title: '会所厨房消防应急方案',
        content: '……',
        effectiveFrom: shanghaiDate(5),
      },
    });
    const planId = later.body.data?.draftEmergencyPlan.plan?.id as string;
    const early = await director.gql(Approve, { input: { planId } });
    expect(early.body.data?.approveEmergencyPlan.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'planId'], code: 'INVALID_TRANSITION' }),
    ]);
    const badReview = await fire.gql(UpdateDraft, { input: { planId, reviewDue: shanghaiDate(2) } });
    expect(badReview.body.data?.updateEmergencyPlanDraft.userErrors).toEqual([
      { field: ['input', 'reviewDue'], code: 'OUT_OF_RANGE' },
    ]);
    const withdrawn = await fire.gql(Withdraw, { input: { planId, reason: '厨房改造，方案重拟' } });
    expect(withdrawn.body.data?.withdrawEmergencyPlanDraft.plan).toMatchObject({ status: 'WITHDRAWN' });
    // The unit now needs a plan: C13 counts it.
    const { o } = await checksOf(fire, 'CUIHU');
    expect(o.keyUnitsWithoutFirePlan.map((u) => u.name)).toEqual(['会所厨房']);
    const dup = await fire.gql(CreateUnit, {
      input: { siteCode: 'CUIHU', name: '会所厨房', location: '重复', riskDescription: '重复' },
    });
    expect(dup.body.data?.createKeyUnit.userErrors).toEqual([{ field: ['input', 'name'], code: 'TAKEN' }]);
  });

  it('clears C13 when the control room’s draft is approved, and C17 when a leader confirms reading', async () => {
    const before = await checksOf(director, 'JINQIAO');
    expect(before.count.C13_PLANS).toBe(1);
    const units = (await fire.gql(KeyUnits, { siteCode: 'JINQIAO' })).body.data?.keyUnits ?? [];
    const draft = units.find((u) => u.name === '消防控制室')?.plans.find((p) => p.status === 'DRAFT');
    // Its effective date lies ahead: bring it to today, then approve.
    await fire.gql(UpdateDraft, { input: { planId: draft?.id as string, effectiveFrom: shanghaiDate() } });
    const ok = await director.gql(Approve, { input: { planId: draft?.id as string } });
    expect(ok.body.data?.approveEmergencyPlan.userErrors).toEqual([]);
    expect((await checksOf(director, 'JINQIAO')).count.C13_PLANS).toBe(0);

    const leader4 = await steward.login('leader4');
    const cuihu = (await leader4.gql(PlansInForce, { siteCode: 'CUIHU' })).body.data?.emergencyPlansInForce ?? [];
    expect(cuihu.length).toBeGreaterThan(0);
    for (const plan of cuihu) {
      const res = await leader4.gql(ConfirmRead, { input: { planId: plan.id } });
      expect(res.body.data?.confirmEmergencyPlanRead.plan?.viewerHasRead).toBe(true);
    }
    const again = await leader4.gql(ConfirmRead, { input: { planId: cuihu[0]?.id as string } });
    expect(again.body.data?.confirmEmergencyPlanRead.userErrors).toEqual([
      { field: ['input', 'planId'], code: 'ALREADY_DONE' },
    ]);
    expect((await checksOf(fire, 'CUIHU')).o.leadersUnfamiliar.map((l) => l.username)).toEqual(['leader3']);
  });
});

describe('fire drills (R30): planned → held → evaluated', () => {
  it('checks the timings are in order, computes durations, and updates the overview', async () => {
    const plans = (await fire.gql(PlansInForce, { siteCode: 'JINQIAO' })).body.data?.emergencyPlansInForce ?? [];
    const planned = await fire.gql(PlanDrill, {
      input: {
        siteCode: 'JINQIAO',
        plannedFor: new Date(Date.now() - 3 * 3600_000).toISOString(),
        scenario: '大堂配电箱冒烟，疏散一楼大堂人员',
        planId: plans[0]?.id,
      },
    });
    const drill = planned.body.data?.planFireDrill.drill;
    expect(drill).toMatchObject({ status: 'PLANNED', organiser: { username: 'fire' } });
    const t = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const base = {
      drillId: drill?.id as string,
      participantIds: [id('leader2'), id('officer4')],
      brigadeCount: 2,
      occupantCount: 30,
    };

    const outOfOrder = await fire.gql(RecordDrill, {
      input: { ...base, alarmAt: t(120), assembledAt: t(110), evacuatedAt: t(115), endedAt: t(90) },
    });
    expect(outOfOrder.body.data?.recordFireDrill.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'evacuatedAt'], code: 'OUT_OF_RANGE' }),
    ]);
    const future = await fire.gql(RecordDrill, { input: { ...base, alarmAt: t(10), endedAt: t(-20) } });
    expect(future.body.data?.recordFireDrill.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'endedAt'], code: 'OUT_OF_RANGE' }),
    ]);
    const before = await auditCount(steward);
    const endsBefore = await fire.gql(RecordDrill, { input: { ...base, alarmAt: t(60), endedAt: t(61) } });
    expect(endsBefore.body.data?.recordFireDrill.userErrors[0]?.field).toEqual(['input', 'endedAt']);
    const stranger = await fire.gql(RecordDrill, {
      input: { ...base, participantIds: ['bogus'], alarmAt: t(60), endedAt: t(30) },
    });
    expect(stranger.body.data?.recordFireDrill.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'participantIds'], code: 'NOT_FOUND' }),
    ]);
    expect(await auditCount(steward)).toBe(before);

    const held = await fire.gql(RecordDrill, {
      input: { ...base, alarmAt: t(120), assembledAt: t(117), evacuatedAt: t(110), endedAt: t(90) },
    });
    expect(held.body.data?.recordFireDrill.drill).toMatchObject({
      status: 'HELD',
      assemblySeconds: 180,
      evacuationSeconds: 600,
      durationSeconds: 1800,
      participants: [{ username: 'leader2' }, { username: 'officer4' }],
    });
    const twice = await fire.gql(RecordDrill, { input: { ...base, alarmAt: t(120), endedAt: t(90) } });
    expect(twice.body.data?.recordFireDrill.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const cancelHeld = await fire.gql(CancelDrill, { input: { drillId: drill?.id as string, reason: '不' } });
    expect(cancelHeld.body.data?.cancelFireDrill.userErrors[0]?.code).toBe('INVALID_TRANSITION');

    // JINQIAO's drill is no longer overdue.
    const overview = await checksOf(fire, 'JINQIAO');
    expect(overview.o.lastDrill?.id).toBe(drill?.id);
    expect(overview.count.C14_DRILLS).toBe(0);

    const badFollowUp = await director.gql(EvaluateDrill, {
      input: {
        drillId: drill?.id as string,
        evaluation: '疏散有序。',
        rating: 'GOOD',
        followUps: [
          { description: '补充大堂疏散指示', ownerId: id('tech') },
          { description: ' ', ownerId: 'nobody' },
        ],
      },
    });
    expect(badFollowUp.body.data?.evaluateFireDrill.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'followUps', '1', 'description'], 'REQUIRED'],
      [['input', 'followUps', '1', 'ownerId'], 'NOT_FOUND'],
    ]);
    const evaluated = await director.gql(EvaluateDrill, {
      input: {
        drillId: drill?.id as string,
        evaluation: '疏散有序，集合迅速。',
        rating: 'GOOD',
        followUps: [
          { description: '补充大堂疏散指示', ownerId: id('tech'), dueOn: shanghaiDate(14) },
          { description: '配电箱加装防护罩', ownerId: id('tech') },
        ],
      },
    });
    const d = evaluated.body.data?.evaluateFireDrill.drill;
    expect(d).toMatchObject({
      status: 'EVALUATED',
      rating: 'GOOD',
      evaluatedBy: { username: 'director' },
      openFollowUpCount: 2,
    });
    expect(d?.followUps.map((f) => [f.ordinal, f.owner.username, f.done])).toEqual([
      [1, 'tech', false],
      [2, 'tech', false],
    ]);
    const done = await fire.gql(FollowUpDone, { input: { followUpId: d?.followUps[0]?.id as string, done: true } });
    expect(done.body.data?.setFireDrillFollowUpDone.followUp).toMatchObject({
      done: true,
      doneBy: { username: 'fire' },
      drill: { openFollowUpCount: 1 },
    });
    const doneAgain = await fire.gql(FollowUpDone, {
      input: { followUpId: d?.followUps[0]?.id as string, done: true },
    });
    expect(doneAgain.body.data?.setFireDrillFollowUpDone.userErrors[0]?.code).toBe('ALREADY_DONE');
    // An officer reads the drill, the leader of another site does not.
    expect((await leader.gql(Drills, { filter: { siteCode: 'JINQIAO' } })).body.data?.fireDrills.totalCount).toBe(0);
  });

  it('cancels a planned drill with a reason; a plan not in force at the site is refused', async () => {
    const other = (await fire.gql(PlansInForce, { siteCode: 'JINQIAO' })).body.data?.emergencyPlansInForce[0]?.id;
    const refused = await fire.gql(PlanDrill, {
      input: {
        siteCode: 'CUIHU',
        plannedFor: new Date(Date.now() + 10 * DAY).toISOString(),
        scenario: '测试',
        planId: other,
      },
    });
    expect(refused.body.data?.planFireDrill.userErrors).toEqual([{ field: ['input', 'planId'], code: 'NOT_FOUND' }]);
    const farOff = await fire.gql(PlanDrill, {
      input: { siteCode: 'CUIHU', plannedFor: new Date(Date.now() + 400 * DAY).toISOString(), scenario: '测试' },
    });
    expect(farOff.body.data?.planFireDrill.userErrors).toEqual([
      { field: ['input', 'plannedFor'], code: 'OUT_OF_RANGE' },
    ]);
    const planned = await fire.gql(PlanDrill, {
      input: { siteCode: 'CUIHU', plannedFor: new Date(Date.now() + 10 * DAY).toISOString(), scenario: '夜间疏散演练' },
    });
    const drillId = planned.body.data?.planFireDrill.drill?.id as string;
    const noReason = await fire.gql(CancelDrill, { input: { drillId, reason: '' } });
    expect(noReason.body.data?.cancelFireDrill.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const cancelled = await fire.gql(CancelDrill, { input: { drillId, reason: '与小区活动冲突，改期' } });
    expect(cancelled.body.data?.cancelFireDrill.drill).toMatchObject({ status: 'CANCELLED' });
    const list = await officer.gql(Drills, { filter: { siteCode: 'CUIHU', status: 'CANCELLED' } });
    expect(list.body.data?.fireDrills.nodes.map((n) => n.id)).toContain(drillId);
  });
});

describe('responsibility system (R28): coverage, supersession, ending', () => {
  it('flags the uncovered area until someone is assigned; a later assignment supersedes the earlier', async () => {
    const garden = await areaId('CUIHU', '中心花园');
    const before = await checksOf(fire, 'CUIHU');
    expect(before.o.uncoveredPlaces.map((p) => p.area?.id)).toContain(garden);

    const both = await fire.gql(Assign, {
      input: { areaId: garden, keyUnitId: garden, responsibleId: id('officer5'), effectiveFrom: shanghaiDate() },
    });
    expect(both.body.data?.assignFireResponsibility.userErrors[0]).toMatchObject({
      field: ['input', 'areaId'],
      code: 'INVALID',
    });
    const bad = await fire.gql(Assign, {
      input: {
        areaId: garden,
        responsibleId: id('leader2'),
        deputyId: id('leader2'),
        effectiveFrom: shanghaiDate(),
        effectiveTo: shanghaiDate(-1),
      },
    });
    expect(bad.body.data?.assignFireResponsibility.userErrors.map((e) => [e.field?.[1], e.code]).sort()).toEqual(
      [
        ['deputyId', 'NOT_FOUND'],
        ['effectiveTo', 'OUT_OF_RANGE'],
        ['responsibleId', 'NOT_FOUND'],
      ].sort(),
    );

    const first = await fire.gql(Assign, {
      input: {
        areaId: garden,
        responsibleId: id('officer5'),
        deputyId: id('officer6'),
        effectiveFrom: shanghaiDate(-10),
      },
    });
    const r1 = first.body.data?.assignFireResponsibility.responsibility;
    expect(r1).toMatchObject({ inForce: true, responsible: { username: 'officer5' }, area: { nameZh: '中心花园' } });
    const after = await checksOf(fire, 'CUIHU');
    expect(after.count.C15_RESPONSIBILITY).toBe(before.count.C15_RESPONSIBILITY - 1);

    const clash = await fire.gql(Assign, {
      input: { areaId: garden, responsibleId: id('officer6'), effectiveFrom: shanghaiDate(-10) },
    });
    expect(clash.body.data?.assignFireResponsibility.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'effectiveFrom'], code: 'CONFLICT' }),
    ]);
    const second = await fire.gql(Assign, {
      input: { areaId: garden, responsibleId: id('officer6'), effectiveFrom: shanghaiDate() },
    });
    const r2 = second.body.data?.assignFireResponsibility.responsibility;
    expect(r2?.inForce).toBe(true);
    const history = (await officer.gql(Responsibilities, { siteCode: 'CUIHU', includeEnded: true })).body.data
      ?.fireResponsibilities;
    const old = history?.find((h) => h.id === r1?.id);
    expect(old).toMatchObject({ effectiveTo: shanghaiDate(-1), supersededBy: { id: r2?.id } });
    const current = (await officer.gql(Responsibilities, { siteCode: 'CUIHU' })).body.data?.fireResponsibilities;
    expect(current?.map((h) => h.id)).not.toContain(r1?.id);
    const row = (await officer.gql(Coverage, { siteCode: 'CUIHU' })).body.data?.fireResponsibilityCoverage.find(
      (c) => c.area?.id === garden,
    );
    expect(row).toMatchObject({ covered: true, current: { id: r2?.id, responsible: { username: 'officer6' } } });

    // Ended early: its last day is today (it cannot end before it began).
    const tooEarly = await fire.gql(EndResponsibility, {
      input: { responsibilityId: r2?.id as string, effectiveTo: shanghaiDate(-1), reason: '调岗' },
    });
    expect(tooEarly.body.data?.endFireResponsibility.userErrors).toEqual([
      { field: ['input', 'effectiveTo'], code: 'OUT_OF_RANGE' },
    ]);
    const ended = await fire.gql(EndResponsibility, {
      input: { responsibilityId: r2?.id as string, effectiveTo: shanghaiDate(), reason: '调岗' },
    });
    expect(ended.body.data?.endFireResponsibility.responsibility).toMatchObject({
      effectiveTo: shanghaiDate(),
      endReason: '调岗',
      inForce: true,
    });
    const later = await fire.gql(EndResponsibility, {
      input: { responsibilityId: r2?.id as string, effectiveTo: shanghaiDate(3), reason: '延后' },
    });
    expect(later.body.data?.endFireResponsibility.userErrors).toEqual([
      { field: ['input', 'effectiveTo'], code: 'OUT_OF_RANGE' },
    ]);
  });
});

describe('fire brigade (R32): one captain, training (C16), leaving', () => {
  it('keeps one captain, records training and departures', async () => {
    const members = (await fire.gql(Brigade, { siteCode: 'CUIHU' })).body.data?.fireBrigade ?? [];
    expect(members[0]).toMatchObject({ role: 'CAPTAIN', staff: { username: 'fire' } });
    const lapsed = members.find((m) => m.staff.username === 'officer3');
    expect(lapsed?.trainingLapsed).toBe(true);

    const captain = await fire.gql(AddMember, {
      input: {
        siteCode: 'CUIHU',
        staffId: id('officer6'),
        role: 'CAPTAIN',
        engagement: 'PART_TIME',
        joinedOn: shanghaiDate(),
      },
    });
    expect(captain.body.data?.addFireBrigadeMember.userErrors).toEqual([
      { field: ['input', 'role'], code: 'CONFLICT' },
    ]);
    const twice = await fire.gql(AddMember, {
      input: {
        siteCode: 'CUIHU',
        staffId: id('officer3'),
        role: 'MEMBER',
        engagement: 'PART_TIME',
        joinedOn: shanghaiDate(),
      },
    });
    expect(twice.body.data?.addFireBrigadeMember.userErrors).toEqual([{ field: ['input', 'staffId'], code: 'TAKEN' }]);

    const before = (await checksOf(fire, 'CUIHU')).count.C16_TRAINING;
    const trained = await fire.gql(UpdateMember, {
      input: { memberId: lapsed?.id as string, lastTrainedOn: shanghaiDate() },
    });
    expect(trained.body.data?.updateFireBrigadeMember.member).toMatchObject({ trainingLapsed: false });
    expect((await checksOf(fire, 'CUIHU')).count.C16_TRAINING).toBe(before - 1);
    const backwards = await fire.gql(UpdateMember, {
      input: { memberId: lapsed?.id as string, lastTrainedOn: shanghaiDate(-30) },
    });
    expect(backwards.body.data?.updateFireBrigadeMember.userErrors).toEqual([
      { field: ['input', 'lastTrainedOn'], code: 'OUT_OF_RANGE' },
    ]);

    const added = await fire.gql(AddMember, {
      input: {
        siteCode: 'CUIHU',
        staffId: id('officer6'),
        role: 'MEMBER',
        engagement: 'PART_TIME',
        joinedOn: shanghaiDate(-5),
      },
    });
    const memberId = added.body.data?.addFireBrigadeMember.member?.id as string;
    const early = await fire.gql(EndMember, { input: { memberId, leftOn: shanghaiDate(-6), reason: '调离' } });
    expect(early.body.data?.endFireBrigadeMembership.userErrors).toEqual([
      { field: ['input', 'leftOn'], code: 'OUT_OF_RANGE' },
    ]);
    const left = await fire.gql(EndMember, { input: { memberId, leftOn: shanghaiDate(), reason: '调往金桥项目' } });
    expect(left.body.data?.endFireBrigadeMembership.member).toMatchObject({
      active: false,
      leftReason: '调往金桥项目',
    });
    const gone = await fire.gql(UpdateMember, { input: { memberId, role: 'DEPUTY_CAPTAIN' } });
    expect(gone.body.data?.updateFireBrigadeMember.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const withLeft = (await fire.gql(Brigade, { siteCode: 'CUIHU', includeLeft: true })).body.data?.fireBrigade ?? [];
    expect(withLeft.find((m) => m.id === memberId)?.active).toBe(false);
    expect((await fire.gql(Brigade, { siteCode: 'CUIHU' })).body.data?.fireBrigade.map((m) => m.id)).not.toContain(
      memberId,
    );
  });
});
