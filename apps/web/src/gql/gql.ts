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
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": typeof types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": typeof types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": typeof types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": typeof types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": typeof types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": typeof types.DutySearchDocument,
};
const documents: Documents = {
    "\n  fragment DutyItem on Duty {\n    id\n    citation\n    number\n    text\n    source\n    readingNote\n  }\n": types.DutyItemFragmentDoc,
    "\n  query RulebookOverview {\n    departments {\n      id\n      key\n      name\n      status\n      shortCode\n      chapterNo\n      duties {\n        id\n      }\n    }\n    positions {\n      id\n      key\n      name\n      status\n      department {\n        id\n      }\n      duties {\n        id\n      }\n    }\n  }\n": types.RulebookOverviewDocument,
    "\n  fragment PositionDetail on Position {\n    id\n    key\n    name\n    status\n    shortCode\n    departmentInferred\n    notes\n    reportingChain {\n      id\n      key\n      name\n    }\n    duties {\n      ...DutyItem\n    }\n  }\n": types.PositionDetailFragmentDoc,
    "\n  query DepartmentDetail($key: String!) {\n    department(key: $key) {\n      id\n      key\n      name\n      summary\n      status\n      shortCode\n      chapterNo\n      chapterTitle\n      notes\n      reportsTo {\n        id\n        key\n        name\n      }\n      head {\n        id\n        key\n        name\n      }\n      possiblySameAs {\n        id\n        key\n        name\n      }\n      duties {\n        ...DutyItem\n      }\n      positions {\n        ...PositionDetail\n      }\n    }\n  }\n": types.DepartmentDetailDocument,
    "\n  query CompanyLevelPositions {\n    positions {\n      department {\n        id\n      }\n      ...PositionDetail\n    }\n  }\n": types.CompanyLevelPositionsDocument,
    "\n  query DutySearch($search: String!) {\n    duties(filter: { search: $search }) {\n      ...DutyItem\n      owner {\n        __typename\n        ... on Department {\n          id\n          key\n          name\n        }\n        ... on Position {\n          id\n          key\n          name\n          department {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": types.DutySearchDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;