import { type GraphQLSchema, isObjectType } from 'graphql';
import { buildServerSchema } from './schema-sdl.js';

// Nest runs a @ResolveField method through its pipes-and-promises wrapper (an async function
// named `target`) unless the method takes no parameter decorators; then @nestjs/graphql
// installs the method itself, bound to its resolver. Plain @Field properties get its
// `rootFieldResolver`. Lists resolve these fields hundreds of times per request, so every
// field without arguments must take one of the two direct paths (see `NoArgs`).
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
});
