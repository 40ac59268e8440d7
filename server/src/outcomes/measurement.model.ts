import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { MeasurementSource } from '@commons/shared';
import { toGlobalId } from '../graphql/global-id.js';
import { DateScalar } from '../graphql/scalars.js';
import type { MeasurementEntity } from './measurement.entity.js';

@ObjectType('Measurement', { description: 'One observed value of an outcome on a date.' })
export class Measurement {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => DateScalar, { description: 'The date the value describes.' })
  observedAt: string;

  @Field(() => Float, { description: 'The observed value, in the outcome’s unit.' })
  value: number;

  @Field(() => String, { nullable: true, description: 'Context for the value, plain text.' })
  note: string | null;

  @Field(() => String, { description: 'How it arrived: MANUAL, IMPORT or API.' })
  source: MeasurementSource;

  /** Internal. */
  uuid: string;
  outcomeId: string;
  recordedById: string | null;
  recordedAt: Date;
}

export function toMeasurementModel(entity: MeasurementEntity): Measurement {
  const measurement = new Measurement();
  measurement.id = toGlobalId('Measurement', entity.id);
  measurement.uuid = entity.id;
  measurement.outcomeId = entity.outcomeId;
  measurement.observedAt = entity.observedAt;
  measurement.value = entity.value;
  measurement.note = entity.note;
  measurement.source = entity.source;
  measurement.recordedById = entity.recordedById;
  measurement.recordedAt = entity.recordedAt;
  return measurement;
}
