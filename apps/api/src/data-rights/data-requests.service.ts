import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendEvent, CaseNotifier, ClockSettingsService, PersonalDataErasure, type StaffPrincipal } from '@app/cases';
import {
  dataRequestDecisionRefusal,
  dataRequestDueDates,
  type CaseStatus,
  type DataRequestStatus,
  isFinalStatus,
  marksCaseForErasure,
  nextDataRequestDue,
  type WorkingDays,
  workingDaysLeft,
} from '@app/domain';
import { CaseEntity, CasePartyEntity, DataRequestEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { fieldErrors } from '../complaints/field-errors';
import { decodeDataRequestCursor, encodeDataRequestCursor } from './data-request-cursor';
import type { DataRequestDecisionDto, DataRequestListQuery, NewDataRequestDto } from './dto/data-request.dto';
import type {
  DataRequestPageDto,
  DataRequestViewDto,
  NewDataRequestAnswerDto,
  StaffDataRequestDto,
} from './dto/data-request-view.dto';
import { DataRightsError } from './data-rights.error';
import { REQUEST_EXPLANATIONS } from './data-rights-texts';

const DEFAULT_LIMIT = 50;

function view(r: DataRequestEntity): DataRequestViewDto {
  const { id, kind, text, status, receivedAt, answerDueAt, completeDueAt, decision, reason, decidedAt } = r;
  return { id, kind, text, status, receivedAt, answerDueAt, completeDueAt, decision, reason, decidedAt };
}

interface StaffRow {
  id: string;
  case_id: string;
  tracking_code: string;
  kind: string;
  text: string | null;
  status: string;
  received_at: Date;
  answer_due_at: Date;
  complete_due_at: Date;
  next_due_at: Date | null;
  decision: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/**
 * Requests of the data subject (Law 91/2025/QH15 Art 4): the consumer files them with the access key;
 * staff of the handling unit (or an admin) decide them on the clocks of Decree 356/2025.
 */
@Injectable()
export class DataRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
    private readonly notifier: CaseNotifier,
    private readonly erasure: PersonalDataErasure,
  ) {}

  async create(
    c: CaseEntity,
    body: NewDataRequestDto,
    language: Language,
    now = new Date(),
  ): Promise<NewDataRequestAnswerDto> {
    if (body.kind === 'other' && !body.text) throw fieldErrors([{ field: 'text', rule: 'isNotEmpty' }]);
    const { calendar } = await this.clockSettings.current();
    const due = dataRequestDueDates(calendar, now);
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await m.save(
        m.create(DataRequestEntity, {
          caseId: c.id,
          kind: body.kind,
          text: body.text ?? null,
          receivedAt: now,
          answerDueAt: due.answerDueAt,
          completeDueAt: due.completeDueAt,
          nextDueAt: due.answerDueAt,
          status: 'received',
        }),
      );
      // The consumer's words stay in the request row: the timeline says only which kind was asked.
      await appendEvent(
        m,
        c.id,
        { kind: 'consumer', caseId: c.id },
        {
          action: 'data_request_made',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          at: now,
          public: { kind: body.kind },
        },
      );
      return row;
    });
    return { ...view(saved), explanation: REQUEST_EXPLANATIONS[body.kind][language] };
  }

  /** Officers see the requests of their unit's cases, admins every one; nearest due first, closed last. */
  async list(staff: StaffPrincipal, query: DataRequestListQuery, now = new Date()): Promise<DataRequestPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (staff.role !== 'admin') where.push(`c.handling_org_id = ${add(staff.organisationId)}::uuid`);
    if (query.status) where.push(`r.status = ${add(query.status)}`);
    if (query.cursor) {
      const cursor = decodeDataRequestCursor(query.cursor);
      if (!cursor) throw fieldErrors([{ field: 'cursor', rule: 'isCursor' }]);
      // After the cursor in (next due, nulls last; received; id) order.
      const after = `(r.received_at, r.id) > (${add(cursor.received)}::timestamptz, ${add(cursor.id)}::uuid)`;
      if (cursor.due === null) where.push(`(r.next_due_at IS NULL AND ${after})`);
      else {
        const due = add(cursor.due);
        where.push(
          `(r.next_due_at > ${due}::timestamptz OR r.next_due_at IS NULL OR (r.next_due_at = ${due}::timestamptz AND ${after}))`,
        );
      }
    }
    const rows = await this.dataSource.query<StaffRow[]>(
      `SELECT r.*, c.tracking_code FROM data_requests r JOIN cases c ON c.id = r.case_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.next_due_at ASC NULLS LAST, r.received_at ASC, r.id ASC
        LIMIT ${add(limit + 1)}`,
      values,
    );
    const { calendar } = await this.clockSettings.current();
    const items = rows.slice(0, limit).map((r) => this.staffView(r, now, calendar));
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeDataRequestCursor({
            due: last.nextDueAt ? last.nextDueAt.toISOString() : null,
            received: last.receivedAt.toISOString(),
            id: last.id,
          })
        : null;
    return { items, nextCursor };
  }

  async decide(
    staff: StaffPrincipal,
    id: string,
    body: DataRequestDecisionDto,
    now = new Date(),
  ): Promise<StaffDataRequestDto> {
    const filesToRemove: string[] = [];
    const decided = await this.dataSource.transaction(async (m) => {
      const request = await m.findOne(DataRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // The case is locked too: an accepted erasure may erase it in this transaction.
      const c = request
        ? await m.findOne(CaseEntity, { where: { id: request.caseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!request || !c || !this.inScope(staff, c)) throw new DataRightsError('not_found');
      const refusal = dataRequestDecisionRefusal(request.status, body.decision, body.reason);
      if (refusal === 'reason_required') throw fieldErrors([{ field: 'reason', rule: 'isNotEmpty' }]);
      if (refusal) throw new DataRightsError(refusal, { status: request.status });
      const status: DataRequestStatus = body.decision;
      Object.assign(request, {
        status,
        decision: body.decision,
        reason: body.reason ?? null,
        decidedBy: staff.userId,
        decidedAt: now,
        nextDueAt: nextDataRequestDue(body.decision, request),
      });
      await m.save(request);
      // Law 91/2025 Art 4: a closed case is erased at once (below); an open one is marked and the
      // retention job erases it when it closes (the file is still in use until then).
      const erasing = marksCaseForErasure(request.kind, body.decision);
      const erasedNow = erasing && isFinalStatus(c.status as CaseStatus) && c.personalDataErasedAt === null;
      if (erasing && c.erasureRequestedAt === null) {
        await m.update(CaseEntity, { id: c.id }, { erasureRequestedAt: now });
      }
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'data_request_decided',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          at: now,
          public: { kind: request.kind, decision: body.decision },
        },
      );
      const consumer = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'consumer' });
      const messageKey = `data_request:${request.id}:${body.decision}`;
      await this.notifier.write(m, [
        {
          messageKey,
          caseId: c.id,
          to: { kind: 'consumer', email: consumer?.email, language: consumer?.language ?? c.language },
          template: 'data_request_decided',
          data: {
            trackingCode: c.trackingCode,
            dataRequestKind: request.kind,
            status: body.decision,
            reason: body.reason,
            erasedNow,
          },
        },
      ]);
      if (erasedNow) {
        // The answer to this request is still sent (then cleared by retention); everything else goes now.
        const erased = await this.erasure.eraseWithin(m, c.id, 'request', now, { spareMessageKeys: [messageKey] });
        filesToRemove.push(...erased.storageKeys);
      }
      return { request, trackingCode: c.trackingCode };
    });
    await this.erasure.removeFiles(filesToRemove);
    const r = decided.request;
    return {
      ...view(r),
      caseId: r.caseId,
      trackingCode: decided.trackingCode,
      nextDueAt: r.nextDueAt,
      overdue: r.nextDueAt !== null && r.nextDueAt.getTime() < now.getTime(),
      decidedBy: r.decidedBy,
    };
  }

  private inScope(staff: StaffPrincipal, c: CaseEntity): boolean {
    return staff.role === 'admin' || (staff.organisationId !== null && c.handlingOrgId === staff.organisationId);
  }

  private staffView(r: StaffRow, now: Date, calendar: WorkingDays): StaffDataRequestDto {
    return {
      id: r.id,
      caseId: r.case_id,
      trackingCode: r.tracking_code,
      kind: r.kind,
      text: r.text,
      status: r.status,
      receivedAt: r.received_at,
      answerDueAt: r.answer_due_at,
      completeDueAt: r.complete_due_at,
      answerWorkingDaysLeft: workingDaysLeft(calendar, now, r.answer_due_at),
      completeWorkingDaysLeft: workingDaysLeft(calendar, now, r.complete_due_at),
      nextDueAt: r.next_due_at,
      overdue: r.next_due_at !== null && r.next_due_at.getTime() < now.getTime(),
      decision: r.decision,
      reason: r.reason,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
    };
  }
}
