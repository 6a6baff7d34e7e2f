import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessLogEntryDto, AccessLogPageDto, AccessLogQuery } from './access-log.dto';

const DEFAULT_LIMIT = 50;

/** The contact-data access log (issue 12 item 8), newest first, for admins. */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: AccessLogQuery): Promise<AccessLogPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const values: unknown[] = [];
    const where: string[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    if (query.caseId) where.push(`l.case_id = ${add(query.caseId)}::uuid`);
    if (query.userId) where.push(`l.user_id = ${add(query.userId)}::uuid`);
    if (query.cursor) where.push(`l.id < ${add(query.cursor)}::bigint`);
    const rows = await this.dataSource.query<AccessLogEntryDto[]>(
      `SELECT l.id::text AS id, l.at, l.user_id AS "userId", u.full_name AS "userName", u.role AS "userRole",
              l.case_id AS "caseId", c.tracking_code AS "trackingCode", l.what, l.file_id AS "fileId"
         FROM contact_access_log l
         LEFT JOIN users u ON u.id = l.user_id
         LEFT JOIN cases c ON c.id = l.case_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY l.id DESC
        LIMIT ${add(limit + 1)}`,
      values,
    );
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
  }
}
