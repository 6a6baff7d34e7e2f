import { ForbiddenException, GoneException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  CaseActionError,
  CaseWorkflowService,
  ClockSettingsService,
  hashSecret,
  resultReportDueAt,
  toCaseState,
  visibleToParty,
  hydrateEventTexts,
} from '@app/cases';
import {
  allowedActions,
  type BusinessLinkPurpose,
  type BusinessLinkUse,
  LINK_USES,
  linkAllows,
  negotiationPausedNow,
} from '@app/domain';
import { BusinessLinkEntity, CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import { EvidenceFileDto } from '../complaints/dto/evidence-file.dto';
import { EvidenceService } from '../complaints/evidence/evidence.service';
import type { ReceivedFile } from '../complaints/evidence/received-file';
import { BusinessCaseViewDto } from './business-case.dto';
import { businessDeadlines } from './business-deadlines.view';
import { businessMediationView } from './business-mediation.view';
import { BusinessResponseDto } from './dto/business-response.dto';

// Why a link answers 403 for a use its purpose does not allow (Law 19 Arts 57.5, 62.2).
const NOT_FOR_THIS_LINK: Readonly<Record<BusinessLinkPurpose, string>> = {
  negotiation: 'This link is for the negotiation: its result is reported through it once the negotiation has ended',
  result_report:
    'The negotiation has ended: this link now serves only to report its result (Law 19 Art 57.5), with POST /api/v1/business/{token}/result-report',
  mediation:
    'This link is for the mediation: the result of the negotiation is reported through the link the business negotiated with',
  mediation_record:
    'The mediation has ended: this link now serves only to read and download its record (Law 19 Art 65)',
};

/** What a business sees and does through its secure link: no account, one case, until the link expires. */
@Injectable()
export class BusinessLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly evidence: EvidenceService,
    private readonly clockSettings: ClockSettingsService,
  ) {}

  async view(token: string, now = new Date()): Promise<BusinessCaseViewDto> {
    const link = await this.validLink(token, 'view');
    const c = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: link.caseId });
    const parties = await this.dataSource.getRepository(CasePartyEntity).findBy({ caseId: c.id });
    const consumer = parties.find((p) => p.role === 'consumer');
    const business = parties.find((p) => p.role === 'business');
    const events = await hydrateEventTexts(
      this.dataSource.manager,
      await this.dataSource
        .getRepository(CaseEventEntity)
        .find({ where: { caseId: c.id, visibility: In(['public', 'confidential']) }, order: { id: 'ASC' } }),
    );
    const state = toCaseState(c);
    const reportDue = link.purpose === 'result_report' ? await resultReportDueAt(this.dataSource.manager, c.id) : null;
    return {
      purpose: link.purpose,
      uses: [...LINK_USES[link.purpose]],
      resultReportDueAt: reportDue,
      confidential: Boolean(state.negotiationConfidential),
      paused: negotiationPausedNow(state),
      trackingCode: c.trackingCode,
      status: c.status,
      submittedAt: c.submittedAt,
      sectorCode: c.sectorCode,
      product: c.product,
      purchaseDate: c.purchaseDate,
      amountVnd: c.amountVnd,
      description: c.description,
      desiredResolutions: c.desiredResolutions,
      consumer: {
        name: consumer?.name ?? '',
        email: consumer?.contactShared ? consumer.email : null,
        phone: consumer?.contactShared ? consumer.phone : null,
      },
      business: {
        name: business?.name ?? '',
        taxCode: business?.taxCode ?? null,
        shopId: business?.shopId ?? null,
        orderId: business?.orderId ?? null,
      },
      timeline: events
        .filter((e) => visibleToParty(e, 'business'))
        .map((e) => ({
          at: e.at,
          action: e.action,
          actor: e.actorKind,
          toStatus: e.toStatus,
          data: e.data.public ?? {},
        })),
      openProposal: (state.openProposal as Record<string, unknown> | null | undefined) ?? null,
      mediation: await businessMediationView(this.dataSource.manager, c, state),
      deadlines: await businessDeadlines(this.dataSource.manager, c.id, await this.clockSettings.current(), now),
      // Lifecycle actions are for a link that acts on the case, not one narrowed to the report.
      allowedActions: linkAllows(link.purpose, 'respond') ? allowedActions(state, { kind: 'business' }, now) : [],
      linkExpiresAt: link.expiresAt,
    };
  }

  /** Documents the business sends with its answer (e.g. an invoice, a warranty card). */
  async addDocuments(link: BusinessLinkEntity, files: readonly ReceivedFile[]): Promise<EvidenceFileDto[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: link.caseId });
    return this.evidence.add(c, files, 'business');
  }

  async respond(token: string, body: BusinessResponseDto): Promise<BusinessCaseViewDto> {
    const link = await this.validLink(token, 'respond');
    await this.workflow.perform(
      link.caseId,
      'business_respond',
      { ...body },
      { kind: 'business', caseId: link.caseId },
    );
    return this.view(token);
  }

  /**
   * Unknown token: 404. Expired or revoked, or narrowed to a result report no longer due: 410, so the
   * business knows to ask for a new link. A use its purpose does not allow: 403, saying what it is for.
   * `use` defaults to acting on the case (what a negotiation or mediation link is for).
   */
  async validLink(token: string, use: BusinessLinkUse = 'respond'): Promise<BusinessLinkEntity> {
    const link = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await this.dataSource.getRepository(BusinessLinkEntity).findOneBy({ tokenHash: hashSecret(token) })
      : null;
    if (!link) throw new CaseActionError('not_found');
    if (link.revokedAt || link.expiresAt.getTime() <= Date.now()) {
      throw new GoneException('This link has expired or was replaced; ask the handling body for a new one');
    }
    // Narrowed to the Art 57.5 report, the link lives as long as the report is owed.
    if (link.purpose === 'result_report' && !(await resultReportDueAt(this.dataSource.manager, link.caseId))) {
      throw new GoneException('The result of the negotiation was reported, or is no longer owed: this link has ended');
    }
    if (!linkAllows(link.purpose, use)) throw new ForbiddenException(NOT_FOR_THIS_LINK[link.purpose]);
    return link;
  }
}
