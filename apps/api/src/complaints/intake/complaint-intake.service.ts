import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import {
  caseWarnings,
  CaseNotifier,
  CasePrincipal,
  ClockScheduler,
  ClockSettingsService,
  eventRow,
  hashSecret,
  NOTIFICATION_COLUMNS,
  NotificationRow,
  RoutingService,
  startedDeadlines,
} from '@app/cases';
import { AppConfig } from '@app/config';
import { clockChanges, consumerWarnings, intakeWarnings, isDutyKind, toLocalDate, yearOf } from '@app/domain';
import {
  CaseDeadlineEntity,
  ComplaintKeyEntity,
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  insertStatement,
  NEXT_TRACKING_VALUE_SQL,
  runAsOneStatement,
  statementPart,
  trackingCodeFromSequenceSql,
} from '@app/persistence';
import type { ComplaintIntakeDto } from '../dto/complaint-intake.dto';
import type { IntakeResultDto } from '../dto/intake-result.dto';
import { accessKeyFor } from './access-keys';
import { idempotencyDigest, keyExpired, requestDigest } from './idempotency';
import { caseRow, identityOf, partyRows } from './intake-rows';
import type { IntakeSource } from './intake-source';
import { complaintKeyRows, findPossibleDuplicate } from './possible-duplicate';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

/** Stands for the tracking code, numbered inside the insert statement, in the rendered email. */
const TRACKING_CODE_PLACEHOLDER = '__TRACKING_CODE__';

/**
 * Files a complaint: one statement writes the case, its parties, its first event, its triage clock
 * and the acknowledgement email (outbox: the worker sends it once the statement commits); after
 * commit the clock is scheduled.
 */
@Injectable()
export class ComplaintIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly notifier: CaseNotifier,
    private readonly clockSettings: ClockSettingsService,
    private readonly scheduler: ClockScheduler,
    private readonly config: AppConfig,
  ) {}

  async submit(body: ComplaintIntakeDto, source: IntakeSource): Promise<IntakeResultDto> {
    const key = source.idempotencyKey;
    const request =
      key === undefined ? undefined : { digest: idempotencyDigest(source, key), body: requestDigest(body) };
    const accessKey = accessKeyFor(this.config.jwt.secret, request && `${request.digest}:${request.body}`);
    const earlier = request === undefined ? null : await this.findByKey(request.digest);
    if (earlier && request) return this.replay(earlier, request.body, accessKey, source);
    let saved: { case: CaseEntity; clocks: { id: string; at: Date }[] };
    try {
      saved = await this.insert(body, source, accessKey, request);
    } catch (error) {
      // A concurrent request with the same key committed first: answer with its case.
      const raced = request !== undefined && isUniqueViolation(error);
      const winner = raced ? await this.findByKey(request.digest) : null;
      if (!winner || !request) throw error;
      return this.replay(winner, request.body, accessKey, source);
    }
    await this.scheduler.schedule(saved.clocks);
    return this.result(saved.case, accessKey, source);
  }

  /**
   * The case, its parties and its first event in ONE statement (data-modifying CTEs): atomic, and
   * the yearly sequence row is locked only while that statement runs. A failure (e.g. a concurrent
   * retry with the same Idempotency-Key, on the unique index) writes nothing and gives the number
   * back, so tracking codes stay unique and gapless.
   */
  private async insert(
    body: ComplaintIntakeDto,
    source: IntakeSource,
    accessKey: string,
    request: { digest: string; body: string } | undefined,
  ) {
    const m = this.dataSource.manager;
    const now = new Date();
    const settings = await this.clockSettings.current();
    const caseId = randomUUID();
    const handlingOrgId = await this.routing.handlingUnitFor(m, body.consumer.communeCode, body.purchase.sectorCode);
    const identity = identityOf(body, now);
    const possibleDuplicateOf = await findPossibleDuplicate(m, identity);
    const keys = complaintKeyRows(caseId, identity);
    const { purchaseDate, amountVnd } = body.purchase;
    const facts = {
      now,
      trackingCode: '',
      accessKeyHash: hashSecret(accessKey),
      idempotency: request ?? null,
      handlingOrgId,
      possibleDuplicateOf,
      source,
      warnings: intakeWarnings(
        {
          purchaseDate: purchaseDate ?? null,
          amountVnd: amountVnd ?? null,
          possibleDuplicate: possibleDuplicateOf !== null,
        },
        toLocalDate(now),
      ),
    };
    // The clocks that start with a new complaint (triage, Art 57.4 forwarding), from the domain's
    // clock table: they run from receipt, which staff may date before the registration. A complaint
    // barred at intake (Art 54.2) starts none of those the `bar` action stops: it is never forwarded.
    const barred = source.barReason ? clockChanges('bar', 'submitted', 'submitted').cancel : [];
    const clocks = startedDeadlines(
      caseId,
      clockChanges('submit', null, 'submitted').start.filter((kind) => !barred.includes(kind)),
      { trigger: 'submit', from: null, to: 'submitted', now: source.receivedAt ?? now },
      settings,
    );
    const notices = this.notifier.rows([
      {
        messageKey: `case:${caseId}:received`,
        caseId,
        to: { kind: 'consumer', email: body.consumer.email, language: body.consumer.language ?? 'vi' },
        template: 'complaint_received',
        data: { trackingCode: TRACKING_CODE_PLACEHOLDER, accessKey },
        containsSecret: true,
      },
    ]);
    const firstDue =
      clocks
        .filter((clock) => isDutyKind(clock.kind))
        .map((clock) => clock.dueAt)
        .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    const row = { ...caseRow(body, facts), id: caseId, nextDueAt: firstDue };
    const principal: CasePrincipal = source.staff
      ? { kind: 'staff', staff: source.staff }
      : { kind: 'consumer', caseId };
    const events = [
      eventRow(caseId, principal, {
        action: 'submit',
        fromStatus: null,
        toStatus: 'submitted',
        visibility: 'public',
        at: now,
        public: { channel: source.channel },
      }),
      // Art 54.2 found at staff intake: on the timeline with its reason, as the `bar` action writes it.
      ...(source.barReason
        ? [
            eventRow(caseId, principal, {
              action: 'bar',
              fromStatus: 'submitted',
              toStatus: 'submitted',
              visibility: 'public',
              at: now,
              public: { barReason: source.barReason },
              detail: { barReason: source.barReason },
            }),
          ]
        : []),
    ];
    const insert = (entity: EntityTarget<ObjectLiteral>, rows: object[], returning?: string) =>
      insertStatement(this.dataSource, entity, rows, returning);
    const year = yearOf(toLocalDate(now));
    const [numbered] = await runAsOneStatement<{ tracking_code: string }>(
      m,
      [
        { name: 'seq', sql: NEXT_TRACKING_VALUE_SQL, parameters: [this.config.trackingCodePrefix, year] },
        statementPart(
          'new_case',
          insert(
            CaseEntity,
            [{ ...row, trackingCode: () => trackingCodeFromSequenceSql(this.config.trackingCodePrefix, year, 'seq') }],
            '"tracking_code"',
          ),
        ),
        statementPart('parties', insert(CasePartyEntity, partyRows(caseId, body, now))),
        // One INSERT: its rows take their ids in this order, so the timeline reads as written.
        statementPart('first_events', insert(CaseEventEntity, events)),
        ...(clocks.length > 0 ? [statementPart('clocks', insert(CaseDeadlineEntity, clocks))] : []),
        ...(keys.length > 0 ? [statementPart('complaint_keys', insert(ComplaintKeyEntity, keys))] : []),
        ...notices.map((notice, i) => noticePart(`notice_${i}`, notice)),
      ],
      'SELECT tracking_code FROM new_case',
    );
    return {
      case: m.create(CaseEntity, { ...row, trackingCode: numbered.tracking_code }),
      clocks: clocks.flatMap((clock) => (clock.nextActionAt ? [{ id: clock.id, at: clock.nextActionAt }] : [])),
    };
  }

  /**
   * The live case filed with this key. A key older than its lifetime is let go (its digest cleared),
   * so that the same key files anew and a stored digest does not outlive its purpose.
   */
  private async findByKey(digest: string): Promise<CaseEntity | null> {
    const repository = this.dataSource.getRepository(CaseEntity);
    const found = await repository.findOneBy({ idempotencyKey: digest });
    if (!found || !keyExpired(found.createdAt, new Date())) return found;
    await repository.update(
      { id: found.id, idempotencyKey: digest },
      { idempotencyKey: null, idempotencyBodyHash: null },
    );
    return null;
  }

  /**
   * The answer to a retry: only for the same request. Another body under the same key learns nothing
   * about the first complaint (422); a key that did not create this case (e.g. after a secret
   * rotation) gets no key back.
   */
  private replay(existing: CaseEntity, body: string, accessKey: string, source: IntakeSource): IntakeResultDto {
    if (existing.idempotencyBodyHash !== null && existing.idempotencyBodyHash !== body) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'idempotency_key_reused',
        message: 'This Idempotency-Key was used for another request; use a new key for a new complaint',
      });
    }
    if (hashSecret(accessKey) !== existing.accessKeyHash) {
      throw new ConflictException('This Idempotency-Key belongs to another request');
    }
    return this.result(existing, accessKey, source);
  }

  /**
   * The warnings are those kept on the case at filing, so that a retry answers as the first request did.
   * The consumer's own answer says nothing about other complaints (a possible duplicate is for staff).
   */
  private result(c: CaseEntity, accessKey: string, source: IntakeSource): IntakeResultDto {
    const kept = caseWarnings(c);
    const warnings = source.staff ? kept : consumerWarnings(kept);
    return { id: c.id, trackingCode: c.trackingCode, accessKey, status: c.status, warnings };
  }
}

const NOTIFICATION_COLUMN_TYPES: Partial<Record<string, string>> = {
  id: 'uuid',
  case_id: 'uuid',
  recipient_user_id: 'uuid',
  contains_secret: 'boolean',
  attachments: 'jsonb',
};

/** An email rendered before the tracking code existed: the statement puts the code in. */
function noticePart(name: string, notice: NotificationRow) {
  const placeholder = NOTIFICATION_COLUMNS.length + 1;
  const columns = NOTIFICATION_COLUMNS.map((column, i) =>
    ['subject', 'body_text', 'body_html'].includes(column)
      ? `replace($${i + 1}::text, $${placeholder}::text, nc.tracking_code)`
      : `$${i + 1}::${NOTIFICATION_COLUMN_TYPES[column] ?? 'text'}`,
  );
  return {
    name,
    sql: `INSERT INTO notifications (${NOTIFICATION_COLUMNS.join(', ')}) SELECT ${columns.join(', ')} FROM new_case nc`,
    parameters: [...NOTIFICATION_COLUMNS.map((column) => notice[column]), TRACKING_CODE_PLACEHOLDER],
  };
}
