import { zonedDate } from '../../../apps/api/src/features/shifts/zoned-time.js';
import { graphql } from '../../gql/index.js';
import { type AuditFeature, type AuditHarness, type Expectation, keyOf, type Scenario } from './harness.js';

const RequestPass = graphql(`
  mutation AuditRequestGoodsPass($input: RequestGoodsPassInput!) {
    requestGoodsPass(input: $input) { pass { id } userErrors { field code } }
  }
`);
const ApprovePass = graphql(`
  mutation AuditApproveGoodsPass($input: GoodsPassStepInput!) {
    approveGoodsPass(input: $input) { pass { id } userErrors { field code } }
  }
`);
const CancelPass = graphql(`
  mutation AuditCancelGoodsPass($input: CancelGoodsPassInput!) {
    cancelGoodsPass(input: $input) { pass { id } userErrors { field code } }
  }
`);
const CheckOut = graphql(`
  mutation AuditCheckOutGoodsPass($input: CheckOutGoodsPassInput!) {
    checkOutGoodsPass(input: $input) { pass { id } userErrors { field code } }
  }
`);
const RefusePass = graphql(`
  mutation AuditRefuseGoodsPass($input: RefuseGoodsPassInput!) {
    refuseGoodsPass(input: $input) { pass { id } userErrors { field code } }
  }
`);
const Enter = graphql(`
  mutation AuditRecordVehicleEntry($input: RecordVehicleEntryInput!) {
    recordVehicleEntry(input: $input) { movement { id } userErrors { field code } }
  }
`);
const Exit = graphql(`
  mutation AuditRecordVehicleExit($input: RecordVehicleExitInput!) {
    recordVehicleExit(input: $input) { movement { id } userErrors { field code } }
  }
`);
const VoidMovement = graphql(`
  mutation AuditVoidVehicleMovement($input: VoidVehicleMovementInput!) {
    voidVehicleMovement(input: $input) { movement { id } userErrors { field code } }
  }
`);
const VisitorIn = graphql(`
  mutation AuditRecordVisitorEntry($input: RecordVisitorEntryInput!) {
    recordVisitorEntry(input: $input) { visitor { id } userErrors { field code } }
  }
`);
const VisitorOut = graphql(`
  mutation AuditRecordVisitorExit($input: RecordVisitorExitInput!) {
    recordVisitorExit(input: $input) { visitor { id } userErrors { field code } }
  }
`);
const VoidVisitor = graphql(`
  mutation AuditVoidGateVisitor($input: VoidGateVisitorInput!) {
    voidGateVisitor(input: $input) { visitor { id } userErrors { field code } }
  }
`);
const Gates = graphql(`
  query AuditGateAreas {
    areas(siteCode: "CUIHU") { id kind }
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
const today = () => zonedDate(new Date(), 'Asia/Shanghai');
const passInput = () => ({
  siteCode: 'CUIHU',
  departmentKey: 'facilities',
  items: [{ description: '审计旧水泵', quantity: 1 }],
  carrierName: '郑海',
  validFrom: today(),
});
/** A plate nobody else uses: 沪K + five digits. */
const plate = () => {
  serial += 1;
  return `沪K${String(10_000 + serial)}`;
};

async function gateId(h: AuditHarness): Promise<string> {
  const res = await h.must(await (await h.as('director')).gql(Gates, {}));
  return res.areas.find((a) => a.kind === 'GATE')?.id ?? '-';
}
/** A pass written by customer service at CUIHU, approved when asked. */
async function pass(h: AuditHarness, approve: boolean): Promise<string> {
  const cs = await h.as('cs');
  const res = await h.must(await cs.gql(RequestPass, { input: passInput() }));
  const id = res.requestGoodsPass.pass?.id ?? '-';
  if (approve) await h.must(await cs.gql(ApprovePass, { input: { passId: id } }));
  return id;
}
async function inside(h: AuditHarness): Promise<{ id: string; plate: string }> {
  const p = plate();
  const res = await h.must(
    await (await h.as('officer')).gql(Enter, {
      input: { siteCode: 'CUIHU', plate: p, vehicleType: 'CAR', category: 'VISITOR', gateId: await gateId(h) },
    }),
  );
  return { id: res.recordVehicleEntry.movement?.id ?? '-', plate: p };
}
async function visitor(h: AuditHarness): Promise<string> {
  const res = await h.must(
    await (await h.as('officer')).gql(VisitorIn, {
      input: { siteCode: 'CUIHU', name: '审计访客', idLast4: '1234', visiting: '3-1201', purpose: '探访' },
    }),
  );
  return res.recordVisitorEntry.visitor?.id ?? '-';
}

const ORDER_MAINTENANCE = (table: string) => `select 'order_maintenance' as d from ${table} where id = ?`;

export const gateAudit: AuditFeature = {
  tables: [
    ['goods_pass', 'id'],
    ['vehicle_movement', 'id'],
    ['gate_visitor', 'id'],
  ],
  // The gate is order maintenance's (OM-9): its passes and logs, whoever wrote them.
  departments: {
    GoodsPass: ORDER_MAINTENANCE('goods_pass'),
    VehicleMovement: ORDER_MAINTENANCE('vehicle_movement'),
    GateVisitor: ORDER_MAINTENANCE('gate_visitor'),
  },
  scenarios(h) {
    const passStep = (
      actor: string,
      approve: boolean,
      action: string,
      call: (id: string) => Promise<{ res: Awaited<ReturnType<Awaited<ReturnType<AuditHarness['as']>>['gql']>> }>,
    ): Scenario => {
      return async () => {
        const id = await pass(h, approve);
        await h.as(actor); // signed in before the act: a sign-in is an event of its own
        return async () => {
          const { res } = await call(id);
          return { res, expect: step(actor, action, 'GoodsPass', id, [`goods_pass:${keyOf(id)}`]) };
        };
      };
    };
    const scenarios: Record<string, Scenario> = {
      requestGoodsPass: async () => {
        await h.as('cs');
        return async () => {
          const res = await (await h.as('cs')).gql(RequestPass, { input: passInput() });
          const id = res.body.data?.requestGoodsPass.pass?.id ?? '-';
          return { res, expect: step('cs', 'goods_pass.request', 'GoodsPass', id, ['goods_pass:', 'case_sequence:']) };
        };
      },
      approveGoodsPass: passStep('cs', false, 'goods_pass.approve', async (passId) => ({
        res: await (await h.as('cs')).gql(ApprovePass, { input: { passId } }),
      })),
      cancelGoodsPass: passStep('cs', true, 'goods_pass.cancel', async (passId) => ({
        res: await (await h.as('cs')).gql(CancelPass, { input: { passId, reason: '业主改期' } }),
      })),
      checkOutGoodsPass: passStep('officer', true, 'goods_pass.check_out', async (passId) => ({
        res: await (await h.as('officer')).gql(CheckOut, { input: { passId, note: '相符' } }),
      })),
      refuseGoodsPass: passStep('officer', true, 'goods_pass.refuse', async (passId) => ({
        res: await (await h.as('officer')).gql(RefusePass, { input: { passId, reason: '物品不符' } }),
      })),
      recordVehicleEntry: async () => {
        const gate = await gateId(h);
        await h.as('officer');
        return async () => {
          const res = await (await h.as('officer')).gql(Enter, {
            input: { siteCode: 'CUIHU', plate: plate(), vehicleType: 'VAN', category: 'DELIVERY', gateId: gate },
          });
          const id = res.body.data?.recordVehicleEntry.movement?.id ?? '-';
          return { res, expect: step('officer', 'vehicle.enter', 'VehicleMovement', id, ['vehicle_movement:']) };
        };
      },
      recordVehicleExit: async () => {
        const car = await inside(h);
        return async () => {
          const res = await (await h.as('officer')).gql(Exit, { input: { siteCode: 'CUIHU', plate: car.plate } });
          return {
            res,
            expect: step('officer', 'vehicle.exit', 'VehicleMovement', car.id, [`vehicle_movement:${keyOf(car.id)}`]),
          };
        };
      },
      voidVehicleMovement: async () => {
        const car = await inside(h);
        return async () => {
          const res = await (await h.as('officer')).gql(VoidMovement, {
            input: { movementId: car.id, reason: '录错' },
          });
          return {
            res,
            expect: step('officer', 'vehicle.void', 'VehicleMovement', car.id, [`vehicle_movement:${keyOf(car.id)}`]),
          };
        };
      },
      recordVisitorEntry: async () => {
        await h.as('officer');
        return async () => {
          const res = await (await h.as('officer')).gql(VisitorIn, {
            input: { siteCode: 'CUIHU', name: '审计访客', visiting: '3-1201', purpose: '探访' },
          });
          const id = res.body.data?.recordVisitorEntry.visitor?.id ?? '-';
          return { res, expect: step('officer', 'gate_visitor.enter', 'GateVisitor', id, ['gate_visitor:']) };
        };
      },
      recordVisitorExit: async () => {
        const id = await visitor(h);
        return async () => {
          const res = await (await h.as('officer')).gql(VisitorOut, { input: { visitorId: id } });
          return {
            res,
            expect: step('officer', 'gate_visitor.exit', 'GateVisitor', id, [`gate_visitor:${keyOf(id)}`]),
          };
        };
      },
      voidGateVisitor: async () => {
        const id = await visitor(h);
        return async () => {
          const res = await (await h.as('officer')).gql(VoidVisitor, { input: { visitorId: id, reason: '重复登记' } });
          return {
            res,
            expect: step('officer', 'gate_visitor.void', 'GateVisitor', id, [`gate_visitor:${keyOf(id)}`]),
          };
        };
      },
    };
    return scenarios;
  },
};
