import { Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import { ForbiddenError } from '../graphql/errors.js';
import type { RequestContext } from '../graphql/request-context.js';
import { NotificationEmailsService } from './notification-emails.service.js';

@Resolver()
export class NotificationEmailsResolver {
  constructor(private readonly emails: NotificationEmailsService) {}

  @SignedIn()
  @Mutation(() => Int, {
    description:
      'Administrators: sends the due email digests now (every DAILY one with anything pending, the WEEKLY ones with none in the last 7 days). How many emails were queued; 0 without email.',
  })
  async sendDigestsNow(@Context() ctx: RequestContext): Promise<number> {
    if (actorOf(ctx).role !== 'ADMIN') {
      throw new ForbiddenError('Only administrators can send the digests.');
    }
    return this.emails.sendDigests(['DAILY', 'WEEKLY']);
  }
}
