import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Task } from '../tasks/task.model.js';
import { Outcome } from './outcome.model.js';
import { OutcomesService } from './outcomes.service.js';

/** Task.outcomes, added from this folder: the links live in task_outcome. */
@Resolver(() => Task)
export class TaskOutcomesResolver {
  constructor(private readonly outcomes: OutcomesService) {}

  @ResolveField('outcomes', () => [Outcome], {
    description: 'The outcomes this task contributes to.',
  })
  outcomesOf(task: Task, _args: NoArgs, ctx: RequestContext) {
    return this.outcomes.forTask(task.uuid, ctx.loaders);
  }
}
