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
    "\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MatrixStaffPageDocument,
    "\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n": typeof types.MatrixStaffByIdDocument,
    "\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n": typeof types.MatrixStaffNodeDocument,
    "\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.MatrixStaffNodesDocument,
    "\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MatrixAuditPageDocument,
    "\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n": typeof types.MatrixAuditNodeDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TokensCreateDocument,
    "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TokensRevokeDocument,
    "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all) { id name prefix scopes active owner { username } }\n  }\n": typeof types.TokensMineDocument,
    "\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n": typeof types.TokensNodeDocument,
    "\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n": typeof types.TokensStaffCountDocument,
    "\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n": typeof types.TokensWhoDocument,
    "\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n": typeof types.TokensSetLocaleDocument,
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
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n": typeof types.AuthLogoutDocument,
    "\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthSites {\n    sites { code }\n  }\n": typeof types.AuthSitesDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n": typeof types.AuthSetLocaleDocument,
    "\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": typeof types.AuthSuspendDocument,
    "\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": typeof types.AuthReinstateDocument,
    "\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n": typeof types.AuthOffboardDocument,
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": typeof types.DepartmentKeysDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": typeof types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { id name }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n": typeof types.NewNodeIdsDocument,
    "\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n": typeof types.AnyNodeDocument,
    "\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": typeof types.NodeTestCreateTokenDocument,
    "\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PermSetGrantDocument,
    "\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n": typeof types.PermPositionPermissionsDocument,
    "\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n": typeof types.PermCatalogueDocument,
    "\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n": typeof types.PermMineDocument,
    "\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n": typeof types.PermAuditTotalDocument,
    "\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PermStaffPageDocument,
    "\n  query PermDepartments {\n    departments { key }\n  }\n": typeof types.PermDepartmentsDocument,
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
    "\n  mutation FactoryOnboard($input: OnboardStaffInput!) {\n    onboardStaff(input: $input) {\n      staff { id username employeeNo status mustChangePassword }\n      temporaryPassword\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryOnboardDocument,
    "\n  mutation FactoryCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryCreateTokenDocument,
    "\n  mutation FactoryChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": typeof types.FactoryChangePasswordDocument,
};
const documents: Documents = {
    "\n  query MatrixStaffPage($first: Int, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MatrixStaffPageDocument,
    "\n  query MatrixStaffById($id: ID!) {\n    staffMember(id: $id) { id username }\n  }\n": types.MatrixStaffByIdDocument,
    "\n  query MatrixStaffNode($id: ID!) {\n    node(id: $id) { id ... on Staff { username } }\n  }\n": types.MatrixStaffNodeDocument,
    "\n  query MatrixStaffNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": types.MatrixStaffNodesDocument,
    "\n  query MatrixAuditPage($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id action targetId targetType actorName }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MatrixAuditPageDocument,
    "\n  query MatrixAuditNode($id: ID!) {\n    node(id: $id) { id ... on AuditEvent { action } }\n  }\n": types.MatrixAuditNodeDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n": types.TokensCreateDocument,
    "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TokensRevokeDocument,
    "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all) { id name prefix scopes active owner { username } }\n  }\n": types.TokensMineDocument,
    "\n  query TokensNode($id: ID!) {\n    node(id: $id) { id ... on ApiToken { name prefix } }\n  }\n": types.TokensNodeDocument,
    "\n  query TokensStaffCount {\n    staffMembers(first: 1) { totalCount }\n  }\n": types.TokensStaffCountDocument,
    "\n  query TokensWho {\n    viewer { authenticatedBy staff { username } }\n  }\n": types.TokensWhoDocument,
    "\n  mutation TokensSetLocale {\n    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }\n  }\n": types.TokensSetLocaleDocument,
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
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      viewer { authenticatedBy staff { username } }\n      userErrors { field message code }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout { signedOut userErrors { code } }\n  }\n": types.AuthLogoutDocument,
    "\n  query AuthMe {\n    viewer {\n      authenticatedBy\n      mustChangePassword\n      permissions { permission scope }\n      staff {\n        id\n        username\n        name\n        employeeNo\n        status\n        mustChangePassword\n        locale\n        position { key }\n        department { key }\n        sites { code }\n      }\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthSites {\n    sites { code }\n  }\n": types.AuthSitesDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer { mustChangePassword staff { mustChangePassword } }\n      userErrors { field message code }\n    }\n  }\n": types.AuthChangePasswordDocument,
    "\n  mutation AuthSetLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }\n  }\n": types.AuthSetLocaleDocument,
    "\n  mutation AuthSuspend($input: StaffStatusChangeInput!) {\n    suspendStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": types.AuthSuspendDocument,
    "\n  mutation AuthReinstate($input: StaffStatusChangeInput!) {\n    reinstateStaff(input: $input) { staff { status } userErrors { field code } }\n  }\n": types.AuthReinstateDocument,
    "\n  mutation AuthOffboard($input: OffboardStaffInput!) {\n    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }\n  }\n": types.AuthOffboardDocument,
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": types.DepartmentKeysDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodesByIdsDocument,
    "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { id name }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n": types.NewNodeIdsDocument,
    "\n  query AnyNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Staff { username }\n      ... on Site { code }\n      ... on ApiToken { name }\n      ... on AuditEvent { action }\n    }\n  }\n": types.AnyNodeDocument,
    "\n  mutation NodeTestCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token { id } userErrors { code } }\n  }\n": types.NodeTestCreateTokenDocument,
    "\n  mutation PermSetGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions { position { key } grants { permission scope } }\n      userErrors { field message code }\n    }\n  }\n": types.PermSetGrantDocument,
    "\n  query PermPositionPermissions($positionKey: String) {\n    positionPermissions(positionKey: $positionKey) { position { key } grants { permission scope } }\n  }\n": types.PermPositionPermissionsDocument,
    "\n  query PermCatalogue {\n    permissionCatalogue { key name records actions { code action } }\n  }\n": types.PermCatalogueDocument,
    "\n  query PermMine {\n    viewer { permissions { permission scope } }\n  }\n": types.PermMineDocument,
    "\n  query PermAuditTotal {\n    auditEvents(first: 100) { totalCount nodes { actor { id } } }\n  }\n": types.PermAuditTotalDocument,
    "\n  query PermStaffPage($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      nodes { username }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PermStaffPageDocument,
    "\n  query PermDepartments {\n    departments { key }\n  }\n": types.PermDepartmentsDocument,
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
export function graphql(source: "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id active revokedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all) { id name prefix scopes active owner { username } }\n  }\n"): (typeof documents)["\n  query TokensMine($all: Boolean! = false) {\n    apiTokens(all: $all) { id name prefix scopes active owner { username } }\n  }\n"];
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
export function graphql(source: "\n  query DepartmentKeys {\n    departments { key }\n  }\n"): (typeof documents)["\n  query DepartmentKeys {\n    departments { key }\n  }\n"];
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
export function graphql(source: "\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { id name }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n"): (typeof documents)["\n  query NewNodeIds {\n    viewer { staff { id username } }\n    sites { id code }\n    apiTokens { id name }\n    auditEvents(first: 5) { nodes { id action } }\n  }\n"];
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