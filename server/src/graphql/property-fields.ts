import { type GraphQLField, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * Takes @nestjs/graphql's resolver off every field that only reads the property of its name.
 *
 * Nest gives each plain @Field a `rootFieldResolver` (`root[name]`, or the field's
 * `defaultValue`). graphql-js' default resolver reads the same property, but graphql-jit
 * compiles a field without a resolver to that read in place, and a field with one to a call
 * with its own resolve info, response path and callbacks: on the portfolio page, about 3,000
 * of them per answer, the larger part of its allocations. Fields that do more keep theirs:
 * @ResolveField methods, a `defaultValue`, a property named unlike its field.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (onlyReadsProperty(field)) field.resolve = undefined;
    }
  }
  return schema;
}

/** Nest's resolver by name, then by what it does: the property, and nothing in its absence. */
function onlyReadsProperty(field: GraphQLField<unknown, unknown>): boolean {
  const resolve = field.resolve as ((root: object) => unknown) | undefined;
  if (resolve?.name !== 'rootFieldResolver' || resolve.length !== 1) return false;
  const marker = {};
  return resolve({ [field.name]: marker }) === marker && resolve({}) === undefined;
}
