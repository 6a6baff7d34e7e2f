import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseNotifier, type NotificationRequest } from '@app/cases';
import {
  BREACH_LEGAL_BASIS,
  BREACH_REMINDER_STEPS,
  type BreachReminderStep,
  breachNotifyBy,
  breachReminderDue,
  earliestReminderDiscovery,
} from '@app/domain/personal-data';
import { DataBreachEntity } from '@app/persistence';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';
import { remindEach } from './remind-each';

// The email names the breach by the start of its description, so that an admin knows which one.
const SUMMARY_LENGTH = 160;

interface Admin {
  id: string;
  email: string;
  language: 'vi' | 'en';
}

/**
 * Reminds every active admin of each personal-data breach the authority has not been told of:
 * 24 h, 12 h and 1 h before the 72 hours of Law 91/2025/QH15 Art 23 end, and once when they are
 * over (libs/domain breach-rules). Each step is sent once: the breach row, locked, records the last
 * step sent, and each email's message key is unique, so a second sweep (or a second worker) adds nothing.
 */
@Injectable()
@JobHandler('breach.remind')
export class BreachRemindHandler implements JobHandlerContract<'breach.remind'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: CaseNotifier,
  ) {}

  async handle(): Promise<JobResult> {
    const now = new Date();
    const candidates = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM data_breaches
        WHERE authority_notified_at IS NULL AND closed_at IS NULL AND discovered_at <= $1
          AND last_reminder IS DISTINCT FROM 'missed'`,
      [earliestReminderDiscovery(now)],
    );
    return remindEach(this.dataSource, candidates, (m, id) => this.remind(m, id, now));
  }

  /** In one transaction: the step due for this breach, its emails in the outbox, the step recorded. */
  private async remind(m: EntityManager, id: string, now: Date): Promise<string[]> {
    // Another worker on the same breach holds the lock: it sends the step, this one skips it.
    const breach = await m
      .getRepository(DataBreachEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('b.id = :id', { id })
      .getOne();
    if (!breach) return [];
    const step = breachReminderDue(breach, now, breach.lastReminder);
    if (!step) return [];
    const admins = await m.query<Admin[]>(
      `SELECT id, email, language FROM users WHERE role = 'admin' AND active ORDER BY id`,
    );
    const written = await this.notifier.write(
      m,
      admins.map((admin) => this.reminder(breach, step, admin)),
    );
    await m.update(DataBreachEntity, { id }, { lastReminder: step });
    return written;
  }

  private reminder(breach: DataBreachEntity, step: BreachReminderStep, admin: Admin): NotificationRequest {
    const hoursLeft = BREACH_REMINDER_STEPS.find((s) => s.step === step)?.hoursBeforeDeadline ?? 0;
    return {
      messageKey: `breach:${breach.id}:${step}:${admin.id}`,
      caseId: null,
      to: { kind: 'staff', email: admin.email, language: admin.language, userId: admin.id },
      template: step === 'missed' ? 'breach_notice_missed' : 'breach_notice_reminder',
      data: {
        trackingCode: '',
        link: '',
        discoveredAt: breach.discoveredAt,
        dueAt: breachNotifyBy(breach.discoveredAt),
        hoursLeft,
        legalBasis: BREACH_LEGAL_BASIS[admin.language === 'en' ? 'en' : 'vi'],
        body: summary(breach.description),
      },
    };
  }
}

function summary(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}
