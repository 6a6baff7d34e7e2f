import type { CaseEventEntity } from '@app/persistence';

export type PartyAudience = 'consumer' | 'business';

// Exchanges between staff and the consumer: the business does not see them (the consumer's
// contact details may be in them, and sharing those needs the consumer's consent).
const CONSUMER_ONLY_ACTIONS = [
  'request_info',
  'provide_info',
  'evidence_added',
  'rated',
  // The consumer's personal-data rights (Law 91/2025 Art 4): between the consumer and the unit.
  'contact_corrected',
  'consent_withdrawn',
  'data_request_made',
  'data_request_decided',
];

/**
 * Whether a party may see an event on its timeline: never staff-internal or note events; messages
 * only by the one they were sent to; confidential mediation events are for the parties (Art 62.2).
 */
export function visibleToParty(
  event: Pick<CaseEventEntity, 'visibility' | 'action' | 'data'>,
  party: PartyAudience,
): boolean {
  if (event.visibility === 'internal' || event.action === 'note') return false;
  if (event.action === 'message') return (event.data.public as { to?: string } | undefined)?.to === party;
  if (party === 'business' && CONSUMER_ONLY_ACTIONS.includes(event.action)) return false;
  return true;
}
