import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Trims text; blank text becomes null (clears the field). Other values pass through to the validators. */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/**
 * May be left out, but when given must be valid: unlike IsOptional, null is refused (for columns
 * that cannot be empty, such as a flag or a list).
 */
export const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
