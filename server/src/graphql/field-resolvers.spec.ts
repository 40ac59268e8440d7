import { GraphQLInt, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { withoutPropertyResolvers } from './property-fields.js';
import { buildServerSchema } from './schema-sdl.js';

// Nest runs a @ResolveField method through its pipes-and-promises wrapper (an async function
// named `target`) unless the method takes no parameter decorators; then @nestjs/graphql
// installs the method itself, bound to its resolver. Plain @Field properties get its
// `rootFieldResolver`, which `withoutPropertyResolvers` takes off again. Lists resolve these
// fields hundreds of times per request, so every field without arguments must take one of
// the direct paths (see `NoArgs`).
describe('field resolvers', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildServerSchema();
  });

  /** The name of the function under any `.bind()`s: the method, or Nest's wrapper. */
  const innermostName = (fn: { name: string }) => fn.name.replace(/^(bound )+/, '');

  it('of fields without arguments are the methods themselves, not Nest’s wrapper', () => {
    const methods = new Map<string, string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      if (['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.resolve || field.args.length > 0) continue;
        const name = innermostName(field.resolve);
        if (name !== 'rootFieldResolver') methods.set(`${type.name}.${field.name}`, name);
      }
    }
    // The hot fields of lists, named after their methods: the direct path is what they take.
    expect(Object.fromEntries(methods)).toMatchObject({
      'Problem.lead': 'lead',
      'Problem.health': 'healthOf',
      'Outcome.latest': 'latest',
      'Task.assignee': 'assignee',
    });
    const wrapped = [...methods].filter(([, name]) => name === 'target' || name === '');
    expect(wrapped).toEqual([]);
  });

  it('leave plain properties without one, so that compiled queries read them in place', () => {
    const resolverOf = (type: string, field: string) => {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      const resolve = object.getFields()[field]?.resolve;
      return resolve && innermostName(resolve);
    };
    for (const [type, field] of [
      ['Problem', 'title'],
      ['Problem', 'id'],
      ['Outcome', 'name'],
      ['ProblemEdge', 'node'],
      ['ProblemConnection', 'totalCount'],
      ['Organization', 'name'],
    ] as const) {
      expect([type, field, resolverOf(type, field)]).toEqual([type, field, undefined]);
    }
    // Methods stay.
    expect(resolverOf('Outcome', 'latest')).toBe('latest');
    expect(resolverOf('Problem', 'organizations')).toBeDefined();
  });

  it('keep Nest’s resolver where it gives a default value or reads another property', () => {
    // Shaped like Nest's: an arrow function named rootFieldResolver, taking the parent only.
    const nest = (read: (root: Record<string, unknown>) => unknown) => {
      const rootFieldResolver = (root: Record<string, unknown>) => read(root);
      return rootFieldResolver;
    };
    const query = new GraphQLObjectType({
      name: 'Query',
      fields: {
        plain: { type: GraphQLInt, resolve: nest((root) => root.plain) },
        withDefault: { type: GraphQLInt, resolve: nest((root) => root.withDefault ?? 0) },
        renamed: { type: GraphQLInt, resolve: nest((root) => root.other) },
      },
    });
    const fields = withoutPropertyResolvers(new GraphQLSchema({ query }))
      .getQueryType()
      ?.getFields();
    expect(fields?.plain?.resolve).toBeUndefined();
    expect(fields?.withDefault?.resolve).toBeDefined();
    expect(fields?.renamed?.resolve).toBeDefined();
  });
});
