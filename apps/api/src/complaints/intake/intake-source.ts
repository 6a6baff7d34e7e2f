import type { StaffPrincipal } from '@app/cases';
import type { Art542Reason, IntakeChannel } from '@app/domain';

/** Who files the complaint and how: the consumer on the web form, or staff for them. */
export interface IntakeSource {
  channel: IntakeChannel;
  staff: StaffPrincipal | null;
  idempotencyKey?: string;
  /** Staff intake: Law 19 Art 54.2 found at once; negotiation and mediation are barred from the start. */
  barReason?: Art542Reason;
  /**
   * Staff intake: when the complaint reached the body, if before it is registered (a letter, a call
   * noted on paper). The case's receipt time, from which the clocks of reception run (Art 57.4).
   */
  receivedAt?: Date;
}
