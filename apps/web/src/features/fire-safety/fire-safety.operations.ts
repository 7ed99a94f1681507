import { graphql } from '../../gql/index.js';

export const fireSitesQuery = graphql(`
  query FireSites {
    sites {
      id
      code
      name
    }
  }
`);

export const fireOverviewQuery = graphql(`
  query FireSafetyOverview($siteCode: String!) {
    fireSafetyOverview(siteCode: $siteCode) {
      date
      drillIntervalMonths
      trainingIntervalMonths
      viewerMayCreate
      viewerMayHandle
      viewerMayApprove
      checks {
        check
        count
        ok
      }
      keyUnitCount
      keyUnitsWithoutFirePlan {
        id
        name
      }
      plansReviewOverdue {
        id
        title
        version
        reviewDue
        keyUnit {
          id
          name
        }
      }
      lastDrill {
        id
        alarmAt
        scenario
        status
      }
      nextDrillDueOn
      drillOverdue
      nextPlannedDrill {
        id
        plannedFor
        scenario
      }
      openFollowUpCount
      placeCount
      uncoveredPlaces {
        name
        area {
          id
        }
        keyUnit {
          id
        }
      }
      brigadeCount
      untrainedMembers {
        id
        lastTrainedOn
        staff {
          id
          name
        }
      }
      leadersUnfamiliar {
        id
        name
      }
      equipmentCount
      equipmentOverdueCount
      equipmentFaultyCount
    }
  }
`);

export const fireStaffOptionsQuery = graphql(`
  query FireSafetyStaffOptions($siteCode: String!) {
    fireSafetyStaffOptions(siteCode: $siteCode) {
      id
      name
      employeeNo
    }
  }
`);

// ---- responsibility -------------------------------------------------------------------------

export const fireResponsibilityFieldsFragment = graphql(`
  fragment FireResponsibilityFields on FireResponsibility {
    id
    effectiveFrom
    effectiveTo
    signedOn
    duties
    endReason
    inForce
    responsible {
      id
      name
      phone
    }
    deputy {
      id
      name
      phone
    }
    area {
      id
      name
    }
    keyUnit {
      id
      name
    }
    supersededBy {
      id
    }
  }
`);

export const fireCoverageQuery = graphql(`
  query FireResponsibilityCoverage($siteCode: String!) {
    fireResponsibilityCoverage(siteCode: $siteCode) {
      name
      covered
      area {
        id
        name
        kind
      }
      keyUnit {
        id
        name
      }
      current {
        ...FireResponsibilityFields
      }
    }
  }
`);

export const fireResponsibilitiesQuery = graphql(`
  query FireResponsibilityHistory($siteCode: String!) {
    fireResponsibilities(siteCode: $siteCode, includeEnded: true) {
      ...FireResponsibilityFields
    }
  }
`);

export const assignFireResponsibilityMutation = graphql(`
  mutation AssignFireResponsibility($input: AssignFireResponsibilityInput!) {
    assignFireResponsibility(input: $input) {
      responsibility {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const endFireResponsibilityMutation = graphql(`
  mutation EndFireResponsibility($input: EndFireResponsibilityInput!) {
    endFireResponsibility(input: $input) {
      responsibility {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- key units and plans ----------------------------------------------------------------------

export const emergencyPlanFieldsFragment = graphql(`
  fragment EmergencyPlanFields on EmergencyPlan {
    id
    type
    version
    status
    title
    content
    effectiveFrom
    reviewDue
    reviewOverdue
    draftedAt
    approvedAt
    supersededAt
    withdrawnAt
    withdrawReason
    viewerHasRead
    draftedBy {
      id
      name
    }
    approvedBy {
      id
      name
    }
    readings {
      readAt
      staff {
        id
        name
      }
    }
  }
`);

export const keyUnitsQuery = graphql(`
  query FireKeyUnits($siteCode: String!) {
    keyUnits(siteCode: $siteCode) {
      id
      name
      location
      riskDescription
      active
      area {
        id
        name
      }
      firePlan {
        id
        version
        reviewOverdue
      }
      publicSecurityPlan {
        id
        version
        reviewOverdue
      }
      plans {
        ...EmergencyPlanFields
      }
    }
  }
`);

export const plansInForceQuery = graphql(`
  query FirePlansInForce($siteCode: String!) {
    emergencyPlansInForce(siteCode: $siteCode) {
      id
      type
      version
      title
      keyUnit {
        id
        name
      }
    }
  }
`);

export const createKeyUnitMutation = graphql(`
  mutation CreateKeyUnit($input: CreateKeyUnitInput!) {
    createKeyUnit(input: $input) {
      keyUnit {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateKeyUnitMutation = graphql(`
  mutation UpdateKeyUnit($input: UpdateKeyUnitInput!) {
    updateKeyUnit(input: $input) {
      keyUnit {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const draftEmergencyPlanMutation = graphql(`
  mutation DraftEmergencyPlan($input: DraftEmergencyPlanInput!) {
    draftEmergencyPlan(input: $input) {
      plan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateEmergencyPlanDraftMutation = graphql(`
  mutation UpdateEmergencyPlanDraft($input: UpdateEmergencyPlanDraftInput!) {
    updateEmergencyPlanDraft(input: $input) {
      plan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const approveEmergencyPlanMutation = graphql(`
  mutation ApproveEmergencyPlan($input: EmergencyPlanStepInput!) {
    approveEmergencyPlan(input: $input) {
      plan {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const withdrawEmergencyPlanDraftMutation = graphql(`
  mutation WithdrawEmergencyPlanDraft($input: WithdrawEmergencyPlanDraftInput!) {
    withdrawEmergencyPlanDraft(input: $input) {
      plan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const confirmEmergencyPlanReadMutation = graphql(`
  mutation ConfirmEmergencyPlanRead($input: EmergencyPlanStepInput!) {
    confirmEmergencyPlanRead(input: $input) {
      plan {
        id
        viewerHasRead
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- drills ---------------------------------------------------------------------------------

export const fireDrillsQuery = graphql(`
  query FireDrills($filter: FireDrillFilter, $first: Int) {
    fireDrills(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        status
        plannedFor
        alarmAt
        scenario
        rating
        openFollowUpCount
        durationSeconds
        organiser {
          id
          name
        }
        area {
          id
          name
        }
      }
    }
  }
`);

export const fireDrillQuery = graphql(`
  query FireDrill($id: ID!) {
    fireDrill(id: $id) {
      id
      status
      plannedFor
      scenario
      alarmAt
      assembledAt
      evacuatedAt
      endedAt
      assemblySeconds
      evacuationSeconds
      durationSeconds
      brigadeCount
      occupantCount
      heldNote
      evaluation
      rating
      evaluatedAt
      cancelReason
      viewerMayHandle
      site {
        id
        code
        name
      }
      plan {
        id
        type
        version
        title
        keyUnit {
          id
          name
        }
      }
      area {
        id
        name
      }
      organiser {
        id
        name
      }
      evaluatedBy {
        id
        name
      }
      participants {
        id
        name
      }
      openFollowUpCount
      followUps {
        id
        ordinal
        description
        dueOn
        done
        doneAt
        doneNote
        owner {
          id
          name
        }
        doneBy {
          id
          name
        }
      }
    }
  }
`);

export const planFireDrillMutation = graphql(`
  mutation PlanFireDrill($input: PlanFireDrillInput!) {
    planFireDrill(input: $input) {
      drill {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordFireDrillMutation = graphql(`
  mutation RecordFireDrill($input: RecordFireDrillInput!) {
    recordFireDrill(input: $input) {
      drill {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const evaluateFireDrillMutation = graphql(`
  mutation EvaluateFireDrill($input: EvaluateFireDrillInput!) {
    evaluateFireDrill(input: $input) {
      drill {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setFireDrillFollowUpDoneMutation = graphql(`
  mutation SetFireDrillFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {
    setFireDrillFollowUpDone(input: $input) {
      followUp {
        id
        done
        doneAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelFireDrillMutation = graphql(`
  mutation CancelFireDrill($input: CancelFireDrillInput!) {
    cancelFireDrill(input: $input) {
      drill {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- equipment ------------------------------------------------------------------------------

export const fireEquipmentFieldsFragment = graphql(`
  fragment FireEquipmentFields on FireEquipment {
    id
    type
    identifier
    location
    quantity
    note
    lastCheckedOn
    nextDueOn
    status
    statusNote
    overdue
    retireReason
    viewerMayHandle
    area {
      id
      name
    }
  }
`);

export const fireEquipmentQuery = graphql(`
  query FireEquipment($filter: FireEquipmentFilter, $first: Int, $after: String) {
    fireEquipment(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...FireEquipmentFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const registerFireEquipmentMutation = graphql(`
  mutation RegisterFireEquipment($input: RegisterFireEquipmentInput!) {
    registerFireEquipment(input: $input) {
      equipment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateFireEquipmentMutation = graphql(`
  mutation UpdateFireEquipment($input: UpdateFireEquipmentInput!) {
    updateFireEquipment(input: $input) {
      equipment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordFireEquipmentCheckMutation = graphql(`
  mutation RecordFireEquipmentCheck($input: RecordFireEquipmentCheckInput!) {
    recordFireEquipmentCheck(input: $input) {
      equipment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const retireFireEquipmentMutation = graphql(`
  mutation RetireFireEquipment($input: RetireFireEquipmentInput!) {
    retireFireEquipment(input: $input) {
      equipment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- brigade --------------------------------------------------------------------------------

export const fireBrigadeQuery = graphql(`
  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {
    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {
      id
      role
      engagement
      joinedOn
      lastTrainedOn
      trainingDueOn
      trainingLapsed
      leftOn
      leftReason
      active
      viewerMayHandle
      staff {
        id
        name
        phone
        employeeNo
      }
    }
  }
`);

export const addFireBrigadeMemberMutation = graphql(`
  mutation AddFireBrigadeMember($input: AddFireBrigadeMemberInput!) {
    addFireBrigadeMember(input: $input) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateFireBrigadeMemberMutation = graphql(`
  mutation UpdateFireBrigadeMember($input: UpdateFireBrigadeMemberInput!) {
    updateFireBrigadeMember(input: $input) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const endFireBrigadeMembershipMutation = graphql(`
  mutation EndFireBrigadeMembership($input: EndFireBrigadeMembershipInput!) {
    endFireBrigadeMembership(input: $input) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
