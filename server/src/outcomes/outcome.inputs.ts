import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type OutcomeDirection, type ReportingCadence } from '@commons/shared';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import {
  IsCalendarDate,
  IsFiniteNumber,
  IsPositiveFigure,
  OptionalText,
  RequiredText,
} from '../graphql/validators.js';
import { DateScalar } from '../graphql/scalars.js';
import { OutcomeDirectionEnum, ReportingCadenceEnum } from './outcome.model.js';

/** Limits of an outcome's texts; name and unit mirror the table's CHECK constraints. */
export const OUTCOME_LIMITS = {
  nameMax: LIMITS.titleMax,
  unitMax: 50,
  descriptionMax: LIMITS.bodyMax,
  dataSourceMax: 1000,
  noteMax: 2000,
} as const;

@InputType('CreateOutcomeInput', {
  description:
    'Defines an outcome of a problem (its lead or an administrator). The definition must give a progress: target differs from baseline in the direction, and the target date is after the baseline date.',
})
export class CreateOutcomeInput {
  @Field(() => ID, { description: 'The problem it belongs to.' })
  problemId: string;

  @Field(() => String, { description: `What is measured, 1–${OUTCOME_LIMITS.nameMax} characters.` })
  @RequiredText(OUTCOME_LIMITS.nameMax)
  name: string;

  @Field(() => String, { nullable: true, description: 'Details, markdown.' })
  @OptionalText(OUTCOME_LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, {
    description: `Unit, e.g. "people", 1–${OUTCOME_LIMITS.unitMax} characters.`,
  })
  @RequiredText(OUTCOME_LIMITS.unitMax)
  unit: string;

  @Field(() => OutcomeDirectionEnum, { description: 'Whether success means up or down.' })
  direction: OutcomeDirection;

  @Field(() => Float, { description: 'Value at the baseline date.' })
  @IsFiniteNumber()
  baselineValue: number;

  @Field(() => DateScalar, { description: 'When the baseline was measured.' })
  @IsCalendarDate()
  baselineDate: string;

  @Field(() => Float, { description: 'Value to reach by the target date.' })
  @IsFiniteNumber()
  targetValue: number;

  @Field(() => DateScalar, { description: 'When the target should be reached.' })
  @IsCalendarDate()
  targetDate: string;

  @Field(() => String, { nullable: true, description: 'Where the data comes from.' })
  @OptionalText(OUTCOME_LIMITS.dataSourceMax)
  dataSource?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who reports it: a member of the problem’s team. Absent or null: the problem’s lead.',
  })
  ownerId?: string | null;

  @Field(() => ReportingCadenceEnum, {
    nullable: true,
    description: 'How often a new figure is expected; absent or null: not on a schedule.',
  })
  cadence?: ReportingCadence | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Suppress published values below this (above 0); absent or null: none.',
  })
  @IsPositiveFigure()
  suppressBelow?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether it may be published with its public problem; absent or null: true.',
  })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean | null;
}

@InputType('UpdateOutcomeInput', {
  description:
    'Changes an outcome (its problem’s lead or an administrator). Absent or null fields stay as they are, except `description`, `dataSource`, `ownerId`, `cadence` and `suppressBelow`, which null clears.',
})
export class UpdateOutcomeInput {
  @Field(() => ID, { description: 'The outcome.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'What is measured.' })
  @IsOptional()
  @RequiredText(OUTCOME_LIMITS.nameMax)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Details, markdown; null clears.' })
  @OptionalText(OUTCOME_LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit.' })
  @IsOptional()
  @RequiredText(OUTCOME_LIMITS.unitMax)
  unit?: string | null;

  @Field(() => OutcomeDirectionEnum, { nullable: true, description: 'INCREASE or DECREASE.' })
  direction?: OutcomeDirection | null;

  @Field(() => Float, { nullable: true, description: 'Value at the baseline date.' })
  @IsFiniteNumber()
  baselineValue?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the baseline was measured.' })
  @IsCalendarDate()
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Value to reach by the target date.' })
  @IsFiniteNumber()
  targetValue?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the target should be reached.' })
  @IsCalendarDate()
  targetDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the data comes from; null clears.' })
  @OptionalText(OUTCOME_LIMITS.dataSourceMax)
  dataSource?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who reports it: a member of the problem’s team; null: back to the problem’s lead.',
  })
  ownerId?: string | null;

  @Field(() => ReportingCadenceEnum, {
    nullable: true,
    description: 'How often a new figure is expected; null: not on a schedule.',
  })
  cadence?: ReportingCadence | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Suppress published values below this (above 0); null: none.',
  })
  @IsPositiveFigure()
  suppressBelow?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether it may be published with its public problem.',
  })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean | null;
}

@InputType('RecordMeasurementInput', {
  description:
    'Records an observed value of an outcome (anyone who may contribute to its problem). Source MANUAL; you are its recorder.',
})
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The outcome measured.' })
  outcomeId: string;

  @Field(() => DateScalar, { description: 'The date the value describes.' })
  @IsCalendarDate()
  observedAt: string;

  @Field(() => Float, { description: 'The observed value, in the outcome’s unit.' })
  @IsFiniteNumber()
  value: number;

  @Field(() => String, {
    nullable: true,
    description: `Context for the value, at most ${OUTCOME_LIMITS.noteMax} characters.`,
  })
  @OptionalText(OUTCOME_LIMITS.noteMax)
  note?: string | null;
}

@ArgsType()
export class MeasurementRangeArgs {
  @Field(() => DateScalar, { nullable: true, description: 'From this date, inclusive.' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this date, inclusive.' })
  @IsCalendarDate()
  to?: string | null;
}
