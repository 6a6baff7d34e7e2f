import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import {
  appendEvent,
  CaseActionError,
  CaseNotifier,
  ClockSettingsService,
  clockState,
  meetClocks,
  type NotificationRequest,
  toCaseState,
} from '@app/cases';
import { resolveAudiences } from '@app/cases';
import { type CaseStatus, decidePerformanceAnswer, type FollowUpNotice } from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity } from '@app/persistence';
import type { PerformanceAnswerDto, PerformanceResultDto } from './dto/performance-answer.dto';

const ANSWERS = ['performance_confirmed', 'performance_not_confirmed'];

/**
 * The consumer's answer after a mediated settlement's performance date (Law 19 Art 65.2): the
 * clock closes, an event is written, and "not performed" flags the case and tells the consumer
 * about court recognition (Art 66; Civil Procedure Code Art 418.1) and staff about the flag.
 * "Performed" also ends the court-recognition reminder: there is nothing left to enforce.
 */
@Injectable()
export class PerformanceFollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clocks: ClockSettingsService,
    private readonly notifier: CaseNotifier,
  ) {}

  async answer(c: CaseEntity, { performed, comment }: PerformanceAnswerDto): Promise<PerformanceResultDto> {
    const now = new Date();
    const settings = await this.clocks.current();
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(CaseEntity, { where: { id: c.id }, lock: { mode: 'pessimistic_write' } });
      const clock = await m.findOne(CaseDeadlineEntity, {
        where: { caseId: c.id, kind: 'settlement_performance' },
        order: { startedAt: 'DESC' },
      });
      const answered = clock
        ? await m.exists(CaseEventEntity, {
            where: { caseId: c.id, action: In(ANSWERS), at: MoreThanOrEqual(clock.startedAt) },
          })
        : false;
      const state = toCaseState(locked);
      const record = state.agreement?.source === 'mediation' ? (state.mediationRecord ?? null) : null;
      const facts = { status: locked.status as CaseStatus, record, clock, answered };
      const decision = decidePerformanceAnswer({ performed }, facts, now, settings.calendar, settings.policies);
      if (!decision.ok) throw new CaseActionError(decision.code, decision.details);
      const deadlineId = (clock as CaseDeadlineEntity).id;
      await this.closeClock(m, locked.id, deadlineId, performed, now);
      await this.updateCase(m, locked.id, decision.flag, now);
      await appendEvent(
        m,
        locked.id,
        { kind: 'consumer', caseId: locked.id },
        {
          action: decision.event,
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          public: { performed },
          detail: { performed, deadlineId, courtDeadline: decision.courtDeadline, ...(comment ? { comment } : {}) },
          at: now,
        },
      );
      const requests = await this.notices(m, locked, deadlineId, decision.notices, decision.courtDeadline, comment);
      await this.notifier.write(m, requests);
      return {
        trackingCode: locked.trackingCode,
        performed,
        flagged: decision.flag !== null,
        courtRecognitionDeadline: decision.courtDeadline,
      };
    });
  }

  /**
   * Performed: the clock is met (also after its date passed: the consumer confirms it), and the
   * court-recognition reminder ends (`CLOCK_EVENTS.performance_confirmed`). Not performed: the
   * business missed the record's date; the clock closes as breached, which no longer counts as
   * overdue (the flag says it), and the court-recognition reminder runs on.
   */
  private async closeClock(m: EntityManager, caseId: string, id: string, performed: boolean, now: Date) {
    if (performed) {
      await meetClocks(m, caseId, 'performance_confirmed', now);
      return;
    }
    await m.query(
      `UPDATE case_deadlines SET status = 'breached', breached_at = coalesce(breached_at, due_at),
              escalation_level = greatest(escalation_level, 1), closed_at = $2, paused_at = NULL,
              next_action_at = NULL
        WHERE id = $1 AND closed_at IS NULL`,
      [id, now],
    );
  }

  /** Not a lifecycle change: the case's version stays, so no one's pending action turns stale. */
  private async updateCase(m: EntityManager, caseId: string, flag: string | null, now: Date): Promise<void> {
    const clocks = await clockState(m, caseId);
    await m.query(
      `UPDATE cases SET next_due_at = $2,
              overdue_since = CASE WHEN $3 THEN overdue_since END,
              attention_reason = coalesce($4, attention_reason),
              attention_since = CASE WHEN $4::varchar IS NULL THEN attention_since ELSE $5 END,
              updated_at = now()
        WHERE id = $1`,
      [caseId, clocks.nextDueAt, clocks.overdue, flag, now],
    );
  }

  private async notices(
    m: EntityManager,
    c: CaseEntity,
    deadlineId: string,
    notices: readonly FollowUpNotice[],
    courtDeadline: Date,
    comment: string | undefined,
  ): Promise<NotificationRequest[]> {
    const recipients = await resolveAudiences(
      m,
      c,
      notices.map((n) => n.audience),
    );
    return recipients.flatMap((to) => {
      const notice = notices.find((n) => n.audience === to.audience);
      if (!notice) return [];
      return [
        {
          messageKey: `performance:${deadlineId}:${notice.message}:${to.key}`,
          caseId: c.id,
          to,
          template: notice.message,
          data: {
            trackingCode: c.trackingCode,
            dueAt: courtDeadline,
            // The consumer's words are for the handling body (as with a rating's comment).
            ...(to.kind === 'staff' && comment ? { body: comment } : {}),
          },
        },
      ];
    });
  }
}
