import { FINAL_STATUSES, OPEN_STATUSES, type CaseStatus } from '../cases';
import {
  type ClockChanges,
  type ClockContext,
  type ClockRule,
  type ClockTrigger,
  NO_CLOCK_CHANGES,
} from './clock-types';
import { DEADLINE_KINDS, type DeadlineKind, POST_CLOSURE_KINDS } from './deadline-kinds';

const NEGOTIATION: readonly DeadlineKind[] = ['business_acknowledgement', 'business_negotiation', 'forwarding'];
/** Closing a case cancels every open clock except those that run after closure. */
const ON_CLOSE: readonly DeadlineKind[] = DEADLINE_KINDS.filter((k) => !POST_CLOSURE_KINDS.includes(k));
const OPEN: readonly CaseStatus[] = OPEN_STATUSES;
const RESUMABLE: readonly CaseStatus[] = OPEN_STATUSES.filter((s) => s !== 'needs_info');
/**
 * The clocks a request for information pauses, because they wait on the consumer's answer (domain.md
 * §5): the desk's (triage, Art 57.4 forwarding) and the mediation's. The business's statutory
 * periods (Arts 31.2, 57.2) and the clocks after closure run on.
 */
const WAIT_ON_CONSUMER: readonly DeadlineKind[] = [
  'triage',
  'forwarding',
  'mediator_assignment',
  'mediation_conclusion',
];
/**
 * An Art 54.2 bar ends negotiation, mediation and the consumer's pending answer: their clocks stop.
 * The reply on acceptance (triage, Citizen Reception Law Art 28) runs on until the transfer or refusal.
 */
const ON_BAR: readonly DeadlineKind[] = ON_CLOSE.filter((k) => k !== 'triage');

/**
 * Which clocks each transition starts, meets, cancels, pauses or resumes, as data. The first rule
 * matching (action, from, to, context) applies; none matching means no change. Mirrors
 * `CASE_TRANSITIONS` (every transition there has a rule here, some with no change).
 */
export const CLOCK_RULES: readonly ClockRule[] = [
  // Art 57.4: the 7 wd to forward run from receipt, whenever the complaint is accepted.
  { action: 'submit', from: 'none', to: ['submitted'], start: ['triage', 'forwarding'] },
  { action: 'accept', from: ['submitted'], to: ['consultation'], meet: ['triage'] },
  {
    action: 'request_info',
    from: ['submitted', 'consultation', 'negotiation', 'mediation'],
    to: ['needs_info'],
    pause: WAIT_ON_CONSUMER,
    start: ['consumer_information'],
  },
  { action: 'provide_info', from: ['needs_info'], to: RESUMABLE, meet: ['consumer_information'], resume: true },
  {
    action: 'forward_to_business',
    from: ['consultation'],
    to: ['negotiation'],
    meet: ['forwarding'],
    start: ['business_acknowledgement', 'business_negotiation'],
  },
  {
    action: 'business_respond',
    from: ['negotiation'],
    to: ['negotiation'],
    businessResponse: ['propose_remedy', 'refuse_with_reasons'],
    meet: ['business_acknowledgement', 'business_negotiation'],
  },
  // A question, or a response of unknown type, only acknowledges (Art 31.2); Art 57.2 keeps running.
  { action: 'business_respond', from: ['negotiation'], to: ['negotiation'], meet: ['business_acknowledgement'] },
  { action: 'reject_proposal', from: ['negotiation'], to: ['negotiation'] },
  // Art 59.1: a pause a party asked for is no one's delay: the negotiation clocks pause with it and,
  // when it is lifted, run on longer by the pause (as for a wait on the consumer, domain.md §5).
  // Confidentiality alone changes no clock.
  {
    action: 'record_negotiation_request',
    from: ['negotiation'],
    to: ['negotiation'],
    partyPause: true,
    pause: NEGOTIATION,
  },
  { action: 'record_negotiation_request', from: ['negotiation'], to: ['negotiation'] },
  { action: 'lift_negotiation_request', from: ['negotiation'], to: ['negotiation'], partyPause: true, resume: true },
  { action: 'lift_negotiation_request', from: ['negotiation'], to: ['negotiation'] },
  // The business has a policy period to consent (Art 61); the organisation may appoint meanwhile.
  // The mediation's own period runs from the consent, when there is a mediation to conclude.
  // Negotiation ended with the consumer moving to mediation: the business reports that result too (Art 57.5).
  {
    action: 'request_mediation',
    from: ['negotiation'],
    to: ['mediation'],
    cancel: NEGOTIATION,
    start: ['business_mediation_consent', 'mediator_assignment', 'business_result_report'],
  },
  {
    action: 'request_mediation',
    from: ['consultation'],
    to: ['mediation'],
    cancel: NEGOTIATION,
    start: ['business_mediation_consent', 'mediator_assignment'],
  },
  {
    action: 'accept_mediation',
    from: ['mediation'],
    to: ['mediation'],
    meet: ['business_mediation_consent'],
    start: ['mediation_conclusion'],
  },
  // The business answered (no): its clock is met, the attempt closes with everything else.
  {
    action: 'decline_mediation',
    from: ['mediation'],
    to: ['unresolved'],
    meet: ['business_mediation_consent'],
    cancel: ON_CLOSE,
  },
  { action: 'expire_mediation_request', from: ['mediation'], to: ['unresolved'], cancel: ON_CLOSE },
  // A failed session with "continue": the mediation stays open and `mediation_conclusion` keeps running.
  { action: 'record_mediation_result', from: ['mediation'], to: ['mediation'] },
  {
    action: 'record_mediation_result',
    from: ['mediation'],
    to: ['resolved'],
    meet: ['mediator_assignment', 'mediation_conclusion'],
    start: ['settlement_performance', 'court_recognition'],
    cancel: ON_CLOSE,
  },
  {
    action: 'record_mediation_result',
    from: ['mediation'],
    to: ['unresolved'],
    meet: ['mediator_assignment', 'mediation_conclusion'],
    cancel: ON_CLOSE,
  },
  // Negotiation ended with an agreement: the business reports the result (Art 57.5).
  {
    action: 'accept_proposal',
    from: ['negotiation'],
    to: ['resolved'],
    start: ['business_result_report'],
    cancel: ON_CLOSE,
  },
  // Staff record the settlement the parties reached: that record is the Art 57.5 report, no clock.
  { action: 'settle', from: ['negotiation'], to: ['resolved'], cancel: ON_CLOSE },
  { action: 'resolve_by_advice', from: ['consultation'], to: ['resolved'], cancel: ON_CLOSE },
  { action: 'refuse', from: ['submitted', 'needs_info', 'consultation'], to: ['refused'], cancel: ON_CLOSE },
  { action: 'transfer', from: OPEN, to: ['transferred'], cancel: ON_CLOSE },
  { action: 'bar', from: OPEN, to: OPEN, cancel: ON_BAR },
  { action: 'withdraw', from: OPEN, to: ['withdrawn'], cancel: DEADLINE_KINDS },
  { action: 'reopen', from: FINAL_STATUSES, to: ['consultation'] },
];

function matches(
  rule: ClockRule,
  action: ClockTrigger,
  from: CaseStatus | null,
  to: CaseStatus,
  ctx: ClockContext,
): boolean {
  if (rule.action !== action || !rule.to.includes(to)) return false;
  if (rule.from === 'none' ? from !== null : from === null || !rule.from.includes(from)) return false;
  if (rule.partyPause !== undefined && rule.partyPause !== (ctx.partyPause ?? false)) return false;
  return (
    rule.businessResponse === undefined ||
    (ctx.businessResponse !== undefined && rule.businessResponse.includes(ctx.businessResponse))
  );
}

/**
 * The clock changes for moving from `from` to `to` by `action`. `cancel` never repeats a kind the
 * same change meets or starts. Meeting or cancelling a clock that is not open is a no-op for the caller.
 */
export function clockChanges(
  action: ClockTrigger,
  from: CaseStatus | null,
  to: CaseStatus,
  context: ClockContext = {},
): ClockChanges {
  const rule = CLOCK_RULES.find((r) => matches(r, action, from, to, context));
  if (rule === undefined) return NO_CLOCK_CHANGES;
  const start = rule.start ?? [];
  const meet = rule.meet ?? [];
  const cancel = (rule.cancel ?? []).filter((k) => !start.includes(k) && !meet.includes(k));
  return { start, meet, cancel, pause: rule.pause ?? [], resume: rule.resume ?? false };
}

/**
 * Case events outside the lifecycle table that meet clocks: a mediator appointed, a report or an
 * answer given through a link. Each names the clocks it meets, on time or late (a breached clock
 * met late stops its escalation), as data beside `CLOCK_RULES`.
 */
export const CLOCK_EVENTS = {
  // The mediation organisation appointed its mediator (policy, domain.md §2).
  mediator_assigned: { meet: ['mediator_assignment'] },
  // The business reported how the negotiation ended, through its link (Law 19 Art 57.5).
  negotiation_result_reported: { meet: ['business_result_report'] },
  // The consumer confirms the settlement was performed (Law 19 Art 65.2): nothing is left for a
  // court to recognise, so the Art 66 / CPC Art 418.1 reminder ends too.
  performance_confirmed: { meet: ['settlement_performance'], cancel: ['court_recognition'] },
} as const satisfies Readonly<Record<string, ClockEventRow>>;

/** What a case event does to the case's open clocks. */
export interface ClockEventRow {
  readonly meet: readonly DeadlineKind[];
  /** Clocks it ends without meeting them (absent: none). */
  readonly cancel?: readonly DeadlineKind[];
}

export type ClockEvent = keyof typeof CLOCK_EVENTS;

/** The clocks `event` meets. */
export function clocksMetBy(event: ClockEvent): readonly DeadlineKind[] {
  return CLOCK_EVENTS[event].meet;
}

/** The clocks `event` cancels. */
export function clocksCancelledBy(event: ClockEvent): readonly DeadlineKind[] {
  const row: ClockEventRow = CLOCK_EVENTS[event];
  return row.cancel ?? [];
}
