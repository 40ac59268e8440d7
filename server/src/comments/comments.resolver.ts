import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import { PageArgs } from '../graphql/connection.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { AddCommentInput, UpdateCommentInput } from './comment.inputs.js';
import { Comment, CommentConnection } from './comment.model.js';
import { CommentsService } from './comments.service.js';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @SignedIn()
  @Query(() => CommentConnection, {
    description:
      'The discussion on a problem, task or outcome, oldest first; NOT_FOUND when you may not see it.',
  })
  comments(
    @Args('subjectId', { type: () => ID, description: 'A problem, task or outcome id.' })
    subjectId: string,
    @Args() page: PageArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.service.list(actorOf(ctx), subjectId, page, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Comment, {
    description: 'Comments on a problem, task or outcome (its team, observers included).',
  })
  addComment(
    @Args('input', { description: 'The comment.' }) input: AddCommentInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.add(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Comment, { description: 'Rewrites a comment (its author only).' })
  updateComment(
    @Args('input', { description: 'The new text.' }) input: UpdateCommentInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.update(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Deletes a comment (its author, the problem’s lead or an administrator).',
  })
  deleteComment(
    @Args('id', { type: () => ID, description: 'The comment.' }) id: string,
    @Context() ctx: RequestContext,
  ) {
    return this.service.delete(actorOf(ctx), id, ctx.loaders);
  }

  @ResolveField('author', () => User, { description: 'Who wrote it.' })
  author(comment: Comment, _args: NoArgs, ctx: RequestContext) {
    return this.service.author(comment, ctx.loaders);
  }

  @ResolveField('mentions', () => [User], {
    description: 'The people it @mentions (those you may see).',
  })
  mentions(comment: Comment, _args: NoArgs, ctx: RequestContext) {
    return this.service.mentions(ctx.actor, comment, ctx.loaders);
  }
}
