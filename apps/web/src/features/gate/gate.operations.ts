import { graphql } from '../../gql/index.js';

export const goodsPassFieldsFragment = graphql(`
  fragment GoodsPassFields on GoodsPass {
    id
    number
    status
    issuedTo
    items {
      description
      quantity
    }
    carrierName
    carrierPhone
    plate
    validFrom
    validUntil
    note
    createdAt
    approvedAt
    checkedAt
    checkNote
    refuseReason
    cancelReason
    site {
      id
      code
      name
    }
    requestedBy {
      id
      name
    }
    approvedBy {
      id
      name
    }
    checkedBy {
      id
      name
    }
    gate {
      id
      name
    }
    can {
      approve
      cancel
      checkOut
      refuse
    }
  }
`);

export const goodsPassesQuery = graphql(`
  query GoodsPasses($filter: GoodsPassFilter, $first: Int, $after: String) {
    goodsPasses(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...GoodsPassFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const goodsPassByNumberQuery = graphql(`
  query GoodsPassByNumber($number: String!) {
    goodsPassByNumber(number: $number) {
      ...GoodsPassFields
    }
  }
`);

export const vehicleMovementFieldsFragment = graphql(`
  fragment VehicleMovementFields on VehicleMovement {
    id
    plate
    vehicleType
    category
    enteredAt
    exitedAt
    inside
    overstaying
    parkingPlace
    note
    exitNote
    canExit
    canVoid
    site {
      id
      code
    }
    entryGate {
      id
      name
    }
    exitGate {
      id
      name
    }
    entryOfficer {
      id
      name
    }
    exitOfficer {
      id
      name
    }
  }
`);

export const vehicleMovementsQuery = graphql(`
  query VehicleMovements($filter: VehicleMovementFilter, $first: Int, $after: String) {
    vehicleMovements(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...VehicleMovementFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const gateVisitorFieldsFragment = graphql(`
  fragment GateVisitorFields on GateVisitor {
    id
    name
    idLast4
    phone
    headcount
    visiting
    purpose
    plate
    enteredAt
    exitedAt
    inside
    note
    canExit
    canVoid
    gate {
      id
      name
    }
    entryOfficer {
      id
      name
    }
    exitOfficer {
      id
      name
    }
  }
`);

export const gateVisitorsQuery = graphql(`
  query GateVisitors($filter: GateVisitorFilter, $first: Int, $after: String) {
    gateVisitors(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...GateVisitorFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The sites and, per site, its gates and car parks (where vehicles and people pass). */
export const gateSitesQuery = graphql(`
  query GateSites {
    sites {
      id
      code
      name
    }
  }
`);

export const gateAreasQuery = graphql(`
  query GateAreas($siteCode: String) {
    areas(siteCode: $siteCode) {
      id
      kind
      name
    }
  }
`);

export const requestGoodsPassMutation = graphql(`
  mutation RequestGoodsPass($input: RequestGoodsPassInput!) {
    requestGoodsPass(input: $input) {
      pass {
        ...GoodsPassFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const approveGoodsPassMutation = graphql(`
  mutation ApproveGoodsPass($input: GoodsPassStepInput!) {
    approveGoodsPass(input: $input) {
      pass {
        ...GoodsPassFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelGoodsPassMutation = graphql(`
  mutation CancelGoodsPass($input: CancelGoodsPassInput!) {
    cancelGoodsPass(input: $input) {
      pass {
        ...GoodsPassFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const checkOutGoodsPassMutation = graphql(`
  mutation CheckOutGoodsPass($input: CheckOutGoodsPassInput!) {
    checkOutGoodsPass(input: $input) {
      pass {
        ...GoodsPassFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const refuseGoodsPassMutation = graphql(`
  mutation RefuseGoodsPass($input: RefuseGoodsPassInput!) {
    refuseGoodsPass(input: $input) {
      pass {
        ...GoodsPassFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordVehicleEntryMutation = graphql(`
  mutation RecordVehicleEntry($input: RecordVehicleEntryInput!) {
    recordVehicleEntry(input: $input) {
      movement {
        ...VehicleMovementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordVehicleExitMutation = graphql(`
  mutation RecordVehicleExit($input: RecordVehicleExitInput!) {
    recordVehicleExit(input: $input) {
      movement {
        ...VehicleMovementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidVehicleMovementMutation = graphql(`
  mutation VoidVehicleMovement($input: VoidVehicleMovementInput!) {
    voidVehicleMovement(input: $input) {
      movement {
        ...VehicleMovementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordVisitorEntryMutation = graphql(`
  mutation RecordVisitorEntry($input: RecordVisitorEntryInput!) {
    recordVisitorEntry(input: $input) {
      visitor {
        ...GateVisitorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordVisitorExitMutation = graphql(`
  mutation RecordVisitorExit($input: RecordVisitorExitInput!) {
    recordVisitorExit(input: $input) {
      visitor {
        ...GateVisitorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidGateVisitorMutation = graphql(`
  mutation VoidGateVisitor($input: VoidGateVisitorInput!) {
    voidGateVisitor(input: $input) {
      visitor {
        ...GateVisitorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Departments a pass may be written for (our own goods: repairs, scrap). */
export const gateDepartmentsQuery = graphql(`
  query GateDepartments {
    departments {
      id
      key
      name
    }
  }
`);
