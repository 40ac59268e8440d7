import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  OUTCOME_DIRECTIONS,
  OUTCOME_HEALTHS,
  REPORTING_CADENCES,
  type OutcomeDirection,
  type OutcomeFigures,
  type OutcomeHealth,
  type ReportingCadence,
} from '@commons/shared';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import { DateScalar } from '../graphql/scalars.js';
import type { Measurement } from './measurement.model.js';
import type { OutcomeEntity } from './outcome.entity.js';

export const OutcomeDirectionEnum = Object.fromEntries(OUTCOME_DIRECTIONS.map((d) => [d, d])) as {
  [D in OutcomeDirection]: D;
};
registerEnumType(OutcomeDirectionEnum, {
  name: 'OutcomeDirection',
  description: 'Whether success means the indicator going up or down.',
});

export const OutcomeHealthEnum = Object.fromEntries(OUTCOME_HEALTHS.map((h) => [h, h])) as {
  [H in OutcomeHealth]: H;
};
registerEnumType(OutcomeHealthEnum, {
  name: 'OutcomeHealth',
  description: 'How the latest measurement compares with the planned line (PRODUCT.md).',
});

export const ReportingCadenceEnum = Object.fromEntries(REPORTING_CADENCES.map((c) => [c, c])) as {
  [C in ReportingCadence]: C;
};
registerEnumType(ReportingCadenceEnum, {
  name: 'ReportingCadence',
  description:
    'How often a new figure is expected: one period after the latest (WEEKLY = 7 days; MONTHLY, QUARTERLY, ANNUAL = 1, 3, 12 calendar months).',
});

/** When the next figure is due and whether it is late (PRODUCT.md), from the latest measurement. */
export interface OutcomeSchedule {
  nextDueDate: string | null;
  stale: boolean;
}

@ObjectType('Outcome', {
  implements: () => [Node],
  description: 'An indicator the problem’s work is meant to move, measured over time.',
})
export class Outcome implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'What is measured.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Details, markdown.' })
  description: string | null;

  @Field(() => String, { description: 'Unit, e.g. "people", "%", "days".' })
  unit: string;

  @Field(() => OutcomeDirectionEnum, { description: 'INCREASE or DECREASE.' })
  direction: OutcomeDirection;

  @Field(() => Float, { description: 'Value at the baseline date.' })
  baselineValue: number;

  @Field(() => DateScalar, { description: 'When the baseline was measured.' })
  baselineDate: string;

  @Field(() => Float, { description: 'Value to reach by the target date.' })
  targetValue: number;

  @Field(() => DateScalar, { description: 'When the target should be reached.' })
  targetDate: string;

  @Field(() => String, { nullable: true, description: 'Where the data comes from.' })
  dataSource: string | null;

  @Field(() => ReportingCadenceEnum, {
    nullable: true,
    description: 'How often a new figure is expected; null: not on a schedule (never stale).',
  })
  cadence: ReportingCadence | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Published values below this are suppressed on public pages and in open data ("fewer than N"); the team still sees them. Null: nothing suppressed.',
  })
  suppressBelow: number | null;

  @Field(() => Boolean, {
    description:
      'Whether it appears on its problem’s public page and in open data (when the problem is public).',
  })
  isPublic: boolean;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  /** Internal. */
  uuid: string;
  problemId: string;
  /** Internal: the stored owner; null means the problem's lead (see `owner`). */
  ownerId: string | null;
  /**
   * Internal: the latest measurement and the figures, when they were read with the outcome
   * (a problem's outcomes); absent, the fields load them. They answer without a promise.
   */
  withLatest?: { latest: Measurement | null; figures: OutcomeFigures; schedule: OutcomeSchedule };
}

export function toOutcomeModel(entity: OutcomeEntity): Outcome {
  const outcome = new Outcome();
  outcome.id = toGlobalId('Outcome', entity.id);
  outcome.uuid = entity.id;
  outcome.problemId = entity.problemId;
  outcome.name = entity.name;
  outcome.description = entity.description;
  outcome.unit = entity.unit;
  outcome.direction = entity.direction;
  outcome.baselineValue = entity.baselineValue;
  outcome.baselineDate = entity.baselineDate;
  outcome.targetValue = entity.targetValue;
  outcome.targetDate = entity.targetDate;
  outcome.dataSource = entity.dataSource;
  outcome.ownerId = entity.ownerId;
  outcome.cadence = entity.cadence;
  outcome.suppressBelow = entity.suppressBelow;
  outcome.isPublic = entity.isPublic;
  outcome.version = entity.version;
  return outcome;
}
