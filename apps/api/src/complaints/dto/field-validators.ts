import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate, isNotInFuture, toLocalDate } from '@app/domain';

// Lists of values are checked with IsEnum, whose message needs no arguments: the global pipe does
// not hand constraint arguments to the messages yet (see the report of issue "Complaint lifecycle").

/** Trims text; other values pass through for the type validators to refuse. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

// C0 controls other than tab, line feed and carriage return (PostgreSQL refuses NUL in text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text without control characters. Non-strings are left to IsString. */
export const PlainText = (options?: ValidationOptions) =>
  ValidateBy({ name: 'plainText', validator: { validate: (v) => typeof v !== 'string' || !CONTROL.test(v) } }, options);

/** A calendar day written YYYY-MM-DD. */
export const IsIsoDate = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isIsoDate', validator: { validate: (v) => isIsoDate(v) } }, options);

/** Not after today in Viet Nam (Asia/Ho_Chi_Minh). Malformed dates are left to IsIsoDate. */
export const NotInFuture = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notInFuture',
      validator: { validate: (v) => !isIsoDate(v) || isNotInFuture(v, toLocalDate(new Date())) },
    },
    options,
  );

/** Exactly `true` (a consent). */
export const IsTrue = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isTrue', validator: { validate: (v) => v === true } }, options);

/** Phone numbers as people write them: digits with spaces, dots, dashes, brackets and a leading +. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 .()-]{6,28}$/;
