import { ApolloServer } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { jitExecutionPlugin } from './jit-execution.plugin.js';
import type { RequestContext } from './request-context.js';

// A small schema of its own: the plugin's decisions, not Commons' resolvers (the whole server
// suite runs its queries compiled: server/test/test-app.ts).
const typeDefs = `
  type Query { items(first: Int!): [Item!]!, broken: Item, search(filter: Filter): [String!]! }
  input Filter { label: String }
  type Item { id: ID!, label: String!, parts: [Part!]! }
  type Part { name: String! }
  type Mutation { touch: Int! }
`;

function serverWith(
  compileOnUse: number,
  compiler = compileQuery as (...a: Parameters<typeof compileQuery>) => unknown,
) {
  const compiled: string[] = [];
  const resolved = { items: 0, broken: 0 };
  let touched = 0;
  const compile = (schema: GraphQLSchema, document: DocumentNode, name?: string) => {
    compiled.push(name ?? '(anonymous)');
    return compiler(schema, document, name);
  };
  const server = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: {
      Query: {
        items: (_: unknown, { first }: { first: number }) => {
          resolved.items++;
          return Array.from({ length: first }, (_, i) => ({
            id: String(i),
            label: `item ${i}`,
            parts: [{ name: `part ${i}` }],
          }));
        },
        broken: () => {
          resolved.broken++;
          throw new GraphQLError('No such item.', { extensions: { code: 'NOT_FOUND' } });
        },
        // What graphql-js hands over: an omitted variable leaves its field out.
        search: (_: unknown, { filter }: { filter: Record<string, unknown> }) => [
          JSON.stringify(filter),
        ],
      },
      Mutation: { touch: () => ++touched },
    },
    plugins: [jitExecutionPlugin({ compileOnUse, compile })],
  });
  const run = async (
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ) => {
    const response = await server.executeOperation(
      { query, variables, operationName },
      { contextValue: {} as RequestContext },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  return { server, run, compiled, resolved };
}

const ITEMS = 'query Items($first: Int!) { items(first: $first) { id label parts { name } } }';

describe('jitExecutionPlugin', () => {
  it('compiles a query on its n-th use and answers it exactly as graphql-js did', async () => {
    const { server, run, compiled, resolved } = serverWith(2);
    await server.start();
    const answers = [await run(ITEMS, { first: 3 })];
    expect(compiled).toEqual([]);
    for (let i = 0; i < 3; i++) answers.push(await run(ITEMS, { first: 3 }));
    expect(compiled).toEqual(['Items']);
    // Each answered by one run: the compiled query's own answer, not a fallback.
    expect(resolved.items).toBe(4);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.data).toEqual({
      items: [0, 1, 2].map((i) => ({
        id: String(i),
        label: `item ${i}`,
        parts: [{ name: `part ${i}` }],
      })),
    });
    // Variables reach the compiled query.
    expect((await run(ITEMS, { first: 1 })).data).toEqual({
      items: [{ id: '0', label: 'item 0', parts: [{ name: 'part 0' }] }],
    });
    await server.stop();
  });

  it('leaves errors to graphql-js: the same error, from a second run of the query', async () => {
    const { server, run, compiled, resolved } = serverWith(1);
    await server.start();
    const answer = await run('{ broken { id } }');
    expect(compiled).toHaveLength(1);
    expect(answer.data).toEqual({ broken: null });
    expect(answer.errors).toMatchObject([
      { message: 'No such item.', path: ['broken'], extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(resolved.broken).toBe(2);

    // Invalid variables too (graphql-js coerces them and answers its own error).
    const bad = await run(ITEMS, { first: 'three' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await server.stop();
  });

  it('never compiles mutations, and nothing at all with 0', async () => {
    const { server, run, compiled } = serverWith(1);
    await server.start();
    expect((await run('mutation { touch }')).data).toEqual({ touch: 1 });
    expect((await run('mutation { touch }')).data).toEqual({ touch: 2 });
    expect(compiled).toEqual([]);
    await server.stop();

    const off = serverWith(0);
    await off.server.start();
    for (let i = 0; i < 3; i++) await off.run(ITEMS, { first: 2 });
    expect(off.compiled).toEqual([]);
    expect(off.resolved.items).toBe(3);
    await off.server.stop();
  });

  it('leaves to graphql-js what it would answer differently or not at all', async () => {
    const { server, run, compiled } = serverWith(1);
    await server.start();
    // No operation of that name: graphql-js' own error, not a crash.
    const unknown = await run(ITEMS, { first: 1 }, 'Other');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    // A variable inside an input literal: never compiled, and an omitted one stays omitted.
    const search = 'query Search($label: String) { search(filter: { label: $label }) }';
    for (let i = 0; i < 2; i++) expect((await run(search)).data).toEqual({ search: ['{}'] });
    expect(compiled).toEqual([]);
    await server.stop();

    // A compiled query that throws: graphql-js answers.
    const throwing = serverWith(1, () => ({
      query: () => {
        throw new Error('compiled code failed');
      },
    }));
    await throwing.server.start();
    expect((await throwing.run(ITEMS, { first: 1 })).data).toEqual({
      items: [{ id: '0', label: 'item 0', parts: [{ name: 'part 0' }] }],
    });
    expect(throwing.compiled).toEqual(['Items']);
    await throwing.server.stop();
  });
});
