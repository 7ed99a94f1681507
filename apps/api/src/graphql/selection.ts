import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked for directly under the field being resolved (through fragments
 * and inline fragments, whatever their type condition; `@skip`/`@include` not evaluated). For a
 * resolver that reads related rows in the same statement only when they will be asked for: a
 * name too many costs a join, never a wrong answer.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return fieldsUnder(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );
}

/** The same for a connection: the fields asked for of its rows, under `nodes` and `edges { node }`. */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  const sets: (SelectionSetNode | undefined)[] = [];
  const topLevel = fieldNodesUnder(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  for (const field of topLevel) {
    if (field.name.value === 'nodes') sets.push(field.selectionSet);
    if (field.name.value === 'edges')
      for (const edge of fieldNodesUnder(info, [field.selectionSet]))
        if (edge.name.value === 'node') sets.push(edge.selectionSet);
  }
  return fieldsUnder(info, sets);
}

function fieldsUnder(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[]): Set<string> {
  return new Set(fieldNodesUnder(info, sets).map((field) => field.name.value));
}

function fieldNodesUnder(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return fields;
}
