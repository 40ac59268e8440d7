import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

/** The rollup an executive scans a portfolio by; computed in SQL for a batch of problems. */
@ObjectType('ProblemHealth', {
  description: 'A problem at a glance: its outcomes by health, its tasks, its team and its pulse.',
})
export class ProblemHealth {
  @Field(() => Int, { description: 'Outcomes ON_TRACK.' })
  onTrack: number;

  @Field(() => Int, { description: 'Outcomes AT_RISK.' })
  atRisk: number;

  @Field(() => Int, { description: 'Outcomes OFF_TRACK.' })
  offTrack: number;

  @Field(() => Int, { description: 'Outcomes without any measurement.' })
  noData: number;

  @Field(() => Int, { description: 'Outcomes that reached their target.' })
  achieved: number;

  @Field(() => Int, { description: 'Tasks not DONE.' })
  openTasks: number;

  @Field(() => Int, {
    description: 'Open tasks whose due date is before today (workspace time zone).',
  })
  overdueTasks: number;

  @Field(() => Int, { description: 'Tasks DONE.' })
  doneTasks: number;

  @Field(() => Float, {
    description:
      'Inverse Simpson index of the team’s allocation by organisation: 1 = one silo, N = evenly shared among N; 0 without allocation.',
  })
  crossSiloIndex: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of open tasks linked to at least one outcome; null without open tasks.',
  })
  alignment: number | null;

  @Field(() => Int, {
    description:
      'Disconnected work: open tasks (not DONE) linked to no outcome, so moving nothing measured.',
  })
  unlinkedOpenTasks: number;

  @Field(() => Int, {
    description: 'Disconnected work: outcomes that no open task (not DONE) is linked to.',
  })
  unmovedOutcomes: number;

  @Field(() => Int, {
    description:
      'Outcomes whose next figure is overdue: a cadence is set and today (workspace time zone) is after its next due date.',
  })
  staleOutcomes: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When anything on the problem last changed (its newest activity event).',
  })
  lastActivityAt: Date | null;
}
