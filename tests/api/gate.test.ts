import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GateVisitor as VisitorRow } from '../../apps/api/src/features/gate/gate-visitor.entity.js';
import { GoodsPass as PassRow } from '../../apps/api/src/features/gate/goods-pass.entity.js';
import { VehicleMovement as MovementRow } from '../../apps/api/src/features/gate/vehicle-movement.entity.js';
import { zonedDate } from '../../apps/api/src/features/shifts/zoned-time.js';
import type { RecordVehicleEntryInput, RecordVisitorEntryInput, RequestGoodsPassInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { customerIdOf, DEMO_CUSTOMER_ANCHORS, unitIdOf } from '../support/customers.js';
import { auditCount } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const PassFields = graphql(`
  fragment PassFields on GoodsPass {
    id
    number
    status
    issuedTo
    items { description quantity }
    carrierName
    plate
    validFrom
    validUntil
    checkedAt
    checkNote
    refuseReason
    cancelReason
    site { code }
    unit { code }
    customer { name }
    department { key }
    requestedBy { username }
    approvedBy { username }
    checkedBy { username }
    gate { nameZh }
    can { approve cancel checkOut refuse }
  }
`);
void PassFields;
const MovementFields = graphql(`
  fragment MovementFields on VehicleMovement {
    id
    plate
    category
    vehicleType
    enteredAt
    exitedAt
    inside
    overstaying
    lenient: overstaying(hours: 48)
    parkingPlace
    voidReason
    canExit
    canVoid
    entryGate { nameZh }
    exitGate { nameZh }
    entryOfficer { username }
    exitOfficer { username }
  }
`);
void MovementFields;
const VisitorFields = graphql(`
  fragment VisitorFields on GateVisitor {
    id
    name
    idLast4
    headcount
    visiting
    inside
    exitedAt
    canExit
    entryOfficer { username }
    exitOfficer { username }
  }
`);
void VisitorFields;

const RequestPass = graphql(`
  mutation GateRequestPass($input: RequestGoodsPassInput!) {
    requestGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }
  }
`);
const ApprovePass = graphql(`
  mutation GateApprovePass($input: GoodsPassStepInput!) {
    approveGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }
  }
`);
const CancelPass = graphql(`
  mutation GateCancelPass($input: CancelGoodsPassInput!) {
    cancelGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }
  }
`);
const CheckOut = graphql(`
  mutation GateCheckOut($input: CheckOutGoodsPassInput!) {
    checkOutGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }
  }
`);
const RefusePass = graphql(`
  mutation GateRefusePass($input: RefuseGoodsPassInput!) {
    refuseGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }
  }
`);
const ByNumber = graphql(`
  query GatePassByNumber($number: String!) {
    goodsPassByNumber(number: $number) { id number status }
  }
`);
const Passes = graphql(`
  query GatePasses($filter: GoodsPassFilter, $first: Int) {
    goodsPasses(filter: $filter, first: $first) { totalCount nodes { id number status site { code } } }
  }
`);
const Enter = graphql(`
  mutation GateEnter($input: RecordVehicleEntryInput!) {
    recordVehicleEntry(input: $input) { movement { ...MovementFields } userErrors { field code message } }
  }
`);
const Exit = graphql(`
  mutation GateExit($input: RecordVehicleExitInput!) {
    recordVehicleExit(input: $input) { movement { ...MovementFields } userErrors { field code message } }
  }
`);
const VoidMovement = graphql(`
  mutation GateVoidMovement($input: VoidVehicleMovementInput!) {
    voidVehicleMovement(input: $input) { movement { ...MovementFields } userErrors { field code message } }
  }
`);
const Movements = graphql(`
  query GateMovements($filter: VehicleMovementFilter, $first: Int) {
    vehicleMovements(filter: $filter, first: $first) { totalCount nodes { id plate category overstaying site { code } } }
  }
`);
const VisitorIn = graphql(`
  mutation GateVisitorIn($input: RecordVisitorEntryInput!) {
    recordVisitorEntry(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }
  }
`);
const VisitorOut = graphql(`
  mutation GateVisitorOut($input: RecordVisitorExitInput!) {
    recordVisitorExit(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }
  }
`);
const VoidVisitor = graphql(`
  mutation GateVoidVisitor($input: VoidGateVisitorInput!) {
    voidGateVisitor(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }
  }
`);
const Visitors = graphql(`
  query GateVisitors($filter: GateVisitorFilter) {
    gateVisitors(filter: $filter, first: 50) { totalCount nodes { id name inside site { code } } }
  }
`);
const Areas = graphql(`
  query GateAreas($siteCode: String) {
    areas(siteCode: $siteCode) { id kind nameZh }
  }
`);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let clock: TestClock;
let steward: TestSteward;
let cs: Client;
let cs2: Client;
let officer: Client;
let officer2: Client;
let officer4: Client;
let leader: Client;
let leader2: Client;
let director: Client;
let manager: Client;
/** Areas by site and name (global ids). */
const gate: Record<string, string> = {};
let unit: string;
let owner: string;

beforeAll(async () => {
  clock = new TestClock(new Date());
  steward = await startTestSteward({}, {}, { clock: clock.now });
  cs = await steward.login('cs');
  cs2 = await steward.login('cs2');
  officer = await steward.login('officer');
  officer2 = await steward.login('officer2');
  officer4 = await steward.login('officer4');
  leader = await steward.login('leader');
  leader2 = await steward.login('leader2');
  director = await steward.login('director');
  manager = await steward.login('manager');
  for (const site of ['CUIHU', 'JINQIAO']) {
    const res = await director.gql(Areas, { siteCode: site });
    for (const a of res.body.data?.areas ?? []) gate[`${site}:${a.nameZh}`] = a.id;
  }
  unit = await unitIdOf(steward, DEMO_CUSTOMER_ANCHORS.unit.site, DEMO_CUSTOMER_ANCHORS.unit.code);
  owner = await customerIdOf(steward, DEMO_CUSTOMER_ANCHORS.owner.name);
});
afterAll(() => steward?.close());

const today = (offset = 0) => zonedDate(new Date(clock.now().getTime() + offset * DAY), 'Asia/Shanghai');
const codes = (res: GqlResponse<unknown>) => (res.body.errors ?? []).map((e) => e.extensions?.code);
const errorsOf = (payload: { userErrors: { field?: string[] | null; code: string }[] } | null | undefined) =>
  (payload?.userErrors ?? []).map((e) => [e.field?.join('.') ?? null, e.code]);
const count = (entity: typeof PassRow | typeof MovementRow | typeof VisitorRow) =>
  steward.orm.em.fork().count(entity, {});

function passInput(input: Partial<RequestGoodsPassInput> = {}): RequestGoodsPassInput {
  return {
    unitId: unit,
    customerId: owner,
    items: [
      { description: '旧沙发', quantity: 1 },
      { description: '纸箱', quantity: 6 },
    ],
    carrierName: '搬家公司 王师傅',
    carrierPhone: '139 1608 5521',
    plate: '沪d 52781',
    validFrom: today(),
    ...input,
  };
}

async function request(input: Partial<RequestGoodsPassInput> = {}, as = cs) {
  const res = await as.gql(RequestPass, { input: passInput(input) });
  const pass = res.body.data?.requestGoodsPass.pass;
  if (!pass) throw new Error(JSON.stringify(res.body));
  return pass;
}
async function approved(input: Partial<RequestGoodsPassInput> = {}) {
  const pass = await request(input);
  const res = await cs.gql(ApprovePass, { input: { passId: pass.id } });
  expect(res.body.data?.approveGoodsPass.userErrors).toEqual([]);
  return res.body.data?.approveGoodsPass.pass as NonNullable<typeof pass>;
}

describe('goods-out passes (物品放行条)', () => {
  it('are written by customer service for a unit and its customer, numbered, and wait for approval', async () => {
    const pass = await request();
    expect(pass).toMatchObject({
      status: 'REQUESTED',
      issuedTo: `${DEMO_CUSTOMER_ANCHORS.unit.code} ${DEMO_CUSTOMER_ANCHORS.owner.name}`,
      plate: '沪D52781',
      validFrom: today(),
      validUntil: today(),
      site: { code: 'CUIHU' },
      unit: { code: DEMO_CUSTOMER_ANCHORS.unit.code },
      customer: { name: DEMO_CUSTOMER_ANCHORS.owner.name },
      requestedBy: { username: 'cs' },
      approvedBy: null,
      can: { approve: true, cancel: true, checkOut: false, refuse: false },
    });
    expect(pass.number).toMatch(new RegExp(`^FX-${today().replaceAll('-', '')}-\\d{3}$`));
    // For a department of ours, too: the department's name is what the gate reads.
    const forFacilities = await request({
      unitId: null,
      customerId: null,
      departmentKey: 'facilities',
      siteCode: 'CUIHU',
    });
    expect(forFacilities).toMatchObject({ department: { key: 'facilities' }, unit: null });
    expect(forFacilities.issuedTo).toBeTruthy();
  });

  it('must be approved before use, by customer service only', async () => {
    const pass = await request();
    const early = await officer.gql(CheckOut, { input: { passId: pass.id } });
    expect(errorsOf(early.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
    expect(early.body.data?.checkOutGoodsPass.userErrors[0]?.message).toContain('not approved');
    for (const client of [officer, leader, director]) {
      expect(codes(await client.gql(ApprovePass, { input: { passId: pass.id } }))).toEqual(['FORBIDDEN']);
    }
    const res = await cs.gql(ApprovePass, { input: { passId: pass.id } });
    expect(res.body.data?.approveGoodsPass.pass).toMatchObject({ status: 'APPROVED', approvedBy: { username: 'cs' } });
    const again = await cs.gql(ApprovePass, { input: { passId: pass.id } });
    expect(errorsOf(again.body.data?.approveGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
  });

  it('is found at the gate by its number however it is typed, and checked out once only', async () => {
    const pass = await approved();
    const digits = pass.number.replaceAll('-', '');
    for (const typed of [pass.number, digits.toLowerCase(), digits.slice(2), ` ${pass.number.toLowerCase()} `]) {
      const found = await officer.gql(ByNumber, { number: typed });
      expect(found.body.data?.goodsPassByNumber, typed).toMatchObject({ id: pass.id, status: 'APPROVED' });
    }
    // Another site's officer does not find it, and cannot use it.
    expect((await officer4.gql(ByNumber, { number: pass.number })).body.data?.goodsPassByNumber).toBeNull();
    const elsewhere = await officer4.gql(CheckOut, { input: { passId: pass.id } });
    expect(errorsOf(elsewhere.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'NOT_FOUND']]);
    // Customer service and the leader see it, but do not work the gate.
    expect(codes(await cs.gql(CheckOut, { input: { passId: pass.id } }))).toEqual(['FORBIDDEN']);
    expect(codes(await leader.gql(CheckOut, { input: { passId: pass.id } }))).toEqual(['FORBIDDEN']);

    const before = await auditCount(steward, { action: 'goods_pass.check_out' });
    const res = await officer.gql(CheckOut, {
      input: { passId: pass.id, gateId: gate['CUIHU:东大门'], note: '物品与放行条相符' },
    });
    expect(res.body.data?.checkOutGoodsPass.pass).toMatchObject({
      status: 'USED',
      checkedBy: { username: 'officer' },
      gate: { nameZh: '东大门' },
      checkNote: '物品与放行条相符',
      can: { approve: false, cancel: false, checkOut: false, refuse: false },
    });
    expect(Date.parse(String(res.body.data?.checkOutGoodsPass.pass?.checkedAt))).toBe(clock.now().getTime());
    expect(await auditCount(steward, { action: 'goods_pass.check_out' })).toBe(before + 1);

    const twice = await officer2.gql(CheckOut, { input: { passId: pass.id } });
    expect(errorsOf(twice.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
    expect(twice.body.data?.checkOutGoodsPass.userErrors[0]?.message).toContain('used already');
    const refusedAfter = await officer2.gql(RefusePass, { input: { passId: pass.id, reason: '晚了' } });
    expect(errorsOf(refusedAfter.body.data?.refuseGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
    expect(await auditCount(steward, { action: 'goods_pass.check_out' })).toBe(before + 1);
  });

  it('is good only within its days', async () => {
    const later = await approved({ validFrom: today(1), validUntil: today(2) });
    expect(later.can.checkOut).toBe(false);
    const early = await officer.gql(CheckOut, { input: { passId: later.id } });
    expect(errorsOf(early.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'OUT_OF_RANGE']]);
    const todayOnly = await approved();
    const waiting = await request();

    clock.advance(DAY);
    const tomorrow = await officer.gql(CheckOut, { input: { passId: later.id, gateId: gate['CUIHU:北门'] } });
    expect(tomorrow.body.data?.checkOutGoodsPass.pass?.status).toBe('USED');
    // Yesterday's passes have expired, whatever step they had reached.
    const expired = await officer.gql(CheckOut, { input: { passId: todayOnly.id } });
    expect(errorsOf(expired.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'OUT_OF_RANGE']]);
    const refused = await officer.gql(RefusePass, { input: { passId: todayOnly.id, reason: 'x' } });
    expect(errorsOf(refused.body.data?.refuseGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
    const lateApproval = await cs.gql(ApprovePass, { input: { passId: waiting.id } });
    expect(errorsOf(lateApproval.body.data?.approveGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
    const listed = await cs.gql(Passes, { filter: { statuses: ['EXPIRED'], siteCode: 'CUIHU' }, first: 100 });
    const ids = listed.body.data?.goodsPasses.nodes.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([todayOnly.id, waiting.id]));
    expect(listed.body.data?.goodsPasses.nodes.every((p) => p.status === 'EXPIRED')).toBe(true);
    const open = await cs.gql(Passes, { filter: { statuses: ['APPROVED', 'REQUESTED'] }, first: 100 });
    expect(open.body.data?.goodsPasses.nodes.map((p) => p.id)).not.toContain(todayOnly.id);
  });

  it('is stopped at the gate when the goods do not match, and is then spent', async () => {
    const pass = await approved();
    const noReason = await officer.gql(RefusePass, { input: { passId: pass.id, reason: '' } });
    expect(errorsOf(noReason.body.data?.refuseGoodsPass)).toEqual([['input.reason', 'REQUIRED']]);
    const res = await officer.gql(RefusePass, {
      input: { passId: pass.id, gateId: gate['CUIHU:东大门'], reason: '实际多出一台空调外机' },
    });
    expect(res.body.data?.refuseGoodsPass.pass).toMatchObject({
      status: 'REFUSED',
      refuseReason: '实际多出一台空调外机',
      checkedBy: { username: 'officer' },
    });
    const after = await officer.gql(CheckOut, { input: { passId: pass.id } });
    expect(errorsOf(after.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
  });

  it('is cancelled with a reason by customer service, and cannot be used afterwards', async () => {
    const pass = await approved();
    expect(codes(await officer.gql(CancelPass, { input: { passId: pass.id, reason: 'x' } }))).toEqual(['FORBIDDEN']);
    const res = await cs.gql(CancelPass, { input: { passId: pass.id, reason: '业主改期' } });
    expect(res.body.data?.cancelGoodsPass.pass).toMatchObject({ status: 'CANCELLED', cancelReason: '业主改期' });
    const used = await officer.gql(CheckOut, { input: { passId: pass.id } });
    expect(errorsOf(used.body.data?.checkOutGoodsPass)).toEqual([['input.passId', 'INVALID_TRANSITION']]);
  });

  it('refuses a pass that says too little, too much, or for days it cannot be', async () => {
    const before = await count(PassRow);
    const cases: [Partial<RequestGoodsPassInput>, [string, string][]][] = [
      [{ items: [] }, [['input.items', 'REQUIRED']]],
      [{ items: [{ description: '沙发', quantity: 0 }] }, [['input.items.0.quantity', 'OUT_OF_RANGE']]],
      [{ items: [{ description: '', quantity: 1 }] }, [['input.items.0.description', 'REQUIRED']]],
      [
        { items: Array.from({ length: 21 }, () => ({ description: '箱', quantity: 1 })) },
        [['input.items', 'TOO_LONG']],
      ],
      [{ carrierName: '' }, [['input.carrierName', 'REQUIRED']]],
      [{ carrierName: '王'.repeat(51) }, [['input.carrierName', 'TOO_LONG']]],
      [{ plate: 'ABC-123' }, [['input.plate', 'INVALID']]],
      [{ carrierPhone: 'call me' }, [['input.carrierPhone', 'INVALID']]],
      [{ validFrom: today(-1) }, [['input.validFrom', 'OUT_OF_RANGE']]],
      [{ validFrom: today(31) }, [['input.validFrom', 'OUT_OF_RANGE']]],
      [{ validFrom: '2026-02-30' }, [['input.validFrom', 'INVALID']]],
      [{ validUntil: today(7) }, [['input.validUntil', 'OUT_OF_RANGE']]],
      [{ validFrom: today(2), validUntil: today(1) }, [['input.validUntil', 'OUT_OF_RANGE']]],
      [{ departmentKey: 'facilities' }, [['input.departmentKey', 'INVALID']]],
      [{ unitId: null, customerId: null, siteCode: 'CUIHU' }, [['input.unitId', 'REQUIRED']]],
      [
        { unitId: null, customerId: null, departmentKey: 'nowhere', siteCode: 'CUIHU' },
        [['input.departmentKey', 'NOT_FOUND']],
      ],
      [{ unitId: 'nope' }, [['input.unitId', 'NOT_FOUND']]],
      [{ siteCode: 'JINQIAO' }, [['input.siteCode', 'INVALID']]],
      [{ note: '注'.repeat(501) }, [['input.note', 'TOO_LONG']]],
    ];
    for (const [input, expected] of cases) {
      const res = await cs.gql(RequestPass, { input: passInput(input) });
      expect(res.status).toBe(200);
      expect(errorsOf(res.body.data?.requestGoodsPass), JSON.stringify(input).slice(0, 80)).toEqual(expected);
    }
    expect(await count(PassRow)).toBe(before);
  });

  it('reaches by site and department: an officer writes passes at their own site only; the manager sees none', async () => {
    // An officer may write a pass for a department (they read no customer files), at their site.
    const own = await officer.gql(RequestPass, {
      input: passInput({ unitId: null, customerId: null, departmentKey: 'order_maintenance', siteCode: 'CUIHU' }),
    });
    expect(own.body.data?.requestGoodsPass.pass?.status).toBe('REQUESTED');
    const elsewhere = await officer.gql(RequestPass, {
      input: passInput({ unitId: null, customerId: null, departmentKey: 'order_maintenance', siteCode: 'JINQIAO' }),
    });
    expect(errorsOf(elsewhere.body.data?.requestGoodsPass)).toEqual([['input.siteCode', 'NOT_PERMITTED']]);
    const customerFile = await officer.gql(RequestPass, { input: passInput() });
    expect(errorsOf(customerFile.body.data?.requestGoodsPass)).toEqual([
      ['input.unitId', 'NOT_FOUND'],
      ['input.customerId', 'NOT_FOUND'],
    ]);
    expect(codes(await manager.gql(Passes, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await manager.gql(RequestPass, { input: passInput() }))).toEqual(['FORBIDDEN']);
    // The director sees every site's; JINQIAO's leader only JINQIAO's; CUIHU's customer service all.
    const sitesOf = async (client: Client) =>
      new Set((await client.gql(Passes, { first: 100 })).body.data?.goodsPasses.nodes.map((p) => p.site.code));
    expect([...(await sitesOf(director))].sort()).toEqual(['CUIHU', 'JINQIAO']);
    expect([...(await sitesOf(leader2))]).toEqual(['JINQIAO']);
    expect([...(await sitesOf(cs2))].sort()).toEqual(['CUIHU', 'JINQIAO']);
  });
});

function entry(input: Partial<RecordVehicleEntryInput> = {}): RecordVehicleEntryInput {
  return {
    siteCode: 'CUIHU',
    plate: '沪A12345',
    vehicleType: 'CAR',
    category: 'VISITOR',
    gateId: gate['CUIHU:东大门'] as string,
    parkingPlace: '访客车位 V-01',
    ...input,
  };
}

describe('vehicles in and out (R26)', () => {
  it('records a vehicle in with its plate normalised, and refuses the same plate while it is inside', async () => {
    const res = await officer.gql(Enter, { input: entry({ plate: ' 沪a·12345 ' }) });
    expect(res.body.data?.recordVehicleEntry.movement).toMatchObject({
      plate: '沪A12345',
      inside: true,
      overstaying: false,
      entryGate: { nameZh: '东大门' },
      entryOfficer: { username: 'officer' },
      canExit: true,
      canVoid: true,
    });
    const twice = await officer2.gql(Enter, { input: entry({ plate: '沪A 12345' }) });
    expect(errorsOf(twice.body.data?.recordVehicleEntry)).toEqual([['input.plate', 'CONFLICT']]);
    // Another site may have a car of that plate inside at the same time.
    const there = await officer4.gql(Enter, {
      input: entry({ siteCode: 'JINQIAO', gateId: gate['JINQIAO:地下车库'] as string }),
    });
    expect(there.body.data?.recordVehicleEntry.userErrors).toEqual([]);
  });

  it('records the exit against the open entry of that plate, whoever recorded the entry', async () => {
    const none = await officer2.gql(Exit, { input: { siteCode: 'CUIHU', plate: '沪B99999' } });
    expect(errorsOf(none.body.data?.recordVehicleExit)).toEqual([['input.plate', 'NOT_FOUND']]);
    const tooEarly = await officer2.gql(Exit, {
      input: { siteCode: 'CUIHU', plate: '沪A12345', at: new Date(clock.now().getTime() - HOUR).toISOString() },
    });
    expect(errorsOf(tooEarly.body.data?.recordVehicleExit)).toEqual([['input.at', 'OUT_OF_RANGE']]);
    const res = await officer2.gql(Exit, {
      input: { siteCode: 'CUIHU', plate: '沪a12345', gateId: gate['CUIHU:北门'] },
    });
    expect(res.body.data?.recordVehicleExit.movement).toMatchObject({
      inside: false,
      entryOfficer: { username: 'officer' },
      exitOfficer: { username: 'officer2' },
      exitGate: { nameZh: '北门' },
      canExit: false,
    });
    const again = await officer2.gql(Exit, { input: { siteCode: 'CUIHU', plate: '沪A12345' } });
    expect(errorsOf(again.body.data?.recordVehicleExit)).toEqual([['input.plate', 'NOT_FOUND']]);
    // In again later: a new entry.
    const back = await officer.gql(Enter, { input: entry() });
    expect(back.body.data?.recordVehicleEntry.movement?.inside).toBe(true);
  });

  it('validates Chinese plates, the gate and the time', async () => {
    const before = await count(MovementRow);
    const cases: [Partial<RecordVehicleEntryInput>, [string, string][]][] = [
      [{ plate: 'A12345' }, [['input.plate', 'INVALID']]],
      [{ plate: '沪A1234' }, [['input.plate', 'INVALID']]],
      [{ plate: '沪AO2345' }, [['input.plate', 'INVALID']]],
      [{ plate: '沪A1234567' }, [['input.plate', 'INVALID']]],
      [{ plate: '' }, [['input.plate', 'REQUIRED']]],
      [{ plate: '沪'.repeat(21) }, [['input.plate', 'TOO_LONG']]],
      [{ gateId: gate['JINQIAO:大厦正门'] as string }, [['input.gateId', 'INVALID']]],
      [{ gateId: gate['CUIHU:会所大堂'] as string }, [['input.gateId', 'INVALID']]],
      [{ gateId: 'nope' }, [['input.gateId', 'NOT_FOUND']]],
      [{ at: new Date(clock.now().getTime() + HOUR).toISOString() }, [['input.at', 'OUT_OF_RANGE']]],
      [{ at: new Date(clock.now().getTime() - 13 * HOUR).toISOString() }, [['input.at', 'OUT_OF_RANGE']]],
      [{ parkingPlace: '位'.repeat(31) }, [['input.parkingPlace', 'TOO_LONG']]],
      [{ siteCode: 'NOWHERE' }, [['input.siteCode', 'NOT_FOUND']]],
    ];
    for (const [input, expected] of cases) {
      const res = await officer.gql(Enter, { input: entry({ plate: '沪C77777', ...input }) });
      expect(errorsOf(res.body.data?.recordVehicleEntry), JSON.stringify(input)).toEqual(expected);
    }
    // New-energy plates have eight characters.
    const green = await officer.gql(Enter, { input: entry({ plate: '沪AD12345', category: 'RESIDENT' }) });
    expect(green.body.data?.recordVehicleEntry.movement?.plate).toBe('沪AD12345');
    expect(await count(MovementRow)).toBe(before + 1);
  });

  it('lets only the gate record: not customer service, not the leader, not another site’s officer', async () => {
    const cs_ = await cs.gql(Enter, { input: entry({ plate: '沪C66666' }) });
    expect(errorsOf(cs_.body.data?.recordVehicleEntry)).toEqual([['input.siteCode', 'NOT_PERMITTED']]);
    const other = await officer4.gql(Enter, { input: entry({ plate: '沪C66666' }) });
    expect(errorsOf(other.body.data?.recordVehicleEntry)).toEqual([['input.siteCode', 'NOT_PERMITTED']]);
    expect(codes(await leader.gql(Enter, { input: entry({ plate: '沪C66666' }) }))).toEqual(['FORBIDDEN']);
    expect(codes(await manager.gql(Movements, {}))).toEqual(['FORBIDDEN']);
    // Reading: the leader their site's, JINQIAO's leader not CUIHU's, the director all.
    const sitesOf = async (client: Client) =>
      new Set((await client.gql(Movements, { first: 100 })).body.data?.vehicleMovements.nodes.map((m) => m.site.code));
    expect([...(await sitesOf(leader))]).toEqual(['CUIHU']);
    expect([...(await sitesOf(leader2))]).toEqual(['JINQIAO']);
    expect([...(await sitesOf(director))].sort()).toEqual(['CUIHU', 'JINQIAO']);
    expect((await cs.gql(Movements, {})).body.data?.vehicleMovements.totalCount).toBe(0);
  });

  it('lists overstays: a visitor’s car inside beyond 24 hours (P12), never a resident’s', async () => {
    // The demo's visitor car at CUIHU has been inside since the day before yesterday.
    const demo = await leader.gql(Movements, { filter: { siteCode: 'CUIHU', overstaying: true } });
    expect(demo.body.data?.vehicleMovements.nodes.map((m) => m.plate)).toContain('苏A5G823');
    expect(demo.body.data?.vehicleMovements.nodes.every((m) => m.overstaying && m.category !== 'RESIDENT')).toBe(true);

    const visitor = await officer.gql(Enter, { input: entry({ plate: '浙B12345' }) });
    const resident = await officer.gql(Enter, { input: entry({ plate: '浙B54321', category: 'RESIDENT' }) });
    expect(visitor.body.data?.recordVehicleEntry.userErrors).toEqual([]);
    clock.advance(25 * HOUR);
    const over = await leader.gql(Movements, { filter: { siteCode: 'CUIHU', overstaying: true }, first: 100 });
    const plates = over.body.data?.vehicleMovements.nodes.map((m) => m.plate) ?? [];
    expect(plates).toContain('浙B12345');
    expect(plates).not.toContain('浙B54321');
    expect(over.body.data?.vehicleMovements.nodes.every((m) => m.overstaying)).toBe(true);
    const lenient = await leader.gql(Movements, { filter: { overstaying: true, overstayHours: 48 }, first: 100 });
    expect(lenient.body.data?.vehicleMovements.nodes.map((m) => m.plate)).not.toContain('浙B12345');
    const notOver = await leader.gql(Movements, {
      filter: { siteCode: 'CUIHU', overstaying: false, inside: true },
      first: 100,
    });
    expect(notOver.body.data?.vehicleMovements.nodes.map((m) => m.plate)).toContain('浙B54321');
    expect(codes(await leader.gql(Movements, { filter: { overstaying: true, overstayHours: 0 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Gone: no longer an overstay.
    const out = await officer.gql(Exit, { input: { siteCode: 'CUIHU', plate: '浙B12345' } });
    expect(out.body.data?.recordVehicleExit.movement).toMatchObject({ overstaying: false, lenient: false });
    void resident;
  });

  it('voids an entry made by mistake: its recorder may, a colleague may not; it is no longer inside', async () => {
    const made = await officer.gql(Enter, { input: entry({ plate: '沪C88888' }) });
    const id = made.body.data?.recordVehicleEntry.movement?.id as string;
    expect(codes(await officer2.gql(VoidMovement, { input: { movementId: id, reason: '录错' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const noReason = await officer.gql(VoidMovement, { input: { movementId: id, reason: '' } });
    expect(errorsOf(noReason.body.data?.voidVehicleMovement)).toEqual([['input.reason', 'REQUIRED']]);
    const before = await count(MovementRow);
    const res = await officer.gql(VoidMovement, { input: { movementId: id, reason: '车牌录错，应为沪C88889' } });
    expect(res.body.data?.voidVehicleMovement.movement).toMatchObject({ inside: false, canVoid: false });
    expect(await count(MovementRow)).toBe(before);
    const exit = await officer.gql(Exit, { input: { siteCode: 'CUIHU', plate: '沪C88888' } });
    expect(errorsOf(exit.body.data?.recordVehicleExit)).toEqual([['input.plate', 'NOT_FOUND']]);
    const twice = await officer.gql(VoidMovement, { input: { movementId: id, reason: 'again' } });
    expect(errorsOf(twice.body.data?.voidVehicleMovement)).toEqual([['input.movementId', 'INVALID_TRANSITION']]);
  });
});

function visitor(input: Partial<RecordVisitorEntryInput> = {}): RecordVisitorEntryInput {
  return {
    siteCode: 'CUIHU',
    name: '张桂英',
    idLast4: '3021',
    visiting: '3-1201',
    purpose: '探访亲友',
    gateId: gate['CUIHU:东大门'],
    ...input,
  };
}

describe('visitors at the gate', () => {
  it('keeps only the last four characters of an ID, never the whole number', async () => {
    const before = await count(VisitorRow);
    const full = await officer.gql(VisitorIn, { input: visitor({ idLast4: '310101199001011234' }) });
    expect(errorsOf(full.body.data?.recordVisitorEntry)).toEqual([['input.idLast4', 'TOO_LONG']]);
    const letters = await officer.gql(VisitorIn, { input: visitor({ idLast4: 'ABCD' }) });
    expect(errorsOf(letters.body.data?.recordVisitorEntry)).toEqual([['input.idLast4', 'INVALID']]);
    expect(await count(VisitorRow)).toBe(before);
    const stored = await steward.orm.em.fork().find(VisitorRow, {});
    expect(stored.every((v) => v.idLast4 === null || /^[0-9]{3}[0-9X]$/.test(v.idLast4))).toBe(true);
  });

  it('registers a visitor in and out, once', async () => {
    const res = await officer.gql(VisitorIn, { input: visitor({ idLast4: '118x', headcount: 2 }) });
    const entered = res.body.data?.recordVisitorEntry.visitor;
    expect(entered).toMatchObject({ idLast4: '118X', headcount: 2, inside: true, canExit: true });
    const inside = await officer2.gql(Visitors, { filter: { siteCode: 'CUIHU', inside: true } });
    expect(inside.body.data?.gateVisitors.nodes.map((v) => v.id)).toContain(entered?.id);
    expect(codes(await leader.gql(VisitorOut, { input: { visitorId: entered?.id as string } }))).toEqual(['FORBIDDEN']);
    const out = await officer2.gql(VisitorOut, { input: { visitorId: entered?.id as string } });
    expect(out.body.data?.recordVisitorExit.visitor).toMatchObject({
      inside: false,
      exitOfficer: { username: 'officer2' },
      canExit: false,
    });
    const twice = await officer2.gql(VisitorOut, { input: { visitorId: entered?.id as string } });
    expect(errorsOf(twice.body.data?.recordVisitorExit)).toEqual([['input.visitorId', 'INVALID_TRANSITION']]);
    const hidden = await officer4.gql(VisitorOut, { input: { visitorId: entered?.id as string } });
    expect(errorsOf(hidden.body.data?.recordVisitorExit)).toEqual([['input.visitorId', 'NOT_FOUND']]);
  });

  it('refuses a registration without whom they visit or why, or with a bad count', async () => {
    const cases: [Partial<RecordVisitorEntryInput>, [string, string][]][] = [
      [{ name: '' }, [['input.name', 'REQUIRED']]],
      [{ visiting: '' }, [['input.visiting', 'REQUIRED']]],
      [{ purpose: '因'.repeat(201) }, [['input.purpose', 'TOO_LONG']]],
      [{ headcount: 0 }, [['input.headcount', 'OUT_OF_RANGE']]],
      [{ headcount: 51 }, [['input.headcount', 'OUT_OF_RANGE']]],
      [{ plate: '沪12' }, [['input.plate', 'INVALID']]],
      [{ phone: 'abc' }, [['input.phone', 'INVALID']]],
    ];
    for (const [input, expected] of cases) {
      const res = await officer.gql(VisitorIn, { input: visitor(input) });
      expect(errorsOf(res.body.data?.recordVisitorEntry), JSON.stringify(input)).toEqual(expected);
    }
    const csIn = await cs.gql(VisitorIn, { input: visitor() });
    expect(errorsOf(csIn.body.data?.recordVisitorEntry)).toEqual([['input.siteCode', 'NOT_PERMITTED']]);
  });

  it('voids a registration made by mistake', async () => {
    const res = await officer.gql(VisitorIn, { input: visitor({ name: '误登记' }) });
    const id = res.body.data?.recordVisitorEntry.visitor?.id as string;
    expect(codes(await officer2.gql(VoidVisitor, { input: { visitorId: id, reason: 'x' } }))).toEqual(['FORBIDDEN']);
    const voided = await officer.gql(VoidVisitor, { input: { visitorId: id, reason: '重复登记' } });
    expect(voided.body.data?.voidGateVisitor.visitor?.inside).toBe(false);
    const list = await officer.gql(Visitors, { filter: { search: '误登记' } });
    expect(list.body.data?.gateVisitors.totalCount).toBe(0);
    const kept = await officer.gql(Visitors, { filter: { search: '误登记', includeVoided: true } });
    expect(kept.body.data?.gateVisitors.totalCount).toBe(1);
  });
});
