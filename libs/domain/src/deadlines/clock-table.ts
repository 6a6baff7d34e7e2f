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
 * Which clocks each transition starts, meets, cancels, pauses or resumes, as data. The first rule
 * matching (action, from, to, context) applies; none matching means no change. Mirrors
 * `CASE_TRANSITIONS` (every transition there has a rule here, some with no change).
 */
export const CLOCK_RULES: readonly ClockRule[] = [
  { action: 'submit', from: 'none', to: ['submitted'], start: ['triage'] },
  { action: 'accept', from: ['submitted'], to: ['consultation'], meet: ['triage'], start: ['forwarding'] },
  {
    action: 'request_info',
    from: ['submitted', 'consultation', 'negotiation', 'mediation'],
    to: ['needs_info'],
    pause: true,
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
  {
    action: 'request_mediation',
    from: ['consultation', 'negotiation'],
    to: ['mediation'],
    cancel: NEGOTIATION,
    start: ['mediator_assignment', 'mediation_conclusion'],
  },
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
  { action: 'settle', from: ['negotiation'], to: ['resolved'], start: ['business_result_report'], cancel: ON_CLOSE },
  { action: 'resolve_by_advice', from: ['consultation'], to: ['resolved'], cancel: ON_CLOSE },
  { action: 'refuse', from: ['submitted', 'needs_info', 'consultation'], to: ['refused'], cancel: ON_CLOSE },
  { action: 'transfer', from: OPEN, to: ['transferred'], cancel: ON_CLOSE },
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
  return { start, meet, cancel, pause: rule.pause ?? false, resume: rule.resume ?? false };
}

/**
 * Case events outside the lifecycle table that meet clocks: a mediator appointed, a report or an
 * answer given through a link. Each names the clocks it meets, on time or late (a breached clock
 * met late stops its escalation), as data beside `CLOCK_RULES`.
 */
export const CLOCK_EVENTS = {
  // The mediation organisation appointed its mediator (policy, domain.md §2).
  mediator_assigned: { meet: ['mediator_assignment'] },
} as const satisfies Readonly<Record<string, { readonly meet: readonly DeadlineKind[] }>>;

export type ClockEvent = keyof typeof CLOCK_EVENTS;

/** The clocks `event` meets. */
export function clocksMetBy(event: ClockEvent): readonly DeadlineKind[] {
  return CLOCK_EVENTS[event].meet;
}
