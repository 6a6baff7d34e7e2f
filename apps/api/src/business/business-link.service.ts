import { GoneException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CaseActionError, CaseWorkflowService, hashSecret, toCaseState, visibleToParty } from '@app/cases';
import { allowedActions } from '@app/domain';
import { BusinessLinkEntity, CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import { EvidenceFileDto } from '../complaints/dto/evidence-file.dto';
import { EvidenceService } from '../complaints/evidence/evidence.service';
import type { ReceivedFile } from '../complaints/evidence/received-file';
import { BusinessCaseViewDto } from './business-case.dto';
import { BusinessResponseDto } from './dto/business-response.dto';

/** What a business sees and does through its secure link: no account, one case, until the link expires. */
@Injectable()
export class BusinessLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly evidence: EvidenceService,
  ) {}

  async view(token: string): Promise<BusinessCaseViewDto> {
    const link = await this.validLink(token);
    const c = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: link.caseId });
    const parties = await this.dataSource.getRepository(CasePartyEntity).findBy({ caseId: c.id });
    const consumer = parties.find((p) => p.role === 'consumer');
    const business = parties.find((p) => p.role === 'business');
    const events = await this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: c.id, visibility: In(['public', 'confidential']) }, order: { id: 'ASC' } });
    const state = toCaseState(c);
    return {
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
      allowedActions: allowedActions(state, { kind: 'business' }, new Date()),
      linkExpiresAt: link.expiresAt,
    };
  }

  /** Documents the business sends with its answer (e.g. an invoice, a warranty card). */
  async addDocuments(link: BusinessLinkEntity, files: readonly ReceivedFile[]): Promise<EvidenceFileDto[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: link.caseId });
    return this.evidence.add(c, files, 'business');
  }

  async respond(token: string, body: BusinessResponseDto): Promise<BusinessCaseViewDto> {
    const link = await this.validLink(token);
    await this.workflow.perform(
      link.caseId,
      'business_respond',
      { ...body },
      { kind: 'business', caseId: link.caseId },
    );
    return this.view(token);
  }

  /** Unknown token: 404. Expired or revoked: 410, so the business knows to ask for a new link. */
  async validLink(token: string): Promise<BusinessLinkEntity> {
    const link = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await this.dataSource.getRepository(BusinessLinkEntity).findOneBy({ tokenHash: hashSecret(token) })
      : null;
    if (!link) throw new CaseActionError('not_found');
    if (link.revokedAt || link.expiresAt.getTime() <= Date.now()) {
      throw new GoneException('This link has expired or was replaced; ask the handling body for a new one');
    }
    return link;
  }
}
