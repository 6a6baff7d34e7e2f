import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CaseActionError,
  CaseNotifier,
  type CallerTransaction,
  CaseWorkflowService,
  ClockScheduler,
  type StaffPrincipal,
} from '@app/cases';
import type { BusinessLinkEntity } from '@app/persistence';
import { BusinessCaseViewDto } from '../../business/business-case.dto';
import { BusinessLinkService } from '../../business/business-link.service';
import { CaseQueryService } from '../../cases/case-query.service';
import { CaseDetailDto } from '../../cases/dto/case.dto';
import { checkUploads } from '../../complaints/evidence/check-uploads';
import { EvidenceService } from '../../complaints/evidence/evidence.service';
import { EvidenceStore } from '../../complaints/evidence/evidence-store';
import type { ReceivedFile } from '../../complaints/evidence/received-file';
import { DeclineMediationDto } from './dto/decline-mediation.dto';

/**
 * The business's consent to mediation (Law 19 Art 61): it accepts or declines through its mediation
 * link, or staff record a consent given on paper with the scanned document. The lifecycle decides
 * (accept_mediation, decline_mediation); running out of time is the consent clock's own action.
 */
@Injectable()
export class MediationConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly links: BusinessLinkService,
    private readonly queries: CaseQueryService,
    private readonly evidence: EvidenceService,
    private readonly store: EvidenceStore,
    private readonly notifier: CaseNotifier,
    private readonly scheduler: ClockScheduler,
  ) {}

  accept(token: string, link: BusinessLinkEntity): Promise<BusinessCaseViewDto> {
    return this.answer(token, link, 'accept_mediation', {});
  }

  decline(token: string, link: BusinessLinkEntity, body: DeclineMediationDto): Promise<BusinessCaseViewDto> {
    return this.answer(token, link, 'decline_mediation', body.reason ? { reason: body.reason } : {});
  }

  /**
   * The document and the consent in one transaction: a refused consent (stale version, not pending,
   * a closed case) leaves neither a row nor a file behind.
   */
  async recordPaperConsent(
    staff: StaffPrincipal,
    caseId: string,
    version: number,
    uploads: readonly ReceivedFile[],
  ): Promise<CaseDetailDto> {
    const files = checkUploads(uploads);
    const written: string[] = [];
    const within: Omit<CallerTransaction, 'manager'> = { now: new Date(), scheduled: [] };
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        // Out of the caller's scope: 404 before any file is written.
        const c = await this.queries.visibleCase(staff, caseId, manager, true);
        const principal = { kind: 'staff' as const, staff };
        const rows = await this.evidence.addIn(manager, c.id, files, principal, written);
        const documentIds = rows.map((row) => row.id);
        return this.workflow.perform(c.id, 'accept_mediation', { documentIds }, principal, version, {
          ...within,
          manager,
        });
      });
      await this.scheduler.schedule(within.scheduled);
      return await this.queries.detailOf(staff, result.case);
    } catch (error) {
      await this.store.remove(written);
      throw error;
    }
  }

  private async answer(
    token: string,
    link: BusinessLinkEntity,
    action: 'accept_mediation' | 'decline_mediation',
    input: Record<string, unknown>,
  ): Promise<BusinessCaseViewDto> {
    // Only the link the mediation request sent answers it (the negotiation's has ended).
    if (link.purpose !== 'mediation') {
      throw new CaseActionError('invalid_transition', [{ field: 'link', rule: 'not_a_mediation_link' }]);
    }
    await this.workflow.perform(link.caseId, action, input, { kind: 'business', caseId: link.caseId });
    return this.links.view(token);
  }
}
