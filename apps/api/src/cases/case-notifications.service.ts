import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { staffSeesContacts, StaffPrincipal } from '@app/cases';
import { NotificationEntity } from '@app/persistence';
import { CaseNotificationDto } from '../me/dto/notification.dto';
import { CaseQueryService } from './case-query.service';

/** "a***@example.vn": enough to tell addresses apart, not to read them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** The emails sent about a case and how each went (status, attempts, last error), for staff who see it. */
@Injectable()
export class CaseNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
  ) {}

  async list(staff: StaffPrincipal, caseId: string): Promise<CaseNotificationDto[]> {
    const c = await this.queries.visibleCase(staff, caseId);
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { caseId: c.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((n) => ({
      id: n.id,
      recipientKind: n.recipientKind,
      // Analysts and the association see no contact data, not even a masked address (issue 12 item 8).
      recipient: staffSeesContacts(staff) ? maskEmail(n.recipientEmail) : '***',
      template: n.template,
      subject: n.subject,
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError,
      createdAt: n.createdAt,
      sentAt: n.sentAt,
    }));
  }
}
