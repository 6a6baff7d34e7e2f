import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService, StaffPrincipal } from '@app/cases';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import { QueueCountsDto, QueueItemDto, QueuePageDto } from './dto/queue.dto';
import { QueueFiltersQuery, QueuePageQuery } from './dto/queue.query';
import { decodeQueueCursor, encodeQueueCursor } from '../../common/paging/queue-cursor';
import { QueueClock, queueCountsSql, queuePageSql } from './queue-sql';
import { DUE_SOON_WORKING_DAYS, QueueView, scopeOf, VIEWS_OF_SCOPE, viewIn } from './queue-views';

const DEFAULT_LIMIT = 50;

type QueueRow = QueueItemDto & { dueKey: string };

/** The mediation queues of the caller: counts per view, and one view a page at a time. */
@Injectable()
export class MediationQueuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
  ) {}

  async counts(staff: StaffPrincipal, query: QueueFiltersQuery): Promise<QueueCountsDto> {
    const scope = scopeOf(staff, query.organisationId);
    const clock = await this.clock();
    const { text, values } = queueCountsSql(scope, query, clock);
    const [row] = await this.dataSource.query<Record<string, string>[]>(text, values);
    const counts = Object.fromEntries(VIEWS_OF_SCOPE[scope.kind].map((view) => [view, Number(row[view])]));
    return { counts, dueSoonUntil: clock.dueSoonUntil };
  }

  async page(staff: StaffPrincipal, view: QueueView, query: QueuePageQuery): Promise<QueuePageDto> {
    const scope = scopeOf(staff, query.organisationId);
    viewIn(scope, view);
    const after = query.cursor === undefined ? null : decodeQueueCursor(query.cursor);
    if (query.cursor !== undefined && !after)
      throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const { text, values } = queuePageSql(view, scope, query, await this.clock(), after, limit);
    const rows = await this.dataSource.query<QueueRow[]>(text, values);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeQueueCursor({ priority: last.priority, due: last.dueKey, id: last.id })
        : null;
    return { view, items: page.map(({ dueKey: _, ...item }) => item), nextCursor };
  }

  /** Now, and the end of "due soon" on the working-day calendar admins keep. */
  private async clock(): Promise<QueueClock> {
    const now = new Date();
    const { calendar } = await this.clockSettings.current();
    return { now, dueSoonUntil: calendar.workingDaysDeadline(now, DUE_SOON_WORKING_DAYS) };
  }
}
