import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  OUTCOME_DIRECTIONS,
  OUTCOME_HEALTHS,
  type OutcomeDirection,
  type OutcomeFigures,
  type OutcomeHealth,
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

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  /** Internal. */
  uuid: string;
  problemId: string;
  /**
   * Internal: the latest measurement and the figures, when they were read with the outcome
   * (a problem's outcomes); absent, the fields load them. They answer without a promise.
   */
  withLatest?: { latest: Measurement | null; figures: OutcomeFigures };
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
  outcome.version = entity.version;
  return outcome;
}
