import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { canEditPortfolio } from '../access/policy.js';
import { actorOf } from '../auth/actor.js';
import { PageArgs } from '../graphql/connection.js';
import { OptionalInputArg } from '../graphql/input-validation.pipe.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { ProblemFilter } from '../problems/problem.inputs.js';
import { Problem, ProblemConnection } from '../problems/problem.model.js';
import { PROBLEM_ORDER_ARG, type ProblemOrder } from '../problems/problem-order.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { CreatePortfolioInput, Portfolio, UpdatePortfolioInput } from './portfolio.model.js';
import { PortfoliosService } from './portfolios.service.js';

@Resolver(() => Portfolio)
export class PortfoliosResolver {
  constructor(
    private readonly service: PortfoliosService,
    private readonly users: UsersService,
  ) {}

  @SignedIn()
  @Query(() => [Portfolio], {
    description: 'Every portfolio, by name (none for partner accounts).',
  })
  portfolios(@Context() ctx: RequestContext) {
    return this.service.list(actorOf(ctx));
  }

  @SignedIn()
  @Mutation(() => Portfolio, { description: 'Creates a portfolio (executives and admins).' })
  createPortfolio(
    @Args('input', { description: 'Name and description.' }) input: CreatePortfolioInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.create(actorOf(ctx), input);
  }

  @SignedIn()
  @Mutation(() => Portfolio, { description: 'Changes a portfolio and which problems are in it.' })
  updatePortfolio(
    @Args('input', { description: 'What to change.' }) input: UpdatePortfolioInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.update(actorOf(ctx), input, ctx.loaders);
  }

  @ResolveField('viewerCanEdit', () => Boolean, {
    description: 'Whether you may edit it (an administrator, or the executive who owns it).',
  })
  viewerCanEdit(portfolio: Portfolio, _args: NoArgs, ctx: RequestContext): boolean {
    return canEditPortfolio(ctx.actor, portfolio.ownerId);
  }

  @ResolveField('owner', () => User, { nullable: true, description: 'The executive who owns it.' })
  owner(portfolio: Portfolio, _args: NoArgs, ctx: RequestContext) {
    return portfolio.ownerId
      ? this.users.findVisible(ctx.actor, portfolio.ownerId, ctx.loaders)
      : null;
  }

  @ResolveField('problems', () => ProblemConnection, {
    description: 'Its problems that you may see, newest first unless `orderBy` says otherwise.',
  })
  problems(
    @Parent() portfolio: Portfolio,
    @Args() page: PageArgs,
    @OptionalInputArg('filter', ProblemFilter, 'Narrows the list.')
    filter: ProblemFilter | null,
    @Args('orderBy', PROBLEM_ORDER_ARG)
    orderBy: ProblemOrder | null,
    @Context() ctx: RequestContext,
  ) {
    return this.service.problemsOf(actorOf(ctx), portfolio, filter, page, orderBy);
  }
}

/** Adds Problem.portfolio from this feature. */
@Resolver(() => Problem)
export class ProblemPortfolioResolver {
  constructor(private readonly service: PortfoliosService) {}

  @ResolveField('portfolio', () => Portfolio, { nullable: true, description: 'Its portfolio.' })
  portfolio(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return problem.portfolioId
      ? this.service.findVisible(ctx.actor, problem.portfolioId, ctx.loaders)
      : null;
  }
}
