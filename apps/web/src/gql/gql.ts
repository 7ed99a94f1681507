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
    "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n    }\n  }\n": typeof types.AuditTargetsDocument,
    "\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AuditVocabularyDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n": typeof types.PositionGrantsFragmentDoc,
    "\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPositionGrantDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": typeof types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": typeof types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": typeof types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": typeof types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": typeof types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": typeof types.DutySearchDocument,
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
    "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n    }\n  }\n": types.AuditTargetsDocument,
    "\n  query AuditVocabulary {\n    departments {\n      id\n      key\n      name\n    }\n    positions {\n      id\n      key\n      name\n    }\n    sites {\n      id\n      code\n      name\n    }\n  }\n": types.AuditVocabularyDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    authenticatedBy\n    mustChangePassword\n    permissions {\n      permission\n      scope\n    }\n    staff {\n      id\n      name\n      username\n      employeeNo\n      locale\n      position {\n        id\n        key\n        name\n      }\n      department {\n        id\n        key\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      signedOut\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment PositionGrants on PositionPermissions {\n    position {\n      id\n      key\n    }\n    grants {\n      permission\n      scope\n    }\n  }\n": types.PositionGrantsFragmentDoc,
    "\n  query PermissionMatrix {\n    positions {\n      id\n      key\n      name\n      origin\n      department {\n        id\n        key\n        name\n      }\n    }\n    permissionCatalogue {\n      key\n      name\n      records\n      actions {\n        code\n        action\n      }\n    }\n    positionPermissions {\n      ...PositionGrants\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  mutation SetPositionGrant($input: SetPositionGrantInput!) {\n    setPositionGrant(input: $input) {\n      positionPermissions {\n        ...PositionGrants\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPositionGrantDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": types.DutySearchDocument,
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
export function graphql(source: "\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTargets($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Staff {\n        name\n        employeeNo\n      }\n      ... on ApiToken {\n        name\n        prefix\n      }\n      ... on Position {\n        name\n      }\n    }\n  }\n"];
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