import { Context, Query, Resolver } from '@nestjs/graphql';
import { actorOf } from '../auth/actor.js';
import type { RequestContext } from '../graphql/request-context.js';
import { SignedIn } from './access.decorators.js';
import { WorkspacePermissions } from './permissions.model.js';
import { canInWorkspace } from './policy.js';

@Resolver()
export class ViewerResolver {
  @SignedIn()
  @Query(() => WorkspacePermissions, {
    description: 'What you may do in the workspace, so that the client shows only what works.',
  })
  viewerCan(@Context() ctx: RequestContext): WorkspacePermissions {
    const actor = actorOf(ctx);
    return {
      createProblem: canInWorkspace(actor, 'createProblem'),
      createPortfolio: canInWorkspace(actor, 'createPortfolio'),
      viewPortfolios: canInWorkspace(actor, 'viewPortfolios'),
    };
  }
}
