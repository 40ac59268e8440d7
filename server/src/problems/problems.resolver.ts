import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { ActivityEvent } from '../activity/activity-event.model.js';
import { ProblemPermissions } from '../access/permissions.model.js';
import { can } from '../access/policy.js';
import { MemberRoleEnum } from '../members/membership.model.js';
import { actorOf } from '../auth/actor.js';
import { PageArgs } from '../graphql/connection.js';
import { OptionalInputArg } from '../graphql/input-validation.pipe.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { CreateProblemInput, ProblemFilter, UpdateProblemInput } from './problem.inputs.js';
import { Problem, ProblemConnection } from './problem.model.js';
import { PROBLEM_ORDER_ARG, type ProblemOrder } from './problem-order.js';
import { ProblemsService } from './problems.service.js';

@Resolver(() => Problem)
export class ProblemsResolver {
  constructor(
    private readonly service: ProblemsService,
    private readonly users: UsersService,
  ) {}

  @SignedIn()
  @Query(() => ProblemConnection, {
    description:
      'Problems you may see, newest first unless `orderBy` says otherwise; `totalCount` counts only those.',
  })
  problems(
    @Args() page: PageArgs,
    @OptionalInputArg('filter', ProblemFilter, 'Narrows the list.')
    filter: ProblemFilter | null,
    @Args('orderBy', PROBLEM_ORDER_ARG)
    orderBy: ProblemOrder | null,
    @Context() ctx: RequestContext,
  ) {
    return this.service.list(actorOf(ctx), filter, page, orderBy);
  }

  @SignedIn()
  @Query(() => Problem, {
    description: 'A problem by its key (HOUS-12); NOT_FOUND when you may not see it.',
  })
  problem(
    @Args('key', { description: 'The human key, e.g. HOUS-12.' }) key: string,
    @Context() ctx: RequestContext,
  ) {
    return this.service.findByKey(actorOf(ctx), key);
  }

  @SignedIn()
  @Mutation(() => Problem, { description: 'Frames a new problem; you become its lead.' })
  createProblem(
    @Args('input', { description: 'The new problem.' }) input: CreateProblemInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.create(actorOf(ctx), input);
  }

  @SignedIn()
  @Mutation(() => Problem, { description: 'Edits a problem (its lead or an administrator).' })
  updateProblem(
    @Args('input', { description: 'What to change.' }) input: UpdateProblemInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.update(actorOf(ctx), input);
  }

  @ResolveField('lead', () => User, { nullable: true, description: 'Who leads the team.' })
  lead(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return problem.leadId ? this.users.findVisible(ctx.actor, problem.leadId, ctx.loaders) : null;
  }

  @ResolveField('sponsor', () => User, { nullable: true, description: 'The executive sponsor.' })
  sponsor(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return problem.sponsorId
      ? this.users.findVisible(ctx.actor, problem.sponsorId, ctx.loaders)
      : null;
  }

  @ResolveField('viewerRole', () => MemberRoleEnum, {
    nullable: true,
    description: 'Your role on its team; null when you are not on it.',
  })
  viewerRole(problem: Problem) {
    return problem.viewerRole;
  }

  @ResolveField('viewerCan', () => ProblemPermissions, {
    description: 'What you may do on it: show only the controls that will work.',
  })
  viewerCan(problem: Problem, _args: NoArgs, ctx: RequestContext): ProblemPermissions {
    const facts = { visibility: problem.visibility, memberRole: problem.viewerRole };
    return {
      edit: can(ctx.actor, 'edit', facts),
      contribute: can(ctx.actor, 'contribute', facts),
      comment: can(ctx.actor, 'comment', facts),
    };
  }
}

/** Adds ActivityEvent.problem from this feature (the activity module may not import it). */
@Resolver(() => ActivityEvent)
export class ActivityProblemResolver {
  constructor(private readonly service: ProblemsService) {}

  @ResolveField('problem', () => Problem, {
    nullable: true,
    description:
      'The problem it happened on; null for workspace events and problems you may no longer see.',
  })
  problem(event: ActivityEvent, _args: NoArgs, ctx: RequestContext) {
    return event.problemId
      ? this.service.findVisible(ctx.actor, event.problemId, ctx.loaders)
      : null;
  }
}
