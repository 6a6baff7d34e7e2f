import type { BusinessResponseType, CaseAction, CaseStatus } from '../cases';
import type { DeadlineKind } from './deadline-kinds';

/** A case action, or `submit` (the case is created in `submitted`; `from` is then null). */
export type ClockTrigger = CaseAction | 'submit';

export interface ClockChanges {
  readonly start: readonly DeadlineKind[];
  readonly meet: readonly DeadlineKind[];
  readonly cancel: readonly DeadlineKind[];
  /** Pause these clocks, those that wait on the consumer, if running (`start`ed ones run). */
  readonly pause: readonly DeadlineKind[];
  /** Resume the paused clocks. */
  readonly resume: boolean;
}

/** Facts a transition's status pair does not show. */
export interface ClockContext {
  /** `business_respond`: the response type (a proposal or a reasoned refusal meets Art 57.2). */
  readonly businessResponse?: BusinessResponseType;
  /** Art 59.1: the change starts (or lifts) a pause of the negotiation that a party asked for. */
  readonly partyPause?: boolean;
}

export type StatusSet = readonly CaseStatus[] | 'none';

export interface ClockRule extends Partial<ClockChanges> {
  readonly action: ClockTrigger;
  readonly from: StatusSet;
  readonly to: readonly CaseStatus[];
  /** Matches only these business response types (absent: any, or none given). */
  readonly businessResponse?: readonly BusinessResponseType[];
  /** Matches only when the change does (true) or does not (false) start or lift a party's pause (absent: either). */
  readonly partyPause?: boolean;
}

export const NO_CLOCK_CHANGES: ClockChanges = Object.freeze({
  start: [],
  meet: [],
  cancel: [],
  pause: [],
  resume: false,
});
