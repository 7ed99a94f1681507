import type { EntityName } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, ID, InterfaceType, Query, Resolver, Root } from 'type-graphql';
import { PAGE } from './connection.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';

/**
 * Opaque global IDs: base64url of `<Type>:<key>`. Clients must treat them as opaque; the
 * encoding only needs to be stable and reversible on the server.
 */
export function toGlobalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { typename: string; key: string } | null {
  if (id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { typename: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

/**
 * How one node type is found by key. `load` must apply the type's access rules, so that
 * `node(id)` can never reveal a record its own query would hide.
 */
export interface NodeType<T extends object = object> {
  typename: string;
  entity: EntityName<T> & (abstract new (...args: never[]) => T);
  keyOf(entity: T): string;
  load(ctx: Context, keys: readonly string[]): Promise<T[]>;
}

const byTypename = new Map<string, NodeType>();
const byClass = new Map<unknown, NodeType>();

export function registerNodeType<T extends object>(type: NodeType<T>): void {
  byTypename.set(type.typename, type as unknown as NodeType);
  byClass.set(type.entity, type as unknown as NodeType);
}

function nodeTypeOf(value: object): NodeType {
  const type = byClass.get(value.constructor);
  if (!type) throw new Error(`${value.constructor.name} is not a registered Node type`);
  return type;
}

@InterfaceType('Node', {
  description: 'An object with a global ID, which `node(id)` and `nodes(ids)` accept.',
  resolveType: (value: object) => nodeTypeOf(value).typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'The global, opaque ID of this object.' })
  id: string;
}

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() node: object): string {
    const type = nodeTypeOf(node);
    return toGlobalId(type.typename, type.keyOf(node));
  }

  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when not found or not visible to you.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const [found] = await loadNodes(ctx, [id]);
    return found ?? null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global IDs (at most ${PAGE.max}), in the same order; null for each one not found or not visible.`,
  })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
    if (ids.length > PAGE.max) throw badInput('ids', `at most ${PAGE.max} at once`);
    return loadNodes(ctx, ids);
  }
}

async function loadNodes(ctx: Context, ids: readonly string[]): Promise<(object | null)[]> {
  const parsed = ids.map(fromGlobalId);
  const wanted = new Map<NodeType, Set<string>>();
  for (const p of parsed) {
    const type = p && byTypename.get(p.typename);
    if (!p || !type) continue;
    const keys = wanted.get(type) ?? new Set<string>();
    keys.add(p.key);
    wanted.set(type, keys);
  }
  const found = new Map<string, object>();
  for (const [type, keys] of wanted) {
    for (const entity of await type.load(ctx, [...keys])) found.set(`${type.typename}:${type.keyOf(entity)}`, entity);
  }
  return parsed.map((p) => (p ? (found.get(`${p.typename}:${p.key}`) ?? null) : null));
}
