import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendEvent, hydrateEventTexts } from '@app/cases';
import {
  CONSENT_WITHDRAWAL_EFFECTS,
  type ConsentWithdrawalEffect,
  dataProcessingWithdrawalRefusal,
  groupsWithoutSensitive,
  type WithdrawableConsent,
} from '@app/domain';
import { CaseEntity, CasePartyEntity, CaseEventEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { consentStates } from './consent-states';
import { DataRightsError } from './data-rights.error';
import { WITHDRAWAL_EXPLANATIONS } from './data-rights-texts';
import type { ConsentState } from './my-data';

export interface WithdrawalAnswer {
  consent: WithdrawableConsent;
  withdrawnAt: Date;
  /** What changed, as a code (sensitive_data_removed, removed_from_open_data, contact_hidden_from_business). */
  effect: ConsentWithdrawalEffect;
  /** The same in plain words, in the caller's language. */
  explanation: string;
  consents: ConsentState[];
}

/** The consumer withdraws a consent (Law 91/2025/QH15 Art 4 and Art 9); what it changes applies at once. */
@Injectable()
export class ConsentWithdrawalService {
  constructor(private readonly dataSource: DataSource) {}

  /** Processing consent: not alone while the case runs (withdraw the complaint), nor once closed (ask erasure). */
  refuseDataProcessing(c: CaseEntity): never {
    const refusal = dataProcessingWithdrawalRefusal(c.closedAt !== null);
    if (refusal === 'withdraw_complaint') {
      throw new DataRightsError('consent_needed_while_case_runs', {
        next: { action: 'withdraw', method: 'POST', path: `/api/v1/complaints/${c.trackingCode}/actions/withdraw` },
      });
    }
    throw new DataRightsError('case_file_kept_by_law', {
      next: { action: 'erasure', method: 'POST', path: `/api/v1/complaints/${c.trackingCode}/my-data/requests` },
    });
  }

  async withdraw(
    c: CaseEntity,
    consent: WithdrawableConsent,
    language: Language,
    now = new Date(),
  ): Promise<WithdrawalAnswer> {
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(CaseEntity, { where: { id: c.id }, lock: { mode: 'pessimistic_write' } });
      const party = await m.findOne(CasePartyEntity, { where: { caseId: c.id, role: 'consumer' } });
      if (!party) throw new DataRightsError('not_found');
      await this.apply(m, locked, party, consent);
      await appendEvent(
        m,
        c.id,
        { kind: 'consumer', caseId: c.id },
        {
          action: 'consent_withdrawn',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          at: now,
          public: { consent },
        },
      );
      // One after another: `m` is the transaction's one connection, which runs one statement at a time.
      const fresh = await m.findOneByOrFail(CaseEntity, { id: c.id });
      const party2 = await m.findOneByOrFail(CasePartyEntity, { id: party.id });
      const events = await hydrateEventTexts(
        m,
        await m.find(CaseEventEntity, { where: { caseId: c.id, action: 'consent_withdrawn' } }),
      );
      const effect = CONSENT_WITHDRAWAL_EFFECTS[consent];
      return {
        consent,
        withdrawnAt: now,
        effect,
        explanation: WITHDRAWAL_EXPLANATIONS[effect][language],
        consents: consentStates(fresh, party2, events),
      };
    });
  }

  /** Applies the withdrawal to the rows; a consent not given answers 409 and changes nothing. */
  private async apply(
    m: EntityManager,
    c: CaseEntity,
    party: CasePartyEntity,
    consent: WithdrawableConsent,
  ): Promise<void> {
    switch (consent) {
      case 'sensitive':
        if (party.sensitiveConsentAt === null) throw new DataRightsError('consent_not_given');
        // Without consent the sensitive data is not kept: removed from the party row at once.
        await m.update(
          CasePartyEntity,
          { id: party.id },
          {
            vulnerableGroups: groupsWithoutSensitive(party.vulnerableGroups),
            sensitiveGroups: null,
            hasSensitiveGroup: false,
            ethnicLanguage: null,
            sensitiveConsentAt: null,
          },
        );
        return;
      case 'publication':
        if (!c.publicationConsent) throw new DataRightsError('consent_not_given');
        c.publicationConsent = false;
        await m.save(c);
        return;
      case 'contact_shared':
        if (!party.contactShared) throw new DataRightsError('consent_not_given');
        await m.update(CasePartyEntity, { id: party.id }, { contactShared: false });
        return;
    }
  }
}
