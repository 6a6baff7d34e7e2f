import type { CaseOutcome, CaseState, CaseStatus, OutcomeCode, ResumableStatus } from '@app/domain';
import type { CaseEntity } from '@app/persistence';

// Keys of the lifecycle JSON that hold instants; JSON keeps them as ISO strings.
const DATE_KEYS = /^(?:.*At|time|performanceDeadline|from|to)$/;

function revive(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && DATE_KEYS.test(key) && !Number.isNaN(Date.parse(value))) return new Date(value);
  if (Array.isArray(value)) return value.map((item) => revive(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  }
  return value;
}

/** The domain's view of a stored case: plain columns plus the lifecycle JSON. */
export function toCaseState(c: CaseEntity): CaseState {
  const rest = revive(c.lifecycle ?? {}) as Partial<CaseState>;
  const outcome: CaseOutcome | null = c.outcome
    ? {
        code: c.outcome as OutcomeCode,
        ...(c.amountRecoveredVnd !== null ? { amountRecoveredVnd: c.amountRecoveredVnd } : {}),
      }
    : null;
  return {
    ...rest,
    status: c.status as CaseStatus,
    resumeStatus: (c.resumeStatus as ResumableStatus | null) ?? null,
    barredFromNegotiation: c.barred,
    handlingUnitId: c.handlingOrgId,
    advisorId: c.assigneeId,
    closedAt: c.closedAt,
    outcome,
  };
}

const STAGE_COLUMN: Partial<Record<CaseStatus, 'consultationAt' | 'negotiationAt' | 'mediationAt'>> = {
  consultation: 'consultationAt',
  negotiation: 'negotiationAt',
  mediation: 'mediationAt',
};

/** Writes a new domain state back onto the entity: columns for what statistics group by, JSON for the rest. */
export function applyCaseState(c: CaseEntity, state: CaseState, now: Date): void {
  const { status, resumeStatus, barredFromNegotiation, handlingUnitId, advisorId, closedAt, outcome, ...rest } = state;
  const stage = STAGE_COLUMN[status];
  // The time a case first entered each stage (reopening does not reset it).
  if (stage && status !== c.status && c[stage] === null) c[stage] = now;
  c.status = status;
  c.resumeStatus = resumeStatus ?? null;
  c.barred = barredFromNegotiation ?? false;
  c.handlingOrgId = handlingUnitId ?? null;
  c.assigneeId = advisorId ?? null;
  c.closedAt = closedAt ?? null;
  c.outcome = outcome?.code ?? null;
  c.amountRecoveredVnd = outcome?.amountRecoveredVnd ?? null;
  c.lifecycle = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
