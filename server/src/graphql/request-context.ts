import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import type { RequestLoaders } from './loaders.js';

/** What every resolver receives as GraphQL context. */
export interface RequestContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  loaders: RequestLoaders;
}

/**
 * The arguments of a field that takes none. Field resolvers without any parameter decorator
 * (no `@Parent()`, `@Context()`) receive graphql-js's own `(parent, args, context)` and
 * @nestjs/graphql calls them directly instead of through Nest's pipes-and-promises wrapper:
 * on a list of 50 problems with their outcomes that wrapper was a third of the allocations.
 * `field-resolvers.spec.ts` holds every resolver without arguments to that form.
 */
export type NoArgs = Record<string, never>;
