import type { CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import type { ConsentState } from './my-data';

/** When each consent was withdrawn, from the timeline's consent_withdrawn events (the latest wins). */
function withdrawals(events: readonly Pick<CaseEventEntity, 'action' | 'at' | 'data'>[]): Map<string, Date> {
  const found = new Map<string, Date>();
  for (const event of events) {
    if (event.action !== 'consent_withdrawn') continue;
    const consent = (event.data.public as { consent?: unknown } | undefined)?.consent;
    if (typeof consent === 'string') found.set(consent, event.at);
  }
  return found;
}

/**
 * The consents of the consumer with their dates: all given on the intake form (data_consent_at, the
 * text's version as proof), sensitive data with its own time; a withdrawal is read from the timeline.
 */
export function consentStates(
  c: CaseEntity,
  consumer: CasePartyEntity | null,
  events: readonly Pick<CaseEventEntity, 'action' | 'at' | 'data'>[],
): ConsentState[] {
  const withdrawn = withdrawals(events);
  const state = (consent: ConsentState['consent'], given: boolean, givenAt: Date | null): ConsentState => {
    const withdrawnAt = withdrawn.get(consent) ?? null;
    return {
      consent,
      given,
      // A withdrawn consent was given on the intake form.
      givenAt: given || withdrawnAt ? (givenAt ?? c.dataConsentAt) : null,
      withdrawnAt: given ? null : withdrawnAt,
      textVersion: c.dataConsentVersion,
    };
  };
  return [
    state('data_processing', true, c.dataConsentAt),
    state('sensitive', consumer?.sensitiveConsentAt != null, consumer?.sensitiveConsentAt ?? null),
    state('publication', c.publicationConsent, c.dataConsentAt),
    state('contact_shared', consumer?.contactShared === true, c.dataConsentAt),
  ];
}
