import type { CaseStatus, ResumableStatus } from './case-status';
import type { CaseOutcome } from './outcomes';
import type { IntakeWarning } from '../intake/intake-warnings';
import type { NegotiationResultReport } from './negotiation-result';

/** Art 58: the only five grounds for refusing support (domain.md §2.2). */
export const REFUSAL_GROUNDS = ['a', 'b', 'c', 'd', 'e'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** Art 54.2: why negotiation and mediation are barred (case must be transferred). */
export const ART_54_2_REASONS = ['public_interest', 'illegal_or_unethical', 'many_unknown_consumers'] as const;
export type Art542Reason = (typeof ART_54_2_REASONS)[number];

/** Art 56.3: the consumer may ask for support when the business is silent or refuses without good reason. */
export const ART_56_3_BASES = ['business_silent', 'business_refused_without_reason'] as const;
export type Art563Basis = (typeof ART_56_3_BASES)[number];

export const BUSINESS_RESPONSE_TYPES = ['propose_remedy', 'refuse_with_reasons', 'ask_question'] as const;
export type BusinessResponseType = (typeof BUSINESS_RESPONSE_TYPES)[number];

export const MEDIATION_NEXT_STEPS = ['continue', 'arbitration', 'court', 'transfer'] as const;
export type MediationNextStep = (typeof MEDIATION_NEXT_STEPS)[number];

export interface PauseInterval {
  readonly from: Date;
  readonly to: Date;
}
export interface InfoRequest {
  readonly question: string;
  readonly requestedAt: Date;
  readonly answer?: string;
  readonly answeredAt?: Date;
}
export interface Refusal {
  readonly ground: RefusalGround;
  readonly note?: string;
}
export interface TransferRecord {
  readonly authorityId: string;
  readonly reason?: string;
  readonly consumerNotifiedAt: Date;
}
export interface Forwarding {
  readonly businessId: string;
  readonly basis: Art563Basis;
  readonly forwardedAt: Date;
}
export interface BusinessResponse {
  readonly type: BusinessResponseType;
  readonly text: string;
  readonly at: Date;
}
export interface Proposal {
  readonly description: string;
  readonly amountVnd?: number;
  readonly proposedAt: Date;
}
export interface Agreement {
  readonly source: 'proposal' | 'settlement' | 'mediation';
  readonly summary: string;
  readonly at: Date;
}
/** The parties to a negotiation, who may ask for it to be kept confidential or paused (Art 59.1). */
export const NEGOTIATION_PARTIES = ['consumer', 'business'] as const;
export type NegotiationParty = (typeof NEGOTIATION_PARTIES)[number];
/** Art 59.1: a party's request about the negotiation, as staff recorded it. */
export interface NegotiationRequest {
  readonly requestedBy: NegotiationParty;
  readonly reason: string;
  readonly requestedAt: Date;
}
/** How the business's consent to mediation came: through its link, or on paper (recorded by staff). */
export const MEDIATION_CONSENT_CHANNELS = ['link', 'paper'] as const;
export type MediationConsentChannel = (typeof MEDIATION_CONSENT_CHANNELS)[number];

/** Why a mediation request closed without the business's consent (Art 61: no agreement, no mediation). */
export type MediationConsentFailure = 'declined' | 'lapsed';

/**
 * The consumer's request starts a mediation; the business's consent completes it (Law 19 Art 61).
 * Until `businessConsentAt` is set no session is scheduled and no result recorded.
 */
export interface MediationRequest {
  readonly organisationId: string;
  readonly requestedAt: Date;
  readonly consumerConsentAt: Date;
  /** Null while the business has not agreed. */
  readonly businessConsentAt: Date | null;
  readonly businessConsentVia?: MediationConsentChannel;
  /** Paper consent: the uploaded documents that show it (evidence file ids). */
  readonly consentDocumentIds?: readonly string[];
  /** The request closed without consent: declined by the business, or the consent period ran out. */
  readonly consentFailure?: MediationConsentFailure;
  readonly consentFailureAt?: Date;
  /** The business's reason for declining, if it gave one. */
  readonly declineReason?: string;
}
/** Art 65.2: every field of a successful-mediation record is required (`otherTerms` may be ''). */
export interface MediationRecord {
  readonly mediator: string;
  readonly organisation: string;
  readonly parties: readonly string[];
  readonly time: Date;
  readonly place: string;
  readonly subject: string;
  readonly consumerViews: string;
  readonly businessViews: string;
  readonly result: string;
  readonly implementation: string;
  readonly performanceDeadline: Date;
  readonly otherTerms: string;
}
export interface MediationFailure {
  readonly reason: string;
  readonly nextStep: MediationNextStep;
  readonly recordedAt: Date;
}

/**
 * What the state machine needs to know about a case. `null` clears a field in `changes`;
 * `applyDecision` merges `changes` over the state.
 */
export interface CaseState {
  readonly status: CaseStatus;
  /** Set while `needs_info`: where `provide_info` returns. */
  readonly resumeStatus?: ResumableStatus | null;
  /** Art 54.2: negotiation and mediation barred; transfer is the way forward. */
  readonly barredFromNegotiation?: boolean;
  readonly barReason?: Art542Reason | null;
  readonly handlingUnitId?: string | null;
  readonly advisorId?: string | null;
  /** Running clocks are paused from here while waiting on the consumer (domain.md §5). */
  readonly clockPausedAt?: Date | null;
  readonly pausedIntervals?: readonly PauseInterval[];
  readonly infoRequest?: InfoRequest | null;
  readonly refusal?: Refusal | null;
  readonly transfer?: TransferRecord | null;
  readonly adviceSummary?: string | null;
  readonly forwarding?: Forwarding | null;
  readonly lastBusinessResponse?: BusinessResponse | null;
  readonly openProposal?: Proposal | null;
  readonly agreement?: Agreement | null;
  /** Art 59.1: the negotiation is confidential at a party's request (its content: parties and handling staff). */
  readonly negotiationConfidential?: NegotiationRequest | null;
  /** Art 59.1: the negotiation is paused at a party's request; its clocks are paused meanwhile. */
  readonly negotiationPaused?: NegotiationRequest | null;
  /** Art 57.5: the business's report of how the negotiation ended. */
  readonly negotiationResult?: NegotiationResultReport | null;
  readonly mediation?: MediationRequest | null;
  readonly mediationRecord?: MediationRecord | null;
  readonly mediationFailure?: MediationFailure | null;
  readonly outcome?: CaseOutcome | null;
  readonly closedAt?: Date | null;
  readonly closureNote?: string | null;
  readonly reopenedAt?: Date | null;
  readonly reopenReason?: string | null;
  /** Set at intake and kept: what staff and the consumer should look at (Civil Code Arts 429, 588; Art 70.2). */
  readonly warnings?: readonly IntakeWarning[];
}

export function initialCaseState(overrides: Partial<CaseState> = {}): CaseState {
  return { status: 'submitted', barredFromNegotiation: false, pausedIntervals: [], ...overrides };
}

/** Changes that restart a paused clock, recording the pause. Empty when no clock is paused. */
export function endPause(state: CaseState, now: Date): Partial<CaseState> {
  if (!state.clockPausedAt) return {};
  const interval = { from: state.clockPausedAt, to: now };
  return { clockPausedAt: null, pausedIntervals: [...(state.pausedIntervals ?? []), interval] };
}
