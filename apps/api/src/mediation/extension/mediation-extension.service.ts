import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  appendEvent,
  CaseActionError,
  CaseNotifier,
  ClockScheduler,
  ClockSettingsService,
  extendClock,
  type NotificationRequest,
  type ScheduledStep,
  StaffPrincipal,
} from '@app/cases';
import { decideExtension, type DeadlineKind, extensionsAllowed, policyFor } from '@app/domain';
import { CaseDeadlineEntity, type CaseEntity, CasePartyEntity, OrganisationEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { CaseDetailDto } from '../../cases/dto/case.dto';
import { ExtendMediationDto } from './dto/extend-mediation.dto';

const KIND: DeadlineKind = 'mediation_conclusion';
const EVENT = 'mediation_extended';

/** How many times this clock was extended: its `mediation_extended` events (the timeline is the record). */
async function extensionsOf(m: EntityManager, caseId: string, deadlineId: string): Promise<number> {
  const [row] = await m.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM case_events
      WHERE case_id = $1 AND action = $2 AND data->'detail'->>'deadlineId' = $3`,
    [caseId, EVENT, deadlineId],
  );
  return row?.n ?? 0;
}

/**
 * The mediator of a case, or its organisation's mediation admin, gives the mediation longer than
 * its policy period (domain.md §2: 30 days, extendable): the clock, the timeline event and both
 * parties' emails in one transaction; the clock's next step is rescheduled after commit.
 */
@Injectable()
export class MediationExtensionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly notifier: CaseNotifier,
    private readonly clocks: ClockSettingsService,
    private readonly scheduler: ClockScheduler,
  ) {}

  async extend(staff: StaffPrincipal, id: string, { dueDate, reason }: ExtendMediationDto): Promise<CaseDetailDto> {
    const settings = await this.clocks.current();
    let scheduled: ScheduledStep[] = [];
    await this.dataSource.transaction(async (m) => {
      // A mediator sees only the cases appointed to them, an admin only their organisation's: others get 404.
      const c = await this.queries.visibleCase(staff, id, m, true);
      if (c.status !== 'mediation') {
        throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'not_in_mediation' }]);
      }
      // The case first, then the clock: the order in which lifecycle changes and the firing lock them.
      const clock = await m.findOne(CaseDeadlineEntity, {
        where: { caseId: c.id, kind: KIND },
        order: { startedAt: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!clock) throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'clock_not_open' }]);
      const extensions = await extensionsOf(m, c.id, clock.id);
      const decision = decideExtension(
        { ...clock, kind: KIND, extensions },
        { dueDate: dueDate, reason },
        settings.calendar,
        settings.policies,
      );
      if (!decision.ok) throw new CaseActionError(decision.code, decision.details);
      const now = new Date();
      const extension = await extendClock(m, clock, decision.dueAt, settings);
      scheduled = extension.scheduled;
      const policy = policyFor(KIND, settings.policies);
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: EVENT,
          fromStatus: c.status,
          toStatus: c.status,
          // Both parties see the new date and why.
          visibility: 'public',
          public: { dueAt: decision.dueAt, previousDueAt: extension.previousDueAt, reason },
          detail: {
            deadlineId: clock.id,
            kind: KIND,
            extension: extensions + 1,
            maxExtensions: extensionsAllowed(policy),
            breachCleared: extension.breachCleared,
            legalBasis: policy.legalBasis,
          },
          at: now,
        },
      );
      const notices = await this.notices(m, c, clock.id, extensions + 1, {
        dueAt: decision.dueAt,
        previousDueAt: extension.previousDueAt,
        reason,
      });
      await this.notifier.write(m, notices);
    });
    await this.scheduler.reschedule(scheduled);
    return this.queries.detail(staff, id);
  }

  /** One email per party with an address: the consumer in their language, the business in Vietnamese. */
  private async notices(
    m: EntityManager,
    c: CaseEntity,
    deadlineId: string,
    extension: number,
    data: { dueAt: Date; previousDueAt: Date; reason: string },
  ): Promise<NotificationRequest[]> {
    const parties = await m.findBy(CasePartyEntity, { caseId: c.id, role: In(['consumer', 'business']) });
    const organisation = c.mediationOrgId ? await m.findOneBy(OrganisationEntity, { id: c.mediationOrgId }) : null;
    return parties.map((party) => ({
      messageKey: `clock:${deadlineId}:extended:${extension}:${party.role}`,
      caseId: c.id,
      to: {
        kind: party.role as 'consumer' | 'business',
        email: party.email,
        language: party.role === 'consumer' ? c.language : 'vi',
      },
      template: 'mediation_extended',
      data: { trackingCode: c.trackingCode, organisationName: organisation?.name, ...data },
    }));
  }
}
