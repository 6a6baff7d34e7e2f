import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** A concurrent insert won the race for a unique value (a code, an e-mail address). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
