import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Problem } from '../problems/problem.model.js';
import { Outcome } from './outcome.model.js';
import { ProblemHealth } from './problem-health.model.js';
import { ProblemHealthService } from './problem-health.service.js';
import { OutcomesService } from './outcomes.service.js';

/** Problem.outcomes and Problem.health, added from this folder. */
@Resolver(() => Problem)
export class ProblemOutcomesResolver {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly health: ProblemHealthService,
  ) {}

  @ResolveField('outcomes', () => [Outcome], {
    description: 'What the problem’s work is meant to move, in the order defined.',
  })
  outcomesOf(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return this.outcomes.forProblem(problem, ctx.loaders);
  }

  @ResolveField('health', () => ProblemHealth, {
    description: 'Outcomes by health, tasks, cross-silo index, alignment and last activity.',
  })
  healthOf(problem: Problem, _args: NoArgs, ctx: RequestContext) {
    return this.health.of(problem, ctx.loaders);
  }
}
