import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, CaseActionError, isUuid, principalCanSee, scopeToStaff, StaffPrincipal } from '@app/cases';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePartyEntity } from '@app/persistence';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { decodeCursor, encodeCursor } from './case-cursor';
import { CaseDetailDto, CaseEventDto, CasePageDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { toCaseDetail, toCaseSummary, toEventForStaff } from './case.presenter';

const DEFAULT_LIMIT = 50;
// Cases without a running deadline sort after every dated one. Truncated to milliseconds, the
// precision a cursor (a JS Date) carries, so that a page boundary never repeats a row.
const DUE = "COALESCE(date_trunc('milliseconds', c.next_due_at), 'infinity'::timestamptz)";

/** Read side of the staff case API: queues, details, timelines, each within the caller's scope. */
@Injectable()
export class CaseQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(staff: StaffPrincipal, query: ListCasesQuery): Promise<CasePageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
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
    if (query.overdue !== undefined)
      q.andWhere(
        query.overdue
          ? '(c.overdue_since IS NOT NULL OR c.next_due_at < now())'
          : '(c.overdue_since IS NULL AND (c.next_due_at IS NULL OR c.next_due_at >= now()))',
      );
    if (query.priority !== undefined) q.andWhere(query.priority ? 'c.priority > 0' : 'c.priority = 0');
    const total = await q.getCount();
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor)
        throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
      q.andWhere(
        `(c.priority < :cp OR (c.priority = :cp AND (${DUE} > :cd::timestamptz OR (${DUE} = :cd::timestamptz AND c.id > :ci))))`,
        { cp: cursor.priority, cd: cursor.due, ci: cursor.id },
      );
    }
    const rows = await q
      .orderBy('c.priority', 'DESC')
      .addOrderBy(DUE, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ priority: last.priority, due: last.nextDueAt?.toISOString() ?? 'infinity', id: last.id })
        : null;
    return { items: page.map(toCaseSummary), nextCursor, total };
  }

  async detail(staff: StaffPrincipal, id: string): Promise<CaseDetailDto> {
    return this.detailOf(staff, await this.visibleCase(staff, id));
  }

  /** The detail of a case already loaded (and authorised) by the caller. */
  async detailOf(staff: StaffPrincipal, c: CaseEntity): Promise<CaseDetailDto> {
    const deadlines = await this.dataSource
      .getRepository(CaseDeadlineEntity)
      .find({ where: { caseId: c.id }, order: { startedAt: 'ASC', dueAt: 'ASC' } });
    return toCaseDetail(
      c,
      await this.parties(c.id),
      deadlines,
      { kind: 'staff', staff },
      actorOf({ kind: 'staff', staff }),
    );
  }

  async events(staff: StaffPrincipal, id: string): Promise<CaseEventDto[]> {
    const c = await this.visibleCase(staff, id);
    const events = await this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: c.id }, order: { id: 'ASC' } });
    return events.map((event) => toEventForStaff(event, staff, c));
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
