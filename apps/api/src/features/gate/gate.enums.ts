import { registerEnumType } from 'type-graphql';

/** Where a goods-out pass (物品放行条, R25) is. */
export enum GoodsPassStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  USED = 'USED',
  REFUSED = 'REFUSED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(GoodsPassStatus, {
  name: 'GoodsPassStatus',
  description: 'requested → approved → used at the gate, or refused there; expired unused; cancelled.',
  valuesConfig: {
    REQUESTED: { description: 'Written, waiting for customer service to approve it.' },
    APPROVED: { description: 'Approved: the goods may go out through the gate within the pass’s dates.' },
    USED: { description: 'Checked out at the gate: the goods left (once only).' },
    REFUSED: { description: 'Stopped at the gate: the goods did not match the pass (with the reason).' },
    EXPIRED: { description: 'Its last day passed unused (read, not written: the stored status is unchanged).' },
    CANCELLED: { description: 'Withdrawn before use, with the reason.' },
  },
});

/** Who a vehicle at the gate belongs to (R26 resident/visitor). */
export enum VehicleCategory {
  RESIDENT = 'RESIDENT',
  VISITOR = 'VISITOR',
  DELIVERY = 'DELIVERY',
  OTHER = 'OTHER',
}
registerEnumType(VehicleCategory, {
  name: 'VehicleCategory',
  description: 'Whose vehicle it is.',
  valuesConfig: {
    RESIDENT: { description: 'A resident’s or tenant’s own (业主/租户车辆): never an overstay.' },
    VISITOR: { description: 'A visitor’s (访客车辆).' },
    DELIVERY: { description: 'Deliveries, removals, contractors (送货、搬家、施工).' },
    OTHER: { description: 'Anything else (taxis, official vehicles …).' },
  },
});

export enum VehicleType {
  CAR = 'CAR',
  VAN = 'VAN',
  TRUCK = 'TRUCK',
  MOTORCYCLE = 'MOTORCYCLE',
  OTHER = 'OTHER',
}
registerEnumType(VehicleType, {
  name: 'VehicleType',
  description: 'What kind of vehicle.',
  valuesConfig: {
    CAR: { description: 'A car (小型汽车).' },
    VAN: { description: 'A van or minibus (面包车、商务车).' },
    TRUCK: { description: 'A truck (货车).' },
    MOTORCYCLE: { description: 'A motorcycle or motor scooter (摩托车).' },
    OTHER: { description: 'Anything else.' },
  },
});
