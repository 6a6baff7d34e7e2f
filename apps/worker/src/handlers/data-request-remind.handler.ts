import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseNotifier, type NotificationRequest } from '@app/cases';
import { AppConfig } from '@app/config';
import {
  type DataRequestReminderStep,
  dataRequestReminderHorizon,
  dataRequestRemindersDue,
} from '@app/domain/personal-data';
import { DataRequestEntity } from '@app/persistence';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';
import { remindEach } from './remind-each';

interface Recipient {
  id: string;
  email: string;
  language: 'vi' | 'en';
}

/**
 * Reminds the officers of the handling unit (the admins when the case has no unit, or the unit no
 * active officer) of a consumer's personal-data request on its clocks (Law 91/2025/QH15 Art 4;
 * Decree 356/2025: answer in 2 working days, complete within the legal period): before each clock
 * runs out and once when it has (libs/domain data-request-reminders). Each step goes once: the
 * request row, locked, records the steps sent, and each email's message key is unique, so a second
 * sweep (or a second worker) adds nothing; a decided request gets no more.
 */
@Injectable()
@JobHandler('data-request.remind')
export class DataRequestRemindHandler implements JobHandlerContract<'data-request.remind'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: CaseNotifier,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<JobResult> {
    const now = new Date();
    const candidates = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM data_requests
        WHERE status IN ('received', 'answered') AND next_due_at IS NOT NULL AND next_due_at <= $1
          AND NOT ('complete_missed' = ANY (reminders_sent))
        ORDER BY next_due_at, id`,
      [dataRequestReminderHorizon(now)],
    );
    return remindEach(this.dataSource, candidates, (m, id) => this.remind(m, id, now));
  }

  /** In one transaction: the steps due on this request, their emails in the outbox, the steps recorded. */
  private async remind(m: EntityManager, id: string, now: Date): Promise<string[]> {
    // Another worker on the same request holds the lock: it sends the steps, this one skips them.
    const request = await m
      .getRepository(DataRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('r.id = :id', { id })
      .getOne();
    if (!request) return [];
    const { send, record } = dataRequestRemindersDue(request, request.remindersSent, now);
    if (record.length === 0) return [];
    const [c] = await m.query<{ tracking_code: string; handling_org_id: string | null }[]>(
      'SELECT tracking_code, handling_org_id FROM cases WHERE id = $1',
      [request.caseId],
    );
    const recipients = await this.recipients(m, c?.handling_org_id ?? null);
    const written = await this.notifier.write(
      m,
      send.flatMap((step) => recipients.map((to) => this.reminder(request, c?.tracking_code ?? '', step, to))),
    );
    await m.update(DataRequestEntity, { id }, { remindersSent: [...request.remindersSent, ...record] });
    return written;
  }

  private async recipients(m: EntityManager, unitId: string | null): Promise<Recipient[]> {
    if (unitId) {
      const officers = await m.query<Recipient[]>(
        `SELECT id, email, language FROM users WHERE role = 'officer' AND active AND organisation_id = $1 ORDER BY id`,
        [unitId],
      );
      if (officers.length > 0) return officers;
    }
    return m.query<Recipient[]>(`SELECT id, email, language FROM users WHERE role = 'admin' AND active ORDER BY id`);
  }

  private reminder(
    request: DataRequestEntity,
    trackingCode: string,
    step: DataRequestReminderStep,
    to: Recipient,
  ): NotificationRequest {
    return {
      messageKey: `data_request:${request.id}:${step}:${to.id}`,
      caseId: request.caseId,
      to: { kind: 'staff', email: to.email, language: to.language, userId: to.id },
      template: 'data_request_reminder',
      data: {
        trackingCode,
        link: `${this.config.publicBaseUrl}/staff/data-requests`,
        dataRequestKind: request.kind,
        reminderStep: step,
        dueAt: step.startsWith('answer') ? request.answerDueAt : request.completeDueAt,
      },
    };
  }
}
