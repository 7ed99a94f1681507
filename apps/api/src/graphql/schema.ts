import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { rulebookResolvers } from '../features/rulebook/rulebook.resolver.js';
import { NodeResolver } from './node.js';

/** Every resolver of every feature; a new feature adds its list here. */
const resolvers = [NodeResolver, ...rulebookResolvers] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Input rules are checked in services, where they become userErrors naming the field.
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL as committed in packages/schema: sorted, so it only changes when the contract does. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trimEnd()}\n`;
}
