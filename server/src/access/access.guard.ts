import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../graphql/errors.js';
import type { RequestContext } from '../graphql/request-context.js';
import { ACCESS_METADATA, type AccessRequirement } from './access.decorators.js';

/**
 * Every query and mutation must declare who may call it. One that declares nothing fails
 * closed (and the access test lists it), so forgetting a decorator never opens data.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const requirement = this.reflector.get<AccessRequirement | undefined>(
      ACCESS_METADATA,
      context.getHandler(),
    );
    if (requirement === 'public') return true;
    if (requirement === 'signed-in') {
      const { actor } = GqlExecutionContext.create(context).getContext<RequestContext>();
      if (!actor) throw new UnauthenticatedError();
      return true;
    }
    throw new Error(
      `${context.getClass().name}.${context.getHandler().name} declares no access requirement`,
    );
  }
}
