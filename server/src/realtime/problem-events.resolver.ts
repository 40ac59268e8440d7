import { Logger } from '@nestjs/common';
import { Args, Context, ID, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { ActivityEvent } from '../activity/activity-event.model.js';
import { Comment } from '../comments/comment.model.js';
import { CommentsService } from '../comments/comments.service.js';
import { NotFoundError } from '../graphql/errors.js';
import { requireGlobalId } from '../graphql/global-id.js';
import { NodeRegistry } from '../graphql/node.registry.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { Outcome } from '../outcomes/outcome.model.js';
import { OutcomesService } from '../outcomes/outcomes.service.js';
import { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { Task } from '../tasks/task.model.js';
import { TasksService } from '../tasks/tasks.service.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { ProblemEvent, problemEventKind, toProblemEvent } from './problem-event.model.js';
import { RealtimeHub, topics } from './realtime-hub.js';
import type { RealtimeMessage } from './realtime-message.js';
import { ACCESS_LOST, deliver } from './subscriber.js';
import { PresenceService } from './presence.service.js';
import { EventReads } from './event-reads.js';
import { actorOf } from '../auth/actor.js';

type ProblemMessage = Extract<RealtimeMessage, { type: 'problem' }>;

/** Live changes of problems, each read fresh as its subscriber may see it. */
@Resolver(() => ProblemEvent)
export class ProblemEventsResolver {
  private readonly log = new Logger('ProblemEvents');

  constructor(
    private readonly hub: RealtimeHub,
    private readonly problems: ProblemsService,
    private readonly tasks: TasksService,
    private readonly outcomes: OutcomesService,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
    private readonly nodes: NodeRegistry,
    private readonly presence: PresenceService,
    private readonly reads: EventReads,
  ) {}

  @SignedIn()
  @Subscription(() => ProblemEvent, {
    description:
      'Every change on one problem, as you may see it. NOT_FOUND when you may not see the problem; completes once you no longer may (e.g. removed from a RESTRICTED team).',
    resolve: (event: ProblemEvent) => event,
  })
  async problemChanged(
    @Args('problemId', { type: () => ID, description: 'The problem to follow.' }) problemId: string,
    @Context() ctx: RequestContext,
  ) {
    const uuid = requireGlobalId(problemId, 'Problem', 'problemId');
    const problem = await this.problems.findVisible(ctx.actor, uuid, ctx.loaders);
    if (!problem) throw NotFoundError.forField('problemId', 'No problem with that id.');
    const stream = deliver(
      ctx,
      this.hub.problemMessages(topics.problem(uuid)),
      (message) => this.read(message, ctx, ACCESS_LOST),
      (error) => this.log.error({ err: error }, 'could not read a problem event'),
    );
    // Following a problem is having it open: the others see who is there.
    return this.presence.follow(uuid, actorOf(ctx).userId, stream);
  }

  @SignedIn()
  @Subscription(() => ProblemEvent, {
    description:
      'Every change on any problem you may see (portfolio and My work figures). Problems hidden from you are skipped.',
    resolve: (event: ProblemEvent) => event,
  })
  problemsChanged(@Context() ctx: RequestContext) {
    return deliver(
      ctx,
      this.hub.problemMessages(topics.anyProblem),
      (message) => this.read(message, ctx, null),
      (error) => this.log.error({ err: error }, 'could not read a problem event'),
    );
  }

  /** The event if the subscriber may see its problem now; else `hidden`. */
  private async read<H>(
    message: ProblemMessage,
    ctx: RequestContext,
    hidden: H,
  ): Promise<ProblemEvent | null | H> {
    const kind = problemEventKind(message.action);
    if (!kind) return null;
    const problem = await this.reads.visibleProblem({
      message,
      actor: actorOf(ctx),
      loaders: ctx.loaders,
    });
    if (!problem) return hidden;
    return toProblemEvent(message, kind);
  }

  @ResolveField('problem', () => Problem, { description: 'The problem that changed.' })
  async problem(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    // Already checked (and loaded) for this event by `read`.
    const problem = await this.problems.findVisible(ctx.actor, event.problemUuid, ctx.loaders);
    if (!problem) throw new NotFoundError('That problem');
    return problem;
  }

  @ResolveField('actor', () => User, {
    nullable: true,
    description: 'Who made the change; null for the system or someone the directory hides.',
  })
  actor(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    return event.actorUuid
      ? this.users.findVisible(ctx.actor, event.actorUuid, ctx.loaders)
      : Promise.resolve(null);
  }

  @ResolveField('task', () => Task, {
    nullable: true,
    description: 'The task, when a task changed; null once deleted.',
  })
  task(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    return event.subjectType === 'Task'
      ? this.tasks.findVisible(ctx.actor, event.subjectUuid, ctx.loaders)
      : Promise.resolve(null);
  }

  @ResolveField('outcome', () => Outcome, {
    nullable: true,
    description: 'The outcome, when an outcome or its measurements changed.',
  })
  outcome(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    return event.subjectType === 'Outcome'
      ? this.outcomes.findVisible(ctx.actor, event.subjectUuid, ctx.loaders)
      : Promise.resolve(null);
  }

  @ResolveField('comment', () => Comment, {
    nullable: true,
    description: 'The comment, when a comment changed; null once deleted.',
  })
  comment(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    return event.subjectType === 'Comment'
      ? this.comments.findVisible(ctx.actor, event.subjectUuid, ctx.loaders)
      : Promise.resolve(null);
  }

  @ResolveField('activity', () => ActivityEvent, {
    nullable: true,
    description: 'The audit event of the change ("Tom moved HOUS-12 #4 to Done").',
  })
  async activity(event: ProblemEvent, _args: NoArgs, ctx: RequestContext) {
    const fetch = this.nodes.fetcherFor('ActivityEvent');
    if (!fetch || !event.activityUuid) return null;
    return (await fetch(event.activityUuid, ctx)) as ActivityEvent | null;
  }
}
