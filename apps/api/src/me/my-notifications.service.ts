import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { isUuid, StaffPrincipal } from '@app/cases';
import { NotificationEntity } from '@app/persistence';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { ListNotificationsQuery, NotificationDto, NotificationPageDto } from './dto/notification.dto';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

const DEFAULT_LIMIT = 50;

/** A staff member's own notifications: reminders, breaches, escalations, mediation requests. */
@Injectable()
export class MyNotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(staff: StaffPrincipal, query: ListNotificationsQuery): Promise<NotificationPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoin('n.case', 'c')
      .addSelect(['c.id', 'c.trackingCode'])
      .where('n.recipient_user_id = :me', { me: staff.userId });
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    if (query.cursor) {
      const cursor = decodeNotificationCursor(query.cursor);
      if (!cursor)
        throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    }
    const rows = await qb
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const unread = await this.dataSource
      .getRepository(NotificationEntity)
      .count({ where: { recipientUserId: staff.userId, readAt: IsNull() } });
    return {
      items: page.map(toNotificationDto),
      nextCursor:
        rows.length > limit && last
          ? encodeNotificationCursor({ at: last.createdAt.toISOString(), id: last.id })
          : null,
      unread,
    };
  }

  async markRead(staff: StaffPrincipal, id: string): Promise<void> {
    const found = isUuid(id)
      ? await this.dataSource
          .getRepository(NotificationEntity)
          .update({ id, recipientUserId: staff.userId }, { readAt: () => 'coalesce(read_at, now())' })
      : { affected: 0 };
    if (!found.affected) throw new NotFoundException();
  }
}

function toNotificationDto(n: NotificationEntity): NotificationDto {
  return {
    id: n.id,
    caseId: n.caseId,
    trackingCode: n.case?.trackingCode ?? null,
    template: n.template,
    subject: n.subject,
    text: n.bodyText,
    status: n.status,
    attempts: n.attempts,
    lastError: n.lastError,
    createdAt: n.createdAt,
    sentAt: n.sentAt,
    readAt: n.readAt,
  };
}
