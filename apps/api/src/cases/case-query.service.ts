import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  actorOf,
  CaseActionError,
  ClockSettingsService,
  isDepartmentNote,
  isExternalMediationStaff,
  isUuid,
  principalCanSee,
  scopeToStaff,
  StaffPrincipal,
} from '@app/cases';
import { DUTY_KINDS, workingDaysLeft } from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePartyEntity, OrganisationEntity } from '@app/persistence';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { decodeCursor, encodeCursor } from './case-cursor';
import { ContactAccessLogService } from './contact-access-log.service';
import { CaseCountsDto, CaseDetailDto, CaseEventDto, CasePageDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { toCaseDetail, toCaseSummary, toEventForStaff } from './case.presenter';

const DEFAULT_LIMIT = 50;
// Cases without a running deadline sort after every dated one. Truncated to milliseconds, the
// precision a cursor (a JS Date) carries, so that a page boundary never repeats a row.
const DUE = "COALESCE(date_trunc('milliseconds', c.next_due_at), 'infinity'::timestamptz)";
// A clock run out and not met, or a running one already past (a moment before the worker marks it).
const OVERDUE = '(c.overdue_since IS NOT NULL OR c.next_due_at < now())';
const NOT_OVERDUE = '(c.overdue_since IS NULL AND (c.next_due_at IS NULL OR c.next_due_at >= now()))';
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
    const q = this.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
    scopeToStaff(q, 'c', staff);
    if (query.status) q.andWhere('c.status = :status', { status: query.status });
    if (query.sector) q.andWhere('c.sector_code = :sector', { sector: query.sector });
    if (query.commune) q.andWhere('c.commune_code = :commune', { commune: query.commune });
    if (query.unit) q.andWhere('c.handling_org_id = :unit', { unit: query.unit });
    if (query.assignee) {
      const assignee = query.assignee === 'me' ? staff.userId : query.assignee;
      q.andWhere('(c.assignee_id = :assignee OR c.mediator_id = :assignee)', { assignee });
    }
    if (query.overdue !== undefined) q.andWhere(query.overdue ? OVERDUE : NOT_OVERDUE);
    if (query.priority !== undefined) q.andWhere(query.priority ? 'c.priority > 0' : 'c.priority = 0');
    const counts = await this.counts(q);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor)
        throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
      q.andWhere(
        `(c.priority < :cp OR (c.priority = :cp AND (${DUE} > :cd::timestamptz OR (${DUE} = :cd::timestamptz AND c.id > :ci))))`,
        { cp: cursor.priority, cd: cursor.due, ci: cursor.id },
      );
    }
    // The row's business and its next clock's kind come with the page, in the same query.
    const { entities: rows, raw } = await q
      .leftJoin(CasePartyEntity, 'bp', "bp.case_id = c.id AND bp.role = 'business'")
      .addSelect('bp.name', 'row_business_name')
      .addSelect(NEXT_DUE_KIND, 'row_next_due_kind')
      .setParameter('dutyKinds', DUTY_KINDS)
      .orderBy('c.priority', 'DESC')
      .addOrderBy(DUE, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getRawAndEntities<{ c_id: string; row_business_name: string | null; row_next_due_kind: string | null }>();
    const extras = new Map(raw.map((r) => [r.c_id, r]));
    const { calendar } = await this.clockSettings.current();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ priority: last.priority, due: last.nextDueAt?.toISOString() ?? 'infinity', id: last.id })
        : null;
    const items = page.map((c) => {
      const row = extras.get(c.id);
      const kind = row?.row_next_due_kind ?? null;
      const nextDue =
        c.nextDueAt && kind
          ? { kind, dueAt: c.nextDueAt, workingDaysLeft: workingDaysLeft(calendar, now, c.nextDueAt) }
          : null;
      return toCaseSummary(c, { businessName: row?.row_business_name ?? null, nextDue }, now);
    });
    return { items, nextCursor, total: counts.total, counts };
  }

  /** The page's counts in one statement: the same scope and filters, every page, cut by FILTER clauses. */
  private async counts(q: SelectQueryBuilder<CaseEntity>): Promise<CaseCountsDto> {
    const row = await q
      .clone()
      .select('count(*)::int', 'total')
      .addSelect(`count(*) FILTER (WHERE ${OVERDUE})::int`, 'overdue')
      .addSelect('count(*) FILTER (WHERE c.priority > 0)::int', 'priority')
      .addSelect("count(*) FILTER (WHERE c.status = 'submitted')::int", 'new')
      .getRawOne<CaseCountsDto>();
    return row ?? { total: 0, overdue: 0, priority: 0, new: 0 };
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
    const events = await this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: c.id }, order: { id: 'ASC' } });
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
