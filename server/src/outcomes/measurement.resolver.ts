import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { Measurement } from './measurement.model.js';

@Resolver(() => Measurement)
export class MeasurementResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField('recordedBy', () => User, {
    nullable: true,
    description: 'Who recorded it; null for imports, removed accounts or people you may not see.',
  })
  recordedBy(measurement: Measurement, _args: NoArgs, ctx: RequestContext) {
    return measurement.recordedById
      ? this.users.findVisible(ctx.actor, measurement.recordedById, ctx.loaders)
      : null;
  }
}
