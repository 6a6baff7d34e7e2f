import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendEvent, CaseActionError, type CasePrincipal } from '@app/cases';
import { type CaseStatus, isFinalStatus, MAX_EVIDENCE_FILES } from '@app/domain';
import { CaseEntity, EvidenceFileEntity } from '@app/persistence';
import { type EvidenceFileDto, toEvidenceFileDto } from '../dto/evidence-file.dto';
import { fieldErrors } from '../field-errors';
import { type CheckedFile, checkUploads } from './check-uploads';
import { EvidenceStore } from './evidence-store';
import type { ReceivedFile } from './received-file';

/** Who adds files to a case; staff add a document given on paper (e.g. a signed consent, Art 61). */
export type Uploader = 'consumer' | 'business' | 'staff';

// The business's documents and staff's are seen by both parties; the consumer's evidence by the consumer.
const ADDED_EVENT: Readonly<Record<Uploader, string>> = {
  consumer: 'evidence_added',
  business: 'business_documents_added',
  staff: 'staff_documents_added',
};

/** A party adds files to an open case: all files of a request, or none. Each party has its own quota. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EvidenceStore,
  ) {}

  async add(
    c: CaseEntity,
    uploads: readonly ReceivedFile[],
    uploader: 'consumer' | 'business' = 'consumer',
  ): Promise<EvidenceFileDto[]> {
    const files = checkUploads(uploads);
    const written: string[] = [];
    try {
      return await this.dataSource.transaction(async (m) => {
        const rows = await this.addIn(m, c.id, files, { kind: uploader, caseId: c.id }, written);
        return rows.map(toEvidenceFileDto);
      });
    } catch (error) {
      // Nothing stays behind from a refused or failed request.
      await this.store.remove(written);
      throw error;
    }
  }

  /**
   * Stores checked files in the caller's transaction, with their timeline event; the storage keys
   * written go to `written`, for the caller to remove if its transaction fails.
   */
  async addIn(
    m: EntityManager,
    caseId: string,
    files: readonly CheckedFile[],
    by: CasePrincipal & { kind: Uploader },
    written: string[],
  ): Promise<EvidenceFileEntity[]> {
    const uploader = by.kind;
    // The row lock serialises uploads to one case, so the total cannot pass the limit.
    const locked = await m.findOneOrFail(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (isFinalStatus(locked.status as CaseStatus)) {
      throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'case_closed' }]);
    }
    const existing = await m.countBy(EvidenceFileEntity, { caseId, uploadedBy: uploader });
    if (existing + files.length > MAX_EVIDENCE_FILES) {
      throw fieldErrors([{ field: 'files', rule: 'maxEvidenceFiles' }], [MAX_EVIDENCE_FILES]);
    }
    const rows: EvidenceFileEntity[] = [];
    for (const { content, ...file } of files) {
      const id = randomUUID();
      const storageKey = await this.store.write(caseId, id, content);
      written.push(storageKey);
      rows.push(m.create(EvidenceFileEntity, { ...file, id, caseId, uploadedBy: uploader, storageKey }));
    }
    await m.save(rows);
    await appendEvent(m, caseId, by, {
      action: ADDED_EVENT[uploader],
      fromStatus: null,
      toStatus: null,
      visibility: 'public',
      at: new Date(),
      public: { count: rows.length },
      detail: { fileIds: rows.map((r) => r.id) },
    });
    return rows;
  }
}
