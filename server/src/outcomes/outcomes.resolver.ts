import {
  Args,
  Context,
  Float,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { OutcomeFigures } from '@commons/shared';
import { SignedIn } from '../access/access.decorators.js';
import { actorOf } from '../auth/actor.js';
import type { NoArgs, RequestContext } from '../graphql/request-context.js';
import { DateScalar } from '../graphql/scalars.js';
import { Problem } from '../problems/problem.model.js';
import { User } from '../users/user.model.js';
import { Measurement } from './measurement.model.js';
import {
  CreateOutcomeInput,
  MeasurementRangeArgs,
  RecordMeasurementInput,
  UpdateOutcomeInput,
} from './outcome.inputs.js';
import { Outcome, OutcomeHealthEnum, type OutcomeSchedule } from './outcome.model.js';
import { OutcomesService } from './outcomes.service.js';

@Resolver(() => Outcome)
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @SignedIn()
  @Query(() => [Outcome], {
    description:
      'Outcomes you report (you own them, or you lead their problem and no owner is set) on problems you may see that are not archived, whose next figure is overdue or due within 7 days: soonest due first, at most 50.',
  })
  myDueOutcomes(@Context() ctx: RequestContext) {
    return this.service.dueForMe(actorOf(ctx));
  }

  @SignedIn()
  @Mutation(() => Outcome, {
    description: 'Defines an outcome of a problem (its lead or an administrator).',
  })
  createOutcome(
    @Args('input', { description: 'The new outcome.' }) input: CreateOutcomeInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.create(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Outcome, {
    description: 'Edits an outcome’s definition (its problem’s lead or an administrator).',
  })
  updateOutcome(
    @Args('input', { description: 'What to change.' }) input: UpdateOutcomeInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.update(actorOf(ctx), input, ctx.loaders);
  }

  @SignedIn()
  @Mutation(() => Measurement, {
    description: 'Records a measurement of an outcome (its problem’s team, not observers).',
  })
  recordMeasurement(
    @Args('input', { description: 'The observed value.' }) input: RecordMeasurementInput,
    @Context() ctx: RequestContext,
  ) {
    return this.service.record(actorOf(ctx), input, ctx.loaders);
  }

  @ResolveField('problem', () => Problem, { description: 'The problem it belongs to.' })
  problem(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return this.service.problemOf(ctx.actor, outcome, ctx.loaders);
  }

  @ResolveField('latest', () => Measurement, {
    nullable: true,
    description: 'The latest measurement by date (ties: the one recorded last); null without one.',
  })
  latest(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return this.service.latest(outcome, ctx.loaders);
  }

  @ResolveField('owner', () => User, {
    nullable: true,
    description:
      'Who reports its figures: its owner, else the problem’s lead; null when there is neither or you may not see them.',
  })
  owner(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return this.service.owner(ctx.actor, outcome, ctx.loaders);
  }

  @ResolveField('nextDueDate', () => DateScalar, {
    nullable: true,
    description:
      'When the next figure is due: the latest measurement’s date (else the baseline date) plus one period of the cadence. Null without a cadence.',
  })
  nextDueDate(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return scheduled(this.service.schedule(outcome, ctx.loaders), 'nextDueDate');
  }

  @ResolveField('stale', () => Boolean, {
    description:
      'A cadence is set and today (workspace time zone) is after the next due date. Its health still stands on the last figure.',
  })
  stale(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return scheduled(this.service.schedule(outcome, ctx.loaders), 'stale');
  }

  @ResolveField('measurements', () => [Measurement], {
    description: 'Measurements between two dates (inclusive, either optional), oldest first.',
  })
  measurements(
    @Parent() outcome: Outcome,
    @Args() range: MeasurementRangeArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.service.measurements(
      outcome,
      { from: range.from ?? null, to: range.to ?? null },
      ctx.loaders,
    );
  }

  @ResolveField('progress', () => Float, {
    nullable: true,
    description:
      '(latest − baseline) / (target − baseline), not clamped: below 0 is the wrong way, above 1 beyond target. Null without a measurement.',
  })
  progress(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return figure(this.service.figures(outcome, ctx.loaders), 'progress');
  }

  @ResolveField('plannedProgress', () => Float, {
    description:
      'Share of the baseline→target period elapsed, in [0, 1], at the latest measurement’s date (today without one).',
  })
  plannedProgress(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return figure(this.service.figures(outcome, ctx.loaders), 'plannedProgress');
  }

  @ResolveField('health', () => OutcomeHealthEnum, {
    description: 'Progress against the planned line (PRODUCT.md).',
  })
  health(outcome: Outcome, _args: NoArgs, ctx: RequestContext) {
    return figure(this.service.figures(outcome, ctx.loaders), 'health');
  }
}

/** One of the figures, without a promise when they are at hand. */
function figure<K extends keyof OutcomeFigures>(
  figures: OutcomeFigures | Promise<OutcomeFigures>,
  key: K,
): OutcomeFigures[K] | Promise<OutcomeFigures[K]> {
  return figures instanceof Promise ? figures.then((f) => f[key]) : figures[key];
}

/** One part of the schedule, without a promise when it is at hand. */
function scheduled<K extends keyof OutcomeSchedule>(
  schedule: OutcomeSchedule | Promise<OutcomeSchedule>,
  key: K,
): OutcomeSchedule[K] | Promise<OutcomeSchedule[K]> {
  return schedule instanceof Promise ? schedule.then((s) => s[key]) : schedule[key];
}
