import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { InvalidInputError, type FieldError } from './errors.js';

/**
 * Validates every @InputType / @ArgsType argument with class-validator and answers
 * BAD_USER_INPUT whose `extensions.fields` names each bad field (`input.title`), so a form can
 * put each message beside its field.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what callers send: GraphQL arguments (and HTTP bodies). Parents (`@Parent()`) are
    // our own objects; validating each one cost a third of a list's time in the benchmark.
    if (!isCallerInput(metadata)) return value;
    return validateAs(metadata.metatype, value, metadata.data);
  }
}

async function validateAs(type: unknown, value: unknown, name: string | undefined) {
  if (!type || !isValidatable(type) || value === null || typeof value !== 'object') return value;
  const instance: object = plainToInstance(type, value);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) throw new InvalidInputError(flatten(errors, name ?? ''));
  return instance;
}

/**
 * An optional input-object argument (`filter: ProblemFilter`), validated as its class.
 * TypeScript records the type of a `ProblemFilter | null` parameter as `Object`, so the
 * global pipe could not tell what to validate it as: without this, a filter's rules were
 * never checked.
 */
export function OptionalInputArg(name: string, type: new () => object, description: string) {
  return Args(
    name,
    { type: () => type, nullable: true, description },
    {
      transform: (value: unknown) => validateAs(type, value, name),
    },
  );
}

/** @nestjs/graphql's `GqlParamtype.ARGS` (its enum is not exported). */
const GRAPHQL_ARGS = 3;

function isCallerInput(metadata: ArgumentMetadata): boolean {
  const type: unknown = metadata.type;
  return type === GRAPHQL_ARGS || type === 'body';
}

function isValidatable(type: unknown): type is new () => object {
  return (
    typeof type === 'function' && ![String, Boolean, Number, Array, Object].includes(type as never)
  );
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
