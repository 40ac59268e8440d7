import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Problem } from '../problems/problem.model.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { PresenceService } from './presence.service.js';

/** Problem.viewers, added from this folder: presence lives with the live connections. */
@Resolver(() => Problem)
export class ProblemPresenceResolver {
  constructor(
    private readonly presence: PresenceService,
    private readonly users: UsersService,
  ) {}

  @ResolveField('viewers', () => [User], {
    description:
      'Who else has this problem open right now (live, on any server instance); people the directory hides from you are left out.',
  })
  async viewers(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    const ids = await this.presence.followers(problem.uuid, ctx.loaders);
    const others = ids.filter((id) => id !== ctx.actor?.userId);
    const people = await Promise.all(
      others.map((id) => this.users.findVisible(ctx.actor, id, ctx.loaders)),
    );
    return people.filter((person): person is User => person !== null);
  }
}
