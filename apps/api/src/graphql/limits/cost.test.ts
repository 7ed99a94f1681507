import { LIMITS } from '@steward/schema';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './cost.js';
import { fragmentsOf, readsSchema } from './introspection.js';
import { checkShape, checkText, MAX_NESTING } from './rules.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! }
  type Event implements Node { id: ID! }
  type EventEdge { cursor: String! node: Event! }
  type EventConnection { edges: [EventEdge!]! nodes: [Event!]! pageInfo: PageInfo! totalCount: Int! }
  type Site { code: String! }
  type Case implements Node {
    id: ID!
    site: Site
    events(first: Int, last: Int): EventConnection!
    escalations: [Event!]!
  }
  type CaseEdge { cursor: String! node: Case! }
  type CaseConnection { edges: [CaseEdge!]! nodes: [Case!]! pageInfo: PageInfo! totalCount: Int! }
  type Query {
    cases(first: Int, last: Int): CaseConnection!
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    sites: [Site!]!
  }
`);

function cost(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost({ schema, operation, fragments: fragmentsOf(document), variables });
}

describe('operationCost', () => {
  it('counts objects, not scalars; a connection multiplies its items by the page', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ cases { totalCount } }')).toBe(1);
    expect(cost('{ cases(first: 10) { nodes { id } } }')).toBe(1 + 10);
    expect(cost('{ cases(first: 10) { edges { cursor node { id } } } }')).toBe(1 + 10);
    expect(cost(`{ cases { nodes { id } } }`)).toBe(1 + LIMITS.pageSize.default);
    expect(cost('{ cases(last: 5) { nodes { site { code } } pageInfo { hasNextPage } } }')).toBe(1 + 5 + 5 + 1);
  });

  it('multiplies nested pages, with variables', () => {
    const query = 'query($a: Int, $b: Int) { cases(first: $a) { nodes { events(first: $b) { nodes { id } } } } }';
    expect(cost(query, { a: 100, b: 100 })).toBe(1 + 100 + 100 * (1 + 100));
    expect(cost(query, { a: 2 })).toBe(1 + 2 + 2 * (1 + LIMITS.pageSize.default));
  });

  it('counts plain lists at costListSize and nodes(ids:) by its ids', () => {
    expect(cost('{ sites { code } }')).toBe(LIMITS.query.costListSize);
    expect(cost('{ cases(first: 3) { nodes { escalations { id } } } }')).toBe(1 + 3 + 3 * LIMITS.query.costListSize);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
    expect(cost('{ nodes(ids: ["a", "b"]) { id ... on Case { site { code } } } }')).toBe(2 + 2);
  });

  it('counts a field once however many fragments select it, as it runs once', () => {
    const twice = `{ cases(first: 10) { nodes { ...A ...B site { code } } } }
      fragment A on Case { site { code } }
      fragment B on Case { site { code } ...A }`;
    expect(cost(twice)).toBe(1 + 10 + 10);
    // Under other names, it runs again: so it counts again.
    expect(cost('{ cases(first: 10) { nodes { a: site { code } b: site { code } } } }')).toBe(1 + 10 + 20);
  });

  it('follows inline fragments on the type they name', () => {
    expect(cost('{ node(id: "x") { ... on Case { events(first: 4) { nodes { id } } } } }')).toBe(1 + 1 + 4);
  });
});

describe('readsSchema', () => {
  const reads = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return readsSchema(operation, fragmentsOf(document));
  };
  it('finds __schema and __type by field name, behind aliases and fragments; not __typename', () => {
    expect(reads('{ __typename cases { __typename } }')).toBe(false);
    expect(reads('{ x: __schema { types { name } } }')).toBe(true);
    expect(reads('{ ... on Query { __type(name: "Case") { name } } }')).toBe(true);
    expect(reads('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __schema { __typename } }')).toBe(
      true,
    );
    expect(reads('{ ...__schema } fragment __schema on Query { __typename }')).toBe(false);
  });
});

describe('checkText and checkShape', () => {
  it('counts tokens without parsing, comments and commas aside', () => {
    const max = LIMITS.query.maxTokens;
    expect(checkText(`{ ${'a '.repeat(max - 2)}}`)).toBeNull();
    expect(checkText(`{ ${'a, '.repeat(max - 2)}} # ${'word '.repeat(max)}`)).toBeNull();
    expect(checkText(`{ ${'a '.repeat(max - 1)}}`)?.extensions).toMatchObject({ limit: 'tokens', maximum: max });
  });

  it('refuses brackets nested beyond what any real query needs, before the parser recurses into them', () => {
    expect(checkText(`${'{ a '.repeat(MAX_NESTING)}${'}'.repeat(MAX_NESTING)}`)).toBeNull();
    expect(checkText(`${'{ a '.repeat(MAX_NESTING + 1)}${'}'.repeat(MAX_NESTING + 1)}`)?.extensions).toMatchObject({
      limit: 'depth',
    });
    expect(checkText(`{ a(b: ${'['.repeat(MAX_NESTING)}1${']'.repeat(MAX_NESTING)}) }`)?.extensions).toMatchObject({
      limit: 'depth',
    });
    // A lexical error is the parser's to report.
    expect(checkText('{ "unterminated }')).toBeNull();
  });

  it('stops at a fragment cycle instead of following it for ever', () => {
    const cyclic = parse(
      '{ ...A } fragment A on Query { cases { nodes { ...B } } } fragment B on Case { ...C } fragment C on Case { ...B }',
    );
    expect(() => checkShape(schema, cyclic)).not.toThrow();
  });

  it('counts repeats through inline fragments, per selection set', () => {
    const n = LIMITS.query.maxRepeats;
    expect(checkShape(schema, parse(`{ cases { ${'totalCount '.repeat(n)}} }`))).toBeNull();
    expect(checkShape(schema, parse(`{ cases { ${'... { totalCount } '.repeat(n + 1)}} }`))?.extensions).toMatchObject({
      limit: 'repeats',
      found: n + 1,
    });
  });
});
