import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendEvent, ReferenceCodes } from '@app/cases';
import { changedContactFields, type ContactData, type FieldViolation, leavesNoContact } from '@app/domain';
import { CaseEntity, CasePartyEntity } from '@app/persistence';
import { fieldErrors } from '../complaints/field-errors';
import type { ContactCorrectionDto } from './dto/contact-correction.dto';
import { DataRightsError } from './data-rights.error';

export interface ContactCorrectionAnswer {
  /** The fields that changed (none when everything sent was already so). */
  changed: string[];
  contact: ContactData;
}

// Null removes an optional field; the name and the commune cannot be removed.
const REQUIRED = ['fullName', 'communeCode'] as const;

function contactOf(party: CasePartyEntity): ContactData {
  return {
    fullName: party.name,
    phone: party.phone,
    email: party.email,
    address: party.address,
    communeCode: party.communeCode,
  };
}

/** The consumer corrects their contact data (Law 91/2025/QH15 Art 4: the right to correct one's data). */
@Injectable()
export class ContactCorrectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceCodes,
  ) {}

  async correct(c: CaseEntity, body: ContactCorrectionDto, now = new Date()): Promise<ContactCorrectionAnswer> {
    const patch = body as Partial<ContactData>;
    await this.check(patch);
    return this.dataSource.transaction(async (m) => {
      const party = await m.findOne(CasePartyEntity, {
        where: { caseId: c.id, role: 'consumer' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!party) throw new DataRightsError('not_found');
      const current = contactOf(party);
      if (leavesNoContact(current, patch)) throw fieldErrors([{ field: 'email', rule: 'emailOrPhone' }]);
      const changed = changedContactFields(current, patch);
      if (changed.length === 0) return { changed, contact: current };
      const next: ContactData = { ...current, ...patch };
      await m.update(
        CasePartyEntity,
        { id: party.id },
        {
          name: next.fullName ?? party.name,
          phone: next.phone,
          email: next.email,
          address: next.address,
          communeCode: next.communeCode,
        },
      );
      // The timeline is append-only: it records which fields changed, never their values.
      await appendEvent(
        m,
        c.id,
        { kind: 'consumer', caseId: c.id },
        {
          action: 'contact_corrected',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          at: now,
          public: { fields: changed },
        },
      );
      return { changed, contact: next };
    });
  }

  /** What the shape validators cannot see: null on a required field, an unknown commune. */
  private async check(patch: Partial<ContactData>): Promise<void> {
    const violations: FieldViolation[] = REQUIRED.filter((field) => patch[field] === null).map((field) => ({
      field,
      rule: 'isNotEmpty',
    }));
    const commune = patch.communeCode;
    if (typeof commune === 'string' && !(await this.references.isCommune(commune))) {
      violations.push({ field: 'communeCode', rule: 'knownCommune' });
    }
    if (violations.length > 0) throw fieldErrors(violations);
  }
}
