import type { FieldViolation } from '@app/domain';
import { RequestValidationError } from '../common/validation/validation.pipe';

/** Violations found after the global ValidationPipe, rendered like its field errors (vi / en). */
export function fieldErrors(violations: readonly FieldViolation[], args: unknown[] = []): RequestValidationError {
  return new RequestValidationError(violations.map((v) => ({ field: v.field, constraints: [{ name: v.rule, args }] })));
}
