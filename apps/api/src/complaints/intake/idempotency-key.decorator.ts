import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestValidationError } from '../../common/validation/validation.pipe';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 120;
// A retry with the key gets the access key back, so a key must be hard to guess (a UUID is 36).
export const IDEMPOTENCY_KEY_MIN_LENGTH = 16;

/** For @ApiHeader. */
export const IDEMPOTENCY_HEADER_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description:
    '16 to 120 characters, random (e.g. a UUID): for 24 hours, a retry with the same key and the same body ' +
    'answers with the same case and access key; the same key with another body is 422 idempotency_key_reused. ' +
    'Keys are scoped (the public form; each staff account on each channel) and stored only as a SHA-256 digest',
};

/** The optional Idempotency-Key header: at most 120 characters (the column cases.idempotency_key). */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && value.length < IDEMPOTENCY_KEY_MIN_LENGTH) {
    throw new RequestValidationError([
      { field: 'Idempotency-Key', constraints: [{ name: 'minLength', args: [IDEMPOTENCY_KEY_MIN_LENGTH] }] },
    ]);
  }
  if (typeof value === 'string' && value.length <= IDEMPOTENCY_KEY_MAX_LENGTH) return value;
  throw new RequestValidationError([
    { field: 'Idempotency-Key', constraints: [{ name: 'maxLength', args: [IDEMPOTENCY_KEY_MAX_LENGTH] }] },
  ]);
});
