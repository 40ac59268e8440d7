import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AddMemberInput, Membership, UpdateMemberInput } from './membership.model.js';
import { MembersService } from './members.service.js';

@Resolver(() => Membership)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly problems: ProblemsService,
  ) {}

  @SignedIn()
  @Mutation(() => Membership, { description: 'Puts a person on a team (the lead or an admin).' })
  addMember(
    @Args('input', { description: 'Who, where, role and allocation.' }) input: AddMemberInput,
    @Context() ctx: RequestContext,
  ) {
    return this.members.add(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Membership, { description: 'Changes a member’s role or allocation.' })
  updateMember(
    @Args('input', { description: 'What to change.' }) input: UpdateMemberInput,
    @Context() ctx: RequestContext,
  ) {
    return this.members.update(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Takes a person off a team.' })
  removeMember(
    @Args('id', { type: () => ID, description: 'The membership.' }) id: string,
    @Context() ctx: RequestContext,
  ) {
    return this.members.remove(actorOf(ctx), id, ctx.loaders);
  }

  @ResolveField('user', () => User, { description: 'The person.' })
  async user(membership: Membership, _args: NoArgs, ctx: RequestContext) {
    // The membership came through its problem, which the caller may see: so may its team be,
    // even by a PARTNER-only account not on it (a PUBLIC problem's team).
    const user = await this.users.findOnVisibleProblem(membership.userId, ctx.loaders);
    if (!user) throw new Error(`member ${membership.userId} has no user`);
    return user;
  }

  @ResolveField('problem', () => Problem, { description: 'The problem.' })
  async problem(membership: Membership, _args: NoArgs, ctx: RequestContext) {
    const problem = await this.problems.findVisible(ctx.actor, membership.problemId, ctx.loaders);
    if (!problem) throw new Error(`problem ${membership.problemId} not visible`);
    return problem;
  }
}

/** Adds the team to Problem, from this feature. */
@Resolver(() => Problem)
export class ProblemTeamResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField('members', () => [Membership], { description: 'The team, in joining order.' })
  membersOf(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return this.members.teamOf(problem, ctx.loaders);
  }

  @ResolveField('organizations', () => [Organization], {
    description: 'The organisations the team comes from, by name.',
  })
  organizations(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return this.members.organizationsOf(ctx.actor, problem, ctx.loaders);
  }
}

/** Adds a person's teams to User, from this feature. */
@Resolver(() => User)
export class UserMembershipsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField('memberships', () => [Membership], {
    description:
      'The teams this person is on, limited to the problems you may see, by problem key.',
  })
  memberships(user: User, _args: NoArgs, ctx: RequestContext) {
    return this.members.membershipsOfUser(ctx.actor, user.uuid, ctx.loaders);
  }
}
