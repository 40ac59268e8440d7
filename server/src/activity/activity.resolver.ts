import { Args, Context, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import { PageArgs } from '../graphql/connection.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { ActivityEvent, ActivityEventConnection, FieldChange } from './activity-event.model.js';
import { ActivityService } from './activity.service.js';

/** Read-only on purpose: no mutation edits or deletes an audit event. */
@Resolver(() => ActivityEvent)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @SignedIn()
  @Query(() => ActivityEventConnection, {
    description:
      'The audit trail, newest first: a problem’s whole trail, or a task’s, outcome’s or comment’s own. NOT_FOUND when you may not see it.',
  })
  activity(
    @Args('subjectId', {
      type: () => ID,
      description: 'A problem, task, outcome or comment id.',
    })
    subjectId: string,
    @Args() page: PageArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.service.list(actorOf(ctx), subjectId, page);
  }

  @SignedIn()
  @Query(() => ActivityEventConnection, {
    description: 'What happened on the problems you are on, newest first (all of them together).',
  })
  recentActivity(@Args() page: PageArgs, @Context() ctx: RequestContext) {
    return this.service.recent(actorOf(ctx), page);
  }

  @ResolveField('changes', () => [FieldChange], {
    description:
      'The fields that changed; empty when none apply. A relation is named as you may see it now (a person, an organisation, outcomes, `#4` for a task), or `(not shown)`.',
  })
  changes(event: ActivityEvent, _args: NoArgs, ctx: RequestContext) {
    return this.service.changes(event, ctx);
  }

  @ResolveField('actor', () => User, {
    nullable: true,
    description: 'Who did it; null for the system or someone the directory hides from you.',
  })
  actor(event: ActivityEvent, _args: NoArgs, ctx: RequestContext) {
    return this.service.actor(ctx.actor, event, ctx.loaders);
  }
}
