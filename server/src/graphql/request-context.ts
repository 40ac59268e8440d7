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
