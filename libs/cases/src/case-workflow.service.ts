import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  allowedActions,
  applyDecision,
  type BusinessResponseType,
  CaseAction,
  decide,
  isCaseAction,
  isFinalStatus,
  type CaseStatus,
} from '@app/domain';
import { AppConfig } from '@app/config';
import { CaseEntity, CasePartyEntity, OrganisationEntity } from '@app/persistence';
import { principalCanSee } from './case-access';
import { CaseActionError } from './case-action.error';
import { appendEvent } from './case-event.writer';
import { actorOf, CasePrincipal } from './case-principal';
import { toCaseState, applyCaseState } from './case-state.mapper';
import { eventDataFor } from './action-event-data';
import { issueBusinessLink, revokeBusinessLinks } from './business-links';
import { applyClockChanges } from './legal-clocks';
import { CaseMailer, MailRequest } from './notifications/case-mailer';
import { RoutingService } from './routing.service';

const MEDIATING_KINDS = ['mediation_organisation', 'consumer_association'];

export interface ActionResult {
  case: CaseEntity;
  /** Shown once, to staff forwarding a complaint: the business's secure link. */
  businessLinkUrl?: string;
}

/** Runs one lifecycle action: lock, decide (pure domain), write the change and its event, then notify. */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly mailer: CaseMailer,
    private readonly config: AppConfig,
  ) {}

  async perform(
    caseId: string,
    action: string,
    input: Record<string, unknown>,
    principal: CasePrincipal,
    expectedVersion?: number,
  ): Promise<ActionResult> {
    const now = new Date();
    const mails: MailRequest[] = [];
    const result = await this.dataSource.transaction(async (m) => {
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
      if (expectedVersion !== undefined && expectedVersion !== c.version) {
        throw new CaseActionError('stale_version', [{ field: 'version', rule: 'stale' }], current());
      }
      const enriched = await this.enrich(m, c, action, input, principal);
      const decision = decide(state, action, enriched, actor, now);
      if (!decision.ok) throw new CaseActionError(decision.error.code, decision.error.details, current());
      const fromStatus = c.status;
      const next = applyDecision(state, decision);
      applyCaseState(c, next, now);
      const extras = await this.sideEffects(m, c, action, enriched, now);
      // The business's link is for the negotiation only: it stops working when the case moves on.
      if (fromStatus === 'negotiation' && c.status !== 'negotiation') await revokeBusinessLinks(m, c.id, now);
      c.nextDueAt = await applyClockChanges(m, c.id, {
        trigger: action,
        from: fromStatus as CaseStatus,
        to: c.status as CaseStatus,
        now,
        businessResponse: action === 'business_respond' ? (enriched.type as BusinessResponseType) : undefined,
        performanceDate: next.mediationRecord?.performanceDeadline,
      });
      const saved = await m.save(c);
      const data = eventDataFor(action, enriched);
      await appendEvent(m, c.id, principal, { action, fromStatus, toStatus: saved.status, at: now, ...data });
      mails.push(...(await this.mailsFor(m, saved, action, enriched, extras.businessLinkUrl)));
      return { case: saved, ...extras };
    });
    for (const mail of mails) await this.mailer.send(mail);
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
        // The consumer is told by email when the transfer commits (Art 11.3).
        return { ...input, consumerNotified: true };
      case 'forward_to_business': {
        const business = await m.findOneBy(CasePartyEntity, { caseId: c.id, role: 'business' });
        return { ...input, businessId: business?.id };
      }
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
  ): Promise<{ businessLinkUrl?: string }> {
    if (action === 'request_mediation') {
      const org = await m.findOneBy(OrganisationEntity, { id: String(input.organisationId) });
      if (!org || !MEDIATING_KINDS.includes(org.kind)) {
        throw new CaseActionError('rule_violated', [{ field: 'organisationId', rule: 'not_a_mediation_organisation' }]);
      }
      c.mediationOrgId = org.id;
      c.mediatorId = null;
    }
    if (action === 'forward_to_business') {
      const { token } = await issueBusinessLink(m, c.id, this.config.businessLinkTtlDays, now);
      return { businessLinkUrl: this.mailer.businessLink(token) };
    }
    if (action === 'reopen') {
      // The mediation ended with the closure: its mediator and organisation no longer hold the case.
      c.closedAt = null;
      c.mediatorId = null;
      c.mediationOrgId = null;
    }
    return {};
  }

  private async mailsFor(
    m: EntityManager,
    c: CaseEntity,
    action: CaseAction,
    input: Record<string, unknown>,
    businessLinkUrl?: string,
  ): Promise<MailRequest[]> {
    const parties = await m.findBy(CasePartyEntity, { caseId: c.id });
    const consumer = parties.find((p) => p.role === 'consumer');
    const business = parties.find((p) => p.role === 'business');
    const base = { trackingCode: c.trackingCode };
    const toConsumer = (template: MailRequest['template'], extra: Partial<MailRequest['data']> = {}): MailRequest => ({
      to: consumer?.email,
      language: c.language,
      template,
      data: { ...base, ...extra },
    });
    if (action === 'request_info') return [toConsumer('info_requested', { question: String(input.question) })];
    if (action === 'business_respond') return [toConsumer('business_responded')];
    if (action === 'forward_to_business' && businessLinkUrl) {
      return [
        {
          to: business?.email,
          language: 'vi',
          template: 'forwarded_to_business',
          data: { ...base, link: businessLinkUrl, deadlineWorkingDays: 7 },
        },
      ];
    }
    if (isFinalStatus(c.status as CaseStatus)) return [toConsumer('case_closed', { status: c.outcome ?? c.status })];
    return [];
  }
}
