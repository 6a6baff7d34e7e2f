import type { StaffPrincipal } from '@app/cases';
import type { IntakeChannel } from '@app/domain';

/** Who files the complaint and how: the consumer on the web form, or staff for them. */
export interface IntakeSource {
  channel: IntakeChannel;
  staff: StaffPrincipal | null;
  idempotencyKey?: string;
}
