import { LIMITS } from '@steward/schema';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Plain lists that can hold many more than `costListSize` items: window queries a calendar page
 * needs whole (capped server-side) and the board's list of open cases. Each is costed at this size.
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.roster': 100,
  'Query.attendance': 100,
  'Query.shiftsOverview': 100,
  'BoardSnapshot.cases': 100,
};

/** Where a field was selected: its node and the type it was selected on (fragments narrow it). */
interface Selected {
  node: FieldNode;
  parent: GraphQLCompositeType;
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The most an operation can cost, before it runs: every object it may return costs 1 and scalars
 * nothing; a list multiplies everything under it by how many items it may hold — a connection by
 * its `first`/`last` (the default page size when neither is given), `nodes(ids:)` by the ids it
 * asks for, any other list by `LIMITS.query.costListSize` (or its entry in LIST_SIZES). So 100
 * cases with a 100-event page each cost about 100 × 100. Fields selected twice (directly and by
 * fragments) count once, as they run once; `@skip`/`@include` are taken as included.
 *
 * Call it on a validated document only (no unknown fields, no fragment cycles).
 */
export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const vars = variables ?? {};

  const collect = (
    sets: readonly { set: SelectionSetNode; parent: GraphQLCompositeType }[],
  ): Map<string, Selected[]> => {
    const byKey = new Map<string, Selected[]>();
    const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, spread: Set<string>) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = byKey.get(key) ?? [];
          list.push({ node: selection, parent });
          byKey.set(key, list);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, narrowed(schema, selection.typeCondition?.name.value, parent), spread);
        } else {
          const name = selection.name.value;
          const fragment = fragments[name];
          // A fragment spread twice at one level merges into the same fields: count it once.
          if (!fragment || spread.has(name)) continue;
          spread.add(name);
          walk(fragment.selectionSet, narrowed(schema, fragment.typeCondition.name.value, parent), spread);
        }
      }
    };
    for (const { set, parent } of sets) walk(set, parent, new Set());
    return byKey;
  };

  const costOf = (selected: Map<string, Selected[]>, multiplier: number, pageSize: number | null): number => {
    let total = 0;
    for (const same of selected.values()) {
      const first = same[0] as Selected;
      const name = first.node.name.value;
      // Introspection is costed flat (it reads the schema in memory; who may ask is decided elsewhere).
      if (name.startsWith('__')) {
        total += name === '__typename' ? 0 : multiplier;
        continue;
      }
      const field = fieldOf(first.parent, name);
      if (!field) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      const isList = isListType(getNullableType(field.type));
      const count = isList ? multiplier * (pageSize ?? listSize(first, field, vars)) : multiplier;
      // An edge is the wrapper of the node it carries: the node is what counts.
      if (!isEdge(type)) total += count;
      const children = collect(
        same
          .filter((s) => s.node.selectionSet)
          .map((s) => ({ set: s.node.selectionSet as SelectionSetNode, parent: type })),
      );
      if (isConnection(type)) {
        const size = pageSizeOf(first.node, vars);
        const items = new Map([...children].filter(([, s]) => isItems(s)));
        const rest = new Map([...children].filter(([, s]) => !isItems(s)));
        total += costOf(items, count, size) + costOf(rest, count, null);
      } else {
        total += costOf(children, count, null);
      }
      if (total > Number.MAX_SAFE_INTEGER / 2) return Number.MAX_SAFE_INTEGER;
    }
    return total;
  };

  return costOf(collect([{ set: operation.selectionSet, parent: root }]), 1, null);
}

function narrowed(schema: GraphQLSchema, name: string | undefined, parent: GraphQLCompositeType): GraphQLCompositeType {
  if (!name) return parent;
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : parent;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** A Relay connection of ours: `XConnection` with `edges`, `nodes` and `pageInfo`. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

function isEdge(type: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !type.name.endsWith('Edge')) return false;
  const fields = type.getFields();
  return 'node' in fields && 'cursor' in fields;
}

/** The fields of a connection that hold its page of items. */
function isItems(selected: readonly Selected[]): boolean {
  const name = selected[0]?.node.name.value;
  return name === 'edges' || name === 'nodes';
}

function argument(node: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value, variables as Record<string, unknown>) : undefined;
}

/** The page a connection field asks for: `last`, else `first`, else the default (as the server will read it). */
export function pageSizeOf(node: FieldNode, variables: Readonly<Record<string, unknown>>): number {
  const asked = argument(node, 'last', variables) ?? argument(node, 'first', variables);
  return typeof asked === 'number' && Number.isFinite(asked) && asked >= 0 ? Math.ceil(asked) : LIMITS.pageSize.default;
}

function listSize(
  selected: Selected,
  field: GraphQLField<unknown, unknown>,
  variables: Readonly<Record<string, unknown>>,
): number {
  const coordinate = `${selected.parent.name}.${field.name}`;
  if (coordinate === 'Query.nodes') {
    const ids = argument(selected.node, 'ids', variables);
    return Array.isArray(ids) ? ids.length : 1;
  }
  return LIST_SIZES[coordinate] ?? LIMITS.query.costListSize;
}
