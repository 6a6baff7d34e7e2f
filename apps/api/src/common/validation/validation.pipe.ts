import { ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

export interface ConstraintFailure {
  name: string;
  args: unknown[];
}

/** A validation failure still in neutral form; the filter renders it in the caller's language. */
export class RequestValidationError extends Error {
  constructor(readonly failures: { field: string; constraints: ConstraintFailure[] }[]) {
    super('validation failed');
  }
}

function flatten(errors: ValidationError[], parent = ''): { field: string; constraints: ConstraintFailure[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((name) => ({ name, args: constraintArgs(error, name) }));
    const nested = flatten(error.children ?? [], field);
    return own.length > 0 ? [{ field, constraints: own }, ...nested] : nested;
  });
}

function constraintArgs(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === name);
  return metadata?.constraints ?? [];
}

/** The global pipe: transform to DTO classes, strip and refuse unknown fields. `overrides` for a pipe of its own. */
export function createValidationPipe(
  overrides: Pick<ValidationPipeOptions, 'forbidNonWhitelisted'> = {},
): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    // The target lets the filter read each rule's arguments (e.g. a minimum length); values are
    // never copied into the error, so nothing the caller sent is echoed or logged.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
    ...overrides,
  });
}
