import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildSchemaSdl } from './schema-sdl.js';

const committedPath = path.resolve(import.meta.dirname, '../../schema.graphql');

interface Described {
  name: string;
  description?: string | null;
  args?: readonly { name: string; description?: string | null }[];
}

describe('the committed schema.graphql', () => {
  let built: string;
  beforeAll(async () => {
    built = await buildSchemaSdl();
  });

  it('is what the server builds (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(committedPath, 'utf8');
    expect(committed).toBe(built);
  });

  it('describes every type, field and argument', () => {
    const schema = buildSchema(built);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)
      )
        continue;
      const root =
        type.name === 'Query' || type.name === 'Mutation' || type.name === 'Subscription';
      if (!root && !type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        const fields = Object.values(type.getFields() as Record<string, Described>);
        for (const field of fields) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args ?? []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
