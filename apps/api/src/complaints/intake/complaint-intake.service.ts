import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { appendEvent, CaseMailer, CasePrincipal, hashSecret, RoutingService } from '@app/cases';
import { AppConfig } from '@app/config';
import { intakeWarnings, toLocalDate, yearOf } from '@app/domain';
import { assignTrackingCode, CaseEntity, CasePartyEntity, provisionalTrackingCode } from '@app/persistence';
import type { ComplaintIntakeDto } from '../dto/complaint-intake.dto';
import type { IntakeResultDto } from '../dto/intake-result.dto';
import { accessKeyFor } from './access-keys';
import { caseRow, identityOf, partyRows } from './intake-rows';
import type { IntakeSource } from './intake-source';
import { findPossibleDuplicate } from './possible-duplicate';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

/** Files a complaint: one transaction for the case, its parties and its first event; the email after commit. */
@Injectable()
export class ComplaintIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly mailer: CaseMailer,
    private readonly config: AppConfig,
  ) {}

  async submit(body: ComplaintIntakeDto, source: IntakeSource): Promise<IntakeResultDto> {
    const key = source.idempotencyKey;
    const accessKey = accessKeyFor(this.config.jwt.secret, key);
    const earlier = key === undefined ? null : await this.findByKey(key);
    if (earlier) return this.replay(earlier, accessKey);
    let saved: CaseEntity;
    try {
      saved = await this.dataSource.transaction((m) => this.insert(m, body, source, accessKey));
    } catch (error) {
      // A concurrent request with the same key committed first: answer with its case.
      const raced = key !== undefined && isUniqueViolation(error);
      const winner = raced ? await this.findByKey(key) : null;
      if (!winner) throw error;
      return this.replay(winner, accessKey);
    }
    await this.mailer.send({
      to: body.consumer.email,
      language: saved.language,
      template: 'complaint_received',
      data: { trackingCode: saved.trackingCode, accessKey },
    });
    return this.result(saved, accessKey);
  }

  private async insert(
    m: EntityManager,
    body: ComplaintIntakeDto,
    source: IntakeSource,
    accessKey: string,
  ): Promise<CaseEntity> {
    const now = new Date();
    const handlingOrgId = await this.routing.handlingUnitFor(m, body.consumer.communeCode, body.purchase.sectorCode);
    const possibleDuplicateOf = await findPossibleDuplicate(m, identityOf(body, now));
    const facts = {
      now,
      trackingCode: provisionalTrackingCode(),
      accessKeyHash: hashSecret(accessKey),
      handlingOrgId,
      possibleDuplicateOf,
      source,
    };
    // Plain INSERTs (no save(): nothing to diff or reload on a new row).
    const row = caseRow(body, facts);
    const { identifiers } = await m.insert(CaseEntity, row as QueryDeepPartialEntity<CaseEntity>);
    const saved = m.create(CaseEntity, { ...row, id: String(identifiers[0].id) });
    await m.insert(CasePartyEntity, partyRows(saved.id, body, now));
    const principal: CasePrincipal = source.staff
      ? { kind: 'staff', staff: source.staff }
      : { kind: 'consumer', caseId: saved.id };
    await appendEvent(m, saved.id, principal, {
      action: 'submit',
      fromStatus: null,
      toStatus: 'submitted',
      visibility: 'public',
      at: now,
      public: { channel: source.channel },
    });
    // Numbered last: the sequence row stays locked only for this statement and the commit, so
    // intakes overlap; a rollback gives the number back (unique, gapless codes). A concurrent
    // retry with the same Idempotency-Key waits on the unique index and fails before numbering.
    saved.trackingCode = await assignTrackingCode(
      m,
      saved.id,
      this.config.trackingCodePrefix,
      yearOf(toLocalDate(now)),
    );
    return saved;
  }

  private findByKey(idempotencyKey: string): Promise<CaseEntity | null> {
    return this.dataSource.getRepository(CaseEntity).findOneBy({ idempotencyKey });
  }

  /** The answer to a retry. A key that did not create this case (e.g. after a secret rotation) gets no key back. */
  private replay(existing: CaseEntity, accessKey: string): IntakeResultDto {
    if (hashSecret(accessKey) !== existing.accessKeyHash) {
      throw new ConflictException('This Idempotency-Key belongs to another request');
    }
    return this.result(existing, accessKey);
  }

  private result(c: CaseEntity, accessKey: string): IntakeResultDto {
    const facts = {
      purchaseDate: c.purchaseDate,
      amountVnd: c.amountVnd,
      possibleDuplicate: c.possibleDuplicateOf !== null,
    };
    const warnings = intakeWarnings(facts, toLocalDate(new Date()));
    return { id: c.id, trackingCode: c.trackingCode, accessKey, status: c.status, warnings };
  }
}
