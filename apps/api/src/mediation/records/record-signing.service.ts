import { createHash, randomUUID } from 'node:crypto';
import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { appendEvent, CaseActionError, staffSeesConfidential, StaffPrincipal } from '@app/cases';
import {
  currentSignatures,
  declaredTypeMatches,
  detectEvidenceType,
  isConfidentialRecord,
  MAX_EVIDENCE_FILE_BYTES,
  RECORD_SIGNATORIES,
  type RecordKind,
  type RecordSignature,
  safeFileName,
  signatureRefusals,
} from '@app/domain';
import { type CaseEntity, EvidenceFileEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { toEvidenceFileDto } from '../../complaints/dto/evidence-file.dto';
import { EvidenceStore } from '../../complaints/evidence/evidence-store';
import type { ReceivedFile } from '../../complaints/evidence/received-file';
import { fieldErrors } from '../../complaints/field-errors';
import { MarkRecordSignedDto, RecordSignaturesDto } from './dto/record-signatures.dto';
import { RecordsService } from './records.service';
import { markedSignatures, withSignature } from './signature-marks';

// The desk (Art 60 negotiation records): as in the lifecycle table.
const DESK = ['officer', 'admin'];

/** The signed scan, checked as evidence is: JPEG, PNG or PDF by its magic bytes, ≤ 10 MB. */
function checkScan(file: ReceivedFile | undefined) {
  if (!file) throw fieldErrors([{ field: 'scan', rule: 'filesRequired' }]);
  if (file.buffer.length > MAX_EVIDENCE_FILE_BYTES) throw new PayloadTooLargeException();
  const contentType = detectEvidenceType(file.buffer);
  if (!contentType) throw fieldErrors([{ field: 'scan', rule: 'evidenceType' }]);
  if (!declaredTypeMatches(file.mimetype, contentType)) {
    throw fieldErrors([{ field: 'scan', rule: 'evidenceTypeMismatch' }]);
  }
  return {
    fileName: safeFileName(file.originalname),
    contentType,
    sizeBytes: file.buffer.length,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    content: file.buffer,
  };
}

/**
 * Marking a record signed by a party (Law 19 Art 65.3: signed or fingerprinted by the parties, signed
 * by the mediator; Art 60 for negotiation), with the signed scan stored like evidence. Mediation
 * records: the mediation circle (Art 62.2); negotiation records: the desk.
 */
@Injectable()
export class RecordSigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly records: RecordsService,
    private readonly store: EvidenceStore,
  ) {}

  /** Who signed the record and when; read as its PDF is. */
  async view(staff: StaffPrincipal, caseId: string, kind: RecordKind): Promise<RecordSignaturesDto> {
    const c = await this.cases.visibleCase(staff, caseId);
    if (isConfidentialRecord(kind) && !staffSeesConfidential(staff, c)) throw new CaseActionError('not_found');
    return this.signatures(c, kind, await this.records.recordDate(this.dataSource.manager, c, kind));
  }

  async mark(
    staff: StaffPrincipal,
    caseId: string,
    kind: RecordKind,
    { party, signedOn }: MarkRecordSignedDto,
    file: ReceivedFile | undefined,
  ): Promise<RecordSignaturesDto> {
    const scan = checkScan(file);
    const now = new Date();
    const written: string[] = [];
    try {
      const { c, recordAt } = await this.dataSource.transaction(async (m) => {
        const c = await this.cases.visibleCase(staff, caseId, m, true);
        if (isConfidentialRecord(kind)) {
          if (!staffSeesConfidential(staff, c)) throw new CaseActionError('not_found');
        } else if (!DESK.includes(staff.role)) throw new CaseActionError('forbidden');
        const recordAt = await this.records.recordDate(m, c, kind);
        const refusals = signatureRefusals(kind, party, signedOn, recordAt, now);
        if (refusals.length > 0) throw new CaseActionError('rule_violated', refusals);
        const { content, ...file } = scan;
        const id = randomUUID();
        const storageKey = await this.store.write(c.id, id, content);
        written.push(storageKey);
        await m.insert(EvidenceFileEntity, { ...file, id, caseId: c.id, uploadedBy: 'staff', storageKey });
        const signature: RecordSignature = {
          kind,
          party,
          signedOn: signedOn,
          recordAt,
          scanFileId: id,
          markedAt: now,
          markedById: staff.userId,
        };
        c.lifecycle = withSignature(c, signature);
        // Not a lifecycle change: the version stays, so no one's pending action turns stale.
        await m.query(`UPDATE cases SET lifecycle = $2::jsonb, updated_at = now() WHERE id = $1`, [
          c.id,
          JSON.stringify(c.lifecycle),
        ]);
        await appendEvent(
          m,
          c.id,
          { kind: 'staff', staff },
          {
            action: 'record_signed',
            fromStatus: null,
            toStatus: null,
            // Mediation records stay within the mediation circle and the parties (Art 62.2).
            visibility: isConfidentialRecord(kind) ? 'confidential' : 'public',
            public: { kind, party, signedOn },
            detail: { scanFileId: id, recordAt },
            at: now,
          },
        );
        return { c, recordAt };
      });
      return await this.signatures(c, kind, recordAt);
    } catch (error) {
      // Nothing stays behind from a refused or failed request.
      await this.store.remove(written);
      throw error;
    }
  }

  private async signatures(c: CaseEntity, kind: RecordKind, recordAt: Date): Promise<RecordSignaturesDto> {
    const signed = currentSignatures(markedSignatures(c, kind), kind, recordAt);
    const ids = signed.map((s) => s.scanFileId);
    const files = ids.length > 0 ? await this.dataSource.getRepository(EvidenceFileEntity).findBy({ id: In(ids) }) : [];
    const signatories = RECORD_SIGNATORIES[kind];
    return {
      kind,
      recordAt,
      signatories: [...signatories],
      signatures: signed.map((s) => {
        const scan = files.find((f) => f.id === s.scanFileId);
        return {
          party: s.party,
          signedOn: s.signedOn,
          scan: scan ? toEvidenceFileDto(scan) : null,
          markedAt: s.markedAt,
        };
      }),
      complete: signatories.every((party) => signed.some((s) => s.party === party)),
    };
  }
}
