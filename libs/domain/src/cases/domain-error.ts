/** Why `decide` said no. The HTTP edge maps the code to a status with CASE_ERROR_HTTP_STATUS. */
export const CASE_ERROR_CODES = ['unknown_action', 'invalid_transition', 'forbidden', 'rule_violated'] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

/** One broken rule on one field, e.g. `{ field: 'ground', rule: 'art_58_ground_required' }`. */
export interface FieldViolation {
  readonly field: string;
  readonly rule: string;
}

export class CaseDomainError extends Error {
  override readonly name = 'CaseDomainError';

  constructor(
    readonly code: CaseErrorCode,
    readonly details: readonly FieldViolation[],
    message?: string,
  ) {
    super(message ?? `${code}: ${details.map((d) => `${d.field} ${d.rule}`).join(', ')}`);
  }
}

// unknown_action is a malformed request (400); the other three are the issue's 409 / 403 / 422.
export const CASE_ERROR_HTTP_STATUS: Readonly<Record<CaseErrorCode, number>> = {
  unknown_action: 400,
  invalid_transition: 409,
  forbidden: 403,
  rule_violated: 422,
};
