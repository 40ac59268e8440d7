import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../graphql/connection.js';
import { OptionalInputArg } from '../graphql/input-validation.pipe.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Problem } from '../problems/problem.model.js';
import { TaskFilter } from './task.inputs.js';
import { TaskConnection } from './task.model.js';
import { TasksService } from './tasks.service.js';

/** Adds `Problem.tasks` from this feature (an extension resolver). */
@Resolver(() => Problem)
export class ProblemTasksResolver {
  constructor(private readonly tasks: TasksService) {}

  @ResolveField('tasks', () => TaskConnection, {
    description:
      'The board: columns in order (TODO, IN_PROGRESS, BLOCKED, DONE), each in rank order.',
  })
  board(
    @Parent() problem: Problem,
    @Args() page: PageArgs,
    @OptionalInputArg('filter', TaskFilter, 'Narrows the board.')
    filter: TaskFilter | null,
    @Context() ctx: RequestContext,
  ) {
    return this.tasks.board(ctx.actor, problem, filter, page);
  }
}
