import 'reflect-metadata';
import { type GraphQLSchema, graphql } from 'graphql';
import { buildSchema, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Connection, type ConnectionShape } from './connection.js';

// A connection's count is lazy (paginate's `totalCount` getter): a page that does not ask for it
// must not run it, whichever of its fields the page does ask for.
@ObjectType('LazyItem')
class LazyItem {
  @Field(() => ID)
  id: string;
}
const LazyItemConnection = Connection(LazyItem, 'LazyItem');

let counted = 0;
function page(): ConnectionShape<LazyItem> {
  const items = [{ id: 'a' }, { id: 'b' }].map((i) => Object.assign(new LazyItem(), i));
  return {
    edges: items.map((node) => ({ node, cursor: node.id })),
    nodes: items,
    get totalCount() {
      counted += 1;
      return 2;
    },
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
  };
}

@Resolver()
class LazyResolver {
  @Query(() => LazyItemConnection)
  lazyItems(): ConnectionShape<LazyItem> {
    return page();
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ resolvers: [LazyResolver], validate: false });
});

async function run(source: string) {
  counted = 0;
  const result = await graphql({ schema, source });
  expect(result.errors).toBeUndefined();
  return result.data;
}

describe('Connection', () => {
  it('answers nodes, edges and pageInfo without counting', async () => {
    const data = await run('{ lazyItems { nodes { id } edges { cursor node { id } } pageInfo { endCursor } } }');
    expect(data).toEqual({
      lazyItems: {
        nodes: [{ id: 'a' }, { id: 'b' }],
        edges: [
          { cursor: 'a', node: { id: 'a' } },
          { cursor: 'b', node: { id: 'b' } },
        ],
        pageInfo: { endCursor: 'b' },
      },
    });
    expect(counted).toBe(0);
  });

  it('counts once when totalCount is asked for', async () => {
    expect(await run('{ lazyItems { totalCount nodes { id } } }')).toEqual({
      lazyItems: { totalCount: 2, nodes: [{ id: 'a' }, { id: 'b' }] },
    });
    expect(counted).toBe(1);
  });
});
