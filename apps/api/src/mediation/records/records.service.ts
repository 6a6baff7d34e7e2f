import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseActionError, staffSeesConfidential, StaffPrincipal, toCaseState, hydrateEventTexts } from '@app/cases';
import {
  currentSignatures,
  type FailureRecord,
  failureRecordProblems,
  isConfidentialRecord,
  type MediationRecord,
  negotiationHiddenFrom,
  negotiationRecordProblems,
  type RecordKind,
  successRecordProblems,
} from '@app/domain';
import {
  type BusinessLinkEntity,
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  OrganisationEntity,
  UserEntity,
} from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { negotiationRecordData } from './negotiation-record';
import {
  failureRecordDocument,
  type NegotiationDetails,
  negotiationRecordDocument,
  type RecordContext,
  successRecordDocument,
} from './record-documents';
import { type RecordDocument, renderRecordPdf } from './record-pdf';
import { markedSignatures, signedDocument } from './signature-marks';

// Each kind's rule code in a 422, naming what the record needs.
const RULE: Readonly<Record<RecordKind, string>> = {
  'mediation-success': 'art_65_2_required',
  'mediation-failure': 'failure_record_required',
  negotiation: 'art_60_required',
};

/** The statutory records of a case as PDF, for staff who may see them, the consumer and the business. */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
  ) {}

  /**
   * Staff who can see the case; mediation records only within the mediation circle (Art 62.2):
   * anyone else is answered 404, as the case API answers for what they may not see.
   */
  async forStaff(staff: StaffPrincipal, caseId: string, kind: RecordKind): Promise<StreamableFile> {
    const c = await this.cases.visibleCase(staff, caseId);
    if (isConfidentialRecord(kind) && !staffSeesConfidential(staff, c)) throw new CaseActionError('not_found');
    // Art 59.1: a confidential negotiation's record is for the parties and the staff handling it.
    if (kind === 'negotiation' && negotiationHiddenFrom(toCaseState(c), staff.role)) {
      throw new CaseActionError('not_found');
    }
    return this.file(c, kind);
  }

  /** The consumer is a party: every record of their case. */
  forConsumer(c: CaseEntity, kind: RecordKind): Promise<StreamableFile> {
    return this.file(c, kind);
  }

  /**
   * The business, through its link: the negotiation record, and the mediation records once the case
   * went to mediation (it is a party to it, Art 62.2; the mediation gave it a new link).
   */
  async forBusiness(link: BusinessLinkEntity, kind: RecordKind): Promise<StreamableFile> {
    const c = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: link.caseId });
    if (isConfidentialRecord(kind) && c.mediationAt === null) throw new CaseActionError('not_found');
    return this.file(c, kind);
  }

  private async file(c: CaseEntity, kind: RecordKind): Promise<StreamableFile> {
    const pdf = await renderRecordPdf(await this.document(this.dataSource.manager, c, kind));
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${c.trackingCode}-${kind}.pdf"`,
      length: pdf.length,
    });
  }

  /**
   * When the record was drawn up (Art 65.2 time, the failure's date, the negotiation's end), the
   * record checked complete first (422 otherwise, as for its PDF). Read through `m`: inside the
   * caller's transaction, on its connection (a second one from the pool could wait forever).
   */
  async recordDate(m: EntityManager, c: CaseEntity, kind: RecordKind): Promise<Date> {
    return (await this.unsigned(m, c, kind)).date;
  }

  /** The record as printed: who signed it and when (Arts 60, 65.3), as staff marked it. */
  private async document(m: EntityManager, c: CaseEntity, kind: RecordKind): Promise<RecordDocument> {
    const document = await this.unsigned(m, c, kind);
    return signedDocument(document, currentSignatures(markedSignatures(c, kind), kind, document.date));
  }

  /** The record's data, checked first: anything missing answers 422 listing the fields. */
  private async unsigned(m: EntityManager, c: CaseEntity, kind: RecordKind): Promise<RecordDocument> {
    const ctx = await this.context(m, c, kind);
    const parties = [ctx.consumer, ctx.business];
    const state = toCaseState(c);
    switch (kind) {
      case 'mediation-success': {
        const record = state.mediationRecord ?? {};
        this.check(kind, successRecordProblems(record));
        return successRecordDocument(ctx, record as MediationRecord);
      }
      case 'mediation-failure': {
        const failure = state.mediationFailure;
        const record = { ...failure, parties, date: failure?.recordedAt };
        this.check(kind, failureRecordProblems(record));
        return failureRecordDocument(ctx, record as FailureRecord, await this.mediatorName(m, c));
      }
      case 'negotiation': {
        const events = await hydrateEventTexts(
          m,
          await m.getRepository(CaseEventEntity).find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
        );
        const record = negotiationRecordData(c, parties, events);
        this.check(kind, negotiationRecordProblems(record));
        return negotiationRecordDocument(ctx, record as NegotiationDetails);
      }
    }
  }

  private check(kind: RecordKind, missing: string[]): void {
    if (missing.length > 0) {
      throw new CaseActionError(
        'rule_violated',
        missing.map((field) => ({ field, rule: RULE[kind] })),
      );
    }
  }

  private async context(m: EntityManager, c: CaseEntity, kind: RecordKind): Promise<RecordContext> {
    const orgId = isConfidentialRecord(kind) ? c.mediationOrgId : c.handlingOrgId;
    const parties = await m.getRepository(CasePartyEntity).findBy({ caseId: c.id });
    const org = orgId ? await m.getRepository(OrganisationEntity).findOneBy({ id: orgId }) : null;
    const name = (role: string) => parties.find((p) => p.role === role)?.name ?? '';
    return {
      trackingCode: c.trackingCode,
      organisation: org ? { name: org.name, hasSeal: org.hasSeal } : null,
      consumer: name('consumer'),
      business: name('business'),
    };
  }

  private async mediatorName(m: EntityManager, c: CaseEntity): Promise<string> {
    if (!c.mediatorId) return '';
    const user = await m.getRepository(UserEntity).findOneBy({ id: c.mediatorId });
    return user?.fullName ?? '';
  }
}
