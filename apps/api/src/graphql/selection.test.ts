import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selectedNodeFields } from './selection.js';

// What a resolver sees of its own selection: the case query joins the references asked for.
const schema = buildSchema(`
  type Person { name: String }
  type Item { id: ID, title: String, owner: Person, holder: Person }
  type Edge { cursor: String, node: Item }
  type Page { totalCount: Int, nodes: [Item], edges: [Edge] }
  type Query { item: Item, page: Page }
`);

async function seen(source: string): Promise<{ item?: string[]; page?: string[] }> {
  const out: { item?: string[]; page?: string[] } = {};
  const rootValue = {
    item: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      out.item = [...selectedFields(info)].sort();
      return null;
    },
    page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      out.page = [...selectedNodeFields(info)].sort();
      return null;
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return out;
}

describe('selectedFields', () => {
  it('names the fields under the resolved one, through fragments and inline fragments', async () => {
    const { item } = await seen(`
      { item { id ...F ... on Item { holder { name } } } }
      fragment F on Item { owner { name } title }
    `);
    expect(item).toEqual(['holder', 'id', 'owner', 'title']);
  });
});

describe('selectedNodeFields', () => {
  it('names the fields of a connection’s rows, under nodes and edges { node }, not the page’s own', async () => {
    const { page } = await seen(`
      { page { totalCount nodes { id } edges { cursor node { ...F } } } }
      fragment F on Item { owner { name } }
    `);
    expect(page).toEqual(['id', 'owner']);
  });

  it('names nothing when no rows are asked for', async () => {
    const { page } = await seen('{ page { totalCount } }');
    expect(page).toEqual([]);
  });
});
