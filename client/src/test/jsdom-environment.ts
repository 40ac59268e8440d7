import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom, plus the web platform globals that jsdom lacks and React Router's data router uses (it
 * builds a fetch `Request` for every navigation). Node has them: we lend Node's, with Node's
 * AbortController so that a `Request` accepts the signal it is given.
 */
const LENT_FROM_NODE = [
  'TextEncoder',
  'TextDecoder',
  'Request',
  'Response',
  'Headers',
  'fetch',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'structuredClone',
] as const;

export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    const nodeGlobals = globalThis as unknown as Record<string, unknown>;
    const testGlobals = this.global as unknown as Record<string, unknown>;
    for (const name of LENT_FROM_NODE) {
      if (nodeGlobals[name] !== undefined) testGlobals[name] = nodeGlobals[name];
    }
  }
}
