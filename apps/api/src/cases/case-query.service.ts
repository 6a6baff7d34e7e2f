import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  actorOf,
  CaseActionError,
  ClockSettingsService,
  isDepartmentNote,
  isExternalMediationStaff,
  isUuid,
  principalCanSee,
  StaffPrincipal,
  hydrateEventTexts,
} from '@app/cases';
import { DUTY_KINDS, workingDaysLeft } from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePartyEntity, OrganisationEntity } from '@app/persistence';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { decodeQueueCursor, encodeQueueCursor } from '../common/paging/queue-cursor';
import { caseListCountsSql, caseListPageSql, COUNT_LIMIT, COUNT_NAMES, type CountName } from './case-list-sql';
import { ContactAccessLogService } from './contact-access-log.service';
import { CaseDetailDto, CaseEventDto, CasePageDto, CaseSummaryDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { toCaseDetail, toCaseSummary, toEventForStaff } from './case.presenter';

const DEFAULT_LIMIT = 50;
// The kind of the running duty clock behind next_due_at (legal-clocks.ts clockState): per row of the page.
const NEXT_DUE_KIND = `(SELECT d.kind FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'pending'
  AND d.kind = ANY(:dutyKinds) ORDER BY d.due_at, d.id LIMIT 1)`;

/** Read side of the staff case API: queues, details, timelines, each within the caller's scope. */
@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
    private readonly accessLog: ContactAccessLogService,
  ) {}

  async list(staff: StaffPrincipal, query: ListCasesQuery): Promise<CasePageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const now = new Date();
    const after = query.cursor ? decodeQueueCursor(query.cursor) : null;
    if (query.cursor && !after)
      throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
    const filters = { ...query, assignee: query.assignee === 'me' ? staff.userId : query.assignee };
    const page = caseListPageSql(staff, filters, now, after, limit);
    const counts = caseListCountsSql(staff, filters, now);
    const [keys, [counted]] = await Promise.all([
      this.dataSource.query<{ id: string; priority: number; due: string }[]>(page.text, page.values),
      this.dataSource.query<Record<CountName, number>[]>(counts.text, counts.values),
    ]);
    const shown = keys.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = keys.length > limit && last ? encodeQueueCursor(last) : null;
    const items = await this.summaries(
      shown.map((k) => k.id),
      now,
    );
    const atLeast = COUNT_NAMES.filter((name) => counted[name] > COUNT_LIMIT);
    const capped = (name: CountName) => Math.min(counted[name], COUNT_LIMIT);
    return {
      items,
      nextCursor,
      total: capped('total'),
      counts: {
        total: capped('total'),
        overdue: capped('overdue'),
        priority: capped('priority'),
        new: capped('new'),
        atLeast,
      },
    };
  }

  /** The rows of a page by id, in the given order, each with its business and its next clock's kind. */
  private async summaries(ids: string[], now: Date): Promise<CaseSummaryDto[]> {
    if (ids.length === 0) return [];
    const { entities: rows, raw } = await this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .leftJoin(CasePartyEntity, 'bp', "bp.case_id = c.id AND bp.role = 'business'")
      .addSelect('bp.name', 'row_business_name')
      .addSelect(NEXT_DUE_KIND, 'row_next_due_kind')
      .setParameter('dutyKinds', DUTY_KINDS)
      .where('c.id IN (:...ids)', { ids })
      .getRawAndEntities<{ c_id: string; row_business_name: string | null; row_next_due_kind: string | null }>();
    const extras = new Map(raw.map((r) => [r.c_id, r]));
    const byId = new Map(rows.map((c) => [c.id, c]));
    const { calendar } = await this.clockSettings.current();
    return ids.flatMap((id) => {
      const c = byId.get(id);
      if (!c) return []; // deleted between the two reads
      const row = extras.get(id);
      const kind = row?.row_next_due_kind ?? null;
      const nextDue =
        c.nextDueAt && kind
          ? { kind, dueAt: c.nextDueAt, workingDaysLeft: workingDaysLeft(calendar, now, c.nextDueAt) }
          : null;
      return [toCaseSummary(c, { businessName: row?.row_business_name ?? null, nextDue }, now)];
    });
  }

  async detail(staff: StaffPrincipal, id: string): Promise<CaseDetailDto> {
    return this.detailOf(staff, await this.visibleCase(staff, id));
  }

  /**
   * The detail of a case already loaded (and authorised) by the caller: the case page, and the
   * answer of every staff action that returns the case. A view of the parties' contact data is
   * logged (issue 12 item 8), wherever it is returned; an answer without any is not.
   */
  async detailOf(staff: StaffPrincipal, c: CaseEntity): Promise<CaseDetailDto> {
    const deadlines = await this.dataSource
      .getRepository(CaseDeadlineEntity)
      .find({ where: { caseId: c.id }, order: { startedAt: 'ASC', dueAt: 'ASC' } });
    const { calendar } = await this.clockSettings.current();
    const detail = toCaseDetail(
      c,
      await this.parties(c.id),
      deadlines,
      { kind: 'staff', staff },
      actorOf({ kind: 'staff', staff }),
      calendar,
    );
    if (detail.parties.some((p) => p.email !== null || p.phone !== null)) {
      await this.accessLog.record(staff, detail.id, 'case_detail');
    }
    return detail;
  }

  async events(staff: StaffPrincipal, id: string): Promise<CaseEventDto[]> {
    const c = await this.visibleCase(staff, id);
    const events = await hydrateEventTexts(
      this.dataSource.manager,
      await this.dataSource.getRepository(CaseEventEntity).find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
    );
    // External mediation organisations do not read the department's internal notes (issue 12 item 8).
    const external = isExternalMediationStaff(staff, await this.organisationKind(staff));
    return events.filter((e) => !(external && isDepartmentNote(e))).map((event) => toEventForStaff(event, staff, c));
  }

  private async organisationKind(staff: StaffPrincipal): Promise<string | null> {
    if (!staff.organisationId) return null;
    const org = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: staff.organisationId });
    return org?.kind ?? null;
  }

  /**
   * The case if this staff member may see it, else 404 (as for an unknown id). Inside a
   * transaction, `lock` holds the row until it ends, so checks on it stay true.
   */
  async visibleCase(staff: StaffPrincipal, id: string, m?: EntityManager, lock = false): Promise<CaseEntity> {
    const manager = m ?? this.dataSource.manager;
    const c = isUuid(id)
      ? await manager.findOne(CaseEntity, {
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!c || !principalCanSee({ kind: 'staff', staff }, c)) throw new CaseActionError('not_found');
    return c;
  }

  parties(caseId: string): Promise<CasePartyEntity[]> {
    return this.dataSource.getRepository(CasePartyEntity).find({ where: { caseId }, order: { role: 'DESC' } });
  }
}
