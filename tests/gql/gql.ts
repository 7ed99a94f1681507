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
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": typeof types.DepartmentKeysDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": typeof types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n": typeof types.DepartmentsWithDutiesDocument,
    "\n  query PositionsWithDuties {\n    positions { key name duties { number text source } }\n  }\n": typeof types.PositionsWithDutiesDocument,
    "\n  query DepartmentNames {\n    departments { key name }\n  }\n": typeof types.DepartmentNamesDocument,
    "\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n": typeof types.DepartmentNameLocalesDocument,
    "\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n": typeof types.DepartmentByKeyDocument,
    "\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n": typeof types.PositionByKeyDocument,
    "\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n": typeof types.FilteredDutiesDocument,
    "\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n": typeof types.DepartmentStatusesDocument,
    "\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n": typeof types.ReportingChainDocument,
    "\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n": typeof types.DutyBySourceDocument,
};
const documents: Documents = {
    "\n  query DepartmentKeys {\n    departments { key }\n  }\n": types.DepartmentKeysDocument,
    "\n  query AllIds {\n    departments { __typename id key }\n    positions { __typename id key }\n    duties { __typename id citation }\n  }\n": types.AllIdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Department { key }\n      ... on Position { key }\n      ... on Duty { citation }\n    }\n  }\n": types.NodesByIdsDocument,
    "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n": types.DepartmentsWithDutiesDocument,
    "\n  query PositionsWithDuties {\n    positions { key name duties { number text source } }\n  }\n": types.PositionsWithDutiesDocument,
    "\n  query DepartmentNames {\n    departments { key name }\n  }\n": types.DepartmentNamesDocument,
    "\n  query DepartmentNameLocales($key: String!) {\n    department(key: $key) {\n      key\n      name\n      en: name(locale: EN)\n      zh: name(locale: ZH_CN)\n      duties { source text en: text(locale: EN) }\n    }\n  }\n": types.DepartmentNameLocalesDocument,
    "\n  query DepartmentByKey($key: String!) {\n    department(key: $key) { key name shortCode chapterNo }\n  }\n": types.DepartmentByKeyDocument,
    "\n  query PositionByKey($key: String!) {\n    position(key: $key) { key name shortCode department { key } }\n  }\n": types.PositionByKeyDocument,
    "\n  query FilteredDuties($filter: DutyFilter) {\n    duties(filter: $filter) {\n      citation\n      number\n      source\n      text\n      en: text(locale: EN)\n      owner {\n        __typename\n        ... on Department { key }\n        ... on Position { key }\n      }\n    }\n  }\n": types.FilteredDutiesDocument,
    "\n  query DepartmentStatuses {\n    departments {\n      key\n      status\n      chapterNo\n      possiblySameAs { key }\n      duties { source }\n    }\n  }\n": types.DepartmentStatusesDocument,
    "\n  query ReportingChain($key: String!) {\n    position(key: $key) {\n      key\n      reportsTo { key }\n      reportingChain { key }\n      directReports { key }\n    }\n  }\n": types.ReportingChainDocument,
    "\n  query DutyBySource($source: String!) {\n    duties(filter: { source: $source }) { citation source readingNote }\n  }\n": types.DutyBySourceDocument,
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
export function graphql(source: "\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n"): (typeof documents)["\n  query DepartmentsWithDuties {\n    departments { key name duties { number text source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsWithDuties {\n    positions { key name duties { number text source } }\n  }\n"): (typeof documents)["\n  query PositionsWithDuties {\n    positions { key name duties { number text source } }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;