import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RequiredText } from '../graphql/validators.js';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import { PageArgs } from '../graphql/connection.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Problem } from '../problems/problem.model.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { CreateTaskInput, MoveTaskInput, UpdateTaskInput } from './task.inputs.js';
import { Task, TaskConnection } from './task.model.js';
import { TaskMutationsService } from './task-mutations.service.js';
import { TasksService } from './tasks.service.js';

@ArgsType()
class TaskSearchArgs {
  @Field(() => String, {
    description: 'A task reference such as `HOUS-12 #4`, a problem key, or words of the title.',
  })
  @RequiredText(200)
  search: string;

  @Field(() => Int, { nullable: true, description: 'How many at most (1–50, default 10).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(50, { message: 'must be at most 50' })
  first?: number | null;
}

@Resolver(() => Task)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly mutations: TaskMutationsService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @SignedIn()
  @Query(() => TaskConnection, {
    description:
      'Open tasks assigned to you on problems you may see: soonest due first, undated last.',
  })
  myTasks(@Args() page: PageArgs, @Context() ctx: RequestContext) {
    return this.tasks.assignedToMe(actorOf(ctx), page);
  }

  @SignedIn()
  @Query(() => [Task], {
    name: 'tasks',
    description:
      'Finds tasks on problems you may see, for jumping to them: by reference (`HOUS-12 #4`, or `HOUS-12` for its tasks) or by words in the title. The exact reference first, open before done.',
  })
  searchTasks(@Args() args: TaskSearchArgs, @Context() ctx: RequestContext) {
    return this.tasks.search(actorOf(ctx), args.search, args.first);
  }

  @SignedIn()
  @Mutation(() => Task, {
    description: 'Adds a task to the end of its column (the problem’s team or an administrator).',
  })
  createTask(
    @Args('input', { description: 'The new task.' }) input: CreateTaskInput,
    @Context() ctx: RequestContext,
  ) {
    return this.mutations.create(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Task, { description: 'Edits a task; a stale version fails with CONFLICT.' })
  updateTask(
    @Args('input', { description: 'What to change.' }) input: UpdateTaskInput,
    @Context() ctx: RequestContext,
  ) {
    return this.mutations.update(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Task, {
    description: 'Moves a task to a column, after another task or at the top; changes one row.',
  })
  moveTask(
    @Args('input', { description: 'Where it goes.' }) input: MoveTaskInput,
    @Context() ctx: RequestContext,
  ) {
    return this.mutations.move(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Deletes a task and its links; a stale version fails with CONFLICT.',
  })
  deleteTask(
    @Args('id', { type: () => ID, description: 'The task.' }) id: string,
    @Args('version', { type: () => Int, description: 'The version you last read.' })
    version: number,
    @Context() ctx: RequestContext,
  ) {
    return this.mutations.delete(actorOf(ctx), id, version, ctx.loaders);
  }

  @ResolveField('problem', () => Problem, { description: 'The problem whose board it is on.' })
  problem(task: Task, _args: NoArgs, ctx: RequestContext) {
    return this.tasks.problemOf(ctx.actor, task, ctx.loaders);
  }

  @ResolveField('assignee', () => User, { nullable: true, description: 'Who does it.' })
  assignee(task: Task, _args: NoArgs, ctx: RequestContext) {
    return task.assigneeId ? this.users.findVisible(ctx.actor, task.assigneeId, ctx.loaders) : null;
  }

  @ResolveField('organization', () => Organization, {
    nullable: true,
    description: 'The organisation responsible for it.',
  })
  organization(task: Task, _args: NoArgs, ctx: RequestContext) {
    return task.organizationId
      ? this.organizations.findVisible(ctx.actor, task.organizationId, ctx.loaders)
      : null;
  }

  @ResolveField('blockedBy', () => [Task], {
    description: 'Tasks of the same problem that must be done first, by number.',
  })
  blockedBy(task: Task, _args: NoArgs, ctx: RequestContext) {
    return this.tasks.blockersOf(task, ctx.loaders);
  }

  @ResolveField('blocked', () => Boolean, {
    description: 'True while at least one task in `blockedBy` is not DONE.',
  })
  blocked(task: Task, _args: NoArgs, ctx: RequestContext) {
    return this.tasks.isBlocked(task, ctx.loaders);
  }

  @ResolveField('overdue', () => Boolean, {
    description: 'Open (not DONE) and due before today in the workspace’s time zone.',
  })
  overdue(task: Task) {
    return this.tasks.isOverdue(task);
  }
}
