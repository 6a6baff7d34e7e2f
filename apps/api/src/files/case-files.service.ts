import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseActionError, isUuid, staffSeesContacts, StaffPrincipal } from '@app/cases';
import { type BusinessLinkEntity, CaseEntity, EvidenceFileEntity } from '@app/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { ContactAccessLogService } from '../cases/contact-access-log.service';
import { EvidenceStore } from '../complaints/evidence/evidence-store';
import { type CaseFileDto, toCaseFileDto } from './dto/case-file.dto';
import { fileResponse } from './file-response';
import { partySeesFile, staffSeesFile } from './file-visibility';

/**
 * The files of a case (evidence, business documents, staff attachments), listed and downloaded by
 * staff by case visibility, by the consumer with their key, by the business through its link. A file
 * the caller may not see answers 404, as one that does not exist.
 */
@Injectable()
export class CaseFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly store: EvidenceStore,
    private readonly accessLog: ContactAccessLogService,
  ) {}

  async listForStaff(staff: StaffPrincipal, caseId: string): Promise<CaseFileDto[]> {
    const c = await this.cases.visibleCase(staff, caseId);
    const downloadable = staffSeesContacts(staff);
    return (await this.filesOf(c.id))
      .filter((f) => staffSeesFile(staff, c, f))
      .map((f) => toCaseFileDto(f, downloadable));
  }

  /**
   * A party's files may carry their contact data: the roles that see no contact data (association,
   * analysts) get 403, and each download by staff is logged (issue 12 item 8).
   */
  async downloadForStaff(
    staff: StaffPrincipal,
    caseId: string,
    fileId: string,
    inline: boolean,
  ): Promise<StreamableFile> {
    const c = await this.cases.visibleCase(staff, caseId);
    const file = await this.fileOf(c.id, fileId);
    if (!file || !staffSeesFile(staff, c, file)) throw new CaseActionError('not_found');
    if (!staffSeesContacts(staff)) throw new CaseActionError('forbidden');
    const [response] = await Promise.all([
      fileResponse(this.store.path(file.storageKey), file, inline),
      this.accessLog.record(staff, c.id, 'file_download', file.id),
    ]);
    return response;
  }

  async downloadForConsumer(c: CaseEntity, fileId: string, inline: boolean): Promise<StreamableFile> {
    return this.partyDownload('consumer', c.id, fileId, inline);
  }

  async listForBusiness(link: BusinessLinkEntity): Promise<CaseFileDto[]> {
    return (await this.filesOf(link.caseId))
      .filter((f) => partySeesFile('business', f))
      .map((f) => toCaseFileDto(f, true));
  }

  async downloadForBusiness(link: BusinessLinkEntity, fileId: string, inline: boolean): Promise<StreamableFile> {
    return this.partyDownload('business', link.caseId, fileId, inline);
  }

  private async partyDownload(
    party: 'consumer' | 'business',
    caseId: string,
    fileId: string,
    inline: boolean,
  ): Promise<StreamableFile> {
    const file = await this.fileOf(caseId, fileId);
    if (!file || !partySeesFile(party, file)) throw new CaseActionError('not_found');
    return fileResponse(this.store.path(file.storageKey), file, inline);
  }

  private filesOf(caseId: string): Promise<EvidenceFileEntity[]> {
    return this.dataSource
      .getRepository(EvidenceFileEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async fileOf(caseId: string, fileId: string): Promise<EvidenceFileEntity | null> {
    return isUuid(fileId) ? this.dataSource.getRepository(EvidenceFileEntity).findOneBy({ id: fileId, caseId }) : null;
  }
}
