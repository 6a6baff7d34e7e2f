import type { FinalStatus } from './case-status';

/** Fixed list of outcome codes every final status carries (issue text; reporting, domain.md §7). */
export const OUTCOME_CODES = [
  'monetary_relief',
  'non_monetary_relief',
  'explained',
  'business_not_found',
  'duplicate',
  'transferred',
  'referred_to_court',
  'referred_to_arbitration',
  'withdrawn',
  'refused',
] as const;

export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export interface CaseOutcome {
  readonly code: OutcomeCode;
  /** Money recovered for the consumer, in whole VND; only with `monetary_relief`. */
  readonly amountRecoveredVnd?: number;
}

/** Codes `settle` may record when the case ends as `resolved`. */
export const RESOLVED_OUTCOMES = [
  'monetary_relief',
  'non_monetary_relief',
  'explained',
] as const satisfies readonly OutcomeCode[];
/** Codes `refuse` may record: plain refusal, or the reason behind it for statistics. */
export const REFUSAL_OUTCOMES = [
  'refused',
  'business_not_found',
  'duplicate',
] as const satisfies readonly OutcomeCode[];

/** Which codes make sense for which final status (used by tests and reports). */
export const OUTCOMES_BY_FINAL_STATUS: Readonly<Record<FinalStatus, readonly OutcomeCode[]>> = {
  resolved: RESOLVED_OUTCOMES,
  unresolved: ['explained', 'transferred', 'referred_to_court', 'referred_to_arbitration'],
  transferred: ['transferred'],
  refused: REFUSAL_OUTCOMES,
  withdrawn: ['withdrawn'],
};

/** Outcome used when the transition's rule does not choose one. */
export const DEFAULT_OUTCOME: Readonly<Partial<Record<FinalStatus, OutcomeCode>>> = {
  withdrawn: 'withdrawn',
  refused: 'refused',
  transferred: 'transferred',
};

export function isOutcomeCode(value: unknown): value is OutcomeCode {
  return typeof value === 'string' && (OUTCOME_CODES as readonly string[]).includes(value);
}

/** A remedy with money (> 0 VND) is monetary relief; anything else agreed is non-monetary relief. */
export function reliefOutcome(amountVnd: number | undefined): CaseOutcome {
  return amountVnd !== undefined && amountVnd > 0
    ? { code: 'monetary_relief', amountRecoveredVnd: amountVnd }
    : { code: 'non_monetary_relief' };
}
