import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  appendEvent,
  CaseActionError,
  CaseNotifier,
  isUuid,
  SessionNotices,
  StaffPrincipal,
  toCaseState,
} from '@app/cases';
import { mediationConsentRefusal, type SessionChange, sessionChangeRefusal } from '@app/domain';
import { CaseEntity, MediationSessionEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import { CancelSessionDto } from './dto/cancel-session.dto';
import { RecordSessionDto } from './dto/record-session.dto';
import { RescheduleSessionDto } from './dto/reschedule-session.dto';
import { ScheduleSessionDto } from './dto/schedule-session.dto';
import { SessionDto } from './dto/session.dto';
import { toSessionDto } from './session.presenter';

/**
 * Scheduling, rescheduling, cancelling and recording mediation sessions. Each change locks the
 * case, writes the session, its timeline event and the parties' emails in one transaction; the
 * worker sends the emails once it commits.
 */
@Injectable()
export class SessionCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly notifier: CaseNotifier,
    private readonly notices: SessionNotices,
  ) {}

  async schedule(staff: StaffPrincipal, caseId: string, dto: ScheduleSessionDto): Promise<SessionDto> {
    const now = new Date();
    const session = await this.dataSource.transaction(async (m) => {
      const c = await this.caseInMediation(staff, caseId, m);
      // Art 61: no session before the business has agreed to the mediation.
      const consent = mediationConsentRefusal(toCaseState(c));
      if (consent) throw new CaseActionError('rule_violated', [consent]);
      if (!c.mediatorId) {
        throw new CaseActionError('rule_violated', [{ field: 'mediatorId', rule: 'no_mediator_assigned' }]);
      }
      const saved = await m.save(
        m.create(MediationSessionEntity, {
          caseId: c.id,
          mode: dto.mode,
          place: dto.place ?? null,
          onlineUrl: dto.onlineUrl ?? null,
          startsAt: new Date(dto.startsAt),
          durationMinutes: dto.durationMinutes,
          status: 'scheduled',
          icsSequence: 0,
          attendance: null,
          minutes: null,
          createdById: staff.userId,
        }),
      );
      await this.event(m, staff, c, 'session_scheduled', now, {
        public: { sessionId: saved.id, startsAt: saved.startsAt, mode: saved.mode },
        detail: { durationMinutes: saved.durationMinutes, place: saved.place, onlineUrl: saved.onlineUrl },
      });
      await this.notifier.write(m, await this.notices.requests(m, c, saved, 'scheduled'));
      return saved;
    });
    return toSessionDto(session, true);
  }

  /** A new time, length, place or link: the parties get an updated .ics (same UID, SEQUENCE + 1). */
  async reschedule(
    staff: StaffPrincipal,
    caseId: string,
    sessionId: string,
    dto: RescheduleSessionDto,
  ): Promise<SessionDto> {
    const now = new Date();
    const session = await this.dataSource.transaction(async (m) => {
      const c = await this.caseInMediation(staff, caseId, m);
      const s = await this.sessionFor(m, c, sessionId, 'reschedule', now);
      const next = {
        mode: dto.mode ?? s.mode,
        place: dto.place ?? s.place,
        onlineUrl: dto.onlineUrl ?? s.onlineUrl,
        startsAt: dto.startsAt ? new Date(dto.startsAt) : s.startsAt,
        durationMinutes: dto.durationMinutes ?? s.durationMinutes,
      };
      if (next.mode === 'in_person' && !next.place) throw missing('place');
      if (next.mode === 'online' && !next.onlineUrl) throw missing('onlineUrl');
      const unchanged =
        next.mode === s.mode &&
        next.place === s.place &&
        next.onlineUrl === s.onlineUrl &&
        next.startsAt.getTime() === s.startsAt.getTime() &&
        next.durationMinutes === s.durationMinutes;
      // Sending the same session again (a retried request) changes nothing and mails nobody.
      if (unchanged) return s;
      const previousStartsAt = s.startsAt;
      Object.assign(s, next, { icsSequence: s.icsSequence + 1 });
      const saved = await m.save(s);
      await this.event(m, staff, c, 'session_rescheduled', now, {
        public: { sessionId: s.id, startsAt: s.startsAt, mode: s.mode },
        detail: {
          previousStartsAt,
          durationMinutes: s.durationMinutes,
          place: s.place,
          onlineUrl: s.onlineUrl,
          sequence: s.icsSequence,
        },
      });
      const moved = previousStartsAt.getTime() !== s.startsAt.getTime();
      const requests = await this.notices.requests(m, c, saved, 'rescheduled', {
        previousStartsAt: moved ? previousStartsAt : undefined,
      });
      await this.notifier.write(m, requests);
      return saved;
    });
    return toSessionDto(session, true);
  }

  /** Called off, whatever the case's status now: the parties get a CANCEL for their calendars. */
  async cancel(staff: StaffPrincipal, caseId: string, sessionId: string, dto: CancelSessionDto): Promise<SessionDto> {
    const now = new Date();
    const session = await this.dataSource.transaction(async (m) => {
      const c = await this.queries.visibleCase(staff, caseId, m, true);
      const s = await this.sessionFor(m, c, sessionId, 'cancel', now);
      s.status = 'cancelled';
      s.icsSequence += 1;
      const saved = await m.save(s);
      await this.event(m, staff, c, 'session_cancelled', now, {
        public: { sessionId: s.id, startsAt: s.startsAt, reason: dto.reason },
        detail: { sequence: s.icsSequence },
      });
      const requests = await this.notices.requests(m, c, saved, 'cancelled', { reason: dto.reason });
      await this.notifier.write(m, requests);
      return saved;
    });
    return toSessionDto(session, true);
  }

  /**
   * The case's mediator (the only one the role guard lets in who sees the case) records who
   * attended and the minutes; the session is held. Confidential (Art
   * 62.2): the timeline shows only that it was held, the detail stays in the mediation circle.
   */
  async record(staff: StaffPrincipal, caseId: string, sessionId: string, dto: RecordSessionDto): Promise<SessionDto> {
    const now = new Date();
    const session = await this.dataSource.transaction(async (m) => {
      const c = await this.queries.visibleCase(staff, caseId, m, true);
      const s = await this.sessionFor(m, c, sessionId, 'record', now);
      s.status = 'held';
      s.attendance = {
        consumer: dto.attendance.consumer,
        business: dto.attendance.business,
        ...(dto.attendance.interpreter !== undefined ? { interpreter: dto.attendance.interpreter } : {}),
        others: dto.attendance.others || null,
      };
      s.minutes = dto.minutes;
      const saved = await m.save(s);
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'session_held',
          fromStatus: null,
          toStatus: null,
          visibility: 'confidential',
          public: { sessionId: s.id, startsAt: s.startsAt },
          detail: { attendance: s.attendance },
          at: now,
        },
      );
      return saved;
    });
    return toSessionDto(session, true);
  }

  /** The case, locked, if the caller may see it (else 404) and it is in mediation (else 409). */
  private async caseInMediation(staff: StaffPrincipal, caseId: string, m: EntityManager): Promise<CaseEntity> {
    const c = await this.queries.visibleCase(staff, caseId, m, true);
    if (c.status !== 'mediation') {
      throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'not_in_mediation' }]);
    }
    return c;
  }

  /** The case's session, locked, if `change` may be made to it now. */
  private async sessionFor(
    m: EntityManager,
    c: CaseEntity,
    sessionId: string,
    change: SessionChange,
    now: Date,
  ): Promise<MediationSessionEntity> {
    const s = isUuid(sessionId)
      ? await m.findOne(MediationSessionEntity, {
          where: { id: sessionId, caseId: c.id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!s) throw new CaseActionError('not_found');
    const refusal = sessionChangeRefusal(s, change, now);
    if (refusal) throw new CaseActionError(refusal.code, [refusal.violation]);
    return s;
  }

  private event(
    m: EntityManager,
    staff: StaffPrincipal,
    c: CaseEntity,
    action: string,
    at: Date,
    data: { public: Record<string, unknown>; detail: Record<string, unknown> },
  ) {
    return appendEvent(
      m,
      c.id,
      { kind: 'staff', staff },
      { action, fromStatus: null, toStatus: null, visibility: 'public', ...data, at },
    );
  }
}

/** In person needs a place, online a link: a 400 on the field, as the schedule form answers. */
const missing = (field: 'place' | 'onlineUrl') =>
  new RequestValidationError([{ field, constraints: [{ name: 'isNotEmpty', args: [] }] }]);
