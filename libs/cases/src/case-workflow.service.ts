import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  allowedActions,
  applyDecision,
  type BusinessResponseType,
  CaseAction,
  clockChanges,
  decide,
  isCaseAction,
  isFinalStatus,
  type CaseStatus,
  negotiationPausedNow,
  reopenRefusedAfterErasure,
} from '@app/domain';
import { AppConfig } from '@app/config';
import { CaseEntity, CasePartyEntity, OrganisationEntity, UserEntity } from '@app/persistence';
import { principalCanSee } from './case-access';
import { consentDocuments, consentDueAt } from './mediation-consent';
import { CaseActionError } from './case-action.error';
import { appendEvent } from './case-event.writer';
import { actorOf, CasePrincipal } from './case-principal';
import { toCaseState, applyCaseState } from './case-state.mapper';
import { eventDataFor } from './action-event-data';
import { endMediationLinks, endNegotiationLinks, issueBusinessLink } from './business-links';
import { ClockScheduler, type ScheduledStep } from './clocks/clock-scheduler';
import { ClockSettingsService } from './clocks/clock-settings.service';
import { applyClockChanges, ClockOutcome } from './legal-clocks';
import { CaseNotifier } from './notifications/case-notifier';
import { lifecycleNotices } from './notifications/lifecycle-notices';
import { receptionFacts } from './notifications/reception-facts';
import { SessionNotices } from './notifications/session-notices';
import { cancelUpcomingSessions } from './session-closure';
import { RoutingService } from './routing.service';
import { withTransferAuthority } from './transfer-authority';

const MEDIATING_KINDS = ['mediation_organisation', 'consumer_association'];
// Changes whose emails name the mediation organisation and the business's consent deadline (Art 61).
const MEDIATION_NOTICES: readonly CaseAction[] = [
  'request_mediation',
  'accept_mediation',
  'decline_mediation',
  'expire_mediation_request',
];

export interface ActionResult {
  case: CaseEntity;
  /** Shown once, to staff forwarding a complaint: the business's secure link. */
  businessLinkUrl?: string;
}

/**
 * The caller's own transaction, when the action is part of a larger change (a consent on paper with
 * its uploaded document; a clock's `atDue` action, fired by the worker): the emails are written in
 * it, and the caller schedules the clocks collected here after its commit.
 */
export interface CallerTransaction {
  readonly manager: EntityManager;
  readonly now: Date;
  readonly scheduled: ScheduledStep[];
}

interface SideEffects {
  businessLinkUrl?: string;
  /** The negotiation ended owing its result report (Art 57.5). */
  resultReportDue?: boolean;
  /** Sent to the business only, never shown to the caller. */
  mediationLinkUrl?: string;
}

/**
 * Runs one lifecycle action: lock, decide (pure domain), then write the change, its event, its
 * clocks and its emails in one transaction (the worker sends the emails once it commits); after
 * commit, schedule the clocks.
 */
/** Ends of a mediation the business may still read about through its link (the record, Art 65). */
const MEDIATION_CONCLUSIONS: readonly string[] = [
  'record_mediation_result',
  'decline_mediation',
  'expire_mediation_request',
];

@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly notifier: CaseNotifier,
    private readonly clocks: ClockSettingsService,
    private readonly scheduler: ClockScheduler,
    private readonly sessionNotices: SessionNotices,
    private readonly config: AppConfig,
  ) {}

  async perform(
    caseId: string,
    action: string,
    input: Record<string, unknown>,
    principal: CasePrincipal,
    expectedVersion?: number,
    within?: CallerTransaction,
  ): Promise<ActionResult> {
    const now = within?.now ?? new Date();
    const settings = await this.clocks.current(within?.manager);
    let clockOutcome: ClockOutcome | undefined;
    const work = async (m: EntityManager): Promise<ActionResult> => {
      const c = await m.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!c || !principalCanSee(principal, c)) throw new CaseActionError('not_found');
      const state = toCaseState(c);
      const actor = actorOf(principal);
      const current = () => ({
        status: c.status,
        version: c.version,
        allowedActions: allowedActions(state, actor, now),
      });
      if (!isCaseAction(action))
        throw new CaseActionError('unknown_action', [{ field: 'action', rule: 'unknown_action' }]);
      // Law 91/2025 Art 4: once its personal data is erased, there is no one to reopen the case for.
      if (action === 'reopen' && reopenRefusedAfterErasure(c.personalDataErasedAt)) {
        throw new CaseActionError('rule_violated', [{ field: 'action', rule: 'personal_data_erased' }], current());
      }
      if (expectedVersion !== undefined && expectedVersion !== c.version) {
        throw new CaseActionError('stale_version', [{ field: 'version', rule: 'stale' }], current());
      }
      const enriched = await this.enrich(m, c, action, input, principal);
      const decision = decide(state, action, enriched, actor, now);
      if (!decision.ok) throw new CaseActionError(decision.error.code, decision.error.details, current());
      const fromStatus = c.status;
      const next = applyDecision(state, decision);
      applyCaseState(c, next, now);
      // The business's link is for the negotiation: it stops when the case moves on, or narrows to
      // the result report when the clock table starts one (Art 57.5). A mediation gives a new link, below.
      const resultReportDue =
        fromStatus === 'negotiation' &&
        clockChanges(action, 'negotiation', next.status).start.includes('business_result_report');
      if (fromStatus === 'negotiation' && c.status !== 'negotiation') {
        await endNegotiationLinks(m, c.id, resultReportDue, this.config.businessLinkTtlDays, now);
      }
      // Every way out of a mediation ends in a final status (or a reopen): so do its links.
      if (isFinalStatus(c.status as CaseStatus) || action === 'reopen') {
        const concluded = MEDIATION_CONCLUSIONS.includes(action);
        await endMediationLinks(m, c.id, concluded, this.config.businessLinkTtlDays, now);
      }
      const extras = { ...(await this.sideEffects(m, c, action, enriched, now)), resultReportDue };
      clockOutcome = await applyClockChanges(
        m,
        c.id,
        {
          trigger: action,
          from: fromStatus as CaseStatus,
          to: c.status as CaseStatus,
          now,
          businessResponse: action === 'business_respond' ? (enriched.type as BusinessResponseType) : undefined,
          partyPause: negotiationPausedNow(state) !== negotiationPausedNow(next),
          performanceDate: next.mediationRecord?.performanceDeadline,
          agreedAt: next.mediationRecord?.time,
        },
        settings,
      );
      c.nextDueAt = clockOutcome.nextDueAt;
      if (!clockOutcome.overdue) c.overdueSince = null;
      const saved = await m.save(c);
      const data = eventDataFor(action, enriched);
      await appendEvent(m, c.id, principal, { action, fromStatus, toStatus: saved.status, at: now, ...data });
      const notices = await this.noticesFor(m, saved, action, enriched, extras);
      if (fromStatus === 'mediation' && isFinalStatus(saved.status as CaseStatus)) {
        notices.push(...(await cancelUpcomingSessions(m, saved, principal, this.sessionNotices, now)));
      }
      await this.notifier.write(m, notices);
      return { case: saved, businessLinkUrl: extras.businessLinkUrl };
    };
    if (within) {
      const result = await work(within.manager);
      within.scheduled.push(...(clockOutcome?.scheduled ?? []));
      return result;
    }
    const result = await this.dataSource.transaction(work);
    await this.scheduler.schedule(clockOutcome?.scheduled ?? []);
    return result;
  }

  /** Fields the server fills in itself rather than trusting the caller. */
  private async enrich(
    m: EntityManager,
    c: CaseEntity,
    action: CaseAction,
    input: Record<string, unknown>,
    principal: CasePrincipal,
  ): Promise<Record<string, unknown>> {
    switch (action) {
      case 'accept': {
        const unit = typeof input.handlingUnitId === 'string' ? input.handlingUnitId : c.handlingOrgId;
        const handlingUnitId = unit ?? (await this.routing.handlingUnitFor(m, c.communeCode, c.sectorCode));
        await this.routing.assertHandlingUnit(m, handlingUnitId);
        const callerId = principal.kind === 'staff' ? principal.staff.userId : null;
        const advisorId =
          typeof input.advisorId === 'string'
            ? input.advisorId
            : await this.routing.advisorFor(m, handlingUnitId, callerId);
        if (advisorId) await this.routing.assertAdvisor(m, handlingUnitId, advisorId);
        return { ...input, handlingUnitId, advisorId: advisorId ?? undefined };
      }
      case 'transfer':
        // The consumer is told by email when the transfer commits (Art 11.3); the authority's kind
        // comes from the organisations table for the domain rule to check.
        return withTransferAuthority(m, input);
      case 'forward_to_business': {
        const business = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'business' });
        return { ...input, businessId: business?.id };
      }
      case 'accept_mediation':
        // Staff record a consent given on paper: its documents must be files uploaded to the case.
        if (principal.kind !== 'staff') return {};
        return { ...input, documentIds: await consentDocuments(m, c.id, input.documentIds) };
      default:
        return input;
    }
  }

  private async sideEffects(
    m: EntityManager,
    c: CaseEntity,
    action: CaseAction,
    input: Record<string, unknown>,
    now: Date,
  ): Promise<SideEffects> {
    if (action === 'request_mediation') {
      const org = await m.findOneBy(OrganisationEntity, { id: String(input.organisationId) });
      if (!org || !MEDIATING_KINDS.includes(org.kind)) {
        throw new CaseActionError('rule_violated', [{ field: 'organisationId', rule: 'not_a_mediation_organisation' }]);
      }
      c.mediationOrgId = org.id;
      c.mediatorId = null;
      // The business is a party to the mediation (Art 62.2): a link to its sessions and records.
      const { token } = await issueBusinessLink(m, c.id, this.config.businessLinkTtlDays, now, 'mediation');
      return { mediationLinkUrl: this.notifier.businessLink(token) };
    }
    if (action === 'forward_to_business') {
      const { token } = await issueBusinessLink(m, c.id, this.config.businessLinkTtlDays, now);
      return { businessLinkUrl: this.notifier.businessLink(token) };
    }
    if (action === 'reopen') {
      // The mediation ended with the closure: its mediator and organisation no longer hold the case.
      c.closedAt = null;
      c.mediatorId = null;
      c.mediationOrgId = null;
    }
    return {};
  }

  private async noticesFor(
    m: EntityManager,
    c: CaseEntity,
    action: CaseAction,
    input: Record<string, unknown>,
    extras: SideEffects,
  ) {
    const parties = await m.findBy(CasePartyEntity, { caseId: c.id });
    // The mediation organisation, for the actions whose notices its people get.
    const mediationOrgId = MEDIATION_NOTICES.includes(action) ? c.mediationOrgId : null;
    // One after another: `m` is the transaction's one connection, which runs one statement at a time.
    const mediationAdmins = mediationOrgId
      ? await m.findBy(UserEntity, { organisationId: mediationOrgId, role: 'mediation_admin', active: true })
      : [];
    const organisation = mediationOrgId ? await m.findOneBy(OrganisationEntity, { id: mediationOrgId }) : null;
    const mediator =
      mediationOrgId && c.mediatorId ? await m.findOneBy(UserEntity, { id: c.mediatorId, active: true }) : null;
    return lifecycleNotices({
      c,
      action,
      input,
      parties,
      mediationAdmins,
      mediator,
      organisationName: organisation?.name,
      businessLinkUrl: extras.businessLinkUrl,
      mediationLinkUrl: extras.mediationLinkUrl,
      resultReportDue: extras.resultReportDue,
      surveyLink: this.notifier.surveyLink(c.trackingCode),
      reception: await receptionFacts(m, c, action, input.authorityId, parties),
      consentDueAt: mediationOrgId ? await consentDueAt(m, c.id) : undefined,
    });
  }
}
