import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  appendEvent,
  CaseActionError,
  CaseNotifier,
  ClockScheduler,
  type ClockSettings,
  ClockSettingsService,
  clockState,
  meetClocks,
  type NotificationRequest,
  type ScheduledStep,
  StaffPrincipal,
  startedDeadlines,
} from '@app/cases';
import {
  assignmentRefusals,
  type FieldViolation,
  languageRefusal,
  languageUnknown,
  missingLanguages,
  neededLanguages,
  suggestMediators,
  withConflict,
} from '@app/domain';
import { CaseDeadlineEntity, CaseEntity, CasePartyEntity, OrganisationEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { toEventForStaff } from '../../cases/case.presenter';
import { CaseDetailDto, CaseEventDto } from '../../cases/dto/case.dto';
import { AssignMediatorDto } from './dto/assign-mediator.dto';
import { DeclineAssignmentDto } from './dto/decline-assignment.dto';
import {
  assignmentFactsOf,
  lockMediatorProfile,
  mediationAdminsOf,
  mediatorsOfOrganisation,
  mediatorsWhoDeclined,
} from './mediator-candidates';

/** The case in mediation with an organisation, or 409: assignment means nothing otherwise. */
function inMediation(c: CaseEntity): CaseEntity & { mediationOrgId: string } {
  if (c.status !== 'mediation' || !c.mediationOrgId) {
    throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'not_in_mediation' }]);
  }
  return c as CaseEntity & { mediationOrgId: string };
}

/**
 * Appointing, replacing and declining the mediator of a case (Law 19 Arts 63.2, 64.2, 64.3; conflict
 * of interest, domain.md §2). Each change, its timeline event and its emails are one transaction.
 */
@Injectable()
export class MediatorAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly notifier: CaseNotifier,
    private readonly clocks: ClockSettingsService,
    private readonly scheduler: ClockScheduler,
  ) {}

  /** The head of the mediation organisation (or an admin) appoints one of its mediators, or replaces the one appointed. */
  async assign(
    staff: StaffPrincipal,
    id: string,
    { mediatorId, interpreter, consumerLanguage }: AssignMediatorDto,
  ): Promise<CaseDetailDto> {
    const saved = await this.dataSource.transaction(async (m) => {
      // Checked under the row lock, so that a concurrent action cannot close the mediation meanwhile.
      const c = inMediation(await this.queries.visibleCase(staff, id, m, true));
      await lockMediatorProfile(m, mediatorId);
      const mediators = await mediatorsOfOrganisation(m, c.mediationOrgId);
      const chosen = mediators.find((x) => x.candidate.id === mediatorId);
      if (!chosen) throw this.refused([{ field: 'mediatorId', rule: 'not_a_mediator_of_the_organisation' }]);
      // Appointing the one already appointed changes nothing (a retried request).
      if (c.mediatorId === mediatorId) return c;

      // Recorded first, so that the Art 64.3 check below applies to it; a refusal rolls it back.
      if (consumerLanguage !== undefined) await this.recordConsumerLanguage(m, c, consumerLanguage);
      const facts = await assignmentFactsOf(m, c);
      const declined = await mediatorsWhoDeclined(m, c.id);
      const refusals = assignmentRefusals(chosen.candidate, facts, withConflict(declined));
      if (refusals.length > 0) throw this.refused(refusals.map((rule) => ({ field: 'mediatorId', rule })));
      const missing = missingLanguages(chosen.candidate, neededLanguages(facts));
      const language = languageRefusal(chosen.candidate, facts, interpreter === true);
      if (language) throw this.refused([{ field: 'interpreter', rule: language }]);
      // Where the chosen mediator stands in the suggestions (null: chosen by hand outside them).
      const ranked = suggestMediators(
        mediators.map((x) => x.candidate),
        facts,
        { currentMediatorId: c.mediatorId, declined, strictLanguage: false },
      ).suggestions;
      const rank = ranked.findIndex((s) => s.mediatorId === mediatorId);

      const now = new Date();
      const previousMediatorId = c.mediatorId;
      c.mediatorId = mediatorId;
      const clocks = await meetClocks(m, c.id, 'mediator_assigned', now);
      c.nextDueAt = clocks.nextDueAt;
      if (!clocks.overdue) c.overdueSince = null;
      const updated = await m.save(c);
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: previousMediatorId ? 'mediator_reassigned' : 'mediator_assigned',
          fromStatus: c.status,
          toStatus: c.status,
          visibility: 'public',
          detail: {
            mediatorId,
            ...(previousMediatorId ? { previousMediatorId } : {}),
            reasons: rank >= 0 ? ranked[rank].reasons : [],
            suggestionRank: rank >= 0 ? rank + 1 : null,
            interpreter: interpreter === true,
            ...(missing.length > 0 ? { interpreterLanguages: missing } : {}),
            // Art 64.3: the mediator must ask the consumer's language (never the language itself: sensitive).
            ...(facts.languageUnknown ? { languageUnknown: true } : {}),
            ...(consumerLanguage !== undefined ? { consumerLanguageRecorded: true } : {}),
          },
          at: now,
        },
      );
      const consumer = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'consumer' });
      const organisation = await m.findOneBy(OrganisationEntity, { id: c.mediationOrgId });
      const key = `case:${c.id}:v${updated.version}`;
      await this.notifier.write(m, [
        {
          messageKey: `${key}:mediator_assigned:consumer`,
          caseId: c.id,
          to: { kind: 'consumer', email: consumer?.email, language: c.language },
          template: 'mediator_assigned',
          data: { trackingCode: c.trackingCode, organisationName: organisation?.name },
        },
        {
          messageKey: `${key}:mediator_case_assigned:${mediatorId}`,
          caseId: c.id,
          to: { kind: 'staff', email: chosen.email, language: chosen.language, userId: mediatorId },
          template: 'mediator_case_assigned',
          data: {
            trackingCode: c.trackingCode,
            organisationName: organisation?.name,
            mediatorName: chosen.candidate.name,
            interpreterLanguages: missing,
            languageUnknown: facts.languageUnknown === true,
          },
        },
      ]);
      return updated;
    });
    return this.queries.detailOf(staff, saved);
  }

  /**
   * The appointed mediator declines: the case goes back to the organisation's unassigned queue with
   * a new assignment clock, and its mediation admins are told. A declared conflict of interest keeps
   * the mediator off this case from then on.
   */
  async decline(staff: StaffPrincipal, id: string, { reason, conflict }: DeclineAssignmentDto): Promise<CaseEventDto> {
    const settings = await this.clocks.current();
    let scheduled: ScheduledStep[] = [];
    const { c, event } = await this.dataSource.transaction(async (m) => {
      // A mediator sees only the cases appointed to them: anyone else's is a 404.
      const c = inMediation(await this.queries.visibleCase(staff, id, m, true));
      if (c.mediatorId !== staff.userId) throw new CaseActionError('forbidden');
      const now = new Date();
      c.mediatorId = null;
      scheduled = await this.restartAssignmentClock(m, c, now, settings);
      const updated = await m.save(c);
      const event = await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'mediator_declined',
          fromStatus: c.status,
          toStatus: c.status,
          visibility: 'internal',
          detail: { mediatorId: staff.userId, reason, conflict: conflict === true },
          at: now,
        },
      );
      const mediator = (await mediatorsOfOrganisation(m, c.mediationOrgId, staff.userId))[0];
      const admins = await mediationAdminsOf(m, c.mediationOrgId);
      await this.notifier.write(
        m,
        admins.map((admin): NotificationRequest => ({
          messageKey: `case:${c.id}:v${updated.version}:mediator_declined:${admin.id}`,
          caseId: c.id,
          to: { kind: 'staff', email: admin.email, language: admin.language, userId: admin.id },
          template: 'mediator_declined',
          data: {
            trackingCode: c.trackingCode,
            mediatorName: mediator?.candidate.name,
            reason,
            conflict: conflict === true,
          },
        })),
      );
      return { c: updated, event };
    });
    await this.scheduler.schedule(scheduled);
    return toEventForStaff(event, staff, c);
  }

  /** The organisation must appoint again: a new mediator-assignment clock (policy, domain.md §2). */
  private async restartAssignmentClock(
    m: EntityManager,
    c: CaseEntity,
    now: Date,
    settings: ClockSettings,
  ): Promise<ScheduledStep[]> {
    // The clock a mediation request starts; only `now` matters to a clock started by hand.
    const started = startedDeadlines(
      c.id,
      ['mediator_assignment'],
      { trigger: 'request_mediation', from: 'mediation', to: 'mediation', now },
      settings,
    );
    await m.getRepository(CaseDeadlineEntity).insert(started);
    const state = await clockState(m, c.id);
    c.nextDueAt = state.nextDueAt;
    return started.flatMap((clock) => (clock.nextActionAt ? [{ id: clock.id, at: clock.nextActionAt }] : []));
  }

  /**
   * Art 64.3: the language a consumer flagged as an ethnic minority named when asked. Only while it is
   * unknown: a language the consumer gave at intake is theirs, staff do not replace it.
   */
  private async recordConsumerLanguage(m: EntityManager, c: CaseEntity, language: string): Promise<void> {
    const consumer = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'consumer' });
    if (!consumer || !languageUnknown([consumer])) {
      throw this.refused([{ field: 'consumerLanguage', rule: 'art_64_3_language_already_known' }]);
    }
    await m.update(CasePartyEntity, { id: consumer.id }, { ethnicLanguage: language });
  }

  private refused(details: FieldViolation[]): CaseActionError {
    return new CaseActionError('rule_violated', details);
  }
}
