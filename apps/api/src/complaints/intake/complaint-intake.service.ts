import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CaseMailer, CasePrincipal, eventRow, hashSecret, RoutingService, startedDeadlines } from '@app/cases';
import { AppConfig } from '@app/config';
import { clockChanges, intakeWarnings, toLocalDate, yearOf } from '@app/domain';
import {
  CaseDeadlineEntity,
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  NEXT_TRACKING_VALUE_SQL,
  runAsOneStatement,
  statementPart,
  trackingCodeFromSequenceSql,
} from '@app/persistence';
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
      saved = await this.insert(body, source, accessKey);
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

  /**
   * The case, its parties and its first event in ONE statement (data-modifying CTEs): atomic, and
   * the yearly sequence row is locked only while that statement runs. A failure (e.g. a concurrent
   * retry with the same Idempotency-Key, on the unique index) writes nothing and gives the number
   * back, so tracking codes stay unique and gapless.
   */
  private async insert(body: ComplaintIntakeDto, source: IntakeSource, accessKey: string): Promise<CaseEntity> {
    const m = this.dataSource.manager;
    const now = new Date();
    const caseId = randomUUID();
    const handlingOrgId = await this.routing.handlingUnitFor(m, body.consumer.communeCode, body.purchase.sectorCode);
    const possibleDuplicateOf = await findPossibleDuplicate(m, identityOf(body, now));
    const facts = {
      now,
      trackingCode: '',
      accessKeyHash: hashSecret(accessKey),
      handlingOrgId,
      possibleDuplicateOf,
      source,
    };
    // The clocks that start with a new complaint (triage), from the domain's clock table.
    const clocks = startedDeadlines(caseId, clockChanges('submit', null, 'submitted').start, {
      trigger: 'submit',
      from: null,
      to: 'submitted',
      now,
    });
    const firstDue = clocks.map((clock) => clock.dueAt).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    const row = { ...caseRow(body, facts), id: caseId, nextDueAt: firstDue };
    const principal: CasePrincipal = source.staff
      ? { kind: 'staff', staff: source.staff }
      : { kind: 'consumer', caseId };
    const event = eventRow(caseId, principal, {
      action: 'submit',
      fromStatus: null,
      toStatus: 'submitted',
      visibility: 'public',
      at: now,
      public: { channel: source.channel },
    });
    const insert = <T extends ObjectLiteral>(entity: EntityTarget<T>, values: unknown) =>
      m
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(values as QueryDeepPartialEntity<T>)
        .updateEntity(false);
    const year = yearOf(toLocalDate(now));
    const [numbered] = await runAsOneStatement<{ tracking_code: string }>(
      m,
      [
        { name: 'seq', sql: NEXT_TRACKING_VALUE_SQL, parameters: [this.config.trackingCodePrefix, year] },
        statementPart(
          'new_case',
          insert(CaseEntity, {
            ...row,
            trackingCode: () => trackingCodeFromSequenceSql(this.config.trackingCodePrefix, year, 'seq'),
          })
            .returning('"tracking_code"')
            .getQueryAndParameters(),
        ),
        statementPart('parties', insert(CasePartyEntity, partyRows(caseId, body, now)).getQueryAndParameters()),
        statementPart('first_event', insert(CaseEventEntity, event).getQueryAndParameters()),
        ...(clocks.length > 0
          ? [statementPart('clocks', insert(CaseDeadlineEntity, clocks).getQueryAndParameters())]
          : []),
      ],
      'SELECT tracking_code FROM new_case',
    );
    return m.create(CaseEntity, { ...row, trackingCode: numbered.tracking_code });
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
