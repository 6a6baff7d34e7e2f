import type { CaseAction, CaseErrorCode, FieldViolation } from '@app/domain';

export type CaseFailureCode = CaseErrorCode | 'stale_version' | 'not_found';

/** A refused case action, in domain terms; the api maps it to 400/403/404/409/422. */
export class CaseActionError extends Error {
  constructor(
    readonly code: CaseFailureCode,
    readonly details: readonly FieldViolation[] = [],
    readonly current?: { status: string; version: number; allowedActions: CaseAction[] },
  ) {
    super(code);
    this.name = 'CaseActionError';
  }
}
