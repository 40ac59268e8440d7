import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { OptionalText } from '../graphql/validators.js';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/request-context.js';
import { User } from './user.model.js';
import { UsersService } from './users.service.js';
import { ArgsType, Field } from '@nestjs/graphql';

export const UserConnection = Connection(User, 'User');

@ArgsType()
class DirectoryArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the name, title, email or organisation.',
  })
  @OptionalText(200)
  search?: string | null;
}

@Resolver()
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @SignedIn()
  @Query(() => UserConnection, {
    description:
      'The people directory, by name. A partner account sees only the people on its problems.',
  })
  users(@Args() args: DirectoryArgs, @Context() ctx: RequestContext) {
    return this.service.directory(actorOf(ctx), args.search, args);
  }
}
