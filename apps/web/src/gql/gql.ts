/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    viaToken\n    actor {\n      id\n    }\n    targetType\n    targetId\n    ip\n    requestId\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n      ... on Customer {\n        name\n      }\n      ... on Unit {\n        code\n        site {\n          id\n          name\n        }\n      }\n      ... on Building {\n        name\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditTargetsDocument,
    "\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AuditVocabularyDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment CaseSummary on Case {\n    id\n    reference\n    kind\n    status\n    channel\n    title\n    severity\n    priority\n    beyondAuthority\n    needsEscalation\n    awaitingAcknowledgement\n    overdue\n    responseOverdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    updatedAt\n    department {\n      id\n      key\n      name\n    }\n    holderDepartment {\n      id\n      key\n      name\n    }\n    holder {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    escalatedTo {\n      id\n      name\n    }\n    onBehalfOf {\n      id\n      key\n      name\n    }\n    receivedBy {\n      id\n      name\n    }\n    reporterStaff {\n      id\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    unit {\n      id\n      code\n    }\n    area\n  }\n": typeof types.CaseSummaryFragmentDoc,
    "\n  fragment CaseEventFields on CaseEvent {\n    id\n    type\n    actorName\n    at\n    note\n    fromStatus\n    toStatus\n    targetName\n    satisfaction\n  }\n": typeof types.CaseEventFieldsFragmentDoc,
    "\n  fragment CaseDetail on Case {\n    ...CaseSummary\n    description\n    reporterName\n    reporterPhone\n    reporterCustomer {\n      id\n      name\n    }\n    result\n    satisfaction\n    feedback\n    voidReason\n    respondedAt\n    escalatedAt\n    resolvedAt\n    closedAt\n    timeline {\n      ...CaseEventFields\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query CaseQueue($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CaseSummary\n      }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  query CaseRecord($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CaseRecordDocument,
    "\n  query CaseChoices {\n    departments {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CaseChoicesDocument,
    "\n  query CaseViewerSites {\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.CaseViewerSitesDocument,
    "\n  query CaseStaffChoices($departmentKey: String!) {\n    staffMembers(filter: { departmentKey: $departmentKey, status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        employeeNo\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseStaffChoicesDocument,
    "\n  subscription CaseEvents($filter: CaseEventsFilter) {\n    caseEvents(filter: $filter) {\n      ...CaseEventFields\n      case {\n        ...CaseSummary\n        result\n        satisfaction\n        feedback\n        voidReason\n        respondedAt\n        escalatedAt\n        resolvedAt\n        closedAt\n      }\n    }\n  }\n": typeof types.CaseEventsDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation ReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReferCaseDocument,
    "\n  mutation AcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcknowledgeCaseDocument,
    "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EscalateCaseDocument,
    "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartCaseDocument,
    "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VoidCaseDocument,
    "\n  mutation CommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CommentOnCaseDocument,
    "\n  query CaseIntakeLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        id\n        code\n        site {\n          id\n          code\n          name\n        }\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n            contacts {\n              id\n              kind\n              value\n              primary\n            }\n          }\n        }\n      }\n      customer {\n        id\n        name\n        kind\n        contacts {\n          id\n          kind\n          value\n          primary\n        }\n        occupancies {\n          id\n          current\n          role\n          unit {\n            id\n            code\n            site {\n              id\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseIntakeLookupDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    floor\n    area\n    usage\n    site {\n      id\n      code\n      name\n    }\n    building {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitSummaryFragmentDoc,
    "\n  fragment ContactFields on CustomerContact {\n    id\n    kind\n    value\n    primary\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment OccupancyFields on Occupancy {\n    id\n    role\n    fromDate\n    toDate\n    current\n    note\n  }\n": typeof types.OccupancyFieldsFragmentDoc,
    "\n  fragment CustomerSummary on Customer {\n    id\n    name\n    kind\n    voided\n    contacts {\n      ...ContactFields\n    }\n    occupancies {\n      id\n      current\n      role\n      unit {\n        id\n        code\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerSummaryFragmentDoc,
    "\n  query CustomerLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        ...UnitSummary\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n          }\n        }\n      }\n      customer {\n        ...CustomerSummary\n      }\n    }\n  }\n": typeof types.CustomerLookupDocument,
    "\n  query CustomerList($filter: CustomerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    customers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerSummary\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  query CustomerFile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerSummary\n      idCardLast4\n      note\n      voidedAt\n      voidReason\n      createdAt\n      updatedAt\n      occupancies {\n        ...OccupancyFields\n        unit {\n          ...UnitSummary\n        }\n      }\n    }\n  }\n": typeof types.CustomerFileDocument,
    "\n  query UnitFile($id: ID!) {\n    unit(id: $id) {\n      ...UnitSummary\n      note\n      currentOccupants {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          contacts {\n            ...ContactFields\n          }\n        }\n      }\n      occupancies {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          voided\n        }\n      }\n    }\n  }\n": typeof types.UnitFileDocument,
    "\n  query UnitChoices($search: String) {\n    units(filter: { search: $search }, first: 20) {\n      nodes {\n        ...UnitSummary\n      }\n    }\n  }\n": typeof types.UnitChoicesDocument,
    "\n  query CustomerChoices($search: String) {\n    customers(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        contacts {\n          ...ContactFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerChoicesDocument,
    "\n  query CustomerSites {\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CustomerSitesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        note\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation AddCustomerContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      customer {\n        id\n        contacts {\n          ...ContactFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddCustomerContactDocument,
    "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MoveInDocument,
    "\n  mutation MoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MoveOutDocument,
    "\n  mutation VoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) {\n      customer {\n        id\n        voided\n        voidedAt\n        voidReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VoidCustomerDocument,
    "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    status\n    title\n    scheduledAt\n    heldAt\n    department {\n      id\n      key\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    chair {\n      id\n      name\n    }\n    attendees {\n      attended\n    }\n    overdueActionItemCount\n    actionItems {\n      id\n      status\n    }\n  }\n": typeof types.MeetingSummaryFragmentDoc,
    "\n  fragment MeetingActionItemFields on Case {\n    id\n    reference\n    title\n    status\n    overdue\n    resolutionDueAt\n    resolvedAt\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.MeetingActionItemFieldsFragmentDoc,
    "\n  fragment MeetingDetail on Meeting {\n    ...MeetingSummary\n    agenda\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportNote\n    reportedTo {\n      id\n      name\n    }\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    version\n    viewerMayManage\n    createdBy {\n      id\n      name\n    }\n    attendees {\n      attended\n      staff {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n    }\n    actionItems {\n      ...MeetingActionItemFields\n    }\n  }\n": typeof types.MeetingDetailFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    meetings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        ...MeetingSummary\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query MeetingsLastHeld {\n    meetingsLastHeld {\n      kind\n      heldAt\n    }\n  }\n": typeof types.MeetingsLastHeldDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingStaffChoices {\n    staffMembers(filter: { status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        department {\n          id\n          key\n          name\n        }\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetingStaffChoicesDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordMeetingMinutesDocument,
    "\n  mutation ReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReportMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      task {\n        ...MeetingActionItemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddMeetingActionItemDocument,
    "\n  query MeetingSites {\n    sites {\n      id\n      code\n      name\n    }\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.MeetingSitesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    createdAt\n    readAt\n    case {\n      id\n      reference\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n": typeof types.PositionGrantsFragmentDoc,
    "\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPositionGrantDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": typeof types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": typeof types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": typeof types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": typeof types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": typeof types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": typeof types.DutySearchDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      kind\n      priority\n      responseMinutes\n      resolutionMinutes\n      updatedAt\n    }\n  }\n": typeof types.SlaPoliciesDocument,
    "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      slaPolicy {\n        kind\n        priority\n        responseMinutes\n        resolutionMinutes\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetSlaPolicyDocument,
    "\n  fragment StaffSummary on Staff {\n    id\n    employeeNo\n    name\n    username\n    phone\n    status\n    position {\n      id\n      key\n      name\n    }\n    department {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.StaffSummaryFragmentDoc,
    "\n  fragment StaffDetail on Staff {\n    ...StaffSummary\n    hireDate\n    leaveDate\n    locale\n    mustChangePassword\n    createdAt\n    updatedAt\n  }\n": typeof types.StaffDetailFragmentDoc,
    "\n  query StaffDirectory($filter: StaffFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    staffMembers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...StaffSummary\n      }\n    }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query StaffChoices {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.StaffChoicesDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffDetail\n    }\n  }\n": typeof types.StaffMemberDocument,
    "\n  mutation OnboardStaff($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.OnboardStaffDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  mutation TransferStaff($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TransferStaffDocument,
    "\n  mutation SuspendStaff($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SuspendStaffDocument,
    "\n  mutation ReinstateStaff($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReinstateStaffDocument,
    "\n  mutation OffboardStaff($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.OffboardStaffDocument,
    "\n  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n    owner {\n      id\n      name\n      employeeNo\n    }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    viaToken\n    actor {\n      id\n    }\n    targetType\n    targetId\n    ip\n    requestId\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n      ... on Customer {\n        name\n      }\n      ... on Unit {\n        code\n        site {\n          id\n          name\n        }\n      }\n      ... on Building {\n        name\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditTargetsDocument,
    "\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.AuditVocabularyDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment CaseSummary on Case {\n    id\n    reference\n    kind\n    status\n    channel\n    title\n    severity\n    priority\n    beyondAuthority\n    needsEscalation\n    awaitingAcknowledgement\n    overdue\n    responseOverdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    updatedAt\n    department {\n      id\n      key\n      name\n    }\n    holderDepartment {\n      id\n      key\n      name\n    }\n    holder {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    escalatedTo {\n      id\n      name\n    }\n    onBehalfOf {\n      id\n      key\n      name\n    }\n    receivedBy {\n      id\n      name\n    }\n    reporterStaff {\n      id\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    unit {\n      id\n      code\n    }\n    area\n  }\n": types.CaseSummaryFragmentDoc,
    "\n  fragment CaseEventFields on CaseEvent {\n    id\n    type\n    actorName\n    at\n    note\n    fromStatus\n    toStatus\n    targetName\n    satisfaction\n  }\n": types.CaseEventFieldsFragmentDoc,
    "\n  fragment CaseDetail on Case {\n    ...CaseSummary\n    description\n    reporterName\n    reporterPhone\n    reporterCustomer {\n      id\n      name\n    }\n    result\n    satisfaction\n    feedback\n    voidReason\n    respondedAt\n    escalatedAt\n    resolvedAt\n    closedAt\n    timeline {\n      ...CaseEventFields\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query CaseQueue($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CaseSummary\n      }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  query CaseRecord($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": types.CaseRecordDocument,
    "\n  query CaseChoices {\n    departments {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.CaseChoicesDocument,
    "\n  query CaseViewerSites {\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.CaseViewerSitesDocument,
    "\n  query CaseStaffChoices($departmentKey: String!) {\n    staffMembers(filter: { departmentKey: $departmentKey, status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        employeeNo\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseStaffChoicesDocument,
    "\n  subscription CaseEvents($filter: CaseEventsFilter) {\n    caseEvents(filter: $filter) {\n      ...CaseEventFields\n      case {\n        ...CaseSummary\n        result\n        satisfaction\n        feedback\n        voidReason\n        respondedAt\n        escalatedAt\n        resolvedAt\n        closedAt\n      }\n    }\n  }\n": types.CaseEventsDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation ReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReferCaseDocument,
    "\n  mutation AcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AcknowledgeCaseDocument,
    "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EscalateCaseDocument,
    "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartCaseDocument,
    "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VoidCaseDocument,
    "\n  mutation CommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CommentOnCaseDocument,
    "\n  query CaseIntakeLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        id\n        code\n        site {\n          id\n          code\n          name\n        }\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n            contacts {\n              id\n              kind\n              value\n              primary\n            }\n          }\n        }\n      }\n      customer {\n        id\n        name\n        kind\n        contacts {\n          id\n          kind\n          value\n          primary\n        }\n        occupancies {\n          id\n          current\n          role\n          unit {\n            id\n            code\n            site {\n              id\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseIntakeLookupDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    floor\n    area\n    usage\n    site {\n      id\n      code\n      name\n    }\n    building {\n      id\n      code\n      name\n    }\n  }\n": types.UnitSummaryFragmentDoc,
    "\n  fragment ContactFields on CustomerContact {\n    id\n    kind\n    value\n    primary\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment OccupancyFields on Occupancy {\n    id\n    role\n    fromDate\n    toDate\n    current\n    note\n  }\n": types.OccupancyFieldsFragmentDoc,
    "\n  fragment CustomerSummary on Customer {\n    id\n    name\n    kind\n    voided\n    contacts {\n      ...ContactFields\n    }\n    occupancies {\n      id\n      current\n      role\n      unit {\n        id\n        code\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CustomerSummaryFragmentDoc,
    "\n  query CustomerLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        ...UnitSummary\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n          }\n        }\n      }\n      customer {\n        ...CustomerSummary\n      }\n    }\n  }\n": types.CustomerLookupDocument,
    "\n  query CustomerList($filter: CustomerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    customers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerSummary\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  query CustomerFile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerSummary\n      idCardLast4\n      note\n      voidedAt\n      voidReason\n      createdAt\n      updatedAt\n      occupancies {\n        ...OccupancyFields\n        unit {\n          ...UnitSummary\n        }\n      }\n    }\n  }\n": types.CustomerFileDocument,
    "\n  query UnitFile($id: ID!) {\n    unit(id: $id) {\n      ...UnitSummary\n      note\n      currentOccupants {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          contacts {\n            ...ContactFields\n          }\n        }\n      }\n      occupancies {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          voided\n        }\n      }\n    }\n  }\n": types.UnitFileDocument,
    "\n  query UnitChoices($search: String) {\n    units(filter: { search: $search }, first: 20) {\n      nodes {\n        ...UnitSummary\n      }\n    }\n  }\n": types.UnitChoicesDocument,
    "\n  query CustomerChoices($search: String) {\n    customers(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        contacts {\n          ...ContactFields\n        }\n      }\n    }\n  }\n": types.CustomerChoicesDocument,
    "\n  query CustomerSites {\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.CustomerSitesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        note\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation AddCustomerContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      customer {\n        id\n        contacts {\n          ...ContactFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddCustomerContactDocument,
    "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MoveInDocument,
    "\n  mutation MoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MoveOutDocument,
    "\n  mutation VoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) {\n      customer {\n        id\n        voided\n        voidedAt\n        voidReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VoidCustomerDocument,
    "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    status\n    title\n    scheduledAt\n    heldAt\n    department {\n      id\n      key\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    chair {\n      id\n      name\n    }\n    attendees {\n      attended\n    }\n    overdueActionItemCount\n    actionItems {\n      id\n      status\n    }\n  }\n": types.MeetingSummaryFragmentDoc,
    "\n  fragment MeetingActionItemFields on Case {\n    id\n    reference\n    title\n    status\n    overdue\n    resolutionDueAt\n    resolvedAt\n    assignee {\n      id\n      name\n    }\n  }\n": types.MeetingActionItemFieldsFragmentDoc,
    "\n  fragment MeetingDetail on Meeting {\n    ...MeetingSummary\n    agenda\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportNote\n    reportedTo {\n      id\n      name\n    }\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    version\n    viewerMayManage\n    createdBy {\n      id\n      name\n    }\n    attendees {\n      attended\n      staff {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n    }\n    actionItems {\n      ...MeetingActionItemFields\n    }\n  }\n": types.MeetingDetailFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    meetings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        ...MeetingSummary\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query MeetingsLastHeld {\n    meetingsLastHeld {\n      kind\n      heldAt\n    }\n  }\n": types.MeetingsLastHeldDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingStaffChoices {\n    staffMembers(filter: { status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        department {\n          id\n          key\n          name\n        }\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetingStaffChoicesDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordMeetingMinutesDocument,
    "\n  mutation ReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReportMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      task {\n        ...MeetingActionItemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddMeetingActionItemDocument,
    "\n  query MeetingSites {\n    sites {\n      id\n      code\n      name\n    }\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.MeetingSitesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    createdAt\n    readAt\n    case {\n      id\n      reference\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n": types.PositionGrantsFragmentDoc,
    "\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPositionGrantDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": types.DutySearchDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      kind\n      priority\n      responseMinutes\n      resolutionMinutes\n      updatedAt\n    }\n  }\n": types.SlaPoliciesDocument,
    "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      slaPolicy {\n        kind\n        priority\n        responseMinutes\n        resolutionMinutes\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetSlaPolicyDocument,
    "\n  fragment StaffSummary on Staff {\n    id\n    employeeNo\n    name\n    username\n    phone\n    status\n    position {\n      id\n      key\n      name\n    }\n    department {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.StaffSummaryFragmentDoc,
    "\n  fragment StaffDetail on Staff {\n    ...StaffSummary\n    hireDate\n    leaveDate\n    locale\n    mustChangePassword\n    createdAt\n    updatedAt\n  }\n": types.StaffDetailFragmentDoc,
    "\n  query StaffDirectory($filter: StaffFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    staffMembers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...StaffSummary\n      }\n    }\n  }\n": types.StaffDirectoryDocument,
    "\n  query StaffChoices {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.StaffChoicesDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffDetail\n    }\n  }\n": types.StaffMemberDocument,
    "\n  mutation OnboardStaff($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.OnboardStaffDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateStaffDocument,
    "\n  mutation TransferStaff($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TransferStaffDocument,
    "\n  mutation SuspendStaff($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SuspendStaffDocument,
    "\n  mutation ReinstateStaff($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReinstateStaffDocument,
    "\n  mutation OffboardStaff($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.OffboardStaffDocument,
    "\n  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n    owner {\n      id\n      name\n      employeeNo\n    }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    viaToken\n    actor {\n      id\n    }\n    targetType\n    targetId\n    ip\n    requestId\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    viaToken\n    actor {\n      id\n    }\n    targetType\n    targetId\n    ip\n    requestId\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n      ... on Customer {\n        name\n      }\n      ... on Unit {\n        code\n        site {\n          id\n          name\n        }\n      }\n      ... on Building {\n        name\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n      ... on Customer {\n        name\n      }\n      ... on Unit {\n        code\n        site {\n          id\n          name\n        }\n      }\n      ... on Building {\n        name\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummary on Case {\n    id\n    reference\n    kind\n    status\n    channel\n    title\n    severity\n    priority\n    beyondAuthority\n    needsEscalation\n    awaitingAcknowledgement\n    overdue\n    responseOverdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    updatedAt\n    department {\n      id\n      key\n      name\n    }\n    holderDepartment {\n      id\n      key\n      name\n    }\n    holder {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    escalatedTo {\n      id\n      name\n    }\n    onBehalfOf {\n      id\n      key\n      name\n    }\n    receivedBy {\n      id\n      name\n    }\n    reporterStaff {\n      id\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    unit {\n      id\n      code\n    }\n    area\n  }\n"): (typeof documents)["\n  fragment CaseSummary on Case {\n    id\n    reference\n    kind\n    status\n    channel\n    title\n    severity\n    priority\n    beyondAuthority\n    needsEscalation\n    awaitingAcknowledgement\n    overdue\n    responseOverdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    updatedAt\n    department {\n      id\n      key\n      name\n    }\n    holderDepartment {\n      id\n      key\n      name\n    }\n    holder {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    escalatedTo {\n      id\n      name\n    }\n    onBehalfOf {\n      id\n      key\n      name\n    }\n    receivedBy {\n      id\n      name\n    }\n    reporterStaff {\n      id\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    unit {\n      id\n      code\n    }\n    area\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseEventFields on CaseEvent {\n    id\n    type\n    actorName\n    at\n    note\n    fromStatus\n    toStatus\n    targetName\n    satisfaction\n  }\n"): (typeof documents)["\n  fragment CaseEventFields on CaseEvent {\n    id\n    type\n    actorName\n    at\n    note\n    fromStatus\n    toStatus\n    targetName\n    satisfaction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on Case {\n    ...CaseSummary\n    description\n    reporterName\n    reporterPhone\n    reporterCustomer {\n      id\n      name\n    }\n    result\n    satisfaction\n    feedback\n    voidReason\n    respondedAt\n    escalatedAt\n    resolvedAt\n    closedAt\n    timeline {\n      ...CaseEventFields\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail on Case {\n    ...CaseSummary\n    description\n    reporterName\n    reporterPhone\n    reporterCustomer {\n      id\n      name\n    }\n    result\n    satisfaction\n    feedback\n    voidReason\n    respondedAt\n    escalatedAt\n    resolvedAt\n    closedAt\n    timeline {\n      ...CaseEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CaseSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseQueue($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CaseSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecord($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  query CaseRecord($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseChoices {\n    departments {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseChoices {\n    departments {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseViewerSites {\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseViewerSites {\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStaffChoices($departmentKey: String!) {\n    staffMembers(filter: { departmentKey: $departmentKey, status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        employeeNo\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStaffChoices($departmentKey: String!) {\n    staffMembers(filter: { departmentKey: $departmentKey, status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        employeeNo\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseEvents($filter: CaseEventsFilter) {\n    caseEvents(filter: $filter) {\n      ...CaseEventFields\n      case {\n        ...CaseSummary\n        result\n        satisfaction\n        feedback\n        voidReason\n        respondedAt\n        escalatedAt\n        resolvedAt\n        closedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CaseEvents($filter: CaseEventsFilter) {\n    caseEvents(filter: $filter) {\n      ...CaseEventFields\n      case {\n        ...CaseSummary\n        result\n        satisfaction\n        feedback\n        voidReason\n        respondedAt\n        escalatedAt\n        resolvedAt\n        closedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) {\n      case {\n        ...CaseDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseIntakeLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        id\n        code\n        site {\n          id\n          code\n          name\n        }\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n            contacts {\n              id\n              kind\n              value\n              primary\n            }\n          }\n        }\n      }\n      customer {\n        id\n        name\n        kind\n        contacts {\n          id\n          kind\n          value\n          primary\n        }\n        occupancies {\n          id\n          current\n          role\n          unit {\n            id\n            code\n            site {\n              id\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseIntakeLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        id\n        code\n        site {\n          id\n          code\n          name\n        }\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n            contacts {\n              id\n              kind\n              value\n              primary\n            }\n          }\n        }\n      }\n      customer {\n        id\n        name\n        kind\n        contacts {\n          id\n          kind\n          value\n          primary\n        }\n        occupancies {\n          id\n          current\n          role\n          unit {\n            id\n            code\n            site {\n              id\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSummary on Unit {\n    id\n    code\n    floor\n    area\n    usage\n    site {\n      id\n      code\n      name\n    }\n    building {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitSummary on Unit {\n    id\n    code\n    floor\n    area\n    usage\n    site {\n      id\n      code\n      name\n    }\n    building {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on CustomerContact {\n    id\n    kind\n    value\n    primary\n  }\n"): (typeof documents)["\n  fragment ContactFields on CustomerContact {\n    id\n    kind\n    value\n    primary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccupancyFields on Occupancy {\n    id\n    role\n    fromDate\n    toDate\n    current\n    note\n  }\n"): (typeof documents)["\n  fragment OccupancyFields on Occupancy {\n    id\n    role\n    fromDate\n    toDate\n    current\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummary on Customer {\n    id\n    name\n    kind\n    voided\n    contacts {\n      ...ContactFields\n    }\n    occupancies {\n      id\n      current\n      role\n      unit {\n        id\n        code\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerSummary on Customer {\n    id\n    name\n    kind\n    voided\n    contacts {\n      ...ContactFields\n    }\n    occupancies {\n      id\n      current\n      role\n      unit {\n        id\n        code\n        site {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        ...UnitSummary\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n          }\n        }\n      }\n      customer {\n        ...CustomerSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit {\n        ...UnitSummary\n        currentOccupants {\n          id\n          role\n          customer {\n            id\n            name\n          }\n        }\n      }\n      customer {\n        ...CustomerSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($filter: CustomerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    customers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($filter: CustomerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    customers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerSummary\n      idCardLast4\n      note\n      voidedAt\n      voidReason\n      createdAt\n      updatedAt\n      occupancies {\n        ...OccupancyFields\n        unit {\n          ...UnitSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerFile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerSummary\n      idCardLast4\n      note\n      voidedAt\n      voidReason\n      createdAt\n      updatedAt\n      occupancies {\n        ...OccupancyFields\n        unit {\n          ...UnitSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitFile($id: ID!) {\n    unit(id: $id) {\n      ...UnitSummary\n      note\n      currentOccupants {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          contacts {\n            ...ContactFields\n          }\n        }\n      }\n      occupancies {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          voided\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitFile($id: ID!) {\n    unit(id: $id) {\n      ...UnitSummary\n      note\n      currentOccupants {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          contacts {\n            ...ContactFields\n          }\n        }\n      }\n      occupancies {\n        ...OccupancyFields\n        customer {\n          id\n          name\n          kind\n          voided\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChoices($search: String) {\n    units(filter: { search: $search }, first: 20) {\n      nodes {\n        ...UnitSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChoices($search: String) {\n    units(filter: { search: $search }, first: 20) {\n      nodes {\n        ...UnitSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerChoices($search: String) {\n    customers(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        contacts {\n          ...ContactFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerChoices($search: String) {\n    customers(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        contacts {\n          ...ContactFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSites {\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CustomerSites {\n    sites {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        note\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        note\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomerContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      customer {\n        id\n        contacts {\n          ...ContactFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomerContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      customer {\n        id\n        contacts {\n          ...ContactFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) {\n      occupancy {\n        ...OccupancyFields\n        unit {\n          id\n        }\n        customer {\n          id\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) {\n      customer {\n        id\n        voided\n        voidedAt\n        voidReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) {\n      customer {\n        id\n        voided\n        voidedAt\n        voidReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    status\n    title\n    scheduledAt\n    heldAt\n    department {\n      id\n      key\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    chair {\n      id\n      name\n    }\n    attendees {\n      attended\n    }\n    overdueActionItemCount\n    actionItems {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    status\n    title\n    scheduledAt\n    heldAt\n    department {\n      id\n      key\n      name\n    }\n    site {\n      id\n      code\n      name\n    }\n    chair {\n      id\n      name\n    }\n    attendees {\n      attended\n    }\n    overdueActionItemCount\n    actionItems {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingActionItemFields on Case {\n    id\n    reference\n    title\n    status\n    overdue\n    resolutionDueAt\n    resolvedAt\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingActionItemFields on Case {\n    id\n    reference\n    title\n    status\n    overdue\n    resolutionDueAt\n    resolvedAt\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetail on Meeting {\n    ...MeetingSummary\n    agenda\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportNote\n    reportedTo {\n      id\n      name\n    }\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    version\n    viewerMayManage\n    createdBy {\n      id\n      name\n    }\n    attendees {\n      attended\n      staff {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n    }\n    actionItems {\n      ...MeetingActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetail on Meeting {\n    ...MeetingSummary\n    agenda\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportNote\n    reportedTo {\n      id\n      name\n    }\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    version\n    viewerMayManage\n    createdBy {\n      id\n      name\n    }\n    attendees {\n      attended\n      staff {\n        id\n        name\n        position {\n          id\n          name\n        }\n      }\n    }\n    actionItems {\n      ...MeetingActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($filter: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    meetings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        ...MeetingSummary\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($filter: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    meetings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        ...MeetingSummary\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsLastHeld {\n    meetingsLastHeld {\n      kind\n      heldAt\n    }\n  }\n"): (typeof documents)["\n  query MeetingsLastHeld {\n    meetingsLastHeld {\n      kind\n      heldAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingStaffChoices {\n    staffMembers(filter: { status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        department {\n          id\n          key\n          name\n        }\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingStaffChoices {\n    staffMembers(filter: { status: [ACTIVE] }, first: 100) {\n      nodes {\n        id\n        name\n        department {\n          id\n          key\n          name\n        }\n        position {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      task {\n        ...MeetingActionItemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting {\n        ...MeetingDetail\n      }\n      task {\n        ...MeetingActionItemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSites {\n    sites {\n      id\n      code\n      name\n    }\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSites {\n    sites {\n      id\n      code\n      name\n    }\n    viewer {\n      staff {\n        id\n        sites {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    createdAt\n    readAt\n    case {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    createdAt\n    readAt\n    case {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n"): (typeof documents)["\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n"): (typeof documents)["\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n"): (typeof documents)["\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n"): (typeof documents)["\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n"): (typeof documents)["\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicies {\n    slaPolicies {\n      kind\n      priority\n      responseMinutes\n      resolutionMinutes\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SlaPolicies {\n    slaPolicies {\n      kind\n      priority\n      responseMinutes\n      resolutionMinutes\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      slaPolicy {\n        kind\n        priority\n        responseMinutes\n        resolutionMinutes\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      slaPolicy {\n        kind\n        priority\n        responseMinutes\n        resolutionMinutes\n        updatedAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSummary on Staff {\n    id\n    employeeNo\n    name\n    username\n    phone\n    status\n    position {\n      id\n      key\n      name\n    }\n    department {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSummary on Staff {\n    id\n    employeeNo\n    name\n    username\n    phone\n    status\n    position {\n      id\n      key\n      name\n    }\n    department {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffDetail on Staff {\n    ...StaffSummary\n    hireDate\n    leaveDate\n    locale\n    mustChangePassword\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment StaffDetail on Staff {\n    ...StaffSummary\n    hireDate\n    leaveDate\n    locale\n    mustChangePassword\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory($filter: StaffFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    staffMembers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...StaffSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDirectory($filter: StaffFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    staffMembers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...StaffSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffChoices {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query StaffChoices {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n      }\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffDetail\n    }\n  }\n"): (typeof documents)["\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardStaff($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardStaff($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferStaff($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferStaff($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendStaff($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendStaff($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateStaff($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateStaff($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OffboardStaff($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OffboardStaff($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        ...StaffDetail\n      }\n      temporaryPassword\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n    owner {\n      id\n      name\n      employeeNo\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n    owner {\n      id\n      name\n      employeeNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        ...ApiTokenFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;