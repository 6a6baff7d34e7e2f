import { isISO8601, isURL, ValidateBy, ValidationOptions } from 'class-validator';

// A date and a time with its offset from UTC (Z or ±hh:mm): "14:30" alone says nothing of the zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && isISO8601(value, { strict: true, strictSeparator: true });

/** An ISO 8601 instant with its offset, e.g. 2026-12-15T14:30:00+07:00. */
export const IsInstant = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isInstant', validator: { validate: isInstant } }, options);

/** Later than now. Malformed instants are left to IsInstant. */
export const InFuture = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'inFuture', validator: { validate: (v) => !isInstant(v) || new Date(v).getTime() > Date.now() } },
    options,
  );

/** A web address the parties can open safely: https only, with a host. Non-strings are left to IsString. */
export const IsHttpsUrl = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isHttpsUrl',
      validator: {
        validate: (v) =>
          typeof v !== 'string' ||
          isURL(v, { protocols: ['https'], require_protocol: true, require_valid_protocol: true }),
      },
    },
    options,
  );
