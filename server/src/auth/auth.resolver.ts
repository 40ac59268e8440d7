import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access.decorators.js';
import type { RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when signed out.' })
  me(@Context() ctx: RequestContext): Promise<User | null> | null {
    return ctx.actor ? this.users.findVisible(ctx.actor, ctx.actor.userId, ctx.loaders) : null;
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Signs in with email and password and sets the session cookie. Wrong email or password: UNAUTHENTICATED; too many failures: RATE_LIMITED.',
  })
  async signIn(
    @Args('email', { description: 'Sign-in email address.' }) email: string,
    @Args('password', { description: 'Password.' }) password: string,
    @Context() ctx: RequestContext,
  ): Promise<User> {
    const { user, actor } = await this.auth.signIn(email, password, ctx.req);
    // The rest of this operation (the returned user's fields) runs as the new user.
    ctx.actor = actor;
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session server-side and clears the cookie.' })
  signOut(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx.req, ctx.res);
  }
}
