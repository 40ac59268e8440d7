import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchemaSdl } from '../graphql/schema-sdl.js';

/** Writes server/schema.graphql, the committed contract the client's types come from. */
const target = path.resolve(fileURLToPath(import.meta.url), '../../../../../schema.graphql');
const sdl = await buildSchemaSdl();
await writeFile(target, sdl);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
process.exit(0);
