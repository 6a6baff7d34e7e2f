import type { ActorPermit } from './actor';
import type { CaseAction } from './case-action';
import type { RuleName } from './case-rules';
import { type CaseStatus, FINAL_STATUSES, OPEN_STATUSES } from './case-status';

export type TransitionSource = CaseStatus | readonly CaseStatus[] | 'any_open';
/** A status; several (the rule picks one); or 'previous' (the case's `resumeStatus`). */
export type TransitionTarget = CaseStatus | readonly CaseStatus[] | 'previous';

export interface Transition {
  readonly from: TransitionSource;
  readonly action: CaseAction;
  readonly to: TransitionTarget;
  readonly actors: readonly ActorPermit[];
  readonly rule?: RuleName;
}

// Intake officers / advisors run reception, consultation, forwarding, settlement and transfers;
// the admin can stand in for them.
const DESK: readonly ActorPermit[] = ['officer', 'admin'];
// Mediation organisations are independent: only their mediators and heads act during mediation.
const MEDIATION: readonly ActorPermit[] = ['mediator', 'mediation_admin'];
// Not listed anywhere: `association` (Art 53.3 — may not refuse; here read-only outcomes),
// `analyst` (reads everything, changes nothing); `system` acts only for scheduled jobs (a clock's
// `atDue` action).

/** The complaint-case lifecycle, as data. Checked by `validateMachine`. */
export const CASE_TRANSITIONS: readonly Transition[] = [
  { from: 'submitted', action: 'accept', to: 'consultation', actors: DESK, rule: 'acceptance' },
  {
    from: ['submitted', 'consultation', 'negotiation'],
    action: 'request_info',
    to: 'needs_info',
    actors: DESK,
    rule: 'infoRequest',
  },
  // Not before the business consented to the mediation (Art 61).
  { from: 'mediation', action: 'request_info', to: 'needs_info', actors: MEDIATION, rule: 'mediationInfoRequest' },
  // Only the consumer answers a request for information (through their case key).
  { from: 'needs_info', action: 'provide_info', to: 'previous', actors: ['consumer'], rule: 'infoProvided' },
  // Refusal (Art 58) happens at reception, before the business is involved.
  { from: ['submitted', 'needs_info', 'consultation'], action: 'refuse', to: 'refused', actors: DESK, rule: 'refusal' },
  // Transfer is always open (remit, Art 11.3; Art 54.2 bars everything else).
  { from: 'any_open', action: 'transfer', to: 'transferred', actors: DESK, rule: 'transfer' },
  // Art 54.2 may come to light at any stage before closure: the case keeps its status, one row per
  // open status, and from then on only transfer, refusal and withdrawal are open (art-54-2-bar.ts).
  ...OPEN_STATUSES.map((status): Transition => ({
    from: status,
    action: 'bar',
    to: status,
    actors: DESK,
    rule: 'barring',
  })),
  { from: 'consultation', action: 'resolve_by_advice', to: 'resolved', actors: DESK, rule: 'advice' },
  { from: 'consultation', action: 'forward_to_business', to: 'negotiation', actors: DESK, rule: 'forwarding' },
  // The business acts only through its link, and only while negotiating.
  {
    from: 'negotiation',
    action: 'business_respond',
    to: 'negotiation',
    actors: ['business'],
    rule: 'businessResponse',
  },
  { from: 'negotiation', action: 'accept_proposal', to: 'resolved', actors: ['consumer'], rule: 'acceptProposal' },
  { from: 'negotiation', action: 'reject_proposal', to: 'negotiation', actors: ['consumer'], rule: 'rejectProposal' },
  { from: 'negotiation', action: 'settle', to: 'resolved', actors: DESK, rule: 'settlement' },
  // Art 59.1: either party may ask for a confidential or paused negotiation; the desk records it.
  {
    from: 'negotiation',
    action: 'record_negotiation_request',
    to: 'negotiation',
    actors: DESK,
    rule: 'negotiationRequest',
  },
  {
    from: 'negotiation',
    action: 'lift_negotiation_request',
    to: 'negotiation',
    actors: DESK,
    rule: 'negotiationRequestLifted',
  },
  // Mediation rests on both parties' agreement (Art 61): the consumer's request starts it, the
  // business's consent completes it — through its link, or on paper, recorded by staff with the
  // document. Declining, or the consent period running out (the system, at the clock's due time),
  // closes the attempt; the consumer is told what remains (court, arbitration).
  {
    from: ['consultation', 'negotiation'],
    action: 'request_mediation',
    to: 'mediation',
    actors: ['consumer'],
    rule: 'mediationRequest',
  },
  {
    from: 'mediation',
    action: 'accept_mediation',
    to: 'mediation',
    actors: ['business', ...DESK, ...MEDIATION],
    rule: 'mediationConsent',
  },
  { from: 'mediation', action: 'decline_mediation', to: 'unresolved', actors: ['business'], rule: 'mediationDeclined' },
  {
    from: 'mediation',
    action: 'expire_mediation_request',
    to: 'unresolved',
    actors: ['system'],
    rule: 'mediationConsentLapsed',
  },
  // A failed session with "continue" keeps the mediation open for a new session.
  {
    from: 'mediation',
    action: 'record_mediation_result',
    to: ['resolved', 'unresolved', 'mediation'],
    actors: MEDIATION,
    rule: 'mediationResult',
  },
  { from: 'any_open', action: 'withdraw', to: 'withdrawn', actors: ['consumer'], rule: 'withdrawal' },
  // Reopening is a supervisor's decision: an admin or an officer flagged as supervisor.
  {
    from: FINAL_STATUSES,
    action: 'reopen',
    to: 'consultation',
    actors: ['admin', 'supervising_officer'],
    rule: 'reopenWindow',
  },
];

export function sourceStatuses(from: TransitionSource): readonly CaseStatus[] {
  if (from === 'any_open') return OPEN_STATUSES;
  return typeof from === 'string' ? [from] : from;
}

/** Declared targets; 'previous' is resolved by the caller. */
export function targetStatuses(to: TransitionTarget): readonly CaseStatus[] | 'previous' {
  if (to === 'previous') return to;
  return typeof to === 'string' ? [to] : to;
}

export function findTransition(
  table: readonly Transition[],
  status: CaseStatus,
  action: CaseAction,
): Transition | undefined {
  return table.find((t) => t.action === action && sourceStatuses(t.from).includes(status));
}
