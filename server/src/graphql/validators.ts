import { isIsoDate } from '@commons/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

function rule(
  name: string,
  check: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: { validate: (value: unknown) => check(value) },
    });
  };
}

/** PostgreSQL text cannot hold NUL; refuse it as input rather than fail on insert. */
const NO_NUL = (v: string) => !v.includes('\u0000');

/** Text that must have content (not only spaces) and at most `max` characters. */
export function RequiredText(max: number): PropertyDecorator {
  return (target, property) => {
    rule(
      'requiredText',
      (v) => typeof v === 'string' && v.trim().length > 0,
      'must not be empty',
    )(target, property);
    rule(
      'maxText',
      (v) => typeof v !== 'string' || v.length <= max,
      `must be at most ${max} characters`,
    )(target, property);
    rule(
      'noNul',
      (v) => typeof v !== 'string' || NO_NUL(v),
      'must not contain NUL characters',
    )(target, property);
  };
}

/** Optional text (null or absent is fine) of at most `max` characters. */
export function OptionalText(max: number): PropertyDecorator {
  return rule(
    'optionalText',
    (v) => v === null || v === undefined || (typeof v === 'string' && v.length <= max && NO_NUL(v)),
    `must be at most ${max} characters, without NUL characters`,
  );
}

/** A real calendar date (2026-02-30 is refused); null or absent is fine. */
export function IsCalendarDate(): PropertyDecorator {
  return rule(
    'calendarDate',
    (v) => v === null || v === undefined || (typeof v === 'string' && isIsoDate(v)),
    'must be a real date, YYYY-MM-DD',
  );
}

/**
 * The largest size of a figure (a baseline, target or measurement): a quadrillion, room for any
 * public budget in any currency. Without a bound, 1e308 passed as "finite" and the health of every
 * list holding its outcome failed in SQL (float8 overflow in `target - baseline`).
 */
export const MAX_FIGURE = 1e15;

/** A finite number within ±MAX_FIGURE (GraphQL Float already refuses NaN). */
export function IsFiniteNumber(): PropertyDecorator {
  return rule(
    'finiteNumber',
    (v) =>
      v === null ||
      v === undefined ||
      (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_FIGURE),
    'must be a finite number between -1,000,000,000,000,000 and 1,000,000,000,000,000',
  );
}

/** A finite number above 0 and within MAX_FIGURE, or null/absent. */
export function IsPositiveFigure(): PropertyDecorator {
  return rule(
    'positiveFigure',
    (v) =>
      v === null ||
      v === undefined ||
      (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_FIGURE),
    'must be a number above 0 and at most 1,000,000,000,000,000',
  );
}

/** Every item a short non-empty text. */
export function TextList(maxItems: number, maxLength: number): PropertyDecorator {
  return rule(
    'textList',
    (v) =>
      v === null ||
      v === undefined ||
      (Array.isArray(v) &&
        v.length <= maxItems &&
        v.every((s) => typeof s === 'string' && s.trim().length > 0 && s.length <= maxLength)),
    `must be at most ${maxItems} items of 1–${maxLength} characters`,
  );
}
