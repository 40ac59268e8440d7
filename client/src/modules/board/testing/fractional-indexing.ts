import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from '@swc/core';

/**
 * `fractional-indexing` ships ES modules only, and the client's Jest runs CommonJS without
 * transforming node_modules. Tests load the real package through this: its one source file
 * compiled to CommonJS. Use it as
 * `jest.mock('fractional-indexing', () => jest.requireActual<FI>('./testing/fractional-indexing').load())`.
 */
export function load(): unknown {
  const file = createRequire(__filename).resolve('fractional-indexing');
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    module: { type: 'commonjs' },
    jsc: { target: 'es2022' },
  });
  const module = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled library source
  const run = new Function('module', 'exports', code) as (
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  run(module, module.exports);
  return module.exports;
}

export type FractionalIndexingLoader = { load: typeof load };
