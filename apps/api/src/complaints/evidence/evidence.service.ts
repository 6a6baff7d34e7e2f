import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendEvent, CaseActionError } from '@app/cases';
import { type CaseStatus, isFinalStatus, MAX_EVIDENCE_FILES } from '@app/domain';
import { CaseEntity, EvidenceFileEntity } from '@app/persistence';
import { type EvidenceFileDto, toEvidenceFileDto } from '../dto/evidence-file.dto';
import { fieldErrors } from '../field-errors';
import { checkUploads } from './check-uploads';
import { EvidenceStore } from './evidence-store';
import type { ReceivedFile } from './received-file';

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
        // The row lock serialises uploads to one case, so the total cannot pass the limit.
        const locked = await m.findOneOrFail(CaseEntity, { where: { id: c.id }, lock: { mode: 'pessimistic_write' } });
        if (isFinalStatus(locked.status as CaseStatus)) {
          throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'case_closed' }]);
        }
        const existing = await m.countBy(EvidenceFileEntity, { caseId: c.id, uploadedBy: uploader });
        if (existing + files.length > MAX_EVIDENCE_FILES) {
          throw fieldErrors([{ field: 'files', rule: 'maxEvidenceFiles' }], [MAX_EVIDENCE_FILES]);
        }
        const rows: EvidenceFileEntity[] = [];
        for (const { content, ...file } of files) {
          const id = randomUUID();
          const storageKey = await this.store.write(c.id, id, content);
          written.push(storageKey);
          rows.push(m.create(EvidenceFileEntity, { ...file, id, caseId: c.id, uploadedBy: uploader, storageKey }));
        }
        await m.save(rows);
        await appendEvent(
          m,
          c.id,
          { kind: uploader, caseId: c.id },
          {
            // The business's documents are seen by both parties; the consumer's evidence by the consumer.
            action: uploader === 'consumer' ? 'evidence_added' : 'business_documents_added',
            fromStatus: null,
            toStatus: null,
            visibility: 'public',
            at: new Date(),
            public: { count: rows.length },
            detail: { fileIds: rows.map((r) => r.id) },
          },
        );
        return rows.map(toEvidenceFileDto);
      });
    } catch (error) {
      // Nothing stays behind from a refused or failed request.
      await this.store.remove(written);
      throw error;
    }
  }
}
