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
    "\n  mutation MatrixCaseOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { code } }\n  }\n": typeof types.MatrixCaseOpenDocument,
    "\n  mutation MatrixCaseAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { code } }\n  }\n": typeof types.MatrixCaseAssignDocument,
    "\n  mutation MatrixTeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { code } }\n  }\n": typeof types.MatrixTeamCreateDocument,
    "\n  mutation MatrixPatternCreate($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { code } }\n  }\n": typeof types.MatrixPatternCreateDocument,
    "\n  mutation MatrixRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { code message } }\n  }\n": typeof types.MatrixRosterGenerateDocument,
    "\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MatrixStaffPageDocument,
    "\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n": typeof types.MatrixStaffByIdDocument,
    "\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n": typeof types.MatrixStaffNodeDocument,
    "\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.MatrixStaffNodesDocument,
    "\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MatrixAuditPageDocument,
    "\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n": typeof types.MatrixAuditNodeDocument,
    "\n  query MatrixCustomerFiles($customer: ID!, $unit: ID!) {\n    customers(first: 1) { totalCount }\n    units(first: 1) { totalCount }\n    customer(id: $customer) { id }\n    unit(id: $unit) { id }\n  }\n": typeof types.MatrixCustomerFilesDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TokensCreateDocument,
    "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TokensRevokeDocument,
    "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all, first: 100) { totalCount nodes { id name prefix scopes active owner { username } } }\n  }\n": typeof types.TokensMineDocument,
    "\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n": typeof types.TokensNodeDocument,
    "\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n": typeof types.TokensStaffCountDocument,
    "\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n": typeof types.TokensWhoDocument,
    "\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n": typeof types.TokensSetLocaleDocument,
    "\n  fragment AttMember on ShiftMember {\n    id\n    role\n    post\n    rollCall\n    onLeave\n    checkInAt\n    checkOutAt\n    attendanceStatus\n    minutesLate\n    minutesEarly\n    staff { username }\n  }\n": typeof types.AttMemberFragmentDoc,
    "\n  fragment AttRecord on DisciplineRecord {\n    id\n    kind\n    origin\n    status\n    post\n    observation\n    observedAt\n    correction\n    voidReason\n    escalationNote\n    staff { username }\n    recordedBy { username }\n    correctedBy { username }\n    reportedTo { username }\n    viewerMayHandle\n  }\n": typeof types.AttRecordFragmentDoc,
    "\n  mutation AttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code message } }\n  }\n": typeof types.AttGenerateDocument,
    "query AttPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }": typeof types.AttPatternsDocument,
    "query AttTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": typeof types.AttTeamsDocument,
    "\n  mutation AttStartBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.AttStartBriefingDocument,
    "\n  mutation AttOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.AttOnDutyDocument,
    "\n  query AttShift($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      members { ...AttMember }\n      viewerMember { ...AttMember }\n      briefing { topics notes heldBy { username } }\n      groomingChecks { id passed uniform badge rechecks staff { username } checkedBy { username } discipline { id status } }\n      disciplineRecords { ...AttRecord }\n    }\n  }\n": typeof types.AttShiftDocument,
    "\n  mutation AttRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) {\n      shift { id members { ...AttMember } }\n      raised { ...AttRecord }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AttRollCallDocument,
    "\n  mutation AttGrooming($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) {\n      groomingCheck { id passed badge rechecks note checkedBy { username } }\n      discipline { ...AttRecord }\n      userErrors { field code }\n    }\n  }\n": typeof types.AttGroomingDocument,
    "\n  mutation AttPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id members { ...AttMember } } userErrors { field code } }\n  }\n": typeof types.AttPostsDocument,
    "\n  mutation AttTopics($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id topics notes heldBy { username } } userErrors { field code } }\n  }\n": typeof types.AttTopicsDocument,
    "\n  mutation AttCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n": typeof types.AttCheckInDocument,
    "\n  mutation AttCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n": typeof types.AttCheckOutDocument,
    "\n  query AttRange($range: AttendanceRangeInput!) {\n    attendance(range: $range) { ...AttMember shift { date pattern { code } } }\n  }\n": typeof types.AttRangeDocument,
    "\n  query AttRecords($filter: DisciplineFilter, $first: Int) {\n    disciplineRecords(filter: $filter, first: $first) { totalCount nodes { ...AttRecord } }\n  }\n": typeof types.AttRecordsDocument,
    "\n  mutation AttRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": typeof types.AttRecordDisciplineDocument,
    "\n  mutation AttCorrect($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": typeof types.AttCorrectDocument,
    "\n  mutation AttEscalate($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": typeof types.AttEscalateDocument,
    "\n  mutation AttVoid($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": typeof types.AttVoidDocument,
    "query AttNode($id: ID!) { node(id: $id) { id } }": typeof types.AttNodeDocument,
    "query AttUnread { unreadNotificationCount }": typeof types.AttUnreadDocument,
    "\n  query AuditEventById($id: ID!) {\n    node(id: $id) {\n      ... on AuditEvent {\n        id\n        action\n        actorName\n        actor { id }\n        targetType\n        targetId\n        requestId\n        ip\n        viaToken\n        occurredAt\n        changes { field before after }\n      }\n    }\n  }\n": typeof types.AuditEventByIdDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id action occurredAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  mutation AuditLogin($input: LoginInput!) {\n    login(input: $input) { viewer { staff { id } } userErrors { code } }\n  }\n": typeof types.AuditLoginDocument,
    "\n  mutation AuditLogout {\n    logout { signedOut }\n  }\n": typeof types.AuditLogoutDocument,
    "\n  mutation AuditChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { field code } }\n  }\n": typeof types.AuditChangePasswordDocument,
    "\n  mutation AuditSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { userErrors { code } }\n  }\n": typeof types.AuditSetLocaleDocument,
    "\n  mutation AuditCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } secret userErrors { field code } }\n  }\n": typeof types.AuditCreateTokenDocument,
    "\n  mutation AuditRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { field code } }\n  }\n": typeof types.AuditRevokeTokenDocument,
    "\n  mutation AuditOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n": typeof types.AuditOnboardDocument,
    "\n  mutation AuditUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateDocument,
    "\n  mutation AuditTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditTransferDocument,
    "\n  mutation AuditSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditSuspendDocument,
    "\n  mutation AuditReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditReinstateDocument,
    "\n  mutation AuditOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditOffboardDocument,
    "\n  mutation AuditResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n": typeof types.AuditResetPasswordDocument,
    "\n  mutation AuditSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { positionPermissions { position { key } } userErrors { field code } }\n  }\n": typeof types.AuditSetGrantDocument,
    "\n  mutation AuditOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditOpenCaseDocument,
    "\n  mutation AuditAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditAssignCaseDocument,
    "\n  mutation AuditReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditReferCaseDocument,
    "\n  mutation AuditAcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditAcknowledgeCaseDocument,
    "\n  mutation AuditEscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditEscalateCaseDocument,
    "\n  mutation AuditStartCase($input: CaseStepInput!) {\n    startCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditStartCaseDocument,
    "\n  mutation AuditResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditResolveCaseDocument,
    "\n  mutation AuditCloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditCloseCaseDocument,
    "\n  mutation AuditReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditReopenCaseDocument,
    "\n  mutation AuditVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidCaseDocument,
    "\n  mutation AuditCommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditCommentOnCaseDocument,
    "\n  mutation AuditUpdateRentalDetails($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateRentalDetailsDocument,
    "\n  mutation AuditRecordRentalViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordRentalViewingDocument,
    "\n  mutation AuditSetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority } userErrors { field code } }\n  }\n": typeof types.AuditSetSlaPolicyDocument,
    "\n  mutation AuditMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked unreadCount userErrors { field code } }\n  }\n": typeof types.AuditMarkNotificationsReadDocument,
    "\n  mutation AuditScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": typeof types.AuditScheduleMeetingDocument,
    "\n  mutation AuditRecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordMeetingMinutesDocument,
    "\n  mutation AuditReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": typeof types.AuditReportMeetingDocument,
    "\n  mutation AuditCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": typeof types.AuditCancelMeetingDocument,
    "\n  mutation AuditAddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) { task { id } userErrors { field code } }\n  }\n": typeof types.AuditAddMeetingActionItemDocument,
    "\n  mutation AuditCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateBuildingDocument,
    "\n  mutation AuditCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { unit { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateUnitDocument,
    "\n  mutation AuditCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { customer { id contacts { id } occupancies { id } } userErrors { field code } }\n  }\n": typeof types.AuditCreateCustomerDocument,
    "\n  mutation AuditUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateCustomerDocument,
    "\n  mutation AuditAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": typeof types.AuditAddContactDocument,
    "\n  mutation AuditMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) { occupancy { id } userErrors { field code } }\n  }\n": typeof types.AuditMoveInDocument,
    "\n  mutation AuditMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id } userErrors { field code } }\n  }\n": typeof types.AuditMoveOutDocument,
    "\n  mutation AuditVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidCustomerDocument,
    "\n  mutation AuditRecordReceptionVisit($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordReceptionVisitDocument,
    "\n  mutation AuditUpdateReceptionVisit($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateReceptionVisitDocument,
    "\n  mutation AuditLinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { id } userErrors { field code } }\n  }\n": typeof types.AuditLinkReceptionVisitToCaseDocument,
    "\n  mutation AuditCloseReceptionVisit($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": typeof types.AuditCloseReceptionVisitDocument,
    "\n  mutation AuditVoidReceptionVisit($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidReceptionVisitDocument,
    "\n  mutation AuditDraftNotice($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": typeof types.AuditDraftNoticeDocument,
    "\n  mutation AuditUpdateNotice($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateNoticeDocument,
    "\n  mutation AuditIssueNotice($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": typeof types.AuditIssueNoticeDocument,
    "\n  mutation AuditWithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": typeof types.AuditWithdrawNoticeDocument,
    "\n  mutation AuditAcknowledgeNotice($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": typeof types.AuditAcknowledgeNoticeDocument,
    "\n  query AuditBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n": typeof types.AuditBuildingsDocument,
    "\n  query AuditActionsOnRecord {\n    auditActions\n  }\n": typeof types.AuditActionsOnRecordDocument,
    "\n  mutation AuditAttCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.AuditAttCreatePatternDocument,
    "\n  mutation AuditAttCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditAttCreateTeamDocument,
    "\n  mutation AuditAttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": typeof types.AuditAttGenerateDocument,
    "\n  mutation AuditAttBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditAttBriefingDocument,
    "\n  query AuditAttMembers($id: ID!) {\n    shift(id: $id) { id members { id checkInAt staff { username } } }\n  }\n": typeof types.AuditAttMembersDocument,
    "\n  mutation AuditRecordRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordRollCallDocument,
    "\n  mutation AuditRecordGroomingCheck($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) { groomingCheck { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordGroomingCheckDocument,
    "\n  mutation AuditAssignShiftPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditAssignShiftPostsDocument,
    "\n  mutation AuditRecordShiftBriefing($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordShiftBriefingDocument,
    "\n  mutation AuditCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { id } userErrors { field code } }\n  }\n": typeof types.AuditCheckInDocument,
    "\n  mutation AuditCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { id } userErrors { field code } }\n  }\n": typeof types.AuditCheckOutDocument,
    "\n  mutation AuditRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordDisciplineDocument,
    "\n  mutation AuditCorrectDiscipline($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": typeof types.AuditCorrectDisciplineDocument,
    "\n  mutation AuditEscalateDiscipline($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": typeof types.AuditEscalateDisciplineDocument,
    "\n  mutation AuditVoidDiscipline($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidDisciplineDocument,
    "\n  mutation AuditCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateContactDocument,
    "\n  mutation AuditUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateContactDocument,
    "\n  mutation AuditVerifyContact($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": typeof types.AuditVerifyContactDocument,
    "\n  mutation AuditRetireContact($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": typeof types.AuditRetireContactDocument,
    "\n  mutation AuditFireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n": typeof types.AuditFireCreateUnitDocument,
    "\n  mutation AuditFireUpdateUnit($input: UpdateKeyUnitInput!) {\n    updateKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n": typeof types.AuditFireUpdateUnitDocument,
    "\n  mutation AuditFireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n": typeof types.AuditFireAssignDocument,
    "\n  mutation AuditFireEnd($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n": typeof types.AuditFireEndDocument,
    "\n  mutation AuditFireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n": typeof types.AuditFireDraftDocument,
    "\n  mutation AuditFireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n": typeof types.AuditFireUpdateDraftDocument,
    "\n  mutation AuditFireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n": typeof types.AuditFireApproveDocument,
    "\n  mutation AuditFireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n": typeof types.AuditFireWithdrawDocument,
    "\n  mutation AuditFireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id } userErrors { field code } }\n  }\n": typeof types.AuditFireConfirmReadDocument,
    "\n  mutation AuditFirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": typeof types.AuditFirePlanDrillDocument,
    "\n  mutation AuditFireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": typeof types.AuditFireRecordDrillDocument,
    "\n  mutation AuditFireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) { drill { id followUps { id } } userErrors { field code } }\n  }\n": typeof types.AuditFireEvaluateDrillDocument,
    "\n  mutation AuditFireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) { followUp { id } userErrors { field code } }\n  }\n": typeof types.AuditFireFollowUpDoneDocument,
    "\n  mutation AuditFireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": typeof types.AuditFireCancelDrillDocument,
    "\n  mutation AuditFireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": typeof types.AuditFireRegisterDocument,
    "\n  mutation AuditFireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": typeof types.AuditFireUpdateEquipmentDocument,
    "\n  mutation AuditFireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) { equipment { id } userErrors { field code } }\n  }\n": typeof types.AuditFireCheckDocument,
    "\n  mutation AuditFireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": typeof types.AuditFireRetireDocument,
    "\n  mutation AuditFireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n": typeof types.AuditFireAddMemberDocument,
    "\n  mutation AuditFireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n": typeof types.AuditFireUpdateMemberDocument,
    "\n  mutation AuditFireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id } userErrors { field code } }\n  }\n": typeof types.AuditFireEndMemberDocument,
    "\n  mutation AuditRequestGoodsPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": typeof types.AuditRequestGoodsPassDocument,
    "\n  mutation AuditApproveGoodsPass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": typeof types.AuditApproveGoodsPassDocument,
    "\n  mutation AuditCancelGoodsPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": typeof types.AuditCancelGoodsPassDocument,
    "\n  mutation AuditCheckOutGoodsPass($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": typeof types.AuditCheckOutGoodsPassDocument,
    "\n  mutation AuditRefuseGoodsPass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": typeof types.AuditRefuseGoodsPassDocument,
    "\n  mutation AuditRecordVehicleEntry($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordVehicleEntryDocument,
    "\n  mutation AuditRecordVehicleExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordVehicleExitDocument,
    "\n  mutation AuditVoidVehicleMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidVehicleMovementDocument,
    "\n  mutation AuditRecordVisitorEntry($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordVisitorEntryDocument,
    "\n  mutation AuditRecordVisitorExit($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordVisitorExitDocument,
    "\n  mutation AuditVoidGateVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidGateVisitorDocument,
    "\n  query AuditGateAreas {\n    areas(siteCode: \"CUIHU\") { id kind }\n  }\n": typeof types.AuditGateAreasDocument,
    "\n  mutation AuditHandoverPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.AuditHandoverPatternDocument,
    "\n  mutation AuditHandoverTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditHandoverTeamDocument,
    "\n  mutation AuditHandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code } }\n  }\n": typeof types.AuditHandoverGenerateDocument,
    "\n  mutation AuditHandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditHandoverOnDutyDocument,
    "\n  query AuditHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": typeof types.AuditHandoverCountsDocument,
    "\n  mutation AuditAddDutyLogEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) { entry { id } userErrors { field code } }\n  }\n": typeof types.AuditAddDutyLogEntryDocument,
    "\n  mutation AuditReviewDutyLog($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id } userErrors { field code } }\n  }\n": typeof types.AuditReviewDutyLogDocument,
    "query AuditShiftDutyLog($id: ID!) { shift(id: $id) { dutyLog { id } } }": typeof types.AuditShiftDutyLogDocument,
    "\n  mutation AuditCreateShiftMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateShiftMaterialDocument,
    "\n  mutation AuditUpdateShiftMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateShiftMaterialDocument,
    "\n  mutation AuditRecordCashMovement($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordCashMovementDocument,
    "\n  mutation AuditSaveHandoverDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { id } userErrors { field code } }\n  }\n": typeof types.AuditSaveHandoverDraftDocument,
    "\n  mutation AuditSubmitHandover($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id incomingLeader { username } } userErrors { field code message } }\n  }\n": typeof types.AuditSubmitHandoverDocument,
    "\n  mutation AuditAcceptHandover($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.AuditAcceptHandoverDocument,
    "\n  mutation AuditDisputeHandover($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { id } userErrors { field code } }\n  }\n": typeof types.AuditDisputeHandoverDocument,
    "\n  mutation AuditResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.AuditResolveHandoverDisputeDocument,
    "\n  mutation AuditOnboardFresh($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": typeof types.AuditOnboardFreshDocument,
    "\n  mutation AuditReportIncident($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditReportIncidentDocument,
    "\n  mutation AuditUpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateIncidentDocument,
    "\n  mutation AuditAcknowledgeEscalation($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditAcknowledgeEscalationDocument,
    "\n  mutation AuditIncidentPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { ackMinutes } userErrors { field code } }\n  }\n": typeof types.AuditIncidentPolicyDocument,
    "\n  mutation AuditCreateInspectionChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateInspectionChecklistDocument,
    "\n  mutation AuditUpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateInspectionChecklistDocument,
    "\n  mutation AuditPlanInspection($input: PlanInspectionInput!) {\n    planInspection(input: $input) { inspection { id items { id } } userErrors { field code } }\n  }\n": typeof types.AuditPlanInspectionDocument,
    "\n  mutation AuditRecordInspectionResults($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) { inspection { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordInspectionResultsDocument,
    "\n  mutation AuditCompleteInspection($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n": typeof types.AuditCompleteInspectionDocument,
    "\n  mutation AuditCancelInspection($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n": typeof types.AuditCancelInspectionDocument,
    "\n  mutation AuditRecordExternalInspection($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordExternalInspectionDocument,
    "\n  mutation AuditUpdateExternalInspection($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateExternalInspectionDocument,
    "\n  mutation AuditVoidExternalInspection($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": typeof types.AuditVoidExternalInspectionDocument,
    "\n  mutation AuditIssueRectificationNotice($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditIssueRectificationNoticeDocument,
    "\n  mutation AuditAcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditAcknowledgeRectificationNoticeDocument,
    "\n  mutation AuditRecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordRectificationFollowUpDocument,
    "\n  mutation AuditRecordReinspection($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordReinspectionDocument,
    "\n  mutation AuditCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateAreaDocument,
    "\n  mutation AuditUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateAreaDocument,
    "\n  mutation AuditCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { checkpoint { id code } userErrors { field code } }\n  }\n": typeof types.AuditCreateCheckpointDocument,
    "\n  mutation AuditUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) { checkpoint { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateCheckpointDocument,
    "\n  mutation AuditRecordPatrolScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) { scan { id round { id } } userErrors { field code } }\n  }\n": typeof types.AuditRecordPatrolScanDocument,
    "\n  mutation AuditCompletePatrolRound($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id } userErrors { field code } }\n  }\n": typeof types.AuditCompletePatrolRoundDocument,
    "\n  mutation AuditReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) { scan { id } case { id } userErrors { field code } }\n  }\n": typeof types.AuditReportPatrolAnomalyDocument,
    "\n  mutation AuditReviewMissedPatrol($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) { missedPatrol { id } userErrors { field code } }\n  }\n": typeof types.AuditReviewMissedPatrolDocument,
    "\n  mutation AuditPatrolPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.AuditPatrolPatternDocument,
    "\n  mutation AuditPatrolTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditPatrolTeamDocument,
    "\n  mutation AuditPatrolRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": typeof types.AuditPatrolRosterDocument,
    "\n  mutation AuditPatrolOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditPatrolOnDutyDocument,
    "\n  query AuditPatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": typeof types.AuditPatrolsHandoverCountsDocument,
    "\n  mutation AuditPatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.AuditPatrolsHandoverSubmitDocument,
    "\n  mutation AuditPatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.AuditPatrolsHandoverAcceptDocument,
    "query AuditRosterPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }": typeof types.AuditRosterPatternsDocument,
    "\n  mutation AuditRosterCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditRosterCreateTeamDocument,
    "\n  mutation AuditRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id members { id staff { username } } } userErrors { field code message } }\n  }\n": typeof types.AuditRosterGenerateDocument,
    "\n  mutation AuditAddShiftMember($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditAddShiftMemberDocument,
    "\n  mutation AuditRemoveShiftMember($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditRemoveShiftMemberDocument,
    "\n  mutation AuditChangeShiftLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditChangeShiftLeaderDocument,
    "\n  mutation AuditSetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditSetShiftMemberLeaveDocument,
    "\n  mutation AuditRecordStaffLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n": typeof types.AuditRecordStaffLeaveDocument,
    "\n  mutation AuditCancelStaffLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n": typeof types.AuditCancelStaffLeaveDocument,
    "\n  mutation AuditRequestShiftSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n": typeof types.AuditRequestShiftSwapDocument,
    "\n  mutation AuditApproveShiftSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n": typeof types.AuditApproveShiftSwapDocument,
    "\n  mutation AuditRejectShiftSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n": typeof types.AuditRejectShiftSwapDocument,
    "\n  mutation AuditCancelShiftSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n": typeof types.AuditCancelShiftSwapDocument,
    "\n  mutation AuditCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateShiftPatternDocument,
    "\n  mutation AuditUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateShiftPatternDocument,
    "\n  mutation AuditCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditCreateTeamDocument,
    "\n  mutation AuditUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.AuditUpdateTeamDocument,
    "\n  mutation AuditGenerateRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": typeof types.AuditGenerateRosterDocument,
    "\n  mutation AuditStartShiftBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditStartShiftBriefingDocument,
    "\n  mutation AuditStartShiftDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": typeof types.AuditStartShiftDutyDocument,
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n": typeof types.AuthLogoutDocument,
    "\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthSites {\n    sites { code }\n  }\n": typeof types.AuthSitesDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n": typeof types.AuthSetLocaleDocument,
    "\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": typeof types.AuthSuspendDocument,
    "\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": typeof types.AuthReinstateDocument,
    "\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n": typeof types.AuthOffboardDocument,
    "\n  query BoardSnapshot($siteCode: String) {\n    board(siteCode: $siteCode) {\n      generatedAt\n      siteCode\n      openCount\n      caseLimit\n      cases {\n        id reference kind title severity status area createdAt escalatedAt\n        site { code }\n        holder { name }\n        escalatedTo { name }\n      }\n      coverage {\n        shift { id site { code } }\n        coveredCount\n        complete\n        areas { area { id name } count required covered lastPatrolAt }\n      }\n    }\n  }\n": typeof types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($siteCode: String) {\n    boardEvents(siteCode: $siteCode) { type caseId shiftId at major }\n  }\n": typeof types.BoardEventsDocument,
    "\n  mutation BoardOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference timeline { id type } } userErrors { field code } }\n  }\n": typeof types.BoardOpenCaseDocument,
    "\n  mutation BoardEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { name } } userErrors { field code } }\n  }\n": typeof types.BoardEscalateDocument,
    "\n  mutation BoardVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.BoardVoidDocument,
    "\n  mutation BoardComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id timeline { id } } userErrors { field code } }\n  }\n": typeof types.BoardCommentDocument,
    "\n  query BoardOpenCases($after: String) {\n    cases(filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }, first: 100, after: $after) {\n      nodes { id severity kind }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BoardOpenCasesDocument,
    "\n  query BoardPatrolCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      shift { id site { code } }\n      coveredCount\n      complete\n      areas { area { id name } count required covered lastPatrolAt }\n    }\n  }\n": typeof types.BoardPatrolCoverageDocument,
    "\n  mutation BoardRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": typeof types.BoardRevokeTokenDocument,
    "query BoardViewer { viewer { staff { id } } }": typeof types.BoardViewerDocument,
    "\n  mutation BoardSetLocale($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }\n": typeof types.BoardSetLocaleDocument,
    "\n  fragment KindFields on Case {\n    id\n    reference\n    kind\n    status\n    awaitingAcknowledgement\n    resolutionDueAt\n    department { key }\n    holder { username }\n    reporterStaff { username }\n    timeline { type note }\n    details {\n      __typename\n      ... on TaskDetails { mode }\n      ... on RentalDetails {\n        askingRent\n        prospect\n        outcome\n        agreedRent\n        agreedOn\n        unitsOffered { id code }\n        tenant { id name }\n        viewings { prospect note recordedByName unit { code } }\n      }\n    }\n  }\n": typeof types.KindFieldsFragmentDoc,
    "\n  mutation KindsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": typeof types.KindsOpenDocument,
    "\n  mutation KindsStep($ack: CaseStepInput!) {\n    acknowledgeCase(input: $ack) { userErrors { code } }\n    startCase(input: $ack) { case { status } userErrors { code } }\n  }\n": typeof types.KindsStepDocument,
    "\n  mutation KindsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n": typeof types.KindsStartDocument,
    "\n  mutation KindsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...KindFields } userErrors { field code } }\n  }\n": typeof types.KindsResolveDocument,
    "\n  mutation KindsClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.KindsCloseDocument,
    "\n  mutation KindsUpdateRental($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": typeof types.KindsUpdateRentalDocument,
    "\n  mutation KindsViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": typeof types.KindsViewingDocument,
    "\n  query KindsNotes {\n    notifications(first: 5) { nodes { type case { id } } }\n  }\n": typeof types.KindsNotesDocument,
    "\n  query KindsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": typeof types.KindsStaffDocument,
    "\n      mutation KindsAssign($input: AssignCaseInput!) { assignCase(input: $input) { userErrors { code } } }\n    ": typeof types.KindsAssignDocument,
    "\n  fragment CaseFields on Case {\n    id\n    reference\n    kind\n    status\n    severity\n    priority\n    awaitingAcknowledgement\n    needsEscalation\n    overdue\n    result\n    satisfaction\n    feedback\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    department { key }\n    holderDepartment { key }\n    onBehalfOf { key }\n    holder { username }\n    escalatedTo { username }\n    receivedBy { username }\n    timeline { type actorName note fromStatus toStatus targetName }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  mutation CasesOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesOpenDocument,
    "\n  mutation CasesAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesAssignDocument,
    "\n  mutation CasesRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesReferDocument,
    "\n  mutation CasesAcknowledge($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesAcknowledgeDocument,
    "\n  mutation CasesEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesEscalateDocument,
    "\n  mutation CasesStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesStartDocument,
    "\n  mutation CasesResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesResolveDocument,
    "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesCloseDocument,
    "\n  mutation CasesReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesReopenDocument,
    "\n  mutation CasesVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesVoidDocument,
    "\n  mutation CasesComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": typeof types.CasesCommentDocument,
    "\n  query CasesOne($id: ID!) {\n    case(id: $id) { ...CaseFields }\n    node(id: $id) { id }\n  }\n": typeof types.CasesOneDocument,
    "\n  query CasesList($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) { totalCount nodes { id reference status overdue } }\n  }\n": typeof types.CasesListDocument,
    "\n  query CasesMe {\n    viewer { staff { id } }\n    unreadNotificationCount\n    notifications(first: 20) { nodes { type title case { id } } }\n  }\n": typeof types.CasesMeDocument,
    "\n  mutation CasesSetSla($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority responseMinutes resolutionMinutes } userErrors { field code } }\n  }\n": typeof types.CasesSetSlaDocument,
    "\n  query CasesStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": typeof types.CasesStaffDocument,
    "\n  query CasesSteps($id: ID!) {\n    case(id: $id) { status viewerSteps }\n  }\n": typeof types.CasesStepsDocument,
    "\n  query CasesUnitsAt($siteCode: String) {\n    units(filter: { siteCode: $siteCode }, first: 1) { nodes { id code } }\n  }\n": typeof types.CasesUnitsAtDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    directory\n    category\n    name\n    person\n    role\n    phone\n    altPhone\n    dial\n    altDial\n    note\n    active\n    stale\n    canKeep\n    version\n    lastVerifiedAt\n    verifyNote\n    retireReason\n    site { code }\n    verifiedBy { username }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  mutation ContactsCreate($input: CreateContactInput!) {\n    createContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": typeof types.ContactsCreateDocument,
    "\n  mutation ContactsUpdate($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": typeof types.ContactsUpdateDocument,
    "\n  mutation ContactsVerify($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": typeof types.ContactsVerifyDocument,
    "\n  mutation ContactsRetire($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": typeof types.ContactsRetireDocument,
    "\n  query ContactsList($filter: ContactFilter, $first: Int) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id name phone category directory stale site { code } }\n    }\n  }\n": typeof types.ContactsListDocument,
    "\n  query ContactsOne($id: ID!) {\n    contact(id: $id) { id name stale lenient: stale(afterDays: 365) }\n    node(id: $id) { id }\n  }\n": typeof types.ContactsOneDocument,
    "\n  query ContactsCoverage($siteCode: String, $staleAfterDays: Int) {\n    contactCoverage(siteCode: $siteCode, staleAfterDays: $staleAfterDays) {\n      site { code }\n      staleAfterDays\n      missingLiaison\n      missingEmergency\n      stale { id name }\n    }\n  }\n": typeof types.ContactsCoverageDocument,
    "\n  mutation ContactsSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n": typeof types.ContactsSetGrantDocument,
    "\n  query CustomerTestBuildings($siteCode: String) {\n    buildings(siteCode: $siteCode) { id code name site { code } }\n  }\n": typeof types.CustomerTestBuildingsDocument,
    "\n  query CustomerTestUnits($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id code floor area usage site { code } building { code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomerTestUnitsDocument,
    "\n  query CustomerTestUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      currentOccupants { id role fromDate customer { name } }\n      occupancies { id role fromDate toDate current customer { name voided } }\n    }\n  }\n": typeof types.CustomerTestUnitDocument,
    "\n  query CustomerPage($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id name kind voided }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomerPageDocument,
    "\n  query CustomerTestCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      idCardLast4\n      note\n      voided\n      voidReason\n      contacts { id kind value primary }\n      occupancies { id role fromDate toDate current unit { code site { code } } }\n    }\n  }\n": typeof types.CustomerTestCustomerDocument,
    "\n  query CustomerTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Customer { name }\n      ... on Unit { code }\n      ... on Building { code }\n      ... on Occupancy { fromDate }\n      ... on CustomerContact { value }\n    }\n  }\n": typeof types.CustomerTestNodeDocument,
    "\n  query CustomerTestLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit { id code currentOccupants { role customer { name } } }\n      customer { id name }\n    }\n  }\n": typeof types.CustomerTestLookupDocument,
    "\n  mutation CustomerTestCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id code name site { code } } userErrors { field message code } }\n  }\n": typeof types.CustomerTestCreateBuildingDocument,
    "\n  mutation CustomerTestCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id code floor area usage note building { code } site { code } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CustomerTestCreateUnitDocument,
    "\n  mutation CustomerTestCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        contacts { kind value primary }\n        occupancies { role fromDate toDate current unit { code } }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CustomerTestCreateDocument,
    "\n  mutation CustomerTestUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id name kind idCardLast4 note } userErrors { field message code } }\n  }\n": typeof types.CustomerTestUpdateDocument,
    "\n  mutation CustomerTestAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      contact { id kind value primary }\n      customer { id contacts { value primary } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CustomerTestAddContactDocument,
    "\n  mutation CustomerTestMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy { id role fromDate toDate current unit { code } customer { name } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CustomerTestMoveInDocument,
    "\n  mutation CustomerTestMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id fromDate toDate current note } userErrors { field message code } }\n  }\n": typeof types.CustomerTestMoveOutDocument,
    "\n  mutation CustomerTestVoid($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id voided voidReason } userErrors { field message code } }\n  }\n": typeof types.CustomerTestVoidDocument,
    "\n  query ExportDatasetsList {\n    exportDatasets {\n      name\n      description\n      formats\n      filters\n      timeColumn\n      url\n      maxRangeDays\n      columns { name type description formats }\n    }\n  }\n": typeof types.ExportDatasetsListDocument,
    "\n  query ExportCasesPage($filter: CaseFilter, $after: String) {\n    cases(first: 100, after: $after, filter: $filter) {\n      edges { node { id reference status title createdAt department { key } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExportCasesPageDocument,
    "\n  query ExportScansPage($filter: PatrolScanFilter, $after: String) {\n    patrolScans(first: 100, after: $after, filter: $filter) {\n      edges { node { id scannedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExportScansPageDocument,
    "\n  query ExportAuditPage($filter: AuditEventFilter, $after: String) {\n    auditEvents(first: 100, after: $after, filter: $filter) {\n      edges { node { id action occurredAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExportAuditPageDocument,
    "\n  mutation ExportOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field message } }\n  }\n": typeof types.ExportOpenCaseDocument,
    "\n  query FireOverview($siteCode: String!, $drillIntervalMonths: Int, $trainingIntervalMonths: Int) {\n    fireSafetyOverview(\n      siteCode: $siteCode\n      drillIntervalMonths: $drillIntervalMonths\n      trainingIntervalMonths: $trainingIntervalMonths\n    ) {\n      date\n      checks { check count ok }\n      keyUnitCount\n      keyUnitsWithoutFirePlan { id name }\n      plansReviewOverdue { id title }\n      lastDrill { id }\n      nextDrillDueOn\n      drillOverdue\n      nextPlannedDrill { id }\n      placeCount\n      uncoveredPlaces { name area { id } keyUnit { id } }\n      brigadeCount\n      untrainedMembers { staff { username } }\n      leadersUnfamiliar { username }\n      equipmentCount\n      equipmentOverdueCount\n      equipmentFaultyCount\n      viewerMayCreate\n      viewerMayHandle\n      viewerMayApprove\n    }\n  }\n": typeof types.FireOverviewDocument,
    "\n  query FireCoverage($siteCode: String!) {\n    fireResponsibilityCoverage(siteCode: $siteCode) {\n      name\n      covered\n      area { id nameZh }\n      keyUnit { id name }\n      current { id responsible { username } deputy { username } effectiveFrom effectiveTo inForce }\n    }\n  }\n": typeof types.FireCoverageDocument,
    "\n  query FireResponsibilities($siteCode: String!, $includeEnded: Boolean) {\n    fireResponsibilities(siteCode: $siteCode, includeEnded: $includeEnded) {\n      id\n      effectiveFrom\n      effectiveTo\n      endReason\n      area { nameZh }\n      responsible { username }\n      supersededBy { id }\n    }\n  }\n": typeof types.FireResponsibilitiesDocument,
    "\n  mutation FireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) {\n      responsibility { id effectiveFrom effectiveTo inForce responsible { username } area { nameZh } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireAssignDocument,
    "\n  mutation FireEndResponsibility($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) {\n      responsibility { id effectiveTo endReason inForce }\n      userErrors { field code }\n    }\n  }\n": typeof types.FireEndResponsibilityDocument,
    "\n  query FireKeyUnits($siteCode: String!) {\n    keyUnits(siteCode: $siteCode) {\n      id\n      name\n      firePlan { id version }\n      plans { id type version status supersededBy { id } approvedBy { username } }\n    }\n  }\n": typeof types.FireKeyUnitsDocument,
    "\n  mutation FireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id name site { code } } userErrors { field code } }\n  }\n": typeof types.FireCreateUnitDocument,
    "\n  mutation FireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) {\n      plan { id version status type effectiveFrom draftedBy { username } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireDraftDocument,
    "\n  mutation FireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id title } userErrors { field code } }\n  }\n": typeof types.FireUpdateDraftDocument,
    "\n  mutation FireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) {\n      plan { id status version effectiveFrom approvedBy { username } approvedAt }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireApproveDocument,
    "\n  mutation FireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id status withdrawReason } userErrors { field code } }\n  }\n": typeof types.FireWithdrawDocument,
    "\n  mutation FireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id viewerHasRead } userErrors { field code } }\n  }\n": typeof types.FireConfirmReadDocument,
    "\n  query FirePlansInForce($siteCode: String!) {\n    emergencyPlansInForce(siteCode: $siteCode) { id type version keyUnit { name } }\n  }\n": typeof types.FirePlansInForceDocument,
    "\n  mutation FirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id status organiser { username } plan { id } } userErrors { field code } }\n  }\n": typeof types.FirePlanDrillDocument,
    "\n  mutation FireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) {\n      drill {\n        id\n        status\n        alarmAt\n        assemblySeconds\n        evacuationSeconds\n        durationSeconds\n        brigadeCount\n        occupantCount\n        participants { username }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireRecordDrillDocument,
    "\n  mutation FireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) {\n      drill {\n        id\n        status\n        rating\n        evaluatedBy { username }\n        openFollowUpCount\n        followUps { id ordinal description owner { username } dueOn done }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireEvaluateDrillDocument,
    "\n  mutation FireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) {\n      followUp { id done doneBy { username } drill { openFollowUpCount } }\n      userErrors { field code }\n    }\n  }\n": typeof types.FireFollowUpDoneDocument,
    "\n  mutation FireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id status cancelReason } userErrors { field code } }\n  }\n": typeof types.FireCancelDrillDocument,
    "\n  query FireDrills($filter: FireDrillFilter, $first: Int) {\n    fireDrills(filter: $filter, first: $first) { totalCount nodes { id status site { code } } }\n  }\n": typeof types.FireDrillsDocument,
    "\n  query FireEquipmentList($filter: FireEquipmentFilter, $first: Int, $after: String) {\n    fireEquipment(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id identifier type status overdue location area { nameZh } site { code } viewerMayHandle }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.FireEquipmentListDocument,
    "\n  mutation FireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) {\n      equipment { id identifier status quantity overdue }\n      userErrors { field code message }\n    }\n  }\n": typeof types.FireRegisterDocument,
    "\n  mutation FireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id location } userErrors { field code } }\n  }\n": typeof types.FireUpdateEquipmentDocument,
    "\n  mutation FireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) {\n      equipment { id status statusNote lastCheckedOn nextDueOn overdue }\n      userErrors { field code }\n    }\n  }\n": typeof types.FireCheckDocument,
    "\n  mutation FireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id status retiredAt retireReason } userErrors { field code } }\n  }\n": typeof types.FireRetireDocument,
    "\n  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {\n    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {\n      id\n      role\n      engagement\n      active\n      lastTrainedOn\n      trainingLapsed\n      trainingDueOn\n      staff { username }\n    }\n  }\n": typeof types.FireBrigadeDocument,
    "\n  mutation FireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id role active } userErrors { field code } }\n  }\n": typeof types.FireAddMemberDocument,
    "\n  mutation FireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id lastTrainedOn trainingLapsed role } userErrors { field code } }\n  }\n": typeof types.FireUpdateMemberDocument,
    "\n  mutation FireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id active leftOn leftReason } userErrors { field code } }\n  }\n": typeof types.FireEndMemberDocument,
    "\n  query FireStaffOptions($siteCode: String!) {\n    fireSafetyStaffOptions(siteCode: $siteCode) { id username }\n  }\n": typeof types.FireStaffOptionsDocument,
    "query FireNode($id: ID!) { node(id: $id) { id } }": typeof types.FireNodeDocument,
    "\n  fragment PassFields on GoodsPass {\n    id\n    number\n    status\n    issuedTo\n    items { description quantity }\n    carrierName\n    plate\n    validFrom\n    validUntil\n    checkedAt\n    checkNote\n    refuseReason\n    cancelReason\n    site { code }\n    unit { code }\n    customer { name }\n    department { key }\n    requestedBy { username }\n    approvedBy { username }\n    checkedBy { username }\n    gate { nameZh }\n    can { approve cancel checkOut refuse }\n  }\n": typeof types.PassFieldsFragmentDoc,
    "\n  fragment MovementFields on VehicleMovement {\n    id\n    plate\n    category\n    vehicleType\n    enteredAt\n    exitedAt\n    inside\n    overstaying\n    lenient: overstaying(hours: 48)\n    parkingPlace\n    voidReason\n    canExit\n    canVoid\n    entryGate { nameZh }\n    exitGate { nameZh }\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n": typeof types.MovementFieldsFragmentDoc,
    "\n  fragment VisitorFields on GateVisitor {\n    id\n    name\n    idLast4\n    headcount\n    visiting\n    inside\n    exitedAt\n    canExit\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n": typeof types.VisitorFieldsFragmentDoc,
    "\n  mutation GateRequestPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": typeof types.GateRequestPassDocument,
    "\n  mutation GateApprovePass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": typeof types.GateApprovePassDocument,
    "\n  mutation GateCancelPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": typeof types.GateCancelPassDocument,
    "\n  mutation GateCheckOut($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": typeof types.GateCheckOutDocument,
    "\n  mutation GateRefusePass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": typeof types.GateRefusePassDocument,
    "\n  query GatePassByNumber($number: String!) {\n    goodsPassByNumber(number: $number) { id number status }\n  }\n": typeof types.GatePassByNumberDocument,
    "\n  query GatePasses($filter: GoodsPassFilter, $first: Int) {\n    goodsPasses(filter: $filter, first: $first) { totalCount nodes { id number status site { code } } }\n  }\n": typeof types.GatePassesDocument,
    "\n  mutation GateEnter($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": typeof types.GateEnterDocument,
    "\n  mutation GateExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": typeof types.GateExitDocument,
    "\n  mutation GateVoidMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": typeof types.GateVoidMovementDocument,
    "\n  query GateMovements($filter: VehicleMovementFilter, $first: Int) {\n    vehicleMovements(filter: $filter, first: $first) { totalCount nodes { id plate category overstaying site { code } } }\n  }\n": typeof types.GateMovementsDocument,
    "\n  mutation GateVisitorIn($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": typeof types.GateVisitorInDocument,
    "\n  mutation GateVisitorOut($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": typeof types.GateVisitorOutDocument,
    "\n  mutation GateVoidVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": typeof types.GateVoidVisitorDocument,
    "\n  query GateVisitors($filter: GateVisitorFilter) {\n    gateVisitors(filter: $filter, first: 50) { totalCount nodes { id name inside site { code } } }\n  }\n": typeof types.GateVisitorsDocument,
    "\n  query GateAreas($siteCode: String) {\n    areas(siteCode: $siteCode) { id kind nameZh }\n  }\n": typeof types.GateAreasDocument,
    "\n  query HandoverPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n": typeof types.HandoverPatternsDocument,
    "query HandoverTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": typeof types.HandoverTeamsDocument,
    "\n  mutation HandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date pattern { code } leader { username } } userErrors { field code } }\n  }\n": typeof types.HandoverGenerateDocument,
    "\n  mutation HandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.HandoverOnDutyDocument,
    "\n  mutation HandoverCreateMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id name unit expectedQuantity active } userErrors { field code } }\n  }\n": typeof types.HandoverCreateMaterialDocument,
    "\n  mutation HandoverUpdateMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id name expectedQuantity active } userErrors { field code } }\n  }\n": typeof types.HandoverUpdateMaterialDocument,
    "\n  query HandoverMaterials($siteCode: String) { shiftMaterials(siteCode: $siteCode) { id name expectedQuantity } }\n": typeof types.HandoverMaterialsDocument,
    "\n  mutation HandoverCash($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id amount direction receiptNo } balance userErrors { field code } }\n  }\n": typeof types.HandoverCashDocument,
    "\n  query HandoverLedger($siteCode: String!) {\n    cashBalance(siteCode: $siteCode)\n    cashLedger(siteCode: $siteCode, first: 10) { totalCount nodes { amount direction purpose recordedBy { username } } }\n  }\n": typeof types.HandoverLedgerDocument,
    "\n  mutation HandoverAddEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) {\n      entry { id text at author { username } case { reference } }\n      dutyLog { id status date entryCount shift { id } department { key } }\n      userErrors { field code }\n    }\n  }\n": typeof types.HandoverAddEntryDocument,
    "\n  mutation HandoverReview($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id status reviewNote reviewedBy { username } } userErrors { field code } }\n  }\n": typeof types.HandoverReviewDocument,
    "\n  query HandoverLogs($filter: DutyLogFilter) {\n    dutyLogs(filter: $filter, first: 50) { totalCount nodes { id date status department { key } shift { id } entryCount } }\n  }\n": typeof types.HandoverLogsDocument,
    "\n  query HandoverShiftLog($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      closedAt\n      dutyLog { id status viewerMayWrite viewerMayReview entries { text author { username } case { reference } } }\n    }\n  }\n": typeof types.HandoverShiftLogDocument,
    "\n  query HandoverPrefill($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      handoverSteps\n      handoverPrefill {\n        openMatters { kind recordId reference title status }\n        materials { id name expectedQuantity }\n        cashExpected\n        incomingShift { id leader { username } }\n      }\n      handover { id status items { kind reference description actionNeeded } counts { name counted expected difference explanation } }\n    }\n  }\n": typeof types.HandoverPrefillDocument,
    "\n  fragment HandoverTestFields on Handover {\n    id\n    status\n    late\n    hasDiscrepancy\n    cashExpected\n    cashCounted\n    cashDifference\n    cashExplanation\n    acceptedOnBehalf\n    acceptanceNote\n    disputeReason\n    resolution\n    viewerSteps\n    outgoingLeader { username }\n    incomingLeader { username }\n    shift { id status }\n    incomingShift { id }\n    items { kind recordId reference description actionNeeded }\n    counts { materialId name expected counted difference explanation }\n  }\n": typeof types.HandoverTestFieldsFragmentDoc,
    "\n  mutation HandoverSaveDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": typeof types.HandoverSaveDraftDocument,
    "\n  mutation HandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": typeof types.HandoverSubmitDocument,
    "\n  mutation HandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": typeof types.HandoverAcceptDocument,
    "\n  mutation HandoverDispute($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": typeof types.HandoverDisputeDocument,
    "\n  mutation HandoverResolve($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": typeof types.HandoverResolveDocument,
    "\n  query HandoverList($filter: HandoverFilter) {\n    handovers(filter: $filter, first: 50) { totalCount nodes { id status hasDiscrepancy late } }\n  }\n": typeof types.HandoverListDocument,
    "query HandoverOne($id: ID!) { node(id: $id) { id ... on Handover { status } } }": typeof types.HandoverOneDocument,
    "\n  mutation HandoverOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n": typeof types.HandoverOpenCaseDocument,
    "\n  fragment ShiftHandoverTestFields on Shift {\n    id\n    handoverSteps\n    handoverPrefill {\n      openMatters { kind recordId reference status }\n      materials { id }\n      cashExpected\n      incomingShift { id }\n    }\n    handover { id status }\n    incomingHandover { id status }\n    dutyLog { id }\n    briefing { id }\n    members { id }\n    viewerMember { id }\n    groomingChecks { id }\n    disciplineRecords { id }\n  }\n": typeof types.ShiftHandoverTestFieldsFragmentDoc,
    "\n  query HandoverShiftsTogether($filter: ShiftFilter) {\n    shifts(filter: $filter, first: 30) { nodes { ...ShiftHandoverTestFields } }\n  }\n": typeof types.HandoverShiftsTogetherDocument,
    "\n  query HandoverShiftAlone($id: ID!) { shift(id: $id) { ...ShiftHandoverTestFields } }\n": typeof types.HandoverShiftAloneDocument,
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": typeof types.DepartmentKeysDocument,
    "\n  mutation IncidentsReport($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        severity\n        site { code }\n        area\n        escalatedAt\n        details {\n          __typename\n          ... on IncidentDetails { occurredAt reportedLate reportDelayMinutes reportDeadlineMinutes actionsTaken area { nameZh } authorities { authority reference } }\n        }\n        escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders sentByName }\n        currentEscalation { level toName waiting }\n      }\n      userErrors { field code }\n    }\n  }\n": typeof types.IncidentsReportDocument,
    "\n  query IncidentsOne($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      escalatedTo { username }\n      escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders note sentByName }\n      timeline { type }\n      details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } }\n    }\n  }\n": typeof types.IncidentsOneDocument,
    "\n  mutation IncidentsAck($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id currentEscalation { level waiting acknowledgedAt note } } userErrors { field code } }\n  }\n": typeof types.IncidentsAckDocument,
    "\n  mutation IncidentsEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { username } currentEscalation { level reason toName } } userErrors { field code } }\n  }\n": typeof types.IncidentsEscalateDocument,
    "\n  mutation IncidentsUpdate($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } } } userErrors { field code } }\n  }\n": typeof types.IncidentsUpdateDocument,
    "query IncidentsPolicy { incidentPolicy { reportMinutes fireReportMinutes ackMinutes updatedByName } }": typeof types.IncidentsPolicyDocument,
    "\n  mutation IncidentsSetPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { reportMinutes fireReportMinutes ackMinutes } userErrors { field code } }\n  }\n": typeof types.IncidentsSetPolicyDocument,
    "query IncidentsAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh } }": typeof types.IncidentsAreasDocument,
    "query IncidentsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": typeof types.IncidentsTeamsDocument,
    "query IncidentsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }": typeof types.IncidentsPatternsDocument,
    "\n  mutation IncidentsGenerate($input: GenerateRosterInput!) { generateRoster(input: $input) { userErrors { field code } } }\n": typeof types.IncidentsGenerateDocument,
    "\n  query InspChecklists($type: InspectionType, $includeRetired: Boolean) {\n    inspectionChecklists(type: $type, includeRetired: $includeRetired) { id type name items revision active }\n  }\n": typeof types.InspChecklistsDocument,
    "\n  mutation InspCreateChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n": typeof types.InspCreateChecklistDocument,
    "\n  mutation InspUpdateChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n": typeof types.InspUpdateChecklistDocument,
    "\n  mutation InspPlan($input: PlanInspectionInput!) {\n    planInspection(input: $input) {\n      inspection {\n        id\n        type\n        status\n        checklistName\n        checklistRevision\n        site { code }\n        inspectors { username }\n        areas { id }\n        items { id seq text result }\n        pendingCount\n        viewerSteps\n      }\n      userErrors { field code }\n    }\n  }\n": typeof types.InspPlanDocument,
    "\n  mutation InspRecord($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) {\n      inspection { id status performedAt passCount failCount notApplicableCount pendingCount items { id result note area { id } } }\n      userErrors { field code }\n    }\n  }\n": typeof types.InspRecordDocument,
    "\n  mutation InspComplete($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id status completedAt summary viewerSteps } userErrors { field code } }\n  }\n": typeof types.InspCompleteDocument,
    "\n  mutation InspCancel($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id status cancelReason } userErrors { field code } }\n  }\n": typeof types.InspCancelDocument,
    "\n  query InspOne($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      failCount\n      unnoticedFailures\n      viewerSteps\n      notices { id reference }\n      items { id text result notice { id reference } }\n    }\n  }\n": typeof types.InspOneDocument,
    "\n  query InspList($filter: InspectionFilter) {\n    inspections(filter: $filter, first: 100) { totalCount nodes { id type status site { code } } }\n  }\n": typeof types.InspListDocument,
    "\n  query InspRegularity($siteCode: String, $intervalDays: Int) {\n    inspectionRegularity(siteCode: $siteCode, intervalDays: $intervalDays) {\n      site { code }\n      type\n      intervalDays\n      overdue\n      dueBy\n      lastPerformedAt\n      lastInspection { id }\n      nextPlanned { id }\n    }\n  }\n": typeof types.InspRegularityDocument,
    "\n  mutation InspOpenNotice($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        status\n        resolutionDueAt\n        department { key }\n        site { code }\n        details {\n          __typename\n          ... on RectificationDetails {\n            origin\n            sourceLabel\n            addresseeType\n            addresseeName\n            addresseeDepartment { key }\n            requirement\n            area { id }\n            inspection { id }\n            inspectionItem { id }\n            verified\n          }\n        }\n      }\n      userErrors { field code }\n    }\n  }\n": typeof types.InspOpenNoticeDocument,
    "\n  query InspNotice($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      overdue\n      resolutionDueAt\n      viewerSteps\n      timeline { type note }\n      details {\n        __typename\n        ... on RectificationDetails {\n          acknowledgedAt\n          acknowledgedByName\n          verified\n          verifiedByName\n          viewerMayAcknowledge\n          viewerMayVerify\n          followUps { kind note recordedByName }\n          reinspections { result note recordedByName newDeadline }\n          externalInspection { id }\n        }\n      }\n    }\n  }\n": typeof types.InspNoticeDocument,
    "\n  query InspCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 100) { totalCount nodes { id reference } }\n  }\n": typeof types.InspCasesDocument,
    "\n  mutation InspAcknowledge($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.InspAcknowledgeDocument,
    "\n  mutation InspFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.InspFollowUpDocument,
    "\n  mutation InspReinspect($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id status resolutionDueAt } userErrors { field code } }\n  }\n": typeof types.InspReinspectDocument,
    "\n  mutation InspResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.InspResolveDocument,
    "\n  mutation InspClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.InspCloseDocument,
    "\n  mutation InspReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.InspReopenDocument,
    "\n  mutation InspComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.InspCommentDocument,
    "\n  mutation InspRecordExternal($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) {\n      externalInspection { id bodyType bodyName receivedBy { username } site { code } viewerMayEdit }\n      userErrors { field code }\n    }\n  }\n": typeof types.InspRecordExternalDocument,
    "\n  mutation InspUpdateExternal($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id findings } userErrors { field code } }\n  }\n": typeof types.InspUpdateExternalDocument,
    "\n  mutation InspVoidExternal($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id voidReason voidedAt } userErrors { field code } }\n  }\n": typeof types.InspVoidExternalDocument,
    "\n  query InspExternal($id: ID!) {\n    externalInspection(id: $id) { id findings openNoticeCount notices { id } }\n  }\n": typeof types.InspExternalDocument,
    "\n  query InspExternals($filter: ExternalInspectionFilter) {\n    externalInspections(filter: $filter, first: 100) { totalCount nodes { id } }\n  }\n": typeof types.InspExternalsDocument,
    "\n  query InspAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh site { code } } }\n": typeof types.InspAreasDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    status\n    title\n    agenda\n    scheduledAt\n    heldAt\n    department { key }\n    site { code }\n    chair { username }\n    createdBy { username }\n    attendees { attended staff { username } }\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportedTo { username }\n    reportNote\n    cancelReason\n    viewerMayManage\n    overdueActionItemCount\n    actionItems {\n      id\n      reference\n      kind\n      channel\n      status\n      overdue\n      resolutionDueAt\n      assignee { username }\n      department { key }\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": typeof types.MeetingsScheduleDocument,
    "\n  mutation MeetingsMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": typeof types.MeetingsMinutesDocument,
    "\n  mutation MeetingsReport($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": typeof types.MeetingsReportDocument,
    "\n  mutation MeetingsCancel($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": typeof types.MeetingsCancelDocument,
    "\n  mutation MeetingsAddItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting { id actionItems { id } }\n      task {\n        id\n        reference\n        kind\n        channel\n        status\n        awaitingAcknowledgement\n        resolutionDueAt\n        department { key }\n        assignee { username }\n        site { code }\n        details { __typename ... on TaskDetails { mode meeting { id title } } }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.MeetingsAddItemDocument,
    "\n  query MeetingsOne($id: ID!) {\n    meeting(id: $id) { ...MeetingFields }\n    node(id: $id) { id }\n  }\n": typeof types.MeetingsOneDocument,
    "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id title kind status }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MeetingsListDocument,
    "\n  query MeetingsLastHeld($departmentKey: String) {\n    meetingsLastHeld(departmentKey: $departmentKey) { kind heldAt }\n  }\n": typeof types.MeetingsLastHeldDocument,
    "\n  query MeetingsTask($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      details { ... on TaskDetails { mode meeting { id } } }\n    }\n  }\n": typeof types.MeetingsTaskDocument,
    "\n  query MeetingsNotes {\n    notifications(first: 10) { nodes { type title case { id } } }\n  }\n": typeof types.MeetingsNotesDocument,
    "\n  mutation MeetingsTaskSteps($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { status awaitingAcknowledgement } userErrors { code } }\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n": typeof types.MeetingsTaskStepsDocument,
    "\n  mutation MeetingsTaskResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status result } userErrors { field code } }\n  }\n": typeof types.MeetingsTaskResolveDocument,
    "\n  mutation MeetingsTaskClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.MeetingsTaskCloseDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": typeof types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { nodes { id name } }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n": typeof types.NewNodeIdsDocument,
    "\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n": typeof types.AnyNodeDocument,
    "\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": typeof types.NodeTestCreateTokenDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    reference\n    kind\n    status\n    effectiveStatus\n    isExpired\n    title\n    body\n    audience\n    audienceLabel\n    postedAt\n    publishAt\n    expiresAt\n    issuedAt\n    issuedByName\n    authorName\n    withdrawReason\n    requiresAcknowledgement\n    acknowledgementDepartments { key }\n    department { key }\n    site { code }\n    building { id }\n    unit { id }\n    acknowledgedByMe\n    viewerMustAcknowledge\n    acknowledgementCount\n    audienceSize\n    viewerCanEdit\n    viewerCanIssue\n    viewerCanWithdraw\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  mutation NoticesDraft($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": typeof types.NoticesDraftDocument,
    "\n  mutation NoticesUpdate($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": typeof types.NoticesUpdateDocument,
    "\n  mutation NoticesIssue($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": typeof types.NoticesIssueDocument,
    "\n  mutation NoticesWithdraw($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": typeof types.NoticesWithdrawDocument,
    "\n  mutation NoticesAcknowledge($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": typeof types.NoticesAcknowledgeDocument,
    "\n  query NoticesOne($id: ID!) {\n    notice(id: $id) { ...NoticeFields }\n    node(id: $id) { id }\n  }\n": typeof types.NoticesOneDocument,
    "\n  query NoticesProgress($id: ID!) {\n    notice(id: $id) {\n      id\n      acknowledgementCount\n      audienceSize\n      acknowledgements(first: 50) { totalCount nodes { staffName department { key } staff { username } } }\n      pendingAcknowledgers { name department { key } }\n    }\n  }\n": typeof types.NoticesProgressDocument,
    "\n  query NoticeList($filter: NoticeFilter, $first: Int) {\n    notices(filter: $filter, first: $first) { totalCount nodes { id title effectiveStatus } }\n  }\n": typeof types.NoticeListDocument,
    "\n  query NoticesPending {\n    myPendingAcknowledgements\n  }\n": typeof types.NoticesPendingDocument,
    "\n  query NoticesInbox {\n    notifications(first: 50) { nodes { type title notice { id } } }\n  }\n": typeof types.NoticesInboxDocument,
    "\n  query NoticesBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n": typeof types.NoticesBuildingsDocument,
    "\n  mutation PatrolsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name nameZh nameEn patrolled minPatrols requiredPatrols active site { code } viewerMayManage }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsCreateAreaDocument,
    "\n  mutation PatrolsUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id active minPatrols requiredPatrols patrolled } userErrors { field code } }\n  }\n": typeof types.PatrolsUpdateAreaDocument,
    "\n  mutation PatrolsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) {\n      checkpoint { id name locationHint code scanUrl qrSvg qrPngPath active area { id } site { code } }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsCreateCheckpointDocument,
    "\n  mutation PatrolsUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) {\n      checkpoint { id name code active codeIssuedAt area { id } }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsUpdateCheckpointDocument,
    "\n  query PatrolsAreas($siteCode: String, $includeInactive: Boolean) {\n    areas(siteCode: $siteCode, includeInactive: $includeInactive) {\n      id\n      kind\n      name\n      active\n      site { code }\n      checkpoints { id name code qrSvg }\n    }\n  }\n": typeof types.PatrolsAreasDocument,
    "\n  query PatrolsCheckpointByCode($code: String!) { checkpointByCode(code: $code) { id name area { name } } }\n": typeof types.PatrolsCheckpointByCodeDocument,
    "query PatrolsNode($id: ID!) { node(id: $id) { id } }": typeof types.PatrolsNodeDocument,
    "\n  mutation PatrolsScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) {\n      scan { id method observation scannedAt checkpoint { id } area { id } round { id startedAt completedAt open } }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsScanDocument,
    "\n  mutation PatrolsComplete($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id completedAt open } userErrors { field code } }\n  }\n": typeof types.PatrolsCompleteDocument,
    "\n  mutation PatrolsAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) {\n      scan { id observation case { id } round { id } }\n      case { id reference kind channel status title area site { code } reporterStaff { username } department { key } }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsAnomalyDocument,
    "\n  mutation PatrolsReview($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) {\n      missedPatrol { id status reviewNote reviewedAt reviewedBy { username } viewerMayReview }\n      userErrors { field code }\n    }\n  }\n": typeof types.PatrolsReviewDocument,
    "\n  query PatrolsCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      minimumDefault\n      coveredCount\n      complete\n      areas { area { id nameZh } count required covered lastPatrolAt missedPatrol { id status } }\n    }\n  }\n": typeof types.PatrolsCoverageDocument,
    "\n  query PatrolsRounds($shiftId: ID!, $mine: Boolean) {\n    patrolRounds(filter: { shiftId: $shiftId, mine: $mine }, first: 100) {\n      nodes {\n        id\n        patroller { username }\n        completedAt\n        open\n        scans { id checkpoint { name } method }\n      }\n    }\n  }\n": typeof types.PatrolsRoundsDocument,
    "\n  query PatrolsScans($filter: PatrolScanFilter, $first: Int) {\n    patrolScans(filter: $filter, first: $first) { totalCount nodes { id patroller { username } } }\n  }\n": typeof types.PatrolsScansDocument,
    "\n  query PatrolsMissed($filter: MissedPatrolFilter) {\n    missedPatrols(filter: $filter, first: 100) {\n      totalCount\n      nodes { id count required status area { nameZh } shift { id } viewerMayReview }\n    }\n  }\n": typeof types.PatrolsMissedDocument,
    "query PatrolsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": typeof types.PatrolsTeamsDocument,
    "\n  query PatrolsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n": typeof types.PatrolsPatternsDocument,
    "\n  mutation PatrolsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code } }\n  }\n": typeof types.PatrolsGenerateDocument,
    "\n  mutation PatrolsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.PatrolsOnDutyDocument,
    "query PatrolsCase($id: ID!) { case(id: $id) { id reference } }": typeof types.PatrolsCaseDocument,
    "\n  mutation PatrolsUpdateStaff($input: UpdateStaffInput!) { updateStaff(input: $input) { userErrors { field code } } }\n": typeof types.PatrolsUpdateStaffDocument,
    "\n  query PatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": typeof types.PatrolsHandoverCountsDocument,
    "\n  mutation PatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.PatrolsHandoverSubmitDocument,
    "\n  mutation PatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": typeof types.PatrolsHandoverAcceptDocument,
    "\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PermSetGrantDocument,
    "\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n": typeof types.PermPositionPermissionsDocument,
    "\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n": typeof types.PermCatalogueDocument,
    "\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n": typeof types.PermMineDocument,
    "\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n": typeof types.PermAuditTotalDocument,
    "\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PermStaffPageDocument,
    "\n  query PermDepartments {\n    departments { key }\n  }\n": typeof types.PermDepartmentsDocument,
    "\n  fragment VisitFields on ReceptionVisit {\n    id\n    status\n    purpose\n    summary\n    outcome\n    visitedAt\n    visitorName\n    visitorPhone\n    version\n    canHandle\n    closedAt\n    voidReason\n    voidedAt\n    site { code }\n    unit { code }\n    customer { id name }\n    receivedBy { username }\n    closedBy { username }\n    case { id reference }\n  }\n": typeof types.VisitFieldsFragmentDoc,
    "\n  mutation ReceptionRecord($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": typeof types.ReceptionRecordDocument,
    "\n  mutation ReceptionUpdate($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": typeof types.ReceptionUpdateDocument,
    "\n  mutation ReceptionLink($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": typeof types.ReceptionLinkDocument,
    "\n  mutation ReceptionClose($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": typeof types.ReceptionCloseDocument,
    "\n  mutation ReceptionVoid($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": typeof types.ReceptionVoidDocument,
    "\n  query ReceptionList($filter: ReceptionVisitFilter, $first: Int, $after: String) {\n    receptionVisits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id visitedAt status purpose summary site { code } receivedBy { username } case { reference } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReceptionListDocument,
    "\n  query ReceptionOne($id: ID!) {\n    receptionVisit(id: $id) { id summary }\n    node(id: $id) { id ... on ReceptionVisit { status } }\n  }\n": typeof types.ReceptionOneDocument,
    "\n  query ReceptionOfCustomer($id: ID!) {\n    customer(id: $id) { id receptionVisits(first: 50) { totalCount nodes { id summary } } }\n  }\n": typeof types.ReceptionOfCustomerDocument,
    "\n  mutation ReceptionOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n": typeof types.ReceptionOpenCaseDocument,
    "\n  mutation ReceptionVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.ReceptionVoidCaseDocument,
    "\n  mutation ReceptionVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": typeof types.ReceptionVoidCustomerDocument,
    "\n  mutation ReceptionSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n": typeof types.ReceptionSetGrantDocument,
    "\n  query ReceptionAudit($filter: AuditEventFilter) {\n    auditEvents(first: 100, filter: $filter) { totalCount nodes { action targetType targetId actorName } }\n  }\n": typeof types.ReceptionAuditDocument,
    "\n  query RequestLogDepartments {\n    departments { key }\n  }\n": typeof types.RequestLogDepartmentsDocument,
    "\n  fragment RosterShift on Shift {\n    id\n    date\n    status\n    pattern { code }\n    team { name }\n    leader { username }\n    members { id role onLeave leaveNote attendanceStatus canLead staff { username } swap { id kind requester { username } } }\n  }\n": typeof types.RosterShiftFragmentDoc,
    "query RostersPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }": typeof types.RostersPatternsDocument,
    "query RostersTeams { teams(siteCode: \"CUIHU\") { id name } }": typeof types.RostersTeamsDocument,
    "\n  mutation RostersCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": typeof types.RostersCreatePatternDocument,
    "\n  mutation RostersCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": typeof types.RostersCreateTeamDocument,
    "\n  mutation RostersGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...RosterShift } userErrors { field code message } }\n  }\n": typeof types.RostersGenerateDocument,
    "\n  query RostersRoster($range: RosterRangeInput!) { roster(range: $range) { ...RosterShift } }\n": typeof types.RostersRosterDocument,
    "\n  mutation RostersAdd($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code message } }\n  }\n": typeof types.RostersAddDocument,
    "\n  mutation RostersRemove($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": typeof types.RostersRemoveDocument,
    "\n  mutation RostersChangeLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": typeof types.RostersChangeLeaderDocument,
    "\n  mutation RostersSetLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": typeof types.RostersSetLeaveDocument,
    "\n  mutation RostersRecordLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) {\n      leave { id fromDate toDate reason cancelledAt viewerMayCancel staff { username } recordedBy { username } }\n      shiftsChanged\n      userErrors { field code message }\n    }\n  }\n": typeof types.RostersRecordLeaveDocument,
    "\n  mutation RostersCancelLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id cancelledAt cancelReason } shiftsChanged userErrors { field code } }\n  }\n": typeof types.RostersCancelLeaveDocument,
    "\n  query RostersLeaves($filter: StaffLeaveFilter) {\n    staffLeaves(filter: $filter, first: 50) { totalCount nodes { id fromDate staff { username } } }\n  }\n": typeof types.RostersLeavesDocument,
    "\n  fragment RosterSwap on ShiftSwap {\n    id\n    kind\n    status\n    reason\n    decisionNote\n    requester { username }\n    colleague { username }\n    decidedBy { username }\n    fromShift { id date pattern { code } }\n    toShift { id date }\n    viewerMayDecide\n    viewerMayCancel\n  }\n": typeof types.RosterSwapFragmentDoc,
    "\n  mutation RostersRequestSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n": typeof types.RostersRequestSwapDocument,
    "\n  mutation RostersApproveSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n": typeof types.RostersApproveSwapDocument,
    "\n  mutation RostersRejectSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n": typeof types.RostersRejectSwapDocument,
    "\n  mutation RostersCancelSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n": typeof types.RostersCancelSwapDocument,
    "\n  query RostersSwaps($filter: ShiftSwapFilter) {\n    shiftSwaps(filter: $filter, first: 50) { totalCount nodes { ...RosterSwap } }\n  }\n": typeof types.RostersSwapsDocument,
    "\n  query RostersSwapOptions($shiftId: ID!) {\n    shiftSwapOptions(shiftId: $shiftId) { staff { username } mayCover shifts { id date pattern { code } } }\n  }\n": typeof types.RostersSwapOptionsDocument,
    "\n  query RostersOverview($input: ShiftsOverviewInput) {\n    shiftsOverview(input: $input) {\n      current rostered onLeave checkedIn late absent\n      shift { id date site { code } pattern { code } team { name } leader { username } status }\n    }\n  }\n": typeof types.RostersOverviewDocument,
    "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n": typeof types.DepartmentsWithDutiesDocument,
    "\n  query PositionsWithDuties {\n    positions(origin: RULEBOOK) { key name origin duties { number text source } }\n  }\n": typeof types.PositionsWithDutiesDocument,
    "\n  query AllPositions {\n    positions { key origin }\n  }\n": typeof types.AllPositionsDocument,
    "\n  query CompanyPositions {\n    positions(origin: COMPANY) {\n      key\n      name\n      en: name(locale: EN)\n      origin\n      status\n      shortCode\n      department { key }\n      reportsTo { key }\n      reportingChain { key }\n      duties { source }\n      notes\n    }\n  }\n": typeof types.CompanyPositionsDocument,
    "\n  query DepartmentNames {\n    departments { key name }\n  }\n": typeof types.DepartmentNamesDocument,
    "\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n": typeof types.DepartmentNameLocalesDocument,
    "\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n": typeof types.DepartmentByKeyDocument,
    "\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n": typeof types.PositionByKeyDocument,
    "\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n": typeof types.FilteredDutiesDocument,
    "\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n": typeof types.DepartmentStatusesDocument,
    "\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n": typeof types.ReportingChainDocument,
    "\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n": typeof types.DutyBySourceDocument,
    "\n  fragment ShiftFields on Shift {\n    id\n    date\n    status\n    startsAt\n    endsAt\n    site { code }\n    pattern { code startTime endTime crossesMidnight }\n    team { name }\n    leader { username }\n    members { role staff { username } }\n    viewerMayLead\n  }\n": typeof types.ShiftFieldsFragmentDoc,
    "\n  mutation ShiftsCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id code startTime endTime lateGraceMinutes durationMinutes crossesMidnight } userErrors { field code } }\n  }\n": typeof types.ShiftsCreatePatternDocument,
    "\n  mutation ShiftsUpdatePattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id active startTime } userErrors { field code } }\n  }\n": typeof types.ShiftsUpdatePatternDocument,
    "\n  mutation ShiftsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id name leader { username } members { username } } userErrors { field code } }\n  }\n": typeof types.ShiftsCreateTeamDocument,
    "\n  mutation ShiftsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id name members { username } active } userErrors { field code } }\n  }\n": typeof types.ShiftsUpdateTeamDocument,
    "\n  query ShiftsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name site { code } leader { username } } }\n": typeof types.ShiftsTeamsDocument,
    "\n  query ShiftsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code site { code } } }\n": typeof types.ShiftsPatternsDocument,
    "\n  mutation ShiftsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...ShiftFields } kept userErrors { field code message } }\n  }\n": typeof types.ShiftsGenerateDocument,
    "\n  query ShiftsRoster($range: RosterRangeInput!) { roster(range: $range) { ...ShiftFields } }\n": typeof types.ShiftsRosterDocument,
    "\n  query ShiftsList($filter: ShiftFilter, $first: Int) {\n    shifts(filter: $filter, first: $first) { totalCount nodes { ...ShiftFields } }\n  }\n": typeof types.ShiftsListDocument,
    "query ShiftsOne($id: ID!) { shift(id: $id) { ...ShiftFields } }": typeof types.ShiftsOneDocument,
    "query ShiftsCurrent { myCurrentShift { ...ShiftFields viewerMember { role attendanceStatus } } }": typeof types.ShiftsCurrentDocument,
    "\n  mutation ShiftsBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.ShiftsBriefingDocument,
    "\n  mutation ShiftsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": typeof types.ShiftsOnDutyDocument,
    "\n  mutation StaffOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        id\n        employeeNo\n        name\n        phone\n        username\n        status\n        hireDate\n        leaveDate\n        locale\n        mustChangePassword\n        position { key }\n        department { key }\n        sites { code }\n      }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n": typeof types.StaffOnboardDocument,
    "\n  mutation StaffUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff { id name phone locale sites { code } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StaffUpdateDocument,
    "\n  mutation StaffTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff { id position { key } department { key } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StaffTransferDocument,
    "\n  mutation StaffSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n": typeof types.StaffSuspendDocument,
    "\n  mutation StaffReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n": typeof types.StaffReinstateDocument,
    "\n  mutation StaffOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id status leaveDate } userErrors { field message code } }\n  }\n": typeof types.StaffOffboardDocument,
    "\n  mutation StaffResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id mustChangePassword } temporaryPassword userErrors { field code } }\n  }\n": typeof types.StaffResetPasswordDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      name\n      phone\n      status\n      leaveDate\n      position { key }\n      department { key }\n      sites { code }\n    }\n  }\n": typeof types.StaffMemberDocument,
    "\n  query StaffDirectory($filter: StaffFilter, $first: Int) {\n    staffMembers(filter: $filter, first: $first) { totalCount nodes { username status } }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query StaffEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes { action actorName targetId actor { id username status } }\n    }\n  }\n": typeof types.StaffEventsDocument,
    "\n  query StaffMe {\n    viewer { staff { username position { key } } permissions { permission scope } }\n  }\n": typeof types.StaffMeDocument,
    "\n  query RollupStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      percentilesExact\n      groups {\n        kind\n        status\n        department { key }\n        site { key }\n        area\n        channel\n        severity\n        period { label }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n": typeof types.RollupStatsDocument,
    "\n  mutation RollupOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": typeof types.RollupOpenDocument,
    "\n  mutation RollupVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.RollupVoidDocument,
    "\n  mutation RollupAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.RollupAssignDocument,
    "\n  mutation RollupStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.RollupStartDocument,
    "\n  query RollupMe {\n    viewer { staff { id } }\n  }\n": typeof types.RollupMeDocument,
    "\n  mutation RollupResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status } userErrors { field code } }\n  }\n": typeof types.RollupResolveDocument,
    "\n  query StatsCases($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      groupBy\n      groups {\n        kind\n        status\n        department { key name }\n        site { key name }\n        area\n        channel\n        severity\n        period { label start end }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n": typeof types.StatsCasesDocument,
    "\n  mutation StatsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id status } userErrors { field code message } }\n  }\n": typeof types.StatsOpenDocument,
    "\n  mutation StatsAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.StatsAssignDocument,
    "\n  mutation StatsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.StatsStartDocument,
    "\n  mutation StatsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.StatsResolveDocument,
    "\n  mutation StatsRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": typeof types.StatsReferDocument,
    "\n  query StatsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": typeof types.StatsStaffDocument,
    "\n  mutation StatsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret userErrors { field code } }\n  }\n": typeof types.StatsTokenDocument,
    "\n  query StatsAttendanceList($range: AttendanceRangeInput!) {\n    attendance(range: $range) { id status: attendanceStatus }\n  }\n": typeof types.StatsAttendanceListDocument,
    "\n  query StatsAttendance($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {\n    attendanceStats(groupBy: $groupBy, range: $range) {\n      from\n      to\n      groups { person { key name } period { label } site { key } rostered present onTime late leftEarly absent onLeave expected }\n      totals { rostered present onTime late leftEarly absent onLeave expected }\n    }\n  }\n": typeof types.StatsAttendanceDocument,
    "\n  query StatsPatrols($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {\n    patrolCoverageStats(groupBy: $groupBy, range: $range) {\n      groups { shift { id key name } area { id name } period { label } shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans roundsCompleted missedPatrols }\n      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }\n    }\n  }\n": typeof types.StatsPatrolsDocument,
    "\n  query StatsShiftCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) { coveredCount areas { required count covered } }\n  }\n": typeof types.StatsShiftCoverageDocument,
    "\n  mutation FactoryCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name contacts { value } occupancies { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryCreateCustomerDocument,
    "\n  mutation FactoryOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff { id username employeeNo status mustChangePassword }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryOnboardDocument,
    "\n  mutation FactoryCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryCreateTokenDocument,
    "\n  mutation FactoryChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryChangePasswordDocument,
};
const documents: Documents = {
    "\n  mutation MatrixCaseOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { code } }\n  }\n": types.MatrixCaseOpenDocument,
    "\n  mutation MatrixCaseAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { code } }\n  }\n": types.MatrixCaseAssignDocument,
    "\n  mutation MatrixTeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { code } }\n  }\n": types.MatrixTeamCreateDocument,
    "\n  mutation MatrixPatternCreate($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { code } }\n  }\n": types.MatrixPatternCreateDocument,
    "\n  mutation MatrixRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { code message } }\n  }\n": types.MatrixRosterGenerateDocument,
    "\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MatrixStaffPageDocument,
    "\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n": types.MatrixStaffByIdDocument,
    "\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n": types.MatrixStaffNodeDocument,
    "\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": types.MatrixStaffNodesDocument,
    "\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MatrixAuditPageDocument,
    "\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n": types.MatrixAuditNodeDocument,
    "\n  query MatrixCustomerFiles($customer: ID!, $unit: ID!) {\n    customers(first: 1) { totalCount }\n    units(first: 1) { totalCount }\n    customer(id: $customer) { id }\n    unit(id: $unit) { id }\n  }\n": types.MatrixCustomerFilesDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n": types.TokensCreateDocument,
    "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TokensRevokeDocument,
    "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all, first: 100) { totalCount nodes { id name prefix scopes active owner { username } } }\n  }\n": types.TokensMineDocument,
    "\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n": types.TokensNodeDocument,
    "\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n": types.TokensStaffCountDocument,
    "\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n": types.TokensWhoDocument,
    "\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n": types.TokensSetLocaleDocument,
    "\n  fragment AttMember on ShiftMember {\n    id\n    role\n    post\n    rollCall\n    onLeave\n    checkInAt\n    checkOutAt\n    attendanceStatus\n    minutesLate\n    minutesEarly\n    staff { username }\n  }\n": types.AttMemberFragmentDoc,
    "\n  fragment AttRecord on DisciplineRecord {\n    id\n    kind\n    origin\n    status\n    post\n    observation\n    observedAt\n    correction\n    voidReason\n    escalationNote\n    staff { username }\n    recordedBy { username }\n    correctedBy { username }\n    reportedTo { username }\n    viewerMayHandle\n  }\n": types.AttRecordFragmentDoc,
    "\n  mutation AttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code message } }\n  }\n": types.AttGenerateDocument,
    "query AttPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }": types.AttPatternsDocument,
    "query AttTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": types.AttTeamsDocument,
    "\n  mutation AttStartBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.AttStartBriefingDocument,
    "\n  mutation AttOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.AttOnDutyDocument,
    "\n  query AttShift($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      members { ...AttMember }\n      viewerMember { ...AttMember }\n      briefing { topics notes heldBy { username } }\n      groomingChecks { id passed uniform badge rechecks staff { username } checkedBy { username } discipline { id status } }\n      disciplineRecords { ...AttRecord }\n    }\n  }\n": types.AttShiftDocument,
    "\n  mutation AttRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) {\n      shift { id members { ...AttMember } }\n      raised { ...AttRecord }\n      userErrors { field code message }\n    }\n  }\n": types.AttRollCallDocument,
    "\n  mutation AttGrooming($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) {\n      groomingCheck { id passed badge rechecks note checkedBy { username } }\n      discipline { ...AttRecord }\n      userErrors { field code }\n    }\n  }\n": types.AttGroomingDocument,
    "\n  mutation AttPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id members { ...AttMember } } userErrors { field code } }\n  }\n": types.AttPostsDocument,
    "\n  mutation AttTopics($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id topics notes heldBy { username } } userErrors { field code } }\n  }\n": types.AttTopicsDocument,
    "\n  mutation AttCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n": types.AttCheckInDocument,
    "\n  mutation AttCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n": types.AttCheckOutDocument,
    "\n  query AttRange($range: AttendanceRangeInput!) {\n    attendance(range: $range) { ...AttMember shift { date pattern { code } } }\n  }\n": types.AttRangeDocument,
    "\n  query AttRecords($filter: DisciplineFilter, $first: Int) {\n    disciplineRecords(filter: $filter, first: $first) { totalCount nodes { ...AttRecord } }\n  }\n": types.AttRecordsDocument,
    "\n  mutation AttRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": types.AttRecordDisciplineDocument,
    "\n  mutation AttCorrect($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": types.AttCorrectDocument,
    "\n  mutation AttEscalate($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": types.AttEscalateDocument,
    "\n  mutation AttVoid($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n": types.AttVoidDocument,
    "query AttNode($id: ID!) { node(id: $id) { id } }": types.AttNodeDocument,
    "query AttUnread { unreadNotificationCount }": types.AttUnreadDocument,
    "\n  query AuditEventById($id: ID!) {\n    node(id: $id) {\n      ... on AuditEvent {\n        id\n        action\n        actorName\n        actor { id }\n        targetType\n        targetId\n        requestId\n        ip\n        viaToken\n        occurredAt\n        changes { field before after }\n      }\n    }\n  }\n": types.AuditEventByIdDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id action occurredAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.AuditPageDocument,
    "\n  mutation AuditLogin($input: LoginInput!) {\n    login(input: $input) { viewer { staff { id } } userErrors { code } }\n  }\n": types.AuditLoginDocument,
    "\n  mutation AuditLogout {\n    logout { signedOut }\n  }\n": types.AuditLogoutDocument,
    "\n  mutation AuditChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { field code } }\n  }\n": types.AuditChangePasswordDocument,
    "\n  mutation AuditSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { userErrors { code } }\n  }\n": types.AuditSetLocaleDocument,
    "\n  mutation AuditCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } secret userErrors { field code } }\n  }\n": types.AuditCreateTokenDocument,
    "\n  mutation AuditRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { field code } }\n  }\n": types.AuditRevokeTokenDocument,
    "\n  mutation AuditOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n": types.AuditOnboardDocument,
    "\n  mutation AuditUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditUpdateDocument,
    "\n  mutation AuditTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditTransferDocument,
    "\n  mutation AuditSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditSuspendDocument,
    "\n  mutation AuditReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditReinstateDocument,
    "\n  mutation AuditOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditOffboardDocument,
    "\n  mutation AuditResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n": types.AuditResetPasswordDocument,
    "\n  mutation AuditSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { positionPermissions { position { key } } userErrors { field code } }\n  }\n": types.AuditSetGrantDocument,
    "\n  mutation AuditOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditOpenCaseDocument,
    "\n  mutation AuditAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditAssignCaseDocument,
    "\n  mutation AuditReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditReferCaseDocument,
    "\n  mutation AuditAcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditAcknowledgeCaseDocument,
    "\n  mutation AuditEscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditEscalateCaseDocument,
    "\n  mutation AuditStartCase($input: CaseStepInput!) {\n    startCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditStartCaseDocument,
    "\n  mutation AuditResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditResolveCaseDocument,
    "\n  mutation AuditCloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditCloseCaseDocument,
    "\n  mutation AuditReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditReopenCaseDocument,
    "\n  mutation AuditVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditVoidCaseDocument,
    "\n  mutation AuditCommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditCommentOnCaseDocument,
    "\n  mutation AuditUpdateRentalDetails($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditUpdateRentalDetailsDocument,
    "\n  mutation AuditRecordRentalViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditRecordRentalViewingDocument,
    "\n  mutation AuditSetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority } userErrors { field code } }\n  }\n": types.AuditSetSlaPolicyDocument,
    "\n  mutation AuditMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked unreadCount userErrors { field code } }\n  }\n": types.AuditMarkNotificationsReadDocument,
    "\n  mutation AuditScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": types.AuditScheduleMeetingDocument,
    "\n  mutation AuditRecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { id } userErrors { field code } }\n  }\n": types.AuditRecordMeetingMinutesDocument,
    "\n  mutation AuditReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": types.AuditReportMeetingDocument,
    "\n  mutation AuditCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n": types.AuditCancelMeetingDocument,
    "\n  mutation AuditAddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) { task { id } userErrors { field code } }\n  }\n": types.AuditAddMeetingActionItemDocument,
    "\n  mutation AuditCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id } userErrors { field code } }\n  }\n": types.AuditCreateBuildingDocument,
    "\n  mutation AuditCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { unit { id } userErrors { field code } }\n  }\n": types.AuditCreateUnitDocument,
    "\n  mutation AuditCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { customer { id contacts { id } occupancies { id } } userErrors { field code } }\n  }\n": types.AuditCreateCustomerDocument,
    "\n  mutation AuditUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": types.AuditUpdateCustomerDocument,
    "\n  mutation AuditAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": types.AuditAddContactDocument,
    "\n  mutation AuditMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) { occupancy { id } userErrors { field code } }\n  }\n": types.AuditMoveInDocument,
    "\n  mutation AuditMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id } userErrors { field code } }\n  }\n": types.AuditMoveOutDocument,
    "\n  mutation AuditVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": types.AuditVoidCustomerDocument,
    "\n  mutation AuditRecordReceptionVisit($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": types.AuditRecordReceptionVisitDocument,
    "\n  mutation AuditUpdateReceptionVisit($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": types.AuditUpdateReceptionVisitDocument,
    "\n  mutation AuditLinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { id } userErrors { field code } }\n  }\n": types.AuditLinkReceptionVisitToCaseDocument,
    "\n  mutation AuditCloseReceptionVisit($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": types.AuditCloseReceptionVisitDocument,
    "\n  mutation AuditVoidReceptionVisit($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n": types.AuditVoidReceptionVisitDocument,
    "\n  mutation AuditDraftNotice($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": types.AuditDraftNoticeDocument,
    "\n  mutation AuditUpdateNotice($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": types.AuditUpdateNoticeDocument,
    "\n  mutation AuditIssueNotice($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": types.AuditIssueNoticeDocument,
    "\n  mutation AuditWithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": types.AuditWithdrawNoticeDocument,
    "\n  mutation AuditAcknowledgeNotice($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n": types.AuditAcknowledgeNoticeDocument,
    "\n  query AuditBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n": types.AuditBuildingsDocument,
    "\n  query AuditActionsOnRecord {\n    auditActions\n  }\n": types.AuditActionsOnRecordDocument,
    "\n  mutation AuditAttCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.AuditAttCreatePatternDocument,
    "\n  mutation AuditAttCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditAttCreateTeamDocument,
    "\n  mutation AuditAttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": types.AuditAttGenerateDocument,
    "\n  mutation AuditAttBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditAttBriefingDocument,
    "\n  query AuditAttMembers($id: ID!) {\n    shift(id: $id) { id members { id checkInAt staff { username } } }\n  }\n": types.AuditAttMembersDocument,
    "\n  mutation AuditRecordRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditRecordRollCallDocument,
    "\n  mutation AuditRecordGroomingCheck($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) { groomingCheck { id } userErrors { field code } }\n  }\n": types.AuditRecordGroomingCheckDocument,
    "\n  mutation AuditAssignShiftPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditAssignShiftPostsDocument,
    "\n  mutation AuditRecordShiftBriefing($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id } userErrors { field code } }\n  }\n": types.AuditRecordShiftBriefingDocument,
    "\n  mutation AuditCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { id } userErrors { field code } }\n  }\n": types.AuditCheckInDocument,
    "\n  mutation AuditCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { id } userErrors { field code } }\n  }\n": types.AuditCheckOutDocument,
    "\n  mutation AuditRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": types.AuditRecordDisciplineDocument,
    "\n  mutation AuditCorrectDiscipline($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": types.AuditCorrectDisciplineDocument,
    "\n  mutation AuditEscalateDiscipline($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": types.AuditEscalateDisciplineDocument,
    "\n  mutation AuditVoidDiscipline($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n": types.AuditVoidDisciplineDocument,
    "\n  mutation AuditCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": types.AuditCreateContactDocument,
    "\n  mutation AuditUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": types.AuditUpdateContactDocument,
    "\n  mutation AuditVerifyContact($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": types.AuditVerifyContactDocument,
    "\n  mutation AuditRetireContact($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { id } userErrors { field code } }\n  }\n": types.AuditRetireContactDocument,
    "\n  mutation AuditFireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n": types.AuditFireCreateUnitDocument,
    "\n  mutation AuditFireUpdateUnit($input: UpdateKeyUnitInput!) {\n    updateKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n": types.AuditFireUpdateUnitDocument,
    "\n  mutation AuditFireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n": types.AuditFireAssignDocument,
    "\n  mutation AuditFireEnd($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n": types.AuditFireEndDocument,
    "\n  mutation AuditFireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n": types.AuditFireDraftDocument,
    "\n  mutation AuditFireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n": types.AuditFireUpdateDraftDocument,
    "\n  mutation AuditFireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n": types.AuditFireApproveDocument,
    "\n  mutation AuditFireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n": types.AuditFireWithdrawDocument,
    "\n  mutation AuditFireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id } userErrors { field code } }\n  }\n": types.AuditFireConfirmReadDocument,
    "\n  mutation AuditFirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": types.AuditFirePlanDrillDocument,
    "\n  mutation AuditFireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": types.AuditFireRecordDrillDocument,
    "\n  mutation AuditFireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) { drill { id followUps { id } } userErrors { field code } }\n  }\n": types.AuditFireEvaluateDrillDocument,
    "\n  mutation AuditFireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) { followUp { id } userErrors { field code } }\n  }\n": types.AuditFireFollowUpDoneDocument,
    "\n  mutation AuditFireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n": types.AuditFireCancelDrillDocument,
    "\n  mutation AuditFireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": types.AuditFireRegisterDocument,
    "\n  mutation AuditFireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": types.AuditFireUpdateEquipmentDocument,
    "\n  mutation AuditFireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) { equipment { id } userErrors { field code } }\n  }\n": types.AuditFireCheckDocument,
    "\n  mutation AuditFireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n": types.AuditFireRetireDocument,
    "\n  mutation AuditFireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n": types.AuditFireAddMemberDocument,
    "\n  mutation AuditFireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n": types.AuditFireUpdateMemberDocument,
    "\n  mutation AuditFireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id } userErrors { field code } }\n  }\n": types.AuditFireEndMemberDocument,
    "\n  mutation AuditRequestGoodsPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": types.AuditRequestGoodsPassDocument,
    "\n  mutation AuditApproveGoodsPass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": types.AuditApproveGoodsPassDocument,
    "\n  mutation AuditCancelGoodsPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": types.AuditCancelGoodsPassDocument,
    "\n  mutation AuditCheckOutGoodsPass($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": types.AuditCheckOutGoodsPassDocument,
    "\n  mutation AuditRefuseGoodsPass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n": types.AuditRefuseGoodsPassDocument,
    "\n  mutation AuditRecordVehicleEntry($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { id } userErrors { field code } }\n  }\n": types.AuditRecordVehicleEntryDocument,
    "\n  mutation AuditRecordVehicleExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { id } userErrors { field code } }\n  }\n": types.AuditRecordVehicleExitDocument,
    "\n  mutation AuditVoidVehicleMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n": types.AuditVoidVehicleMovementDocument,
    "\n  mutation AuditRecordVisitorEntry($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { id } userErrors { field code } }\n  }\n": types.AuditRecordVisitorEntryDocument,
    "\n  mutation AuditRecordVisitorExit($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { id } userErrors { field code } }\n  }\n": types.AuditRecordVisitorExitDocument,
    "\n  mutation AuditVoidGateVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { id } userErrors { field code } }\n  }\n": types.AuditVoidGateVisitorDocument,
    "\n  query AuditGateAreas {\n    areas(siteCode: \"CUIHU\") { id kind }\n  }\n": types.AuditGateAreasDocument,
    "\n  mutation AuditHandoverPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.AuditHandoverPatternDocument,
    "\n  mutation AuditHandoverTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditHandoverTeamDocument,
    "\n  mutation AuditHandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code } }\n  }\n": types.AuditHandoverGenerateDocument,
    "\n  mutation AuditHandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditHandoverOnDutyDocument,
    "\n  query AuditHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": types.AuditHandoverCountsDocument,
    "\n  mutation AuditAddDutyLogEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) { entry { id } userErrors { field code } }\n  }\n": types.AuditAddDutyLogEntryDocument,
    "\n  mutation AuditReviewDutyLog($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id } userErrors { field code } }\n  }\n": types.AuditReviewDutyLogDocument,
    "query AuditShiftDutyLog($id: ID!) { shift(id: $id) { dutyLog { id } } }": types.AuditShiftDutyLogDocument,
    "\n  mutation AuditCreateShiftMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n": types.AuditCreateShiftMaterialDocument,
    "\n  mutation AuditUpdateShiftMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n": types.AuditUpdateShiftMaterialDocument,
    "\n  mutation AuditRecordCashMovement($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n": types.AuditRecordCashMovementDocument,
    "\n  mutation AuditSaveHandoverDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { id } userErrors { field code } }\n  }\n": types.AuditSaveHandoverDraftDocument,
    "\n  mutation AuditSubmitHandover($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id incomingLeader { username } } userErrors { field code message } }\n  }\n": types.AuditSubmitHandoverDocument,
    "\n  mutation AuditAcceptHandover($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.AuditAcceptHandoverDocument,
    "\n  mutation AuditDisputeHandover($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { id } userErrors { field code } }\n  }\n": types.AuditDisputeHandoverDocument,
    "\n  mutation AuditResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.AuditResolveHandoverDisputeDocument,
    "\n  mutation AuditOnboardFresh($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n": types.AuditOnboardFreshDocument,
    "\n  mutation AuditReportIncident($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditReportIncidentDocument,
    "\n  mutation AuditUpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditUpdateIncidentDocument,
    "\n  mutation AuditAcknowledgeEscalation($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditAcknowledgeEscalationDocument,
    "\n  mutation AuditIncidentPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { ackMinutes } userErrors { field code } }\n  }\n": types.AuditIncidentPolicyDocument,
    "\n  mutation AuditCreateInspectionChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n": types.AuditCreateInspectionChecklistDocument,
    "\n  mutation AuditUpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n": types.AuditUpdateInspectionChecklistDocument,
    "\n  mutation AuditPlanInspection($input: PlanInspectionInput!) {\n    planInspection(input: $input) { inspection { id items { id } } userErrors { field code } }\n  }\n": types.AuditPlanInspectionDocument,
    "\n  mutation AuditRecordInspectionResults($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) { inspection { id } userErrors { field code } }\n  }\n": types.AuditRecordInspectionResultsDocument,
    "\n  mutation AuditCompleteInspection($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n": types.AuditCompleteInspectionDocument,
    "\n  mutation AuditCancelInspection($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n": types.AuditCancelInspectionDocument,
    "\n  mutation AuditRecordExternalInspection($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": types.AuditRecordExternalInspectionDocument,
    "\n  mutation AuditUpdateExternalInspection($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": types.AuditUpdateExternalInspectionDocument,
    "\n  mutation AuditVoidExternalInspection($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n": types.AuditVoidExternalInspectionDocument,
    "\n  mutation AuditIssueRectificationNotice($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditIssueRectificationNoticeDocument,
    "\n  mutation AuditAcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditAcknowledgeRectificationNoticeDocument,
    "\n  mutation AuditRecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditRecordRectificationFollowUpDocument,
    "\n  mutation AuditRecordReinspection($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id } userErrors { field code } }\n  }\n": types.AuditRecordReinspectionDocument,
    "\n  mutation AuditCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { field code } }\n  }\n": types.AuditCreateAreaDocument,
    "\n  mutation AuditUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id } userErrors { field code } }\n  }\n": types.AuditUpdateAreaDocument,
    "\n  mutation AuditCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { checkpoint { id code } userErrors { field code } }\n  }\n": types.AuditCreateCheckpointDocument,
    "\n  mutation AuditUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) { checkpoint { id } userErrors { field code } }\n  }\n": types.AuditUpdateCheckpointDocument,
    "\n  mutation AuditRecordPatrolScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) { scan { id round { id } } userErrors { field code } }\n  }\n": types.AuditRecordPatrolScanDocument,
    "\n  mutation AuditCompletePatrolRound($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id } userErrors { field code } }\n  }\n": types.AuditCompletePatrolRoundDocument,
    "\n  mutation AuditReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) { scan { id } case { id } userErrors { field code } }\n  }\n": types.AuditReportPatrolAnomalyDocument,
    "\n  mutation AuditReviewMissedPatrol($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) { missedPatrol { id } userErrors { field code } }\n  }\n": types.AuditReviewMissedPatrolDocument,
    "\n  mutation AuditPatrolPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.AuditPatrolPatternDocument,
    "\n  mutation AuditPatrolTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditPatrolTeamDocument,
    "\n  mutation AuditPatrolRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": types.AuditPatrolRosterDocument,
    "\n  mutation AuditPatrolOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditPatrolOnDutyDocument,
    "\n  query AuditPatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": types.AuditPatrolsHandoverCountsDocument,
    "\n  mutation AuditPatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.AuditPatrolsHandoverSubmitDocument,
    "\n  mutation AuditPatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.AuditPatrolsHandoverAcceptDocument,
    "query AuditRosterPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }": types.AuditRosterPatternsDocument,
    "\n  mutation AuditRosterCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditRosterCreateTeamDocument,
    "\n  mutation AuditRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id members { id staff { username } } } userErrors { field code message } }\n  }\n": types.AuditRosterGenerateDocument,
    "\n  mutation AuditAddShiftMember($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditAddShiftMemberDocument,
    "\n  mutation AuditRemoveShiftMember($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditRemoveShiftMemberDocument,
    "\n  mutation AuditChangeShiftLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditChangeShiftLeaderDocument,
    "\n  mutation AuditSetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditSetShiftMemberLeaveDocument,
    "\n  mutation AuditRecordStaffLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n": types.AuditRecordStaffLeaveDocument,
    "\n  mutation AuditCancelStaffLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n": types.AuditCancelStaffLeaveDocument,
    "\n  mutation AuditRequestShiftSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n": types.AuditRequestShiftSwapDocument,
    "\n  mutation AuditApproveShiftSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n": types.AuditApproveShiftSwapDocument,
    "\n  mutation AuditRejectShiftSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n": types.AuditRejectShiftSwapDocument,
    "\n  mutation AuditCancelShiftSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n": types.AuditCancelShiftSwapDocument,
    "\n  mutation AuditCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.AuditCreateShiftPatternDocument,
    "\n  mutation AuditUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.AuditUpdateShiftPatternDocument,
    "\n  mutation AuditCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditCreateTeamDocument,
    "\n  mutation AuditUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.AuditUpdateTeamDocument,
    "\n  mutation AuditGenerateRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n": types.AuditGenerateRosterDocument,
    "\n  mutation AuditStartShiftBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditStartShiftBriefingDocument,
    "\n  mutation AuditStartShiftDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n": types.AuditStartShiftDutyDocument,
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n": types.AuthLogoutDocument,
    "\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthSites {\n    sites { code }\n  }\n": types.AuthSitesDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n": types.AuthChangePasswordDocument,
    "\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n": types.AuthSetLocaleDocument,
    "\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": types.AuthSuspendDocument,
    "\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": types.AuthReinstateDocument,
    "\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n": types.AuthOffboardDocument,
    "\n  query BoardSnapshot($siteCode: String) {\n    board(siteCode: $siteCode) {\n      generatedAt\n      siteCode\n      openCount\n      caseLimit\n      cases {\n        id reference kind title severity status area createdAt escalatedAt\n        site { code }\n        holder { name }\n        escalatedTo { name }\n      }\n      coverage {\n        shift { id site { code } }\n        coveredCount\n        complete\n        areas { area { id name } count required covered lastPatrolAt }\n      }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($siteCode: String) {\n    boardEvents(siteCode: $siteCode) { type caseId shiftId at major }\n  }\n": types.BoardEventsDocument,
    "\n  mutation BoardOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference timeline { id type } } userErrors { field code } }\n  }\n": types.BoardOpenCaseDocument,
    "\n  mutation BoardEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { name } } userErrors { field code } }\n  }\n": types.BoardEscalateDocument,
    "\n  mutation BoardVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.BoardVoidDocument,
    "\n  mutation BoardComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id timeline { id } } userErrors { field code } }\n  }\n": types.BoardCommentDocument,
    "\n  query BoardOpenCases($after: String) {\n    cases(filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }, first: 100, after: $after) {\n      nodes { id severity kind }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardOpenCasesDocument,
    "\n  query BoardPatrolCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      shift { id site { code } }\n      coveredCount\n      complete\n      areas { area { id name } count required covered lastPatrolAt }\n    }\n  }\n": types.BoardPatrolCoverageDocument,
    "\n  mutation BoardRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": types.BoardRevokeTokenDocument,
    "query BoardViewer { viewer { staff { id } } }": types.BoardViewerDocument,
    "\n  mutation BoardSetLocale($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }\n": types.BoardSetLocaleDocument,
    "\n  fragment KindFields on Case {\n    id\n    reference\n    kind\n    status\n    awaitingAcknowledgement\n    resolutionDueAt\n    department { key }\n    holder { username }\n    reporterStaff { username }\n    timeline { type note }\n    details {\n      __typename\n      ... on TaskDetails { mode }\n      ... on RentalDetails {\n        askingRent\n        prospect\n        outcome\n        agreedRent\n        agreedOn\n        unitsOffered { id code }\n        tenant { id name }\n        viewings { prospect note recordedByName unit { code } }\n      }\n    }\n  }\n": types.KindFieldsFragmentDoc,
    "\n  mutation KindsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": types.KindsOpenDocument,
    "\n  mutation KindsStep($ack: CaseStepInput!) {\n    acknowledgeCase(input: $ack) { userErrors { code } }\n    startCase(input: $ack) { case { status } userErrors { code } }\n  }\n": types.KindsStepDocument,
    "\n  mutation KindsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n": types.KindsStartDocument,
    "\n  mutation KindsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...KindFields } userErrors { field code } }\n  }\n": types.KindsResolveDocument,
    "\n  mutation KindsClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.KindsCloseDocument,
    "\n  mutation KindsUpdateRental($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": types.KindsUpdateRentalDocument,
    "\n  mutation KindsViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n": types.KindsViewingDocument,
    "\n  query KindsNotes {\n    notifications(first: 5) { nodes { type case { id } } }\n  }\n": types.KindsNotesDocument,
    "\n  query KindsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": types.KindsStaffDocument,
    "\n      mutation KindsAssign($input: AssignCaseInput!) { assignCase(input: $input) { userErrors { code } } }\n    ": types.KindsAssignDocument,
    "\n  fragment CaseFields on Case {\n    id\n    reference\n    kind\n    status\n    severity\n    priority\n    awaitingAcknowledgement\n    needsEscalation\n    overdue\n    result\n    satisfaction\n    feedback\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    department { key }\n    holderDepartment { key }\n    onBehalfOf { key }\n    holder { username }\n    escalatedTo { username }\n    receivedBy { username }\n    timeline { type actorName note fromStatus toStatus targetName }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  mutation CasesOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesOpenDocument,
    "\n  mutation CasesAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesAssignDocument,
    "\n  mutation CasesRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesReferDocument,
    "\n  mutation CasesAcknowledge($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesAcknowledgeDocument,
    "\n  mutation CasesEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesEscalateDocument,
    "\n  mutation CasesStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesStartDocument,
    "\n  mutation CasesResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesResolveDocument,
    "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesCloseDocument,
    "\n  mutation CasesReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesReopenDocument,
    "\n  mutation CasesVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesVoidDocument,
    "\n  mutation CasesComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n": types.CasesCommentDocument,
    "\n  query CasesOne($id: ID!) {\n    case(id: $id) { ...CaseFields }\n    node(id: $id) { id }\n  }\n": types.CasesOneDocument,
    "\n  query CasesList($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) { totalCount nodes { id reference status overdue } }\n  }\n": types.CasesListDocument,
    "\n  query CasesMe {\n    viewer { staff { id } }\n    unreadNotificationCount\n    notifications(first: 20) { nodes { type title case { id } } }\n  }\n": types.CasesMeDocument,
    "\n  mutation CasesSetSla($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority responseMinutes resolutionMinutes } userErrors { field code } }\n  }\n": types.CasesSetSlaDocument,
    "\n  query CasesStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": types.CasesStaffDocument,
    "\n  query CasesSteps($id: ID!) {\n    case(id: $id) { status viewerSteps }\n  }\n": types.CasesStepsDocument,
    "\n  query CasesUnitsAt($siteCode: String) {\n    units(filter: { siteCode: $siteCode }, first: 1) { nodes { id code } }\n  }\n": types.CasesUnitsAtDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    directory\n    category\n    name\n    person\n    role\n    phone\n    altPhone\n    dial\n    altDial\n    note\n    active\n    stale\n    canKeep\n    version\n    lastVerifiedAt\n    verifyNote\n    retireReason\n    site { code }\n    verifiedBy { username }\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  mutation ContactsCreate($input: CreateContactInput!) {\n    createContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": types.ContactsCreateDocument,
    "\n  mutation ContactsUpdate($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": types.ContactsUpdateDocument,
    "\n  mutation ContactsVerify($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": types.ContactsVerifyDocument,
    "\n  mutation ContactsRetire($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n": types.ContactsRetireDocument,
    "\n  query ContactsList($filter: ContactFilter, $first: Int) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id name phone category directory stale site { code } }\n    }\n  }\n": types.ContactsListDocument,
    "\n  query ContactsOne($id: ID!) {\n    contact(id: $id) { id name stale lenient: stale(afterDays: 365) }\n    node(id: $id) { id }\n  }\n": types.ContactsOneDocument,
    "\n  query ContactsCoverage($siteCode: String, $staleAfterDays: Int) {\n    contactCoverage(siteCode: $siteCode, staleAfterDays: $staleAfterDays) {\n      site { code }\n      staleAfterDays\n      missingLiaison\n      missingEmergency\n      stale { id name }\n    }\n  }\n": types.ContactsCoverageDocument,
    "\n  mutation ContactsSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n": types.ContactsSetGrantDocument,
    "\n  query CustomerTestBuildings($siteCode: String) {\n    buildings(siteCode: $siteCode) { id code name site { code } }\n  }\n": types.CustomerTestBuildingsDocument,
    "\n  query CustomerTestUnits($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id code floor area usage site { code } building { code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomerTestUnitsDocument,
    "\n  query CustomerTestUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      currentOccupants { id role fromDate customer { name } }\n      occupancies { id role fromDate toDate current customer { name voided } }\n    }\n  }\n": types.CustomerTestUnitDocument,
    "\n  query CustomerPage($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id name kind voided }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomerPageDocument,
    "\n  query CustomerTestCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      idCardLast4\n      note\n      voided\n      voidReason\n      contacts { id kind value primary }\n      occupancies { id role fromDate toDate current unit { code site { code } } }\n    }\n  }\n": types.CustomerTestCustomerDocument,
    "\n  query CustomerTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Customer { name }\n      ... on Unit { code }\n      ... on Building { code }\n      ... on Occupancy { fromDate }\n      ... on CustomerContact { value }\n    }\n  }\n": types.CustomerTestNodeDocument,
    "\n  query CustomerTestLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit { id code currentOccupants { role customer { name } } }\n      customer { id name }\n    }\n  }\n": types.CustomerTestLookupDocument,
    "\n  mutation CustomerTestCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id code name site { code } } userErrors { field message code } }\n  }\n": types.CustomerTestCreateBuildingDocument,
    "\n  mutation CustomerTestCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id code floor area usage note building { code } site { code } }\n      userErrors { field message code }\n    }\n  }\n": types.CustomerTestCreateUnitDocument,
    "\n  mutation CustomerTestCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        contacts { kind value primary }\n        occupancies { role fromDate toDate current unit { code } }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.CustomerTestCreateDocument,
    "\n  mutation CustomerTestUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id name kind idCardLast4 note } userErrors { field message code } }\n  }\n": types.CustomerTestUpdateDocument,
    "\n  mutation CustomerTestAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      contact { id kind value primary }\n      customer { id contacts { value primary } }\n      userErrors { field message code }\n    }\n  }\n": types.CustomerTestAddContactDocument,
    "\n  mutation CustomerTestMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy { id role fromDate toDate current unit { code } customer { name } }\n      userErrors { field message code }\n    }\n  }\n": types.CustomerTestMoveInDocument,
    "\n  mutation CustomerTestMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id fromDate toDate current note } userErrors { field message code } }\n  }\n": types.CustomerTestMoveOutDocument,
    "\n  mutation CustomerTestVoid($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id voided voidReason } userErrors { field message code } }\n  }\n": types.CustomerTestVoidDocument,
    "\n  query ExportDatasetsList {\n    exportDatasets {\n      name\n      description\n      formats\n      filters\n      timeColumn\n      url\n      maxRangeDays\n      columns { name type description formats }\n    }\n  }\n": types.ExportDatasetsListDocument,
    "\n  query ExportCasesPage($filter: CaseFilter, $after: String) {\n    cases(first: 100, after: $after, filter: $filter) {\n      edges { node { id reference status title createdAt department { key } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExportCasesPageDocument,
    "\n  query ExportScansPage($filter: PatrolScanFilter, $after: String) {\n    patrolScans(first: 100, after: $after, filter: $filter) {\n      edges { node { id scannedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExportScansPageDocument,
    "\n  query ExportAuditPage($filter: AuditEventFilter, $after: String) {\n    auditEvents(first: 100, after: $after, filter: $filter) {\n      edges { node { id action occurredAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExportAuditPageDocument,
    "\n  mutation ExportOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field message } }\n  }\n": types.ExportOpenCaseDocument,
    "\n  query FireOverview($siteCode: String!, $drillIntervalMonths: Int, $trainingIntervalMonths: Int) {\n    fireSafetyOverview(\n      siteCode: $siteCode\n      drillIntervalMonths: $drillIntervalMonths\n      trainingIntervalMonths: $trainingIntervalMonths\n    ) {\n      date\n      checks { check count ok }\n      keyUnitCount\n      keyUnitsWithoutFirePlan { id name }\n      plansReviewOverdue { id title }\n      lastDrill { id }\n      nextDrillDueOn\n      drillOverdue\n      nextPlannedDrill { id }\n      placeCount\n      uncoveredPlaces { name area { id } keyUnit { id } }\n      brigadeCount\n      untrainedMembers { staff { username } }\n      leadersUnfamiliar { username }\n      equipmentCount\n      equipmentOverdueCount\n      equipmentFaultyCount\n      viewerMayCreate\n      viewerMayHandle\n      viewerMayApprove\n    }\n  }\n": types.FireOverviewDocument,
    "\n  query FireCoverage($siteCode: String!) {\n    fireResponsibilityCoverage(siteCode: $siteCode) {\n      name\n      covered\n      area { id nameZh }\n      keyUnit { id name }\n      current { id responsible { username } deputy { username } effectiveFrom effectiveTo inForce }\n    }\n  }\n": types.FireCoverageDocument,
    "\n  query FireResponsibilities($siteCode: String!, $includeEnded: Boolean) {\n    fireResponsibilities(siteCode: $siteCode, includeEnded: $includeEnded) {\n      id\n      effectiveFrom\n      effectiveTo\n      endReason\n      area { nameZh }\n      responsible { username }\n      supersededBy { id }\n    }\n  }\n": types.FireResponsibilitiesDocument,
    "\n  mutation FireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) {\n      responsibility { id effectiveFrom effectiveTo inForce responsible { username } area { nameZh } }\n      userErrors { field code message }\n    }\n  }\n": types.FireAssignDocument,
    "\n  mutation FireEndResponsibility($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) {\n      responsibility { id effectiveTo endReason inForce }\n      userErrors { field code }\n    }\n  }\n": types.FireEndResponsibilityDocument,
    "\n  query FireKeyUnits($siteCode: String!) {\n    keyUnits(siteCode: $siteCode) {\n      id\n      name\n      firePlan { id version }\n      plans { id type version status supersededBy { id } approvedBy { username } }\n    }\n  }\n": types.FireKeyUnitsDocument,
    "\n  mutation FireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id name site { code } } userErrors { field code } }\n  }\n": types.FireCreateUnitDocument,
    "\n  mutation FireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) {\n      plan { id version status type effectiveFrom draftedBy { username } }\n      userErrors { field code message }\n    }\n  }\n": types.FireDraftDocument,
    "\n  mutation FireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id title } userErrors { field code } }\n  }\n": types.FireUpdateDraftDocument,
    "\n  mutation FireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) {\n      plan { id status version effectiveFrom approvedBy { username } approvedAt }\n      userErrors { field code message }\n    }\n  }\n": types.FireApproveDocument,
    "\n  mutation FireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id status withdrawReason } userErrors { field code } }\n  }\n": types.FireWithdrawDocument,
    "\n  mutation FireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id viewerHasRead } userErrors { field code } }\n  }\n": types.FireConfirmReadDocument,
    "\n  query FirePlansInForce($siteCode: String!) {\n    emergencyPlansInForce(siteCode: $siteCode) { id type version keyUnit { name } }\n  }\n": types.FirePlansInForceDocument,
    "\n  mutation FirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id status organiser { username } plan { id } } userErrors { field code } }\n  }\n": types.FirePlanDrillDocument,
    "\n  mutation FireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) {\n      drill {\n        id\n        status\n        alarmAt\n        assemblySeconds\n        evacuationSeconds\n        durationSeconds\n        brigadeCount\n        occupantCount\n        participants { username }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.FireRecordDrillDocument,
    "\n  mutation FireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) {\n      drill {\n        id\n        status\n        rating\n        evaluatedBy { username }\n        openFollowUpCount\n        followUps { id ordinal description owner { username } dueOn done }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.FireEvaluateDrillDocument,
    "\n  mutation FireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) {\n      followUp { id done doneBy { username } drill { openFollowUpCount } }\n      userErrors { field code }\n    }\n  }\n": types.FireFollowUpDoneDocument,
    "\n  mutation FireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id status cancelReason } userErrors { field code } }\n  }\n": types.FireCancelDrillDocument,
    "\n  query FireDrills($filter: FireDrillFilter, $first: Int) {\n    fireDrills(filter: $filter, first: $first) { totalCount nodes { id status site { code } } }\n  }\n": types.FireDrillsDocument,
    "\n  query FireEquipmentList($filter: FireEquipmentFilter, $first: Int, $after: String) {\n    fireEquipment(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id identifier type status overdue location area { nameZh } site { code } viewerMayHandle }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.FireEquipmentListDocument,
    "\n  mutation FireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) {\n      equipment { id identifier status quantity overdue }\n      userErrors { field code message }\n    }\n  }\n": types.FireRegisterDocument,
    "\n  mutation FireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id location } userErrors { field code } }\n  }\n": types.FireUpdateEquipmentDocument,
    "\n  mutation FireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) {\n      equipment { id status statusNote lastCheckedOn nextDueOn overdue }\n      userErrors { field code }\n    }\n  }\n": types.FireCheckDocument,
    "\n  mutation FireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id status retiredAt retireReason } userErrors { field code } }\n  }\n": types.FireRetireDocument,
    "\n  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {\n    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {\n      id\n      role\n      engagement\n      active\n      lastTrainedOn\n      trainingLapsed\n      trainingDueOn\n      staff { username }\n    }\n  }\n": types.FireBrigadeDocument,
    "\n  mutation FireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id role active } userErrors { field code } }\n  }\n": types.FireAddMemberDocument,
    "\n  mutation FireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id lastTrainedOn trainingLapsed role } userErrors { field code } }\n  }\n": types.FireUpdateMemberDocument,
    "\n  mutation FireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id active leftOn leftReason } userErrors { field code } }\n  }\n": types.FireEndMemberDocument,
    "\n  query FireStaffOptions($siteCode: String!) {\n    fireSafetyStaffOptions(siteCode: $siteCode) { id username }\n  }\n": types.FireStaffOptionsDocument,
    "query FireNode($id: ID!) { node(id: $id) { id } }": types.FireNodeDocument,
    "\n  fragment PassFields on GoodsPass {\n    id\n    number\n    status\n    issuedTo\n    items { description quantity }\n    carrierName\n    plate\n    validFrom\n    validUntil\n    checkedAt\n    checkNote\n    refuseReason\n    cancelReason\n    site { code }\n    unit { code }\n    customer { name }\n    department { key }\n    requestedBy { username }\n    approvedBy { username }\n    checkedBy { username }\n    gate { nameZh }\n    can { approve cancel checkOut refuse }\n  }\n": types.PassFieldsFragmentDoc,
    "\n  fragment MovementFields on VehicleMovement {\n    id\n    plate\n    category\n    vehicleType\n    enteredAt\n    exitedAt\n    inside\n    overstaying\n    lenient: overstaying(hours: 48)\n    parkingPlace\n    voidReason\n    canExit\n    canVoid\n    entryGate { nameZh }\n    exitGate { nameZh }\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n": types.MovementFieldsFragmentDoc,
    "\n  fragment VisitorFields on GateVisitor {\n    id\n    name\n    idLast4\n    headcount\n    visiting\n    inside\n    exitedAt\n    canExit\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n": types.VisitorFieldsFragmentDoc,
    "\n  mutation GateRequestPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": types.GateRequestPassDocument,
    "\n  mutation GateApprovePass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": types.GateApprovePassDocument,
    "\n  mutation GateCancelPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": types.GateCancelPassDocument,
    "\n  mutation GateCheckOut($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": types.GateCheckOutDocument,
    "\n  mutation GateRefusePass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n": types.GateRefusePassDocument,
    "\n  query GatePassByNumber($number: String!) {\n    goodsPassByNumber(number: $number) { id number status }\n  }\n": types.GatePassByNumberDocument,
    "\n  query GatePasses($filter: GoodsPassFilter, $first: Int) {\n    goodsPasses(filter: $filter, first: $first) { totalCount nodes { id number status site { code } } }\n  }\n": types.GatePassesDocument,
    "\n  mutation GateEnter($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": types.GateEnterDocument,
    "\n  mutation GateExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": types.GateExitDocument,
    "\n  mutation GateVoidMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n": types.GateVoidMovementDocument,
    "\n  query GateMovements($filter: VehicleMovementFilter, $first: Int) {\n    vehicleMovements(filter: $filter, first: $first) { totalCount nodes { id plate category overstaying site { code } } }\n  }\n": types.GateMovementsDocument,
    "\n  mutation GateVisitorIn($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": types.GateVisitorInDocument,
    "\n  mutation GateVisitorOut($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": types.GateVisitorOutDocument,
    "\n  mutation GateVoidVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n": types.GateVoidVisitorDocument,
    "\n  query GateVisitors($filter: GateVisitorFilter) {\n    gateVisitors(filter: $filter, first: 50) { totalCount nodes { id name inside site { code } } }\n  }\n": types.GateVisitorsDocument,
    "\n  query GateAreas($siteCode: String) {\n    areas(siteCode: $siteCode) { id kind nameZh }\n  }\n": types.GateAreasDocument,
    "\n  query HandoverPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n": types.HandoverPatternsDocument,
    "query HandoverTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": types.HandoverTeamsDocument,
    "\n  mutation HandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date pattern { code } leader { username } } userErrors { field code } }\n  }\n": types.HandoverGenerateDocument,
    "\n  mutation HandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.HandoverOnDutyDocument,
    "\n  mutation HandoverCreateMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id name unit expectedQuantity active } userErrors { field code } }\n  }\n": types.HandoverCreateMaterialDocument,
    "\n  mutation HandoverUpdateMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id name expectedQuantity active } userErrors { field code } }\n  }\n": types.HandoverUpdateMaterialDocument,
    "\n  query HandoverMaterials($siteCode: String) { shiftMaterials(siteCode: $siteCode) { id name expectedQuantity } }\n": types.HandoverMaterialsDocument,
    "\n  mutation HandoverCash($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id amount direction receiptNo } balance userErrors { field code } }\n  }\n": types.HandoverCashDocument,
    "\n  query HandoverLedger($siteCode: String!) {\n    cashBalance(siteCode: $siteCode)\n    cashLedger(siteCode: $siteCode, first: 10) { totalCount nodes { amount direction purpose recordedBy { username } } }\n  }\n": types.HandoverLedgerDocument,
    "\n  mutation HandoverAddEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) {\n      entry { id text at author { username } case { reference } }\n      dutyLog { id status date entryCount shift { id } department { key } }\n      userErrors { field code }\n    }\n  }\n": types.HandoverAddEntryDocument,
    "\n  mutation HandoverReview($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id status reviewNote reviewedBy { username } } userErrors { field code } }\n  }\n": types.HandoverReviewDocument,
    "\n  query HandoverLogs($filter: DutyLogFilter) {\n    dutyLogs(filter: $filter, first: 50) { totalCount nodes { id date status department { key } shift { id } entryCount } }\n  }\n": types.HandoverLogsDocument,
    "\n  query HandoverShiftLog($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      closedAt\n      dutyLog { id status viewerMayWrite viewerMayReview entries { text author { username } case { reference } } }\n    }\n  }\n": types.HandoverShiftLogDocument,
    "\n  query HandoverPrefill($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      handoverSteps\n      handoverPrefill {\n        openMatters { kind recordId reference title status }\n        materials { id name expectedQuantity }\n        cashExpected\n        incomingShift { id leader { username } }\n      }\n      handover { id status items { kind reference description actionNeeded } counts { name counted expected difference explanation } }\n    }\n  }\n": types.HandoverPrefillDocument,
    "\n  fragment HandoverTestFields on Handover {\n    id\n    status\n    late\n    hasDiscrepancy\n    cashExpected\n    cashCounted\n    cashDifference\n    cashExplanation\n    acceptedOnBehalf\n    acceptanceNote\n    disputeReason\n    resolution\n    viewerSteps\n    outgoingLeader { username }\n    incomingLeader { username }\n    shift { id status }\n    incomingShift { id }\n    items { kind recordId reference description actionNeeded }\n    counts { materialId name expected counted difference explanation }\n  }\n": types.HandoverTestFieldsFragmentDoc,
    "\n  mutation HandoverSaveDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": types.HandoverSaveDraftDocument,
    "\n  mutation HandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": types.HandoverSubmitDocument,
    "\n  mutation HandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": types.HandoverAcceptDocument,
    "\n  mutation HandoverDispute($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": types.HandoverDisputeDocument,
    "\n  mutation HandoverResolve($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n": types.HandoverResolveDocument,
    "\n  query HandoverList($filter: HandoverFilter) {\n    handovers(filter: $filter, first: 50) { totalCount nodes { id status hasDiscrepancy late } }\n  }\n": types.HandoverListDocument,
    "query HandoverOne($id: ID!) { node(id: $id) { id ... on Handover { status } } }": types.HandoverOneDocument,
    "\n  mutation HandoverOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n": types.HandoverOpenCaseDocument,
    "\n  fragment ShiftHandoverTestFields on Shift {\n    id\n    handoverSteps\n    handoverPrefill {\n      openMatters { kind recordId reference status }\n      materials { id }\n      cashExpected\n      incomingShift { id }\n    }\n    handover { id status }\n    incomingHandover { id status }\n    dutyLog { id }\n    briefing { id }\n    members { id }\n    viewerMember { id }\n    groomingChecks { id }\n    disciplineRecords { id }\n  }\n": types.ShiftHandoverTestFieldsFragmentDoc,
    "\n  query HandoverShiftsTogether($filter: ShiftFilter) {\n    shifts(filter: $filter, first: 30) { nodes { ...ShiftHandoverTestFields } }\n  }\n": types.HandoverShiftsTogetherDocument,
    "\n  query HandoverShiftAlone($id: ID!) { shift(id: $id) { ...ShiftHandoverTestFields } }\n": types.HandoverShiftAloneDocument,
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": types.DepartmentKeysDocument,
    "\n  mutation IncidentsReport($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        severity\n        site { code }\n        area\n        escalatedAt\n        details {\n          __typename\n          ... on IncidentDetails { occurredAt reportedLate reportDelayMinutes reportDeadlineMinutes actionsTaken area { nameZh } authorities { authority reference } }\n        }\n        escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders sentByName }\n        currentEscalation { level toName waiting }\n      }\n      userErrors { field code }\n    }\n  }\n": types.IncidentsReportDocument,
    "\n  query IncidentsOne($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      escalatedTo { username }\n      escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders note sentByName }\n      timeline { type }\n      details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } }\n    }\n  }\n": types.IncidentsOneDocument,
    "\n  mutation IncidentsAck($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id currentEscalation { level waiting acknowledgedAt note } } userErrors { field code } }\n  }\n": types.IncidentsAckDocument,
    "\n  mutation IncidentsEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { username } currentEscalation { level reason toName } } userErrors { field code } }\n  }\n": types.IncidentsEscalateDocument,
    "\n  mutation IncidentsUpdate($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } } } userErrors { field code } }\n  }\n": types.IncidentsUpdateDocument,
    "query IncidentsPolicy { incidentPolicy { reportMinutes fireReportMinutes ackMinutes updatedByName } }": types.IncidentsPolicyDocument,
    "\n  mutation IncidentsSetPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { reportMinutes fireReportMinutes ackMinutes } userErrors { field code } }\n  }\n": types.IncidentsSetPolicyDocument,
    "query IncidentsAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh } }": types.IncidentsAreasDocument,
    "query IncidentsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": types.IncidentsTeamsDocument,
    "query IncidentsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }": types.IncidentsPatternsDocument,
    "\n  mutation IncidentsGenerate($input: GenerateRosterInput!) { generateRoster(input: $input) { userErrors { field code } } }\n": types.IncidentsGenerateDocument,
    "\n  query InspChecklists($type: InspectionType, $includeRetired: Boolean) {\n    inspectionChecklists(type: $type, includeRetired: $includeRetired) { id type name items revision active }\n  }\n": types.InspChecklistsDocument,
    "\n  mutation InspCreateChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n": types.InspCreateChecklistDocument,
    "\n  mutation InspUpdateChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n": types.InspUpdateChecklistDocument,
    "\n  mutation InspPlan($input: PlanInspectionInput!) {\n    planInspection(input: $input) {\n      inspection {\n        id\n        type\n        status\n        checklistName\n        checklistRevision\n        site { code }\n        inspectors { username }\n        areas { id }\n        items { id seq text result }\n        pendingCount\n        viewerSteps\n      }\n      userErrors { field code }\n    }\n  }\n": types.InspPlanDocument,
    "\n  mutation InspRecord($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) {\n      inspection { id status performedAt passCount failCount notApplicableCount pendingCount items { id result note area { id } } }\n      userErrors { field code }\n    }\n  }\n": types.InspRecordDocument,
    "\n  mutation InspComplete($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id status completedAt summary viewerSteps } userErrors { field code } }\n  }\n": types.InspCompleteDocument,
    "\n  mutation InspCancel($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id status cancelReason } userErrors { field code } }\n  }\n": types.InspCancelDocument,
    "\n  query InspOne($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      failCount\n      unnoticedFailures\n      viewerSteps\n      notices { id reference }\n      items { id text result notice { id reference } }\n    }\n  }\n": types.InspOneDocument,
    "\n  query InspList($filter: InspectionFilter) {\n    inspections(filter: $filter, first: 100) { totalCount nodes { id type status site { code } } }\n  }\n": types.InspListDocument,
    "\n  query InspRegularity($siteCode: String, $intervalDays: Int) {\n    inspectionRegularity(siteCode: $siteCode, intervalDays: $intervalDays) {\n      site { code }\n      type\n      intervalDays\n      overdue\n      dueBy\n      lastPerformedAt\n      lastInspection { id }\n      nextPlanned { id }\n    }\n  }\n": types.InspRegularityDocument,
    "\n  mutation InspOpenNotice($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        status\n        resolutionDueAt\n        department { key }\n        site { code }\n        details {\n          __typename\n          ... on RectificationDetails {\n            origin\n            sourceLabel\n            addresseeType\n            addresseeName\n            addresseeDepartment { key }\n            requirement\n            area { id }\n            inspection { id }\n            inspectionItem { id }\n            verified\n          }\n        }\n      }\n      userErrors { field code }\n    }\n  }\n": types.InspOpenNoticeDocument,
    "\n  query InspNotice($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      overdue\n      resolutionDueAt\n      viewerSteps\n      timeline { type note }\n      details {\n        __typename\n        ... on RectificationDetails {\n          acknowledgedAt\n          acknowledgedByName\n          verified\n          verifiedByName\n          viewerMayAcknowledge\n          viewerMayVerify\n          followUps { kind note recordedByName }\n          reinspections { result note recordedByName newDeadline }\n          externalInspection { id }\n        }\n      }\n    }\n  }\n": types.InspNoticeDocument,
    "\n  query InspCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 100) { totalCount nodes { id reference } }\n  }\n": types.InspCasesDocument,
    "\n  mutation InspAcknowledge($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.InspAcknowledgeDocument,
    "\n  mutation InspFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.InspFollowUpDocument,
    "\n  mutation InspReinspect($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id status resolutionDueAt } userErrors { field code } }\n  }\n": types.InspReinspectDocument,
    "\n  mutation InspResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.InspResolveDocument,
    "\n  mutation InspClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.InspCloseDocument,
    "\n  mutation InspReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.InspReopenDocument,
    "\n  mutation InspComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.InspCommentDocument,
    "\n  mutation InspRecordExternal($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) {\n      externalInspection { id bodyType bodyName receivedBy { username } site { code } viewerMayEdit }\n      userErrors { field code }\n    }\n  }\n": types.InspRecordExternalDocument,
    "\n  mutation InspUpdateExternal($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id findings } userErrors { field code } }\n  }\n": types.InspUpdateExternalDocument,
    "\n  mutation InspVoidExternal($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id voidReason voidedAt } userErrors { field code } }\n  }\n": types.InspVoidExternalDocument,
    "\n  query InspExternal($id: ID!) {\n    externalInspection(id: $id) { id findings openNoticeCount notices { id } }\n  }\n": types.InspExternalDocument,
    "\n  query InspExternals($filter: ExternalInspectionFilter) {\n    externalInspections(filter: $filter, first: 100) { totalCount nodes { id } }\n  }\n": types.InspExternalsDocument,
    "\n  query InspAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh site { code } } }\n": types.InspAreasDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    status\n    title\n    agenda\n    scheduledAt\n    heldAt\n    department { key }\n    site { code }\n    chair { username }\n    createdBy { username }\n    attendees { attended staff { username } }\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportedTo { username }\n    reportNote\n    cancelReason\n    viewerMayManage\n    overdueActionItemCount\n    actionItems {\n      id\n      reference\n      kind\n      channel\n      status\n      overdue\n      resolutionDueAt\n      assignee { username }\n      department { key }\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": types.MeetingsScheduleDocument,
    "\n  mutation MeetingsMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": types.MeetingsMinutesDocument,
    "\n  mutation MeetingsReport($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": types.MeetingsReportDocument,
    "\n  mutation MeetingsCancel($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n": types.MeetingsCancelDocument,
    "\n  mutation MeetingsAddItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting { id actionItems { id } }\n      task {\n        id\n        reference\n        kind\n        channel\n        status\n        awaitingAcknowledgement\n        resolutionDueAt\n        department { key }\n        assignee { username }\n        site { code }\n        details { __typename ... on TaskDetails { mode meeting { id title } } }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.MeetingsAddItemDocument,
    "\n  query MeetingsOne($id: ID!) {\n    meeting(id: $id) { ...MeetingFields }\n    node(id: $id) { id }\n  }\n": types.MeetingsOneDocument,
    "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id title kind status }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MeetingsListDocument,
    "\n  query MeetingsLastHeld($departmentKey: String) {\n    meetingsLastHeld(departmentKey: $departmentKey) { kind heldAt }\n  }\n": types.MeetingsLastHeldDocument,
    "\n  query MeetingsTask($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      details { ... on TaskDetails { mode meeting { id } } }\n    }\n  }\n": types.MeetingsTaskDocument,
    "\n  query MeetingsNotes {\n    notifications(first: 10) { nodes { type title case { id } } }\n  }\n": types.MeetingsNotesDocument,
    "\n  mutation MeetingsTaskSteps($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { status awaitingAcknowledgement } userErrors { code } }\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n": types.MeetingsTaskStepsDocument,
    "\n  mutation MeetingsTaskResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status result } userErrors { field code } }\n  }\n": types.MeetingsTaskResolveDocument,
    "\n  mutation MeetingsTaskClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.MeetingsTaskCloseDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodesByIdsDocument,
    "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { nodes { id name } }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n": types.NewNodeIdsDocument,
    "\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n": types.AnyNodeDocument,
    "\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": types.NodeTestCreateTokenDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    reference\n    kind\n    status\n    effectiveStatus\n    isExpired\n    title\n    body\n    audience\n    audienceLabel\n    postedAt\n    publishAt\n    expiresAt\n    issuedAt\n    issuedByName\n    authorName\n    withdrawReason\n    requiresAcknowledgement\n    acknowledgementDepartments { key }\n    department { key }\n    site { code }\n    building { id }\n    unit { id }\n    acknowledgedByMe\n    viewerMustAcknowledge\n    acknowledgementCount\n    audienceSize\n    viewerCanEdit\n    viewerCanIssue\n    viewerCanWithdraw\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  mutation NoticesDraft($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": types.NoticesDraftDocument,
    "\n  mutation NoticesUpdate($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": types.NoticesUpdateDocument,
    "\n  mutation NoticesIssue($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": types.NoticesIssueDocument,
    "\n  mutation NoticesWithdraw($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": types.NoticesWithdrawDocument,
    "\n  mutation NoticesAcknowledge($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n": types.NoticesAcknowledgeDocument,
    "\n  query NoticesOne($id: ID!) {\n    notice(id: $id) { ...NoticeFields }\n    node(id: $id) { id }\n  }\n": types.NoticesOneDocument,
    "\n  query NoticesProgress($id: ID!) {\n    notice(id: $id) {\n      id\n      acknowledgementCount\n      audienceSize\n      acknowledgements(first: 50) { totalCount nodes { staffName department { key } staff { username } } }\n      pendingAcknowledgers { name department { key } }\n    }\n  }\n": types.NoticesProgressDocument,
    "\n  query NoticeList($filter: NoticeFilter, $first: Int) {\n    notices(filter: $filter, first: $first) { totalCount nodes { id title effectiveStatus } }\n  }\n": types.NoticeListDocument,
    "\n  query NoticesPending {\n    myPendingAcknowledgements\n  }\n": types.NoticesPendingDocument,
    "\n  query NoticesInbox {\n    notifications(first: 50) { nodes { type title notice { id } } }\n  }\n": types.NoticesInboxDocument,
    "\n  query NoticesBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n": types.NoticesBuildingsDocument,
    "\n  mutation PatrolsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name nameZh nameEn patrolled minPatrols requiredPatrols active site { code } viewerMayManage }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsCreateAreaDocument,
    "\n  mutation PatrolsUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id active minPatrols requiredPatrols patrolled } userErrors { field code } }\n  }\n": types.PatrolsUpdateAreaDocument,
    "\n  mutation PatrolsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) {\n      checkpoint { id name locationHint code scanUrl qrSvg qrPngPath active area { id } site { code } }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsCreateCheckpointDocument,
    "\n  mutation PatrolsUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) {\n      checkpoint { id name code active codeIssuedAt area { id } }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsUpdateCheckpointDocument,
    "\n  query PatrolsAreas($siteCode: String, $includeInactive: Boolean) {\n    areas(siteCode: $siteCode, includeInactive: $includeInactive) {\n      id\n      kind\n      name\n      active\n      site { code }\n      checkpoints { id name code qrSvg }\n    }\n  }\n": types.PatrolsAreasDocument,
    "\n  query PatrolsCheckpointByCode($code: String!) { checkpointByCode(code: $code) { id name area { name } } }\n": types.PatrolsCheckpointByCodeDocument,
    "query PatrolsNode($id: ID!) { node(id: $id) { id } }": types.PatrolsNodeDocument,
    "\n  mutation PatrolsScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) {\n      scan { id method observation scannedAt checkpoint { id } area { id } round { id startedAt completedAt open } }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsScanDocument,
    "\n  mutation PatrolsComplete($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id completedAt open } userErrors { field code } }\n  }\n": types.PatrolsCompleteDocument,
    "\n  mutation PatrolsAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) {\n      scan { id observation case { id } round { id } }\n      case { id reference kind channel status title area site { code } reporterStaff { username } department { key } }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsAnomalyDocument,
    "\n  mutation PatrolsReview($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) {\n      missedPatrol { id status reviewNote reviewedAt reviewedBy { username } viewerMayReview }\n      userErrors { field code }\n    }\n  }\n": types.PatrolsReviewDocument,
    "\n  query PatrolsCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      minimumDefault\n      coveredCount\n      complete\n      areas { area { id nameZh } count required covered lastPatrolAt missedPatrol { id status } }\n    }\n  }\n": types.PatrolsCoverageDocument,
    "\n  query PatrolsRounds($shiftId: ID!, $mine: Boolean) {\n    patrolRounds(filter: { shiftId: $shiftId, mine: $mine }, first: 100) {\n      nodes {\n        id\n        patroller { username }\n        completedAt\n        open\n        scans { id checkpoint { name } method }\n      }\n    }\n  }\n": types.PatrolsRoundsDocument,
    "\n  query PatrolsScans($filter: PatrolScanFilter, $first: Int) {\n    patrolScans(filter: $filter, first: $first) { totalCount nodes { id patroller { username } } }\n  }\n": types.PatrolsScansDocument,
    "\n  query PatrolsMissed($filter: MissedPatrolFilter) {\n    missedPatrols(filter: $filter, first: 100) {\n      totalCount\n      nodes { id count required status area { nameZh } shift { id } viewerMayReview }\n    }\n  }\n": types.PatrolsMissedDocument,
    "query PatrolsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }": types.PatrolsTeamsDocument,
    "\n  query PatrolsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n": types.PatrolsPatternsDocument,
    "\n  mutation PatrolsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code } }\n  }\n": types.PatrolsGenerateDocument,
    "\n  mutation PatrolsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.PatrolsOnDutyDocument,
    "query PatrolsCase($id: ID!) { case(id: $id) { id reference } }": types.PatrolsCaseDocument,
    "\n  mutation PatrolsUpdateStaff($input: UpdateStaffInput!) { updateStaff(input: $input) { userErrors { field code } } }\n": types.PatrolsUpdateStaffDocument,
    "\n  query PatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n": types.PatrolsHandoverCountsDocument,
    "\n  mutation PatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.PatrolsHandoverSubmitDocument,
    "\n  mutation PatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n": types.PatrolsHandoverAcceptDocument,
    "\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n": types.PermSetGrantDocument,
    "\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n": types.PermPositionPermissionsDocument,
    "\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n": types.PermCatalogueDocument,
    "\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n": types.PermMineDocument,
    "\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n": types.PermAuditTotalDocument,
    "\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PermStaffPageDocument,
    "\n  query PermDepartments {\n    departments { key }\n  }\n": types.PermDepartmentsDocument,
    "\n  fragment VisitFields on ReceptionVisit {\n    id\n    status\n    purpose\n    summary\n    outcome\n    visitedAt\n    visitorName\n    visitorPhone\n    version\n    canHandle\n    closedAt\n    voidReason\n    voidedAt\n    site { code }\n    unit { code }\n    customer { id name }\n    receivedBy { username }\n    closedBy { username }\n    case { id reference }\n  }\n": types.VisitFieldsFragmentDoc,
    "\n  mutation ReceptionRecord($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": types.ReceptionRecordDocument,
    "\n  mutation ReceptionUpdate($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": types.ReceptionUpdateDocument,
    "\n  mutation ReceptionLink($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": types.ReceptionLinkDocument,
    "\n  mutation ReceptionClose($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": types.ReceptionCloseDocument,
    "\n  mutation ReceptionVoid($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n": types.ReceptionVoidDocument,
    "\n  query ReceptionList($filter: ReceptionVisitFilter, $first: Int, $after: String) {\n    receptionVisits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id visitedAt status purpose summary site { code } receivedBy { username } case { reference } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReceptionListDocument,
    "\n  query ReceptionOne($id: ID!) {\n    receptionVisit(id: $id) { id summary }\n    node(id: $id) { id ... on ReceptionVisit { status } }\n  }\n": types.ReceptionOneDocument,
    "\n  query ReceptionOfCustomer($id: ID!) {\n    customer(id: $id) { id receptionVisits(first: 50) { totalCount nodes { id summary } } }\n  }\n": types.ReceptionOfCustomerDocument,
    "\n  mutation ReceptionOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n": types.ReceptionOpenCaseDocument,
    "\n  mutation ReceptionVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.ReceptionVoidCaseDocument,
    "\n  mutation ReceptionVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n": types.ReceptionVoidCustomerDocument,
    "\n  mutation ReceptionSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n": types.ReceptionSetGrantDocument,
    "\n  query ReceptionAudit($filter: AuditEventFilter) {\n    auditEvents(first: 100, filter: $filter) { totalCount nodes { action targetType targetId actorName } }\n  }\n": types.ReceptionAuditDocument,
    "\n  query RequestLogDepartments {\n    departments { key }\n  }\n": types.RequestLogDepartmentsDocument,
    "\n  fragment RosterShift on Shift {\n    id\n    date\n    status\n    pattern { code }\n    team { name }\n    leader { username }\n    members { id role onLeave leaveNote attendanceStatus canLead staff { username } swap { id kind requester { username } } }\n  }\n": types.RosterShiftFragmentDoc,
    "query RostersPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }": types.RostersPatternsDocument,
    "query RostersTeams { teams(siteCode: \"CUIHU\") { id name } }": types.RostersTeamsDocument,
    "\n  mutation RostersCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n": types.RostersCreatePatternDocument,
    "\n  mutation RostersCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n": types.RostersCreateTeamDocument,
    "\n  mutation RostersGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...RosterShift } userErrors { field code message } }\n  }\n": types.RostersGenerateDocument,
    "\n  query RostersRoster($range: RosterRangeInput!) { roster(range: $range) { ...RosterShift } }\n": types.RostersRosterDocument,
    "\n  mutation RostersAdd($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code message } }\n  }\n": types.RostersAddDocument,
    "\n  mutation RostersRemove($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": types.RostersRemoveDocument,
    "\n  mutation RostersChangeLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": types.RostersChangeLeaderDocument,
    "\n  mutation RostersSetLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n": types.RostersSetLeaveDocument,
    "\n  mutation RostersRecordLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) {\n      leave { id fromDate toDate reason cancelledAt viewerMayCancel staff { username } recordedBy { username } }\n      shiftsChanged\n      userErrors { field code message }\n    }\n  }\n": types.RostersRecordLeaveDocument,
    "\n  mutation RostersCancelLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id cancelledAt cancelReason } shiftsChanged userErrors { field code } }\n  }\n": types.RostersCancelLeaveDocument,
    "\n  query RostersLeaves($filter: StaffLeaveFilter) {\n    staffLeaves(filter: $filter, first: 50) { totalCount nodes { id fromDate staff { username } } }\n  }\n": types.RostersLeavesDocument,
    "\n  fragment RosterSwap on ShiftSwap {\n    id\n    kind\n    status\n    reason\n    decisionNote\n    requester { username }\n    colleague { username }\n    decidedBy { username }\n    fromShift { id date pattern { code } }\n    toShift { id date }\n    viewerMayDecide\n    viewerMayCancel\n  }\n": types.RosterSwapFragmentDoc,
    "\n  mutation RostersRequestSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n": types.RostersRequestSwapDocument,
    "\n  mutation RostersApproveSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n": types.RostersApproveSwapDocument,
    "\n  mutation RostersRejectSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n": types.RostersRejectSwapDocument,
    "\n  mutation RostersCancelSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n": types.RostersCancelSwapDocument,
    "\n  query RostersSwaps($filter: ShiftSwapFilter) {\n    shiftSwaps(filter: $filter, first: 50) { totalCount nodes { ...RosterSwap } }\n  }\n": types.RostersSwapsDocument,
    "\n  query RostersSwapOptions($shiftId: ID!) {\n    shiftSwapOptions(shiftId: $shiftId) { staff { username } mayCover shifts { id date pattern { code } } }\n  }\n": types.RostersSwapOptionsDocument,
    "\n  query RostersOverview($input: ShiftsOverviewInput) {\n    shiftsOverview(input: $input) {\n      current rostered onLeave checkedIn late absent\n      shift { id date site { code } pattern { code } team { name } leader { username } status }\n    }\n  }\n": types.RostersOverviewDocument,
    "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n": types.DepartmentsWithDutiesDocument,
    "\n  query PositionsWithDuties {\n    positions(origin: RULEBOOK) { key name origin duties { number text source } }\n  }\n": types.PositionsWithDutiesDocument,
    "\n  query AllPositions {\n    positions { key origin }\n  }\n": types.AllPositionsDocument,
    "\n  query CompanyPositions {\n    positions(origin: COMPANY) {\n      key\n      name\n      en: name(locale: EN)\n      origin\n      status\n      shortCode\n      department { key }\n      reportsTo { key }\n      reportingChain { key }\n      duties { source }\n      notes\n    }\n  }\n": types.CompanyPositionsDocument,
    "\n  query DepartmentNames {\n    departments { key name }\n  }\n": types.DepartmentNamesDocument,
    "\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n": types.DepartmentNameLocalesDocument,
    "\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n": types.DepartmentByKeyDocument,
    "\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n": types.PositionByKeyDocument,
    "\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n": types.FilteredDutiesDocument,
    "\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n": types.DepartmentStatusesDocument,
    "\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n": types.ReportingChainDocument,
    "\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n": types.DutyBySourceDocument,
    "\n  fragment ShiftFields on Shift {\n    id\n    date\n    status\n    startsAt\n    endsAt\n    site { code }\n    pattern { code startTime endTime crossesMidnight }\n    team { name }\n    leader { username }\n    members { role staff { username } }\n    viewerMayLead\n  }\n": types.ShiftFieldsFragmentDoc,
    "\n  mutation ShiftsCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id code startTime endTime lateGraceMinutes durationMinutes crossesMidnight } userErrors { field code } }\n  }\n": types.ShiftsCreatePatternDocument,
    "\n  mutation ShiftsUpdatePattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id active startTime } userErrors { field code } }\n  }\n": types.ShiftsUpdatePatternDocument,
    "\n  mutation ShiftsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id name leader { username } members { username } } userErrors { field code } }\n  }\n": types.ShiftsCreateTeamDocument,
    "\n  mutation ShiftsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id name members { username } active } userErrors { field code } }\n  }\n": types.ShiftsUpdateTeamDocument,
    "\n  query ShiftsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name site { code } leader { username } } }\n": types.ShiftsTeamsDocument,
    "\n  query ShiftsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code site { code } } }\n": types.ShiftsPatternsDocument,
    "\n  mutation ShiftsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...ShiftFields } kept userErrors { field code message } }\n  }\n": types.ShiftsGenerateDocument,
    "\n  query ShiftsRoster($range: RosterRangeInput!) { roster(range: $range) { ...ShiftFields } }\n": types.ShiftsRosterDocument,
    "\n  query ShiftsList($filter: ShiftFilter, $first: Int) {\n    shifts(filter: $filter, first: $first) { totalCount nodes { ...ShiftFields } }\n  }\n": types.ShiftsListDocument,
    "query ShiftsOne($id: ID!) { shift(id: $id) { ...ShiftFields } }": types.ShiftsOneDocument,
    "query ShiftsCurrent { myCurrentShift { ...ShiftFields viewerMember { role attendanceStatus } } }": types.ShiftsCurrentDocument,
    "\n  mutation ShiftsBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.ShiftsBriefingDocument,
    "\n  mutation ShiftsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n": types.ShiftsOnDutyDocument,
    "\n  mutation StaffOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        id\n        employeeNo\n        name\n        phone\n        username\n        status\n        hireDate\n        leaveDate\n        locale\n        mustChangePassword\n        position { key }\n        department { key }\n        sites { code }\n      }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n": types.StaffOnboardDocument,
    "\n  mutation StaffUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff { id name phone locale sites { code } }\n      userErrors { field message code }\n    }\n  }\n": types.StaffUpdateDocument,
    "\n  mutation StaffTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff { id position { key } department { key } }\n      userErrors { field message code }\n    }\n  }\n": types.StaffTransferDocument,
    "\n  mutation StaffSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n": types.StaffSuspendDocument,
    "\n  mutation StaffReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n": types.StaffReinstateDocument,
    "\n  mutation StaffOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id status leaveDate } userErrors { field message code } }\n  }\n": types.StaffOffboardDocument,
    "\n  mutation StaffResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id mustChangePassword } temporaryPassword userErrors { field code } }\n  }\n": types.StaffResetPasswordDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      name\n      phone\n      status\n      leaveDate\n      position { key }\n      department { key }\n      sites { code }\n    }\n  }\n": types.StaffMemberDocument,
    "\n  query StaffDirectory($filter: StaffFilter, $first: Int) {\n    staffMembers(filter: $filter, first: $first) { totalCount nodes { username status } }\n  }\n": types.StaffDirectoryDocument,
    "\n  query StaffEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes { action actorName targetId actor { id username status } }\n    }\n  }\n": types.StaffEventsDocument,
    "\n  query StaffMe {\n    viewer { staff { username position { key } } permissions { permission scope } }\n  }\n": types.StaffMeDocument,
    "\n  query RollupStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      percentilesExact\n      groups {\n        kind\n        status\n        department { key }\n        site { key }\n        area\n        channel\n        severity\n        period { label }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n": types.RollupStatsDocument,
    "\n  mutation RollupOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n": types.RollupOpenDocument,
    "\n  mutation RollupVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.RollupVoidDocument,
    "\n  mutation RollupAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.RollupAssignDocument,
    "\n  mutation RollupStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.RollupStartDocument,
    "\n  query RollupMe {\n    viewer { staff { id } }\n  }\n": types.RollupMeDocument,
    "\n  mutation RollupResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status } userErrors { field code } }\n  }\n": types.RollupResolveDocument,
    "\n  query StatsCases($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      groupBy\n      groups {\n        kind\n        status\n        department { key name }\n        site { key name }\n        area\n        channel\n        severity\n        period { label start end }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n": types.StatsCasesDocument,
    "\n  mutation StatsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id status } userErrors { field code message } }\n  }\n": types.StatsOpenDocument,
    "\n  mutation StatsAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.StatsAssignDocument,
    "\n  mutation StatsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.StatsStartDocument,
    "\n  mutation StatsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.StatsResolveDocument,
    "\n  mutation StatsRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id status } userErrors { field code } }\n  }\n": types.StatsReferDocument,
    "\n  query StatsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n": types.StatsStaffDocument,
    "\n  mutation StatsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret userErrors { field code } }\n  }\n": types.StatsTokenDocument,
    "\n  query StatsAttendanceList($range: AttendanceRangeInput!) {\n    attendance(range: $range) { id status: attendanceStatus }\n  }\n": types.StatsAttendanceListDocument,
    "\n  query StatsAttendance($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {\n    attendanceStats(groupBy: $groupBy, range: $range) {\n      from\n      to\n      groups { person { key name } period { label } site { key } rostered present onTime late leftEarly absent onLeave expected }\n      totals { rostered present onTime late leftEarly absent onLeave expected }\n    }\n  }\n": types.StatsAttendanceDocument,
    "\n  query StatsPatrols($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {\n    patrolCoverageStats(groupBy: $groupBy, range: $range) {\n      groups { shift { id key name } area { id name } period { label } shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans roundsCompleted missedPatrols }\n      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }\n    }\n  }\n": types.StatsPatrolsDocument,
    "\n  query StatsShiftCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) { coveredCount areas { required count covered } }\n  }\n": types.StatsShiftCoverageDocument,
    "\n  mutation FactoryCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name contacts { value } occupancies { id } }\n      userErrors { field message code }\n    }\n  }\n": types.FactoryCreateCustomerDocument,
    "\n  mutation FactoryOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff { id username employeeNo status mustChangePassword }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n": types.FactoryOnboardDocument,
    "\n  mutation FactoryCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n": types.FactoryCreateTokenDocument,
    "\n  mutation FactoryChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": types.FactoryChangePasswordDocument,
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
export function graphql(source: "\n  mutation MatrixCaseOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MatrixCaseOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixCaseAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MatrixCaseAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixTeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MatrixTeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixPatternCreate($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MatrixPatternCreate($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation MatrixRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n"): (typeof documents)["\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n"): (typeof documents)["\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"): (typeof documents)["\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n"): (typeof documents)["\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixCustomerFiles($customer: ID!, $unit: ID!) {\n    customers(first: 1) { totalCount }\n    units(first: 1) { totalCount }\n    customer(id: $customer) { id }\n    unit(id: $unit) { id }\n  }\n"): (typeof documents)["\n  query MatrixCustomerFiles($customer: ID!, $unit: ID!) {\n    customers(first: 1) { totalCount }\n    units(first: 1) { totalCount }\n    customer(id: $customer) { id }\n    unit(id: $unit) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all, first: 100) { totalCount nodes { id name prefix scopes active owner { username } } }\n  }\n"): (typeof documents)["\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all, first: 100) { totalCount nodes { id name prefix scopes active owner { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n"): (typeof documents)["\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n"): (typeof documents)["\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttMember on ShiftMember {\n    id\n    role\n    post\n    rollCall\n    onLeave\n    checkInAt\n    checkOutAt\n    attendanceStatus\n    minutesLate\n    minutesEarly\n    staff { username }\n  }\n"): (typeof documents)["\n  fragment AttMember on ShiftMember {\n    id\n    role\n    post\n    rollCall\n    onLeave\n    checkInAt\n    checkOutAt\n    attendanceStatus\n    minutesLate\n    minutesEarly\n    staff { username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttRecord on DisciplineRecord {\n    id\n    kind\n    origin\n    status\n    post\n    observation\n    observedAt\n    correction\n    voidReason\n    escalationNote\n    staff { username }\n    recordedBy { username }\n    correctedBy { username }\n    reportedTo { username }\n    viewerMayHandle\n  }\n"): (typeof documents)["\n  fragment AttRecord on DisciplineRecord {\n    id\n    kind\n    origin\n    status\n    post\n    observation\n    observedAt\n    correction\n    voidReason\n    escalationNote\n    staff { username }\n    recordedBy { username }\n    correctedBy { username }\n    reportedTo { username }\n    viewerMayHandle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }"): (typeof documents)["query AttPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"): (typeof documents)["query AttTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttStartBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttStartBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttShift($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      members { ...AttMember }\n      viewerMember { ...AttMember }\n      briefing { topics notes heldBy { username } }\n      groomingChecks { id passed uniform badge rechecks staff { username } checkedBy { username } discipline { id status } }\n      disciplineRecords { ...AttRecord }\n    }\n  }\n"): (typeof documents)["\n  query AttShift($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      members { ...AttMember }\n      viewerMember { ...AttMember }\n      briefing { topics notes heldBy { username } }\n      groomingChecks { id passed uniform badge rechecks staff { username } checkedBy { username } discipline { id status } }\n      disciplineRecords { ...AttRecord }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) {\n      shift { id members { ...AttMember } }\n      raised { ...AttRecord }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AttRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) {\n      shift { id members { ...AttMember } }\n      raised { ...AttRecord }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttGrooming($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) {\n      groomingCheck { id passed badge rechecks note checkedBy { username } }\n      discipline { ...AttRecord }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation AttGrooming($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) {\n      groomingCheck { id passed badge rechecks note checkedBy { username } }\n      discipline { ...AttRecord }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id members { ...AttMember } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id members { ...AttMember } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttTopics($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id topics notes heldBy { username } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttTopics($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id topics notes heldBy { username } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AttCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AttCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { ...AttMember shift { id date } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttRange($range: AttendanceRangeInput!) {\n    attendance(range: $range) { ...AttMember shift { date pattern { code } } }\n  }\n"): (typeof documents)["\n  query AttRange($range: AttendanceRangeInput!) {\n    attendance(range: $range) { ...AttMember shift { date pattern { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttRecords($filter: DisciplineFilter, $first: Int) {\n    disciplineRecords(filter: $filter, first: $first) { totalCount nodes { ...AttRecord } }\n  }\n"): (typeof documents)["\n  query AttRecords($filter: DisciplineFilter, $first: Int) {\n    disciplineRecords(filter: $filter, first: $first) { totalCount nodes { ...AttRecord } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttCorrect($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttCorrect($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttEscalate($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttEscalate($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttVoid($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AttVoid($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { ...AttRecord } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query AttNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttUnread { unreadNotificationCount }"): (typeof documents)["query AttUnread { unreadNotificationCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventById($id: ID!) {\n    node(id: $id) {\n      ... on AuditEvent {\n        id\n        action\n        actorName\n        actor { id }\n        targetType\n        targetId\n        requestId\n        ip\n        viaToken\n        occurredAt\n        changes { field before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEventById($id: ID!) {\n    node(id: $id) {\n      ... on AuditEvent {\n        id\n        action\n        actorName\n        actor { id }\n        targetType\n        targetId\n        requestId\n        ip\n        viaToken\n        occurredAt\n        changes { field before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id action occurredAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id action occurredAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogin($input: LoginInput!) {\n    login(input: $input) { viewer { staff { id } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AuditLogin($input: LoginInput!) {\n    login(input: $input) { viewer { staff { id } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogout {\n    logout { signedOut }\n  }\n"): (typeof documents)["\n  mutation AuditLogout {\n    logout { signedOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AuditSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } secret userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } secret userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id } temporaryPassword userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { positionPermissions { position { key } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { positionPermissions { position { key } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReferCase($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAcknowledgeCase($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditEscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditEscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditStartCase($input: CaseStepInput!) {\n    startCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditStartCase($input: CaseStepInput!) {\n    startCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReopenCase($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCommentOnCase($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateRentalDetails($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateRentalDetails($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordRentalViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordRentalViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditSetSlaPolicy($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked unreadCount userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked unreadCount userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordMeetingMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReportMeeting($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) { task { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAddMeetingActionItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) { task { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { unit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { unit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { customer { id contacts { id } occupancies { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { customer { id contacts { id } occupancies { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) { occupancy { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) { occupancy { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordReceptionVisit($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordReceptionVisit($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateReceptionVisit($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateReceptionVisit($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditLinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCloseReceptionVisit($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCloseReceptionVisit($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidReceptionVisit($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidReceptionVisit($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditDraftNotice($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditDraftNotice($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateNotice($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateNotice($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIssueNotice($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditIssueNotice($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditWithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditWithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAcknowledgeNotice($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAcknowledgeNotice($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n"): (typeof documents)["\n  query AuditBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActionsOnRecord {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActionsOnRecord {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAttCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAttCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAttCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAttCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditAttGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAttBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAttBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAttMembers($id: ID!) {\n    shift(id: $id) { id members { id checkInAt staff { username } } }\n  }\n"): (typeof documents)["\n  query AuditAttMembers($id: ID!) {\n    shift(id: $id) { id members { id checkInAt staff { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordRollCall($input: RecordRollCallInput!) {\n    recordRollCall(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordGroomingCheck($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) { groomingCheck { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordGroomingCheck($input: RecordGroomingCheckInput!) {\n    recordGroomingCheck(input: $input) { groomingCheck { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAssignShiftPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAssignShiftPosts($input: AssignShiftPostsInput!) {\n    assignShiftPosts(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordShiftBriefing($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordShiftBriefing($input: RecordShiftBriefingInput!) {\n    recordShiftBriefing(input: $input) { briefing { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCheckIn($input: AttendanceInput!) {\n    checkIn(input: $input) { member { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCheckOut($input: AttendanceInput!) {\n    checkOut(input: $input) { member { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordDiscipline($input: RecordDisciplineInput!) {\n    recordDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCorrectDiscipline($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCorrectDiscipline($input: CorrectDisciplineInput!) {\n    correctDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditEscalateDiscipline($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditEscalateDiscipline($input: EscalateDisciplineInput!) {\n    escalateDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidDiscipline($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidDiscipline($input: VoidDisciplineInput!) {\n    voidDiscipline(input: $input) { record { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVerifyContact($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVerifyContact($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRetireContact($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRetireContact($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireUpdateUnit($input: UpdateKeyUnitInput!) {\n    updateKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireUpdateUnit($input: UpdateKeyUnitInput!) {\n    updateKeyUnit(input: $input) { keyUnit { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireEnd($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireEnd($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) { responsibility { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) { plan { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) { drill { id followUps { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) { drill { id followUps { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) { followUp { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) { followUp { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) { equipment { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) { equipment { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditFireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRequestGoodsPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRequestGoodsPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditApproveGoodsPass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditApproveGoodsPass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancelGoodsPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCancelGoodsPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCheckOutGoodsPass($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCheckOutGoodsPass($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRefuseGoodsPass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRefuseGoodsPass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordVehicleEntry($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordVehicleEntry($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordVehicleExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordVehicleExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidVehicleMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidVehicleMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordVisitorEntry($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordVisitorEntry($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordVisitorExit($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordVisitorExit($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidGateVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidGateVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditGateAreas {\n    areas(siteCode: \"CUIHU\") { id kind }\n  }\n"): (typeof documents)["\n  query AuditGateAreas {\n    areas(siteCode: \"CUIHU\") { id kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHandoverPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditHandoverPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHandoverTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditHandoverTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditHandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditHandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditHandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"): (typeof documents)["\n  query AuditHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddDutyLogEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) { entry { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAddDutyLogEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) { entry { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReviewDutyLog($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReviewDutyLog($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditShiftDutyLog($id: ID!) { shift(id: $id) { dutyLog { id } } }"): (typeof documents)["query AuditShiftDutyLog($id: ID!) { shift(id: $id) { dutyLog { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateShiftMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateShiftMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateShiftMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateShiftMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordCashMovement($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordCashMovement($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSaveHandoverDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditSaveHandoverDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSubmitHandover($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id incomingLeader { username } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditSubmitHandover($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id incomingLeader { username } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAcceptHandover($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditAcceptHandover($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditDisputeHandover($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditDisputeHandover($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditOnboardFresh($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditOnboardFresh($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) { staff { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReportIncident($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReportIncident($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAcknowledgeEscalation($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAcknowledgeEscalation($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIncidentPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { ackMinutes } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditIncidentPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { ackMinutes } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateInspectionChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateInspectionChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPlanInspection($input: PlanInspectionInput!) {\n    planInspection(input: $input) { inspection { id items { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditPlanInspection($input: PlanInspectionInput!) {\n    planInspection(input: $input) { inspection { id items { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordInspectionResults($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) { inspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordInspectionResults($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) { inspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCompleteInspection($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCompleteInspection($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancelInspection($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCancelInspection($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordExternalInspection($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordExternalInspection($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateExternalInspection($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateExternalInspection($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditVoidExternalInspection($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditVoidExternalInspection($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIssueRectificationNotice($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditIssueRectificationNotice($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordReinspection($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordReinspection($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { checkpoint { id code } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { checkpoint { id code } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) { checkpoint { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) { checkpoint { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordPatrolScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) { scan { id round { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordPatrolScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) { scan { id round { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCompletePatrolRound($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCompletePatrolRound($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) { scan { id } case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) { scan { id } case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReviewMissedPatrol($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) { missedPatrol { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditReviewMissedPatrol($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) { missedPatrol { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"): (typeof documents)["\n  query AuditPatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditPatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditPatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditRosterPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }"): (typeof documents)["query AuditRosterPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRosterCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRosterCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id members { id staff { username } } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditRosterGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id members { id staff { username } } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddShiftMember($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditAddShiftMember($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRemoveShiftMember($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRemoveShiftMember($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangeShiftLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditChangeShiftLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditSetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordStaffLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRecordStaffLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancelStaffLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCancelStaffLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRequestShiftSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditRequestShiftSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditApproveShiftSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditApproveShiftSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRejectShiftSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditRejectShiftSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancelShiftSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCancelShiftSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditGenerateRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AuditGenerateRoster($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditStartShiftBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditStartShiftBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditStartShiftDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuditStartShiftDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSites {\n    sites { code }\n  }\n"): (typeof documents)["\n  query AuthSites {\n    sites { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSnapshot($siteCode: String) {\n    board(siteCode: $siteCode) {\n      generatedAt\n      siteCode\n      openCount\n      caseLimit\n      cases {\n        id reference kind title severity status area createdAt escalatedAt\n        site { code }\n        holder { name }\n        escalatedTo { name }\n      }\n      coverage {\n        shift { id site { code } }\n        coveredCount\n        complete\n        areas { area { id name } count required covered lastPatrolAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardSnapshot($siteCode: String) {\n    board(siteCode: $siteCode) {\n      generatedAt\n      siteCode\n      openCount\n      caseLimit\n      cases {\n        id reference kind title severity status area createdAt escalatedAt\n        site { code }\n        holder { name }\n        escalatedTo { name }\n      }\n      coverage {\n        shift { id site { code } }\n        coveredCount\n        complete\n        areas { area { id name } count required covered lastPatrolAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($siteCode: String) {\n    boardEvents(siteCode: $siteCode) { type caseId shiftId at major }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($siteCode: String) {\n    boardEvents(siteCode: $siteCode) { type caseId shiftId at major }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference timeline { id type } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation BoardOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference timeline { id type } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { name } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation BoardEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { name } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation BoardVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id timeline { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation BoardComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id timeline { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOpenCases($after: String) {\n    cases(filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }, first: 100, after: $after) {\n      nodes { id severity kind }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardOpenCases($after: String) {\n    cases(filter: { statuses: [OPEN, ASSIGNED, IN_PROGRESS] }, first: 100, after: $after) {\n      nodes { id severity kind }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPatrolCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      shift { id site { code } }\n      coveredCount\n      complete\n      areas { area { id name } count required covered lastPatrolAt }\n    }\n  }\n"): (typeof documents)["\n  query BoardPatrolCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      shift { id site { code } }\n      coveredCount\n      complete\n      areas { area { id name } count required covered lastPatrolAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation BoardRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) { token { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardViewer { viewer { staff { id } } }"): (typeof documents)["query BoardViewer { viewer { staff { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardSetLocale($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation BoardSetLocale($input: SetMyLocaleInput!) { setMyLocale(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KindFields on Case {\n    id\n    reference\n    kind\n    status\n    awaitingAcknowledgement\n    resolutionDueAt\n    department { key }\n    holder { username }\n    reporterStaff { username }\n    timeline { type note }\n    details {\n      __typename\n      ... on TaskDetails { mode }\n      ... on RentalDetails {\n        askingRent\n        prospect\n        outcome\n        agreedRent\n        agreedOn\n        unitsOffered { id code }\n        tenant { id name }\n        viewings { prospect note recordedByName unit { code } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KindFields on Case {\n    id\n    reference\n    kind\n    status\n    awaitingAcknowledgement\n    resolutionDueAt\n    department { key }\n    holder { username }\n    reporterStaff { username }\n    timeline { type note }\n    details {\n      __typename\n      ... on TaskDetails { mode }\n      ... on RentalDetails {\n        askingRent\n        prospect\n        outcome\n        agreedRent\n        agreedOn\n        unitsOffered { id code }\n        tenant { id name }\n        viewings { prospect note recordedByName unit { code } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation KindsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsStep($ack: CaseStepInput!) {\n    acknowledgeCase(input: $ack) { userErrors { code } }\n    startCase(input: $ack) { case { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation KindsStep($ack: CaseStepInput!) {\n    acknowledgeCase(input: $ack) { userErrors { code } }\n    startCase(input: $ack) { case { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation KindsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...KindFields } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation KindsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...KindFields } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation KindsClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsUpdateRental($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation KindsUpdateRental($input: UpdateRentalDetailsInput!) {\n    updateRentalDetails(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KindsViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation KindsViewing($input: RecordRentalViewingInput!) {\n    recordRentalViewing(input: $input) { case { ...KindFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KindsNotes {\n    notifications(first: 5) { nodes { type case { id } } }\n  }\n"): (typeof documents)["\n  query KindsNotes {\n    notifications(first: 5) { nodes { type case { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KindsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"): (typeof documents)["\n  query KindsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation KindsAssign($input: AssignCaseInput!) { assignCase(input: $input) { userErrors { code } } }\n    "): (typeof documents)["\n      mutation KindsAssign($input: AssignCaseInput!) { assignCase(input: $input) { userErrors { code } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id\n    reference\n    kind\n    status\n    severity\n    priority\n    awaitingAcknowledgement\n    needsEscalation\n    overdue\n    result\n    satisfaction\n    feedback\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    department { key }\n    holderDepartment { key }\n    onBehalfOf { key }\n    holder { username }\n    escalatedTo { username }\n    receivedBy { username }\n    timeline { type actorName note fromStatus toStatus targetName }\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id\n    reference\n    kind\n    status\n    severity\n    priority\n    awaitingAcknowledgement\n    needsEscalation\n    overdue\n    result\n    satisfaction\n    feedback\n    responseDueAt\n    resolutionDueAt\n    createdAt\n    department { key }\n    holderDepartment { key }\n    onBehalfOf { key }\n    holder { username }\n    escalatedTo { username }\n    receivedBy { username }\n    timeline { type actorName note fromStatus toStatus targetName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesAcknowledge($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesAcknowledge($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CasesComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { ...CaseFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesOne($id: ID!) {\n    case(id: $id) { ...CaseFields }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query CasesOne($id: ID!) {\n    case(id: $id) { ...CaseFields }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesList($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) { totalCount nodes { id reference status overdue } }\n  }\n"): (typeof documents)["\n  query CasesList($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) { totalCount nodes { id reference status overdue } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesMe {\n    viewer { staff { id } }\n    unreadNotificationCount\n    notifications(first: 20) { nodes { type title case { id } } }\n  }\n"): (typeof documents)["\n  query CasesMe {\n    viewer { staff { id } }\n    unreadNotificationCount\n    notifications(first: 20) { nodes { type title case { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesSetSla($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority responseMinutes resolutionMinutes } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation CasesSetSla($input: SetSlaPolicyInput!) {\n    setSlaPolicy(input: $input) { slaPolicy { kind priority responseMinutes resolutionMinutes } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"): (typeof documents)["\n  query CasesStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesSteps($id: ID!) {\n    case(id: $id) { status viewerSteps }\n  }\n"): (typeof documents)["\n  query CasesSteps($id: ID!) {\n    case(id: $id) { status viewerSteps }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesUnitsAt($siteCode: String) {\n    units(filter: { siteCode: $siteCode }, first: 1) { nodes { id code } }\n  }\n"): (typeof documents)["\n  query CasesUnitsAt($siteCode: String) {\n    units(filter: { siteCode: $siteCode }, first: 1) { nodes { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id\n    directory\n    category\n    name\n    person\n    role\n    phone\n    altPhone\n    dial\n    altDial\n    note\n    active\n    stale\n    canKeep\n    version\n    lastVerifiedAt\n    verifyNote\n    retireReason\n    site { code }\n    verifiedBy { username }\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    directory\n    category\n    name\n    person\n    role\n    phone\n    altPhone\n    dial\n    altDial\n    note\n    active\n    stale\n    canKeep\n    version\n    lastVerifiedAt\n    verifyNote\n    retireReason\n    site { code }\n    verifiedBy { username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsCreate($input: CreateContactInput!) {\n    createContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ContactsCreate($input: CreateContactInput!) {\n    createContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsUpdate($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ContactsUpdate($input: UpdateContactInput!) {\n    updateContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsVerify($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ContactsVerify($input: VerifyContactInput!) {\n    verifyContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsRetire($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ContactsRetire($input: RetireContactInput!) {\n    retireContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsList($filter: ContactFilter, $first: Int) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id name phone category directory stale site { code } }\n    }\n  }\n"): (typeof documents)["\n  query ContactsList($filter: ContactFilter, $first: Int) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id name phone category directory stale site { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsOne($id: ID!) {\n    contact(id: $id) { id name stale lenient: stale(afterDays: 365) }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query ContactsOne($id: ID!) {\n    contact(id: $id) { id name stale lenient: stale(afterDays: 365) }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsCoverage($siteCode: String, $staleAfterDays: Int) {\n    contactCoverage(siteCode: $siteCode, staleAfterDays: $staleAfterDays) {\n      site { code }\n      staleAfterDays\n      missingLiaison\n      missingEmergency\n      stale { id name }\n    }\n  }\n"): (typeof documents)["\n  query ContactsCoverage($siteCode: String, $staleAfterDays: Int) {\n    contactCoverage(siteCode: $siteCode, staleAfterDays: $staleAfterDays) {\n      site { code }\n      staleAfterDays\n      missingLiaison\n      missingEmergency\n      stale { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ContactsSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestBuildings($siteCode: String) {\n    buildings(siteCode: $siteCode) { id code name site { code } }\n  }\n"): (typeof documents)["\n  query CustomerTestBuildings($siteCode: String) {\n    buildings(siteCode: $siteCode) { id code name site { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestUnits($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id code floor area usage site { code } building { code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTestUnits($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id code floor area usage site { code } building { code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      currentOccupants { id role fromDate customer { name } }\n      occupancies { id role fromDate toDate current customer { name voided } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTestUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      currentOccupants { id role fromDate customer { name } }\n      occupancies { id role fromDate toDate current customer { name voided } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPage($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id name kind voided }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPage($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id name kind voided }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      idCardLast4\n      note\n      voided\n      voidReason\n      contacts { id kind value primary }\n      occupancies { id role fromDate toDate current unit { code site { code } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTestCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      idCardLast4\n      note\n      voided\n      voidReason\n      contacts { id kind value primary }\n      occupancies { id role fromDate toDate current unit { code site { code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Customer { name }\n      ... on Unit { code }\n      ... on Building { code }\n      ... on Occupancy { fromDate }\n      ... on CustomerContact { value }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTestNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Customer { name }\n      ... on Unit { code }\n      ... on Building { code }\n      ... on Occupancy { fromDate }\n      ... on CustomerContact { value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTestLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit { id code currentOccupants { role customer { name } } }\n      customer { id name }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTestLookup($query: String!) {\n    customerLookup(query: $query) {\n      match\n      exact\n      matchedValue\n      unit { id code currentOccupants { role customer { name } } }\n      customer { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id code name site { code } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerTestCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) { building { id code name site { code } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id code floor area usage note building { code } site { code } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTestCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id code floor area usage note building { code } site { code } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        contacts { kind value primary }\n        occupancies { role fromDate toDate current unit { code } }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTestCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        name\n        kind\n        idCardLast4\n        contacts { kind value primary }\n        occupancies { role fromDate toDate current unit { code } }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id name kind idCardLast4 note } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerTestUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id name kind idCardLast4 note } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      contact { id kind value primary }\n      customer { id contacts { value primary } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTestAddContact($input: AddCustomerContactInput!) {\n    addCustomerContact(input: $input) {\n      contact { id kind value primary }\n      customer { id contacts { value primary } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy { id role fromDate toDate current unit { code } customer { name } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTestMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      occupancy { id role fromDate toDate current unit { code } customer { name } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id fromDate toDate current note } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerTestMoveOut($input: MoveOutInput!) {\n    moveOut(input: $input) { occupancy { id fromDate toDate current note } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTestVoid($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id voided voidReason } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerTestVoid($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id voided voidReason } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportDatasetsList {\n    exportDatasets {\n      name\n      description\n      formats\n      filters\n      timeColumn\n      url\n      maxRangeDays\n      columns { name type description formats }\n    }\n  }\n"): (typeof documents)["\n  query ExportDatasetsList {\n    exportDatasets {\n      name\n      description\n      formats\n      filters\n      timeColumn\n      url\n      maxRangeDays\n      columns { name type description formats }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCasesPage($filter: CaseFilter, $after: String) {\n    cases(first: 100, after: $after, filter: $filter) {\n      edges { node { id reference status title createdAt department { key } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExportCasesPage($filter: CaseFilter, $after: String) {\n    cases(first: 100, after: $after, filter: $filter) {\n      edges { node { id reference status title createdAt department { key } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportScansPage($filter: PatrolScanFilter, $after: String) {\n    patrolScans(first: 100, after: $after, filter: $filter) {\n      edges { node { id scannedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExportScansPage($filter: PatrolScanFilter, $after: String) {\n    patrolScans(first: 100, after: $after, filter: $filter) {\n      edges { node { id scannedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditPage($filter: AuditEventFilter, $after: String) {\n    auditEvents(first: 100, after: $after, filter: $filter) {\n      edges { node { id action occurredAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExportAuditPage($filter: AuditEventFilter, $after: String) {\n    auditEvents(first: 100, after: $after, filter: $filter) {\n      edges { node { id action occurredAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field message } }\n  }\n"): (typeof documents)["\n  mutation ExportOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireOverview($siteCode: String!, $drillIntervalMonths: Int, $trainingIntervalMonths: Int) {\n    fireSafetyOverview(\n      siteCode: $siteCode\n      drillIntervalMonths: $drillIntervalMonths\n      trainingIntervalMonths: $trainingIntervalMonths\n    ) {\n      date\n      checks { check count ok }\n      keyUnitCount\n      keyUnitsWithoutFirePlan { id name }\n      plansReviewOverdue { id title }\n      lastDrill { id }\n      nextDrillDueOn\n      drillOverdue\n      nextPlannedDrill { id }\n      placeCount\n      uncoveredPlaces { name area { id } keyUnit { id } }\n      brigadeCount\n      untrainedMembers { staff { username } }\n      leadersUnfamiliar { username }\n      equipmentCount\n      equipmentOverdueCount\n      equipmentFaultyCount\n      viewerMayCreate\n      viewerMayHandle\n      viewerMayApprove\n    }\n  }\n"): (typeof documents)["\n  query FireOverview($siteCode: String!, $drillIntervalMonths: Int, $trainingIntervalMonths: Int) {\n    fireSafetyOverview(\n      siteCode: $siteCode\n      drillIntervalMonths: $drillIntervalMonths\n      trainingIntervalMonths: $trainingIntervalMonths\n    ) {\n      date\n      checks { check count ok }\n      keyUnitCount\n      keyUnitsWithoutFirePlan { id name }\n      plansReviewOverdue { id title }\n      lastDrill { id }\n      nextDrillDueOn\n      drillOverdue\n      nextPlannedDrill { id }\n      placeCount\n      uncoveredPlaces { name area { id } keyUnit { id } }\n      brigadeCount\n      untrainedMembers { staff { username } }\n      leadersUnfamiliar { username }\n      equipmentCount\n      equipmentOverdueCount\n      equipmentFaultyCount\n      viewerMayCreate\n      viewerMayHandle\n      viewerMayApprove\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireCoverage($siteCode: String!) {\n    fireResponsibilityCoverage(siteCode: $siteCode) {\n      name\n      covered\n      area { id nameZh }\n      keyUnit { id name }\n      current { id responsible { username } deputy { username } effectiveFrom effectiveTo inForce }\n    }\n  }\n"): (typeof documents)["\n  query FireCoverage($siteCode: String!) {\n    fireResponsibilityCoverage(siteCode: $siteCode) {\n      name\n      covered\n      area { id nameZh }\n      keyUnit { id name }\n      current { id responsible { username } deputy { username } effectiveFrom effectiveTo inForce }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireResponsibilities($siteCode: String!, $includeEnded: Boolean) {\n    fireResponsibilities(siteCode: $siteCode, includeEnded: $includeEnded) {\n      id\n      effectiveFrom\n      effectiveTo\n      endReason\n      area { nameZh }\n      responsible { username }\n      supersededBy { id }\n    }\n  }\n"): (typeof documents)["\n  query FireResponsibilities($siteCode: String!, $includeEnded: Boolean) {\n    fireResponsibilities(siteCode: $siteCode, includeEnded: $includeEnded) {\n      id\n      effectiveFrom\n      effectiveTo\n      endReason\n      area { nameZh }\n      responsible { username }\n      supersededBy { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) {\n      responsibility { id effectiveFrom effectiveTo inForce responsible { username } area { nameZh } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireAssign($input: AssignFireResponsibilityInput!) {\n    assignFireResponsibility(input: $input) {\n      responsibility { id effectiveFrom effectiveTo inForce responsible { username } area { nameZh } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireEndResponsibility($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) {\n      responsibility { id effectiveTo endReason inForce }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation FireEndResponsibility($input: EndFireResponsibilityInput!) {\n    endFireResponsibility(input: $input) {\n      responsibility { id effectiveTo endReason inForce }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireKeyUnits($siteCode: String!) {\n    keyUnits(siteCode: $siteCode) {\n      id\n      name\n      firePlan { id version }\n      plans { id type version status supersededBy { id } approvedBy { username } }\n    }\n  }\n"): (typeof documents)["\n  query FireKeyUnits($siteCode: String!) {\n    keyUnits(siteCode: $siteCode) {\n      id\n      name\n      firePlan { id version }\n      plans { id type version status supersededBy { id } approvedBy { username } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id name site { code } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireCreateUnit($input: CreateKeyUnitInput!) {\n    createKeyUnit(input: $input) { keyUnit { id name site { code } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) {\n      plan { id version status type effectiveFrom draftedBy { username } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireDraft($input: DraftEmergencyPlanInput!) {\n    draftEmergencyPlan(input: $input) {\n      plan { id version status type effectiveFrom draftedBy { username } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id title } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireUpdateDraft($input: UpdateEmergencyPlanDraftInput!) {\n    updateEmergencyPlanDraft(input: $input) { plan { id title } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) {\n      plan { id status version effectiveFrom approvedBy { username } approvedAt }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireApprove($input: EmergencyPlanStepInput!) {\n    approveEmergencyPlan(input: $input) {\n      plan { id status version effectiveFrom approvedBy { username } approvedAt }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id status withdrawReason } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireWithdraw($input: WithdrawEmergencyPlanDraftInput!) {\n    withdrawEmergencyPlanDraft(input: $input) { plan { id status withdrawReason } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id viewerHasRead } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireConfirmRead($input: EmergencyPlanStepInput!) {\n    confirmEmergencyPlanRead(input: $input) { plan { id viewerHasRead } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirePlansInForce($siteCode: String!) {\n    emergencyPlansInForce(siteCode: $siteCode) { id type version keyUnit { name } }\n  }\n"): (typeof documents)["\n  query FirePlansInForce($siteCode: String!) {\n    emergencyPlansInForce(siteCode: $siteCode) { id type version keyUnit { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id status organiser { username } plan { id } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FirePlanDrill($input: PlanFireDrillInput!) {\n    planFireDrill(input: $input) { drill { id status organiser { username } plan { id } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) {\n      drill {\n        id\n        status\n        alarmAt\n        assemblySeconds\n        evacuationSeconds\n        durationSeconds\n        brigadeCount\n        occupantCount\n        participants { username }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireRecordDrill($input: RecordFireDrillInput!) {\n    recordFireDrill(input: $input) {\n      drill {\n        id\n        status\n        alarmAt\n        assemblySeconds\n        evacuationSeconds\n        durationSeconds\n        brigadeCount\n        occupantCount\n        participants { username }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) {\n      drill {\n        id\n        status\n        rating\n        evaluatedBy { username }\n        openFollowUpCount\n        followUps { id ordinal description owner { username } dueOn done }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireEvaluateDrill($input: EvaluateFireDrillInput!) {\n    evaluateFireDrill(input: $input) {\n      drill {\n        id\n        status\n        rating\n        evaluatedBy { username }\n        openFollowUpCount\n        followUps { id ordinal description owner { username } dueOn done }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) {\n      followUp { id done doneBy { username } drill { openFollowUpCount } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation FireFollowUpDone($input: SetFireDrillFollowUpDoneInput!) {\n    setFireDrillFollowUpDone(input: $input) {\n      followUp { id done doneBy { username } drill { openFollowUpCount } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id status cancelReason } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireCancelDrill($input: CancelFireDrillInput!) {\n    cancelFireDrill(input: $input) { drill { id status cancelReason } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireDrills($filter: FireDrillFilter, $first: Int) {\n    fireDrills(filter: $filter, first: $first) { totalCount nodes { id status site { code } } }\n  }\n"): (typeof documents)["\n  query FireDrills($filter: FireDrillFilter, $first: Int) {\n    fireDrills(filter: $filter, first: $first) { totalCount nodes { id status site { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireEquipmentList($filter: FireEquipmentFilter, $first: Int, $after: String) {\n    fireEquipment(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id identifier type status overdue location area { nameZh } site { code } viewerMayHandle }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query FireEquipmentList($filter: FireEquipmentFilter, $first: Int, $after: String) {\n    fireEquipment(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id identifier type status overdue location area { nameZh } site { code } viewerMayHandle }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) {\n      equipment { id identifier status quantity overdue }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation FireRegister($input: RegisterFireEquipmentInput!) {\n    registerFireEquipment(input: $input) {\n      equipment { id identifier status quantity overdue }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id location } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireUpdateEquipment($input: UpdateFireEquipmentInput!) {\n    updateFireEquipment(input: $input) { equipment { id location } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) {\n      equipment { id status statusNote lastCheckedOn nextDueOn overdue }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation FireCheck($input: RecordFireEquipmentCheckInput!) {\n    recordFireEquipmentCheck(input: $input) {\n      equipment { id status statusNote lastCheckedOn nextDueOn overdue }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id status retiredAt retireReason } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireRetire($input: RetireFireEquipmentInput!) {\n    retireFireEquipment(input: $input) { equipment { id status retiredAt retireReason } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {\n    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {\n      id\n      role\n      engagement\n      active\n      lastTrainedOn\n      trainingLapsed\n      trainingDueOn\n      staff { username }\n    }\n  }\n"): (typeof documents)["\n  query FireBrigade($siteCode: String!, $includeLeft: Boolean) {\n    fireBrigade(siteCode: $siteCode, includeLeft: $includeLeft) {\n      id\n      role\n      engagement\n      active\n      lastTrainedOn\n      trainingLapsed\n      trainingDueOn\n      staff { username }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id role active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireAddMember($input: AddFireBrigadeMemberInput!) {\n    addFireBrigadeMember(input: $input) { member { id role active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id lastTrainedOn trainingLapsed role } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireUpdateMember($input: UpdateFireBrigadeMemberInput!) {\n    updateFireBrigadeMember(input: $input) { member { id lastTrainedOn trainingLapsed role } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id active leftOn leftReason } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation FireEndMember($input: EndFireBrigadeMembershipInput!) {\n    endFireBrigadeMembership(input: $input) { member { id active leftOn leftReason } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FireStaffOptions($siteCode: String!) {\n    fireSafetyStaffOptions(siteCode: $siteCode) { id username }\n  }\n"): (typeof documents)["\n  query FireStaffOptions($siteCode: String!) {\n    fireSafetyStaffOptions(siteCode: $siteCode) { id username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FireNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query FireNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PassFields on GoodsPass {\n    id\n    number\n    status\n    issuedTo\n    items { description quantity }\n    carrierName\n    plate\n    validFrom\n    validUntil\n    checkedAt\n    checkNote\n    refuseReason\n    cancelReason\n    site { code }\n    unit { code }\n    customer { name }\n    department { key }\n    requestedBy { username }\n    approvedBy { username }\n    checkedBy { username }\n    gate { nameZh }\n    can { approve cancel checkOut refuse }\n  }\n"): (typeof documents)["\n  fragment PassFields on GoodsPass {\n    id\n    number\n    status\n    issuedTo\n    items { description quantity }\n    carrierName\n    plate\n    validFrom\n    validUntil\n    checkedAt\n    checkNote\n    refuseReason\n    cancelReason\n    site { code }\n    unit { code }\n    customer { name }\n    department { key }\n    requestedBy { username }\n    approvedBy { username }\n    checkedBy { username }\n    gate { nameZh }\n    can { approve cancel checkOut refuse }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementFields on VehicleMovement {\n    id\n    plate\n    category\n    vehicleType\n    enteredAt\n    exitedAt\n    inside\n    overstaying\n    lenient: overstaying(hours: 48)\n    parkingPlace\n    voidReason\n    canExit\n    canVoid\n    entryGate { nameZh }\n    exitGate { nameZh }\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n"): (typeof documents)["\n  fragment MovementFields on VehicleMovement {\n    id\n    plate\n    category\n    vehicleType\n    enteredAt\n    exitedAt\n    inside\n    overstaying\n    lenient: overstaying(hours: 48)\n    parkingPlace\n    voidReason\n    canExit\n    canVoid\n    entryGate { nameZh }\n    exitGate { nameZh }\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorFields on GateVisitor {\n    id\n    name\n    idLast4\n    headcount\n    visiting\n    inside\n    exitedAt\n    canExit\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n"): (typeof documents)["\n  fragment VisitorFields on GateVisitor {\n    id\n    name\n    idLast4\n    headcount\n    visiting\n    inside\n    exitedAt\n    canExit\n    entryOfficer { username }\n    exitOfficer { username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateRequestPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateRequestPass($input: RequestGoodsPassInput!) {\n    requestGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateApprovePass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateApprovePass($input: GoodsPassStepInput!) {\n    approveGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateCancelPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateCancelPass($input: CancelGoodsPassInput!) {\n    cancelGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateCheckOut($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateCheckOut($input: CheckOutGoodsPassInput!) {\n    checkOutGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateRefusePass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateRefusePass($input: RefuseGoodsPassInput!) {\n    refuseGoodsPass(input: $input) { pass { ...PassFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatePassByNumber($number: String!) {\n    goodsPassByNumber(number: $number) { id number status }\n  }\n"): (typeof documents)["\n  query GatePassByNumber($number: String!) {\n    goodsPassByNumber(number: $number) { id number status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatePasses($filter: GoodsPassFilter, $first: Int) {\n    goodsPasses(filter: $filter, first: $first) { totalCount nodes { id number status site { code } } }\n  }\n"): (typeof documents)["\n  query GatePasses($filter: GoodsPassFilter, $first: Int) {\n    goodsPasses(filter: $filter, first: $first) { totalCount nodes { id number status site { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateEnter($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateEnter($input: RecordVehicleEntryInput!) {\n    recordVehicleEntry(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateExit($input: RecordVehicleExitInput!) {\n    recordVehicleExit(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateVoidMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateVoidMovement($input: VoidVehicleMovementInput!) {\n    voidVehicleMovement(input: $input) { movement { ...MovementFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateMovements($filter: VehicleMovementFilter, $first: Int) {\n    vehicleMovements(filter: $filter, first: $first) { totalCount nodes { id plate category overstaying site { code } } }\n  }\n"): (typeof documents)["\n  query GateMovements($filter: VehicleMovementFilter, $first: Int) {\n    vehicleMovements(filter: $filter, first: $first) { totalCount nodes { id plate category overstaying site { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateVisitorIn($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateVisitorIn($input: RecordVisitorEntryInput!) {\n    recordVisitorEntry(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateVisitorOut($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateVisitorOut($input: RecordVisitorExitInput!) {\n    recordVisitorExit(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateVoidVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation GateVoidVisitor($input: VoidGateVisitorInput!) {\n    voidGateVisitor(input: $input) { visitor { ...VisitorFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateVisitors($filter: GateVisitorFilter) {\n    gateVisitors(filter: $filter, first: 50) { totalCount nodes { id name inside site { code } } }\n  }\n"): (typeof documents)["\n  query GateVisitors($filter: GateVisitorFilter) {\n    gateVisitors(filter: $filter, first: 50) { totalCount nodes { id name inside site { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateAreas($siteCode: String) {\n    areas(siteCode: $siteCode) { id kind nameZh }\n  }\n"): (typeof documents)["\n  query GateAreas($siteCode: String) {\n    areas(siteCode: $siteCode) { id kind nameZh }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n"): (typeof documents)["\n  query HandoverPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoverTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"): (typeof documents)["query HandoverTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date pattern { code } leader { username } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date pattern { code } leader { username } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverCreateMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id name unit expectedQuantity active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverCreateMaterial($input: CreateShiftMaterialInput!) {\n    createShiftMaterial(input: $input) { material { id name unit expectedQuantity active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverUpdateMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id name expectedQuantity active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverUpdateMaterial($input: UpdateShiftMaterialInput!) {\n    updateShiftMaterial(input: $input) { material { id name expectedQuantity active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverMaterials($siteCode: String) { shiftMaterials(siteCode: $siteCode) { id name expectedQuantity } }\n"): (typeof documents)["\n  query HandoverMaterials($siteCode: String) { shiftMaterials(siteCode: $siteCode) { id name expectedQuantity } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverCash($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id amount direction receiptNo } balance userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverCash($input: RecordCashMovementInput!) {\n    recordCashMovement(input: $input) { movement { id amount direction receiptNo } balance userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverLedger($siteCode: String!) {\n    cashBalance(siteCode: $siteCode)\n    cashLedger(siteCode: $siteCode, first: 10) { totalCount nodes { amount direction purpose recordedBy { username } } }\n  }\n"): (typeof documents)["\n  query HandoverLedger($siteCode: String!) {\n    cashBalance(siteCode: $siteCode)\n    cashLedger(siteCode: $siteCode, first: 10) { totalCount nodes { amount direction purpose recordedBy { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverAddEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) {\n      entry { id text at author { username } case { reference } }\n      dutyLog { id status date entryCount shift { id } department { key } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation HandoverAddEntry($input: AddDutyLogEntryInput!) {\n    addDutyLogEntry(input: $input) {\n      entry { id text at author { username } case { reference } }\n      dutyLog { id status date entryCount shift { id } department { key } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverReview($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id status reviewNote reviewedBy { username } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverReview($input: ReviewDutyLogInput!) {\n    reviewDutyLog(input: $input) { dutyLog { id status reviewNote reviewedBy { username } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverLogs($filter: DutyLogFilter) {\n    dutyLogs(filter: $filter, first: 50) { totalCount nodes { id date status department { key } shift { id } entryCount } }\n  }\n"): (typeof documents)["\n  query HandoverLogs($filter: DutyLogFilter) {\n    dutyLogs(filter: $filter, first: 50) { totalCount nodes { id date status department { key } shift { id } entryCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverShiftLog($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      closedAt\n      dutyLog { id status viewerMayWrite viewerMayReview entries { text author { username } case { reference } } }\n    }\n  }\n"): (typeof documents)["\n  query HandoverShiftLog($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      closedAt\n      dutyLog { id status viewerMayWrite viewerMayReview entries { text author { username } case { reference } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverPrefill($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      handoverSteps\n      handoverPrefill {\n        openMatters { kind recordId reference title status }\n        materials { id name expectedQuantity }\n        cashExpected\n        incomingShift { id leader { username } }\n      }\n      handover { id status items { kind reference description actionNeeded } counts { name counted expected difference explanation } }\n    }\n  }\n"): (typeof documents)["\n  query HandoverPrefill($id: ID!) {\n    shift(id: $id) {\n      id\n      status\n      handoverSteps\n      handoverPrefill {\n        openMatters { kind recordId reference title status }\n        materials { id name expectedQuantity }\n        cashExpected\n        incomingShift { id leader { username } }\n      }\n      handover { id status items { kind reference description actionNeeded } counts { name counted expected difference explanation } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoverTestFields on Handover {\n    id\n    status\n    late\n    hasDiscrepancy\n    cashExpected\n    cashCounted\n    cashDifference\n    cashExplanation\n    acceptedOnBehalf\n    acceptanceNote\n    disputeReason\n    resolution\n    viewerSteps\n    outgoingLeader { username }\n    incomingLeader { username }\n    shift { id status }\n    incomingShift { id }\n    items { kind recordId reference description actionNeeded }\n    counts { materialId name expected counted difference explanation }\n  }\n"): (typeof documents)["\n  fragment HandoverTestFields on Handover {\n    id\n    status\n    late\n    hasDiscrepancy\n    cashExpected\n    cashCounted\n    cashDifference\n    cashExplanation\n    acceptedOnBehalf\n    acceptanceNote\n    disputeReason\n    resolution\n    viewerSteps\n    outgoingLeader { username }\n    incomingLeader { username }\n    shift { id status }\n    incomingShift { id }\n    items { kind recordId reference description actionNeeded }\n    counts { materialId name expected counted difference explanation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverSaveDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation HandoverSaveDraft($input: HandoverDraftInput!) {\n    saveHandoverDraft(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation HandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation HandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverDispute($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation HandoverDispute($input: DisputeHandoverInput!) {\n    disputeHandover(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverResolve($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation HandoverResolve($input: ResolveHandoverDisputeInput!) {\n    resolveHandoverDispute(input: $input) { handover { ...HandoverTestFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverList($filter: HandoverFilter) {\n    handovers(filter: $filter, first: 50) { totalCount nodes { id status hasDiscrepancy late } }\n  }\n"): (typeof documents)["\n  query HandoverList($filter: HandoverFilter) {\n    handovers(filter: $filter, first: 50) { totalCount nodes { id status hasDiscrepancy late } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoverOne($id: ID!) { node(id: $id) { id ... on Handover { status } } }"): (typeof documents)["query HandoverOne($id: ID!) { node(id: $id) { id ... on Handover { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoverOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation HandoverOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftHandoverTestFields on Shift {\n    id\n    handoverSteps\n    handoverPrefill {\n      openMatters { kind recordId reference status }\n      materials { id }\n      cashExpected\n      incomingShift { id }\n    }\n    handover { id status }\n    incomingHandover { id status }\n    dutyLog { id }\n    briefing { id }\n    members { id }\n    viewerMember { id }\n    groomingChecks { id }\n    disciplineRecords { id }\n  }\n"): (typeof documents)["\n  fragment ShiftHandoverTestFields on Shift {\n    id\n    handoverSteps\n    handoverPrefill {\n      openMatters { kind recordId reference status }\n      materials { id }\n      cashExpected\n      incomingShift { id }\n    }\n    handover { id status }\n    incomingHandover { id status }\n    dutyLog { id }\n    briefing { id }\n    members { id }\n    viewerMember { id }\n    groomingChecks { id }\n    disciplineRecords { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverShiftsTogether($filter: ShiftFilter) {\n    shifts(filter: $filter, first: 30) { nodes { ...ShiftHandoverTestFields } }\n  }\n"): (typeof documents)["\n  query HandoverShiftsTogether($filter: ShiftFilter) {\n    shifts(filter: $filter, first: 30) { nodes { ...ShiftHandoverTestFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverShiftAlone($id: ID!) { shift(id: $id) { ...ShiftHandoverTestFields } }\n"): (typeof documents)["\n  query HandoverShiftAlone($id: ID!) { shift(id: $id) { ...ShiftHandoverTestFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentKeys {\n    departments { key }\n  }\n"): (typeof documents)["\n  query DepartmentKeys {\n    departments { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsReport($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        severity\n        site { code }\n        area\n        escalatedAt\n        details {\n          __typename\n          ... on IncidentDetails { occurredAt reportedLate reportDelayMinutes reportDeadlineMinutes actionsTaken area { nameZh } authorities { authority reference } }\n        }\n        escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders sentByName }\n        currentEscalation { level toName waiting }\n      }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentsReport($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        severity\n        site { code }\n        area\n        escalatedAt\n        details {\n          __typename\n          ... on IncidentDetails { occurredAt reportedLate reportDelayMinutes reportDeadlineMinutes actionsTaken area { nameZh } authorities { authority reference } }\n        }\n        escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders sentByName }\n        currentEscalation { level toName waiting }\n      }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsOne($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      escalatedTo { username }\n      escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders note sentByName }\n      timeline { type }\n      details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } }\n    }\n  }\n"): (typeof documents)["\n  query IncidentsOne($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      escalatedTo { username }\n      escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders note sentByName }\n      timeline { type }\n      details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsAck($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id currentEscalation { level waiting acknowledgedAt note } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation IncidentsAck($input: CaseStepInput!) {\n    acknowledgeEscalation(input: $input) { case { id currentEscalation { level waiting acknowledgedAt note } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { username } currentEscalation { level reason toName } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation IncidentsEscalate($input: EscalateCaseInput!) {\n    escalateCase(input: $input) { case { id escalatedTo { username } currentEscalation { level reason toName } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsUpdate($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation IncidentsUpdate($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) { case { id details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsPolicy { incidentPolicy { reportMinutes fireReportMinutes ackMinutes updatedByName } }"): (typeof documents)["query IncidentsPolicy { incidentPolicy { reportMinutes fireReportMinutes ackMinutes updatedByName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsSetPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { reportMinutes fireReportMinutes ackMinutes } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation IncidentsSetPolicy($input: UpdateIncidentPolicyInput!) {\n    updateIncidentPolicy(input: $input) { policy { reportMinutes fireReportMinutes ackMinutes } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh } }"): (typeof documents)["query IncidentsAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"): (typeof documents)["query IncidentsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }"): (typeof documents)["query IncidentsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsGenerate($input: GenerateRosterInput!) { generateRoster(input: $input) { userErrors { field code } } }\n"): (typeof documents)["\n  mutation IncidentsGenerate($input: GenerateRosterInput!) { generateRoster(input: $input) { userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspChecklists($type: InspectionType, $includeRetired: Boolean) {\n    inspectionChecklists(type: $type, includeRetired: $includeRetired) { id type name items revision active }\n  }\n"): (typeof documents)["\n  query InspChecklists($type: InspectionType, $includeRetired: Boolean) {\n    inspectionChecklists(type: $type, includeRetired: $includeRetired) { id type name items revision active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspCreateChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspCreateChecklist($input: CreateInspectionChecklistInput!) {\n    createInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspUpdateChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspUpdateChecklist($input: UpdateInspectionChecklistInput!) {\n    updateInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspPlan($input: PlanInspectionInput!) {\n    planInspection(input: $input) {\n      inspection {\n        id\n        type\n        status\n        checklistName\n        checklistRevision\n        site { code }\n        inspectors { username }\n        areas { id }\n        items { id seq text result }\n        pendingCount\n        viewerSteps\n      }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation InspPlan($input: PlanInspectionInput!) {\n    planInspection(input: $input) {\n      inspection {\n        id\n        type\n        status\n        checklistName\n        checklistRevision\n        site { code }\n        inspectors { username }\n        areas { id }\n        items { id seq text result }\n        pendingCount\n        viewerSteps\n      }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspRecord($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) {\n      inspection { id status performedAt passCount failCount notApplicableCount pendingCount items { id result note area { id } } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation InspRecord($input: RecordInspectionResultsInput!) {\n    recordInspectionResults(input: $input) {\n      inspection { id status performedAt passCount failCount notApplicableCount pendingCount items { id result note area { id } } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspComplete($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id status completedAt summary viewerSteps } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspComplete($input: CompleteInspectionInput!) {\n    completeInspection(input: $input) { inspection { id status completedAt summary viewerSteps } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspCancel($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id status cancelReason } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspCancel($input: CancelInspectionInput!) {\n    cancelInspection(input: $input) { inspection { id status cancelReason } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspOne($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      failCount\n      unnoticedFailures\n      viewerSteps\n      notices { id reference }\n      items { id text result notice { id reference } }\n    }\n  }\n"): (typeof documents)["\n  query InspOne($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      failCount\n      unnoticedFailures\n      viewerSteps\n      notices { id reference }\n      items { id text result notice { id reference } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspList($filter: InspectionFilter) {\n    inspections(filter: $filter, first: 100) { totalCount nodes { id type status site { code } } }\n  }\n"): (typeof documents)["\n  query InspList($filter: InspectionFilter) {\n    inspections(filter: $filter, first: 100) { totalCount nodes { id type status site { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspRegularity($siteCode: String, $intervalDays: Int) {\n    inspectionRegularity(siteCode: $siteCode, intervalDays: $intervalDays) {\n      site { code }\n      type\n      intervalDays\n      overdue\n      dueBy\n      lastPerformedAt\n      lastInspection { id }\n      nextPlanned { id }\n    }\n  }\n"): (typeof documents)["\n  query InspRegularity($siteCode: String, $intervalDays: Int) {\n    inspectionRegularity(siteCode: $siteCode, intervalDays: $intervalDays) {\n      site { code }\n      type\n      intervalDays\n      overdue\n      dueBy\n      lastPerformedAt\n      lastInspection { id }\n      nextPlanned { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspOpenNotice($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        status\n        resolutionDueAt\n        department { key }\n        site { code }\n        details {\n          __typename\n          ... on RectificationDetails {\n            origin\n            sourceLabel\n            addresseeType\n            addresseeName\n            addresseeDepartment { key }\n            requirement\n            area { id }\n            inspection { id }\n            inspectionItem { id }\n            verified\n          }\n        }\n      }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation InspOpenNotice($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      case {\n        id\n        reference\n        kind\n        status\n        resolutionDueAt\n        department { key }\n        site { code }\n        details {\n          __typename\n          ... on RectificationDetails {\n            origin\n            sourceLabel\n            addresseeType\n            addresseeName\n            addresseeDepartment { key }\n            requirement\n            area { id }\n            inspection { id }\n            inspectionItem { id }\n            verified\n          }\n        }\n      }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspNotice($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      overdue\n      resolutionDueAt\n      viewerSteps\n      timeline { type note }\n      details {\n        __typename\n        ... on RectificationDetails {\n          acknowledgedAt\n          acknowledgedByName\n          verified\n          verifiedByName\n          viewerMayAcknowledge\n          viewerMayVerify\n          followUps { kind note recordedByName }\n          reinspections { result note recordedByName newDeadline }\n          externalInspection { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspNotice($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      overdue\n      resolutionDueAt\n      viewerSteps\n      timeline { type note }\n      details {\n        __typename\n        ... on RectificationDetails {\n          acknowledgedAt\n          acknowledgedByName\n          verified\n          verifiedByName\n          viewerMayAcknowledge\n          viewerMayVerify\n          followUps { kind note recordedByName }\n          reinspections { result note recordedByName newDeadline }\n          externalInspection { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 100) { totalCount nodes { id reference } }\n  }\n"): (typeof documents)["\n  query InspCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 100) { totalCount nodes { id reference } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspAcknowledge($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspAcknowledge($input: AcknowledgeRectificationNoticeInput!) {\n    acknowledgeRectificationNotice(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspFollowUp($input: RecordRectificationFollowUpInput!) {\n    recordRectificationFollowUp(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspReinspect($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id status resolutionDueAt } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspReinspect($input: RecordReinspectionInput!) {\n    recordReinspection(input: $input) { case { id status resolutionDueAt } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspReopen($input: CaseReasonInput!) {\n    reopenCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspComment($input: CommentOnCaseInput!) {\n    commentOnCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspRecordExternal($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) {\n      externalInspection { id bodyType bodyName receivedBy { username } site { code } viewerMayEdit }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation InspRecordExternal($input: RecordExternalInspectionInput!) {\n    recordExternalInspection(input: $input) {\n      externalInspection { id bodyType bodyName receivedBy { username } site { code } viewerMayEdit }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspUpdateExternal($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id findings } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspUpdateExternal($input: UpdateExternalInspectionInput!) {\n    updateExternalInspection(input: $input) { externalInspection { id findings } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspVoidExternal($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id voidReason voidedAt } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation InspVoidExternal($input: VoidExternalInspectionInput!) {\n    voidExternalInspection(input: $input) { externalInspection { id voidReason voidedAt } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspExternal($id: ID!) {\n    externalInspection(id: $id) { id findings openNoticeCount notices { id } }\n  }\n"): (typeof documents)["\n  query InspExternal($id: ID!) {\n    externalInspection(id: $id) { id findings openNoticeCount notices { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspExternals($filter: ExternalInspectionFilter) {\n    externalInspections(filter: $filter, first: 100) { totalCount nodes { id } }\n  }\n"): (typeof documents)["\n  query InspExternals($filter: ExternalInspectionFilter) {\n    externalInspections(filter: $filter, first: 100) { totalCount nodes { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh site { code } } }\n"): (typeof documents)["\n  query InspAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh site { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    status\n    title\n    agenda\n    scheduledAt\n    heldAt\n    department { key }\n    site { code }\n    chair { username }\n    createdBy { username }\n    attendees { attended staff { username } }\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportedTo { username }\n    reportNote\n    cancelReason\n    viewerMayManage\n    overdueActionItemCount\n    actionItems {\n      id\n      reference\n      kind\n      channel\n      status\n      overdue\n      resolutionDueAt\n      assignee { username }\n      department { key }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    status\n    title\n    agenda\n    scheduledAt\n    heldAt\n    department { key }\n    site { code }\n    chair { username }\n    createdBy { username }\n    attendees { attended staff { username } }\n    absenteesNote\n    review\n    requirements\n    minutes\n    reportedAt\n    reportedTo { username }\n    reportNote\n    cancelReason\n    viewerMayManage\n    overdueActionItemCount\n    actionItems {\n      id\n      reference\n      kind\n      channel\n      status\n      overdue\n      resolutionDueAt\n      assignee { username }\n      department { key }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MeetingsMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsReport($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MeetingsReport($input: ReportMeetingInput!) {\n    reportMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsCancel($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MeetingsCancel($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { meeting { ...MeetingFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsAddItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting { id actionItems { id } }\n      task {\n        id\n        reference\n        kind\n        channel\n        status\n        awaitingAcknowledgement\n        resolutionDueAt\n        department { key }\n        assignee { username }\n        site { code }\n        details { __typename ... on TaskDetails { mode meeting { id title } } }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingsAddItem($input: AddMeetingActionItemInput!) {\n    addMeetingActionItem(input: $input) {\n      meeting { id actionItems { id } }\n      task {\n        id\n        reference\n        kind\n        channel\n        status\n        awaitingAcknowledgement\n        resolutionDueAt\n        department { key }\n        assignee { username }\n        site { code }\n        details { __typename ... on TaskDetails { mode meeting { id title } } }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsOne($id: ID!) {\n    meeting(id: $id) { ...MeetingFields }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query MeetingsOne($id: ID!) {\n    meeting(id: $id) { ...MeetingFields }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id title kind status }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id title kind status }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsLastHeld($departmentKey: String) {\n    meetingsLastHeld(departmentKey: $departmentKey) { kind heldAt }\n  }\n"): (typeof documents)["\n  query MeetingsLastHeld($departmentKey: String) {\n    meetingsLastHeld(departmentKey: $departmentKey) { kind heldAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsTask($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      details { ... on TaskDetails { mode meeting { id } } }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsTask($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      details { ... on TaskDetails { mode meeting { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsNotes {\n    notifications(first: 10) { nodes { type title case { id } } }\n  }\n"): (typeof documents)["\n  query MeetingsNotes {\n    notifications(first: 10) { nodes { type title case { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsTaskSteps($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { status awaitingAcknowledgement } userErrors { code } }\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MeetingsTaskSteps($input: CaseStepInput!) {\n    acknowledgeCase(input: $input) { case { status awaitingAcknowledgement } userErrors { code } }\n    startCase(input: $input) { case { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsTaskResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status result } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation MeetingsTaskResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status result } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsTaskClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation MeetingsTaskClose($input: CloseCaseInput!) {\n    closeCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n"): (typeof documents)["\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n"): (typeof documents)["\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { nodes { id name } }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n"): (typeof documents)["\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { nodes { id name } }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n"): (typeof documents)["\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Notice {\n    id\n    reference\n    kind\n    status\n    effectiveStatus\n    isExpired\n    title\n    body\n    audience\n    audienceLabel\n    postedAt\n    publishAt\n    expiresAt\n    issuedAt\n    issuedByName\n    authorName\n    withdrawReason\n    requiresAcknowledgement\n    acknowledgementDepartments { key }\n    department { key }\n    site { code }\n    building { id }\n    unit { id }\n    acknowledgedByMe\n    viewerMustAcknowledge\n    acknowledgementCount\n    audienceSize\n    viewerCanEdit\n    viewerCanIssue\n    viewerCanWithdraw\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Notice {\n    id\n    reference\n    kind\n    status\n    effectiveStatus\n    isExpired\n    title\n    body\n    audience\n    audienceLabel\n    postedAt\n    publishAt\n    expiresAt\n    issuedAt\n    issuedByName\n    authorName\n    withdrawReason\n    requiresAcknowledgement\n    acknowledgementDepartments { key }\n    department { key }\n    site { code }\n    building { id }\n    unit { id }\n    acknowledgedByMe\n    viewerMustAcknowledge\n    acknowledgementCount\n    audienceSize\n    viewerCanEdit\n    viewerCanIssue\n    viewerCanWithdraw\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesDraft($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation NoticesDraft($input: DraftNoticeInput!) {\n    draftNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesUpdate($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation NoticesUpdate($input: UpdateNoticeInput!) {\n    updateNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesIssue($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation NoticesIssue($input: NoticeStepInput!) {\n    issueNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesWithdraw($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation NoticesWithdraw($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesAcknowledge($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation NoticesAcknowledge($input: NoticeStepInput!) {\n    acknowledgeNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesOne($id: ID!) {\n    notice(id: $id) { ...NoticeFields }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query NoticesOne($id: ID!) {\n    notice(id: $id) { ...NoticeFields }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesProgress($id: ID!) {\n    notice(id: $id) {\n      id\n      acknowledgementCount\n      audienceSize\n      acknowledgements(first: 50) { totalCount nodes { staffName department { key } staff { username } } }\n      pendingAcknowledgers { name department { key } }\n    }\n  }\n"): (typeof documents)["\n  query NoticesProgress($id: ID!) {\n    notice(id: $id) {\n      id\n      acknowledgementCount\n      audienceSize\n      acknowledgements(first: 50) { totalCount nodes { staffName department { key } staff { username } } }\n      pendingAcknowledgers { name department { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeList($filter: NoticeFilter, $first: Int) {\n    notices(filter: $filter, first: $first) { totalCount nodes { id title effectiveStatus } }\n  }\n"): (typeof documents)["\n  query NoticeList($filter: NoticeFilter, $first: Int) {\n    notices(filter: $filter, first: $first) { totalCount nodes { id title effectiveStatus } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesPending {\n    myPendingAcknowledgements\n  }\n"): (typeof documents)["\n  query NoticesPending {\n    myPendingAcknowledgements\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesInbox {\n    notifications(first: 50) { nodes { type title notice { id } } }\n  }\n"): (typeof documents)["\n  query NoticesInbox {\n    notifications(first: 50) { nodes { type title notice { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n"): (typeof documents)["\n  query NoticesBuildings {\n    buildings(siteCode: \"CUIHU\") { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name nameZh nameEn patrolled minPatrols requiredPatrols active site { code } viewerMayManage }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name nameZh nameEn patrolled minPatrols requiredPatrols active site { code } viewerMayManage }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id active minPatrols requiredPatrols patrolled } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation PatrolsUpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id active minPatrols requiredPatrols patrolled } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) {\n      checkpoint { id name locationHint code scanUrl qrSvg qrPngPath active area { id } site { code } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) {\n      checkpoint { id name locationHint code scanUrl qrSvg qrPngPath active area { id } site { code } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) {\n      checkpoint { id name code active codeIssuedAt area { id } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsUpdateCheckpoint($input: UpdateCheckpointInput!) {\n    updateCheckpoint(input: $input) {\n      checkpoint { id name code active codeIssuedAt area { id } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsAreas($siteCode: String, $includeInactive: Boolean) {\n    areas(siteCode: $siteCode, includeInactive: $includeInactive) {\n      id\n      kind\n      name\n      active\n      site { code }\n      checkpoints { id name code qrSvg }\n    }\n  }\n"): (typeof documents)["\n  query PatrolsAreas($siteCode: String, $includeInactive: Boolean) {\n    areas(siteCode: $siteCode, includeInactive: $includeInactive) {\n      id\n      kind\n      name\n      active\n      site { code }\n      checkpoints { id name code qrSvg }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsCheckpointByCode($code: String!) { checkpointByCode(code: $code) { id name area { name } } }\n"): (typeof documents)["\n  query PatrolsCheckpointByCode($code: String!) { checkpointByCode(code: $code) { id name area { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatrolsNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query PatrolsNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) {\n      scan { id method observation scannedAt checkpoint { id } area { id } round { id startedAt completedAt open } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsScan($input: RecordPatrolScanInput!) {\n    recordPatrolScan(input: $input) {\n      scan { id method observation scannedAt checkpoint { id } area { id } round { id startedAt completedAt open } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsComplete($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id completedAt open } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation PatrolsComplete($input: CompletePatrolRoundInput!) {\n    completePatrolRound(input: $input) { round { id completedAt open } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) {\n      scan { id observation case { id } round { id } }\n      case { id reference kind channel status title area site { code } reporterStaff { username } department { key } }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsAnomaly($input: ReportPatrolAnomalyInput!) {\n    reportPatrolAnomaly(input: $input) {\n      scan { id observation case { id } round { id } }\n      case { id reference kind channel status title area site { code } reporterStaff { username } department { key } }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsReview($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) {\n      missedPatrol { id status reviewNote reviewedAt reviewedBy { username } viewerMayReview }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolsReview($input: ReviewMissedPatrolInput!) {\n    reviewMissedPatrol(input: $input) {\n      missedPatrol { id status reviewNote reviewedAt reviewedBy { username } viewerMayReview }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      minimumDefault\n      coveredCount\n      complete\n      areas { area { id nameZh } count required covered lastPatrolAt missedPatrol { id status } }\n    }\n  }\n"): (typeof documents)["\n  query PatrolsCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) {\n      minimumDefault\n      coveredCount\n      complete\n      areas { area { id nameZh } count required covered lastPatrolAt missedPatrol { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsRounds($shiftId: ID!, $mine: Boolean) {\n    patrolRounds(filter: { shiftId: $shiftId, mine: $mine }, first: 100) {\n      nodes {\n        id\n        patroller { username }\n        completedAt\n        open\n        scans { id checkpoint { name } method }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatrolsRounds($shiftId: ID!, $mine: Boolean) {\n    patrolRounds(filter: { shiftId: $shiftId, mine: $mine }, first: 100) {\n      nodes {\n        id\n        patroller { username }\n        completedAt\n        open\n        scans { id checkpoint { name } method }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsScans($filter: PatrolScanFilter, $first: Int) {\n    patrolScans(filter: $filter, first: $first) { totalCount nodes { id patroller { username } } }\n  }\n"): (typeof documents)["\n  query PatrolsScans($filter: PatrolScanFilter, $first: Int) {\n    patrolScans(filter: $filter, first: $first) { totalCount nodes { id patroller { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsMissed($filter: MissedPatrolFilter) {\n    missedPatrols(filter: $filter, first: 100) {\n      totalCount\n      nodes { id count required status area { nameZh } shift { id } viewerMayReview }\n    }\n  }\n"): (typeof documents)["\n  query PatrolsMissed($filter: MissedPatrolFilter) {\n    missedPatrols(filter: $filter, first: 100) {\n      totalCount\n      nodes { id count required status area { nameZh } shift { id } viewerMayReview }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatrolsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"): (typeof documents)["query PatrolsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n"): (typeof documents)["\n  query PatrolsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation PatrolsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { id date } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation PatrolsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatrolsCase($id: ID!) { case(id: $id) { id reference } }"): (typeof documents)["query PatrolsCase($id: ID!) { case(id: $id) { id reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsUpdateStaff($input: UpdateStaffInput!) { updateStaff(input: $input) { userErrors { field code } } }\n"): (typeof documents)["\n  mutation PatrolsUpdateStaff($input: UpdateStaffInput!) { updateStaff(input: $input) { userErrors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"): (typeof documents)["\n  query PatrolsHandoverCounts($siteCode: String!) {\n    shiftMaterials(siteCode: $siteCode) { id expectedQuantity }\n    cashBalance(siteCode: $siteCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation PatrolsHandoverSubmit($input: HandoverDraftInput!) {\n    submitHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation PatrolsHandoverAccept($input: AcceptHandoverInput!) {\n    acceptHandover(input: $input) { handover { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n"): (typeof documents)["\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n"): (typeof documents)["\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n"): (typeof documents)["\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n"): (typeof documents)["\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermDepartments {\n    departments { key }\n  }\n"): (typeof documents)["\n  query PermDepartments {\n    departments { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitFields on ReceptionVisit {\n    id\n    status\n    purpose\n    summary\n    outcome\n    visitedAt\n    visitorName\n    visitorPhone\n    version\n    canHandle\n    closedAt\n    voidReason\n    voidedAt\n    site { code }\n    unit { code }\n    customer { id name }\n    receivedBy { username }\n    closedBy { username }\n    case { id reference }\n  }\n"): (typeof documents)["\n  fragment VisitFields on ReceptionVisit {\n    id\n    status\n    purpose\n    summary\n    outcome\n    visitedAt\n    visitorName\n    visitorPhone\n    version\n    canHandle\n    closedAt\n    voidReason\n    voidedAt\n    site { code }\n    unit { code }\n    customer { id name }\n    receivedBy { username }\n    closedBy { username }\n    case { id reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionRecord($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReceptionRecord($input: RecordReceptionVisitInput!) {\n    recordReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionUpdate($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReceptionUpdate($input: UpdateReceptionVisitInput!) {\n    updateReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionLink($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReceptionLink($input: LinkReceptionVisitToCaseInput!) {\n    linkReceptionVisitToCase(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionClose($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReceptionClose($input: CloseReceptionVisitInput!) {\n    closeReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionVoid($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReceptionVoid($input: VoidReceptionVisitInput!) {\n    voidReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionList($filter: ReceptionVisitFilter, $first: Int, $after: String) {\n    receptionVisits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id visitedAt status purpose summary site { code } receivedBy { username } case { reference } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionList($filter: ReceptionVisitFilter, $first: Int, $after: String) {\n    receptionVisits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id visitedAt status purpose summary site { code } receivedBy { username } case { reference } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionOne($id: ID!) {\n    receptionVisit(id: $id) { id summary }\n    node(id: $id) { id ... on ReceptionVisit { status } }\n  }\n"): (typeof documents)["\n  query ReceptionOne($id: ID!) {\n    receptionVisit(id: $id) { id summary }\n    node(id: $id) { id ... on ReceptionVisit { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionOfCustomer($id: ID!) {\n    customer(id: $id) { id receptionVisits(first: 50) { totalCount nodes { id summary } } }\n  }\n"): (typeof documents)["\n  query ReceptionOfCustomer($id: ID!) {\n    customer(id: $id) { id receptionVisits(first: 50) { totalCount nodes { id summary } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ReceptionOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id reference } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ReceptionVoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ReceptionVoidCustomer($input: VoidCustomerInput!) {\n    voidCustomer(input: $input) { customer { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ReceptionSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) { userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionAudit($filter: AuditEventFilter) {\n    auditEvents(first: 100, filter: $filter) { totalCount nodes { action targetType targetId actorName } }\n  }\n"): (typeof documents)["\n  query ReceptionAudit($filter: AuditEventFilter) {\n    auditEvents(first: 100, filter: $filter) { totalCount nodes { action targetType targetId actorName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLogDepartments {\n    departments { key }\n  }\n"): (typeof documents)["\n  query RequestLogDepartments {\n    departments { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterShift on Shift {\n    id\n    date\n    status\n    pattern { code }\n    team { name }\n    leader { username }\n    members { id role onLeave leaveNote attendanceStatus canLead staff { username } swap { id kind requester { username } } }\n  }\n"): (typeof documents)["\n  fragment RosterShift on Shift {\n    id\n    date\n    status\n    pattern { code }\n    team { name }\n    leader { username }\n    members { id role onLeave leaveNote attendanceStatus canLead staff { username } swap { id kind requester { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RostersPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }"): (typeof documents)["query RostersPatterns { shiftPatterns(siteCode: \"CUIHU\") { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RostersTeams { teams(siteCode: \"CUIHU\") { id name } }"): (typeof documents)["query RostersTeams { teams(siteCode: \"CUIHU\") { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...RosterShift } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RostersGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...RosterShift } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RostersRoster($range: RosterRangeInput!) { roster(range: $range) { ...RosterShift } }\n"): (typeof documents)["\n  query RostersRoster($range: RosterRangeInput!) { roster(range: $range) { ...RosterShift } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersAdd($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RostersAdd($input: AddShiftMemberInput!) {\n    addShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersRemove($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersRemove($input: RemoveShiftMemberInput!) {\n    removeShiftMember(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersChangeLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersChangeLeader($input: ChangeShiftLeaderInput!) {\n    changeShiftLeader(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersSetLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersSetLeave($input: SetShiftMemberLeaveInput!) {\n    setShiftMemberLeave(input: $input) { shift { ...RosterShift } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersRecordLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) {\n      leave { id fromDate toDate reason cancelledAt viewerMayCancel staff { username } recordedBy { username } }\n      shiftsChanged\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RostersRecordLeave($input: RecordStaffLeaveInput!) {\n    recordStaffLeave(input: $input) {\n      leave { id fromDate toDate reason cancelledAt viewerMayCancel staff { username } recordedBy { username } }\n      shiftsChanged\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersCancelLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id cancelledAt cancelReason } shiftsChanged userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersCancelLeave($input: CancelStaffLeaveInput!) {\n    cancelStaffLeave(input: $input) { leave { id cancelledAt cancelReason } shiftsChanged userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RostersLeaves($filter: StaffLeaveFilter) {\n    staffLeaves(filter: $filter, first: 50) { totalCount nodes { id fromDate staff { username } } }\n  }\n"): (typeof documents)["\n  query RostersLeaves($filter: StaffLeaveFilter) {\n    staffLeaves(filter: $filter, first: 50) { totalCount nodes { id fromDate staff { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterSwap on ShiftSwap {\n    id\n    kind\n    status\n    reason\n    decisionNote\n    requester { username }\n    colleague { username }\n    decidedBy { username }\n    fromShift { id date pattern { code } }\n    toShift { id date }\n    viewerMayDecide\n    viewerMayCancel\n  }\n"): (typeof documents)["\n  fragment RosterSwap on ShiftSwap {\n    id\n    kind\n    status\n    reason\n    decisionNote\n    requester { username }\n    colleague { username }\n    decidedBy { username }\n    fromShift { id date pattern { code } }\n    toShift { id date }\n    viewerMayDecide\n    viewerMayCancel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersRequestSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RostersRequestSwap($input: RequestShiftSwapInput!) {\n    requestShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersApproveSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RostersApproveSwap($input: DecideShiftSwapInput!) {\n    approveShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersRejectSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersRejectSwap($input: DecideShiftSwapInput!) {\n    rejectShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RostersCancelSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RostersCancelSwap($input: CancelShiftSwapInput!) {\n    cancelShiftSwap(input: $input) { swap { ...RosterSwap } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RostersSwaps($filter: ShiftSwapFilter) {\n    shiftSwaps(filter: $filter, first: 50) { totalCount nodes { ...RosterSwap } }\n  }\n"): (typeof documents)["\n  query RostersSwaps($filter: ShiftSwapFilter) {\n    shiftSwaps(filter: $filter, first: 50) { totalCount nodes { ...RosterSwap } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RostersSwapOptions($shiftId: ID!) {\n    shiftSwapOptions(shiftId: $shiftId) { staff { username } mayCover shifts { id date pattern { code } } }\n  }\n"): (typeof documents)["\n  query RostersSwapOptions($shiftId: ID!) {\n    shiftSwapOptions(shiftId: $shiftId) { staff { username } mayCover shifts { id date pattern { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RostersOverview($input: ShiftsOverviewInput) {\n    shiftsOverview(input: $input) {\n      current rostered onLeave checkedIn late absent\n      shift { id date site { code } pattern { code } team { name } leader { username } status }\n    }\n  }\n"): (typeof documents)["\n  query RostersOverview($input: ShiftsOverviewInput) {\n    shiftsOverview(input: $input) {\n      current rostered onLeave checkedIn late absent\n      shift { id date site { code } pattern { code } team { name } leader { username } status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n"): (typeof documents)["\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsWithDuties {\n    positions(origin: RULEBOOK) { key name origin duties { number text source } }\n  }\n"): (typeof documents)["\n  query PositionsWithDuties {\n    positions(origin: RULEBOOK) { key name origin duties { number text source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllPositions {\n    positions { key origin }\n  }\n"): (typeof documents)["\n  query AllPositions {\n    positions { key origin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPositions {\n    positions(origin: COMPANY) {\n      key\n      name\n      en: name(locale: EN)\n      origin\n      status\n      shortCode\n      department { key }\n      reportsTo { key }\n      reportingChain { key }\n      duties { source }\n      notes\n    }\n  }\n"): (typeof documents)["\n  query CompanyPositions {\n    positions(origin: COMPANY) {\n      key\n      name\n      en: name(locale: EN)\n      origin\n      status\n      shortCode\n      department { key }\n      reportsTo { key }\n      reportingChain { key }\n      duties { source }\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentNames {\n    departments { key name }\n  }\n"): (typeof documents)["\n  query DepartmentNames {\n    departments { key name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n"): (typeof documents)["\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n"): (typeof documents)["\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n"): (typeof documents)["\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n"): (typeof documents)["\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftFields on Shift {\n    id\n    date\n    status\n    startsAt\n    endsAt\n    site { code }\n    pattern { code startTime endTime crossesMidnight }\n    team { name }\n    leader { username }\n    members { role staff { username } }\n    viewerMayLead\n  }\n"): (typeof documents)["\n  fragment ShiftFields on Shift {\n    id\n    date\n    status\n    startsAt\n    endsAt\n    site { code }\n    pattern { code startTime endTime crossesMidnight }\n    team { name }\n    leader { username }\n    members { role staff { username } }\n    viewerMayLead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id code startTime endTime lateGraceMinutes durationMinutes crossesMidnight } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsCreatePattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) { pattern { id code startTime endTime lateGraceMinutes durationMinutes crossesMidnight } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsUpdatePattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id active startTime } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsUpdatePattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) { pattern { id active startTime } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id name leader { username } members { username } } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { team { id name leader { username } members { username } } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id name members { username } active } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id name members { username } active } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name site { code } leader { username } } }\n"): (typeof documents)["\n  query ShiftsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name site { code } leader { username } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code site { code } } }\n"): (typeof documents)["\n  query ShiftsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code site { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...ShiftFields } kept userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ShiftsGenerate($input: GenerateRosterInput!) {\n    generateRoster(input: $input) { shifts { ...ShiftFields } kept userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftsRoster($range: RosterRangeInput!) { roster(range: $range) { ...ShiftFields } }\n"): (typeof documents)["\n  query ShiftsRoster($range: RosterRangeInput!) { roster(range: $range) { ...ShiftFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftsList($filter: ShiftFilter, $first: Int) {\n    shifts(filter: $filter, first: $first) { totalCount nodes { ...ShiftFields } }\n  }\n"): (typeof documents)["\n  query ShiftsList($filter: ShiftFilter, $first: Int) {\n    shifts(filter: $filter, first: $first) { totalCount nodes { ...ShiftFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShiftsOne($id: ID!) { shift(id: $id) { ...ShiftFields } }"): (typeof documents)["query ShiftsOne($id: ID!) { shift(id: $id) { ...ShiftFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShiftsCurrent { myCurrentShift { ...ShiftFields viewerMember { role attendanceStatus } } }"): (typeof documents)["query ShiftsCurrent { myCurrentShift { ...ShiftFields viewerMember { role attendanceStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsBriefing($input: ShiftStepInput!) {\n    startShiftBriefing(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation ShiftsOnDuty($input: ShiftStepInput!) {\n    startShiftDuty(input: $input) { shift { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        id\n        employeeNo\n        name\n        phone\n        username\n        status\n        hireDate\n        leaveDate\n        locale\n        mustChangePassword\n        position { key }\n        department { key }\n        sites { code }\n      }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff {\n        id\n        employeeNo\n        name\n        phone\n        username\n        status\n        hireDate\n        leaveDate\n        locale\n        mustChangePassword\n        position { key }\n        department { key }\n        sites { code }\n      }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff { id name phone locale sites { code } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffUpdate($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      staff { id name phone locale sites { code } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff { id position { key } department { key } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTransfer($input: TransferStaffInput!) {\n    transferStaff(input: $input) {\n      staff { id position { key } department { key } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { id status } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id status leaveDate } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { id status leaveDate } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id mustChangePassword } temporaryPassword userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StaffResetPassword($input: ResetStaffPasswordInput!) {\n    resetStaffPassword(input: $input) { staff { id mustChangePassword } temporaryPassword userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      name\n      phone\n      status\n      leaveDate\n      position { key }\n      department { key }\n      sites { code }\n    }\n  }\n"): (typeof documents)["\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      name\n      phone\n      status\n      leaveDate\n      position { key }\n      department { key }\n      sites { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory($filter: StaffFilter, $first: Int) {\n    staffMembers(filter: $filter, first: $first) { totalCount nodes { username status } }\n  }\n"): (typeof documents)["\n  query StaffDirectory($filter: StaffFilter, $first: Int) {\n    staffMembers(filter: $filter, first: $first) { totalCount nodes { username status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes { action actorName targetId actor { id username status } }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvents($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes { action actorName targetId actor { id username status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    viewer { staff { username position { key } } permissions { permission scope } }\n  }\n"): (typeof documents)["\n  query StaffMe {\n    viewer { staff { username position { key } } permissions { permission scope } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      percentilesExact\n      groups {\n        kind\n        status\n        department { key }\n        site { key }\n        area\n        channel\n        severity\n        period { label }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n"): (typeof documents)["\n  query RollupStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      percentilesExact\n      groups {\n        kind\n        status\n        department { key }\n        site { key }\n        area\n        channel\n        severity\n        period { label }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollupOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RollupOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollupVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RollupVoid($input: CaseReasonInput!) {\n    voidCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollupAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RollupAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollupStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RollupStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupMe {\n    viewer { staff { id } }\n  }\n"): (typeof documents)["\n  query RollupMe {\n    viewer { staff { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollupResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation RollupResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsCases($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      groupBy\n      groups {\n        kind\n        status\n        department { key name }\n        site { key name }\n        area\n        channel\n        severity\n        period { label start end }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n"): (typeof documents)["\n  query StatsCases($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {\n    caseStats(groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      groupBy\n      groups {\n        kind\n        status\n        department { key name }\n        site { key name }\n        area\n        channel\n        severity\n        period { label start end }\n        count\n        open\n        overdue\n        resolved\n        medianMinutesToResult\n        p90MinutesToResult\n        resolvedWithinSla\n      }\n      totals { count open overdue resolved medianMinutesToResult p90MinutesToResult resolvedWithinSla }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation StatsOpen($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StatsAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StatsStart($input: CaseStepInput!) {\n    startCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StatsResolve($input: ResolveCaseInput!) {\n    resolveCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StatsRefer($input: ReferCaseInput!) {\n    referCase(input: $input) { case { id status } userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"): (typeof documents)["\n  query StatsStaff($search: String) {\n    staffMembers(filter: { search: $search }, first: 5) { nodes { id username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret userErrors { field code } }\n  }\n"): (typeof documents)["\n  mutation StatsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret userErrors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsAttendanceList($range: AttendanceRangeInput!) {\n    attendance(range: $range) { id status: attendanceStatus }\n  }\n"): (typeof documents)["\n  query StatsAttendanceList($range: AttendanceRangeInput!) {\n    attendance(range: $range) { id status: attendanceStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsAttendance($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {\n    attendanceStats(groupBy: $groupBy, range: $range) {\n      from\n      to\n      groups { person { key name } period { label } site { key } rostered present onTime late leftEarly absent onLeave expected }\n      totals { rostered present onTime late leftEarly absent onLeave expected }\n    }\n  }\n"): (typeof documents)["\n  query StatsAttendance($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {\n    attendanceStats(groupBy: $groupBy, range: $range) {\n      from\n      to\n      groups { person { key name } period { label } site { key } rostered present onTime late leftEarly absent onLeave expected }\n      totals { rostered present onTime late leftEarly absent onLeave expected }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsPatrols($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {\n    patrolCoverageStats(groupBy: $groupBy, range: $range) {\n      groups { shift { id key name } area { id name } period { label } shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans roundsCompleted missedPatrols }\n      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }\n    }\n  }\n"): (typeof documents)["\n  query StatsPatrols($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {\n    patrolCoverageStats(groupBy: $groupBy, range: $range) {\n      groups { shift { id key name } area { id name } period { label } shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans roundsCompleted missedPatrols }\n      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsShiftCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) { coveredCount areas { required count covered } }\n  }\n"): (typeof documents)["\n  query StatsShiftCoverage($shiftId: ID!) {\n    patrolCoverage(shiftId: $shiftId) { coveredCount areas { required count covered } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name contacts { value } occupancies { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name contacts { value } occupancies { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff { id username employeeNo status mustChangePassword }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff { id username employeeNo status mustChangePassword }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;