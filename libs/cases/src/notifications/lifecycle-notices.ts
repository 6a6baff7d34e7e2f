import { type CaseAction, type CaseStatus, type FinalStatus, isFinalStatus } from '@app/domain';
import type { CaseEntity, CasePartyEntity, UserEntity } from '@app/persistence';
import type { NotificationRequest, Recipient } from './notification-request';
import type { ReceptionFacts } from './reception-facts';
import type { TemplateData, TemplateName } from './templates';

// A transfer names the receiving authority (Art 11.3), a refusal its Art 58 ground; other closures
// say only the outcome.
const CLOSING_TEMPLATE: Readonly<Partial<Record<FinalStatus, TemplateName>>> = {
  transferred: 'case_transferred',
  refused: 'case_refused',
};

// No consent to mediation (Art 61): the closure says why and what remains (court, arbitration).
const CONSENT_FAILURE: Readonly<Partial<Record<CaseAction, 'declined' | 'lapsed'>>> = {
  decline_mediation: 'declined',
  expire_mediation_request: 'lapsed',
};

/** What a lifecycle change tells, and to whom. */
export interface ChangeFacts {
  c: CaseEntity;
  action: CaseAction;
  input: Record<string, unknown>;
  parties: readonly CasePartyEntity[];
  /** The admins of the mediation organisation, when mediation is requested or answered. */
  mediationAdmins: readonly UserEntity[];
  /** The mediator already appointed, when the business answers the mediation request. */
  mediator?: UserEntity | null;
  organisationName?: string;
  businessLinkUrl?: string;
  /** The business's link for the mediation (sessions, records). */
  mediationLinkUrl?: string;
  surveyLink: string;
  /** accept, transfer: the units, the next clock, the case summary for the authority. */
  reception?: ReceptionFacts;
  /** The business's deadline to consent to the mediation (Art 61, policy). */
  consentDueAt?: Date;
  /** The negotiation ended and the business reports its result through its negotiation link (Art 57.5). */
  resultReportDue?: boolean;
}

export const staffRecipient = (user: Pick<UserEntity, 'id' | 'email' | 'language'>): Recipient => ({
  kind: 'staff',
  email: user.email,
  language: user.language,
  userId: user.id,
});

/**
 * The emails of one lifecycle change (the list: information requested, forwarded to the
 * business, its response, proposal accepted or rejected, mediation requested, result, closure with
 * a satisfaction survey). The message key holds the case version, so each change mails once.
 */
export function lifecycleNotices(f: ChangeFacts): NotificationRequest[] {
  const { c, action, input } = f;
  const consumerParty = f.parties.find((p) => p.role === 'consumer');
  const businessParty = f.parties.find((p) => p.role === 'business');
  const consumer: Recipient = { kind: 'consumer', email: consumerParty?.email, language: c.language };
  const business: Recipient = { kind: 'business', email: businessParty?.email, language: 'vi' };
  const base = { trackingCode: c.trackingCode };
  const notice = (
    to: Recipient,
    template: TemplateName,
    extra: Partial<TemplateData> = {},
    who: string = to.kind,
  ): NotificationRequest => ({
    messageKey: `case:${c.id}:v${c.version}:${template}:${who}`,
    caseId: c.id,
    to,
    template,
    data: { ...base, ...extra },
  });
  const notices: NotificationRequest[] = [];
  const reception = f.reception ?? {};
  const authority = reception.authority;
  // Citizen Reception Law Art 28: the consumer hears that the case was accepted, by whom, and what comes next.
  if (action === 'accept') {
    notices.push(
      notice(consumer, 'case_accepted', {
        handlingUnitName: reception.handlingUnitName,
        dueAt: reception.forwardingDueAt,
      }),
    );
  }
  // Art 11.3: the receiving organisation gets the case, when its address is known.
  if (action === 'transfer' && authority?.email) {
    const to: Recipient = { kind: 'authority', email: authority.email, language: 'vi' };
    notices.push(
      notice(to, 'transfer_to_authority', {
        authorityName: authority.name,
        handlingUnitName: reception.handlingUnitName,
        reason: typeof input.reason === 'string' ? input.reason : undefined,
        caseSummary: reception.summary,
      }),
    );
  }
  if (action === 'request_info') notices.push(notice(consumer, 'info_requested', { question: String(input.question) }));
  if (action === 'business_respond') notices.push(notice(consumer, 'business_responded'));
  if (action === 'forward_to_business' && f.businessLinkUrl) {
    notices.push(notice(business, 'forwarded_to_business', { link: f.businessLinkUrl, deadlineWorkingDays: 7 }));
  }
  if (action === 'accept_proposal') notices.push(notice(business, 'proposal_accepted'));
  if (action === 'reject_proposal') notices.push(notice(business, 'proposal_rejected'));
  if (action === 'request_mediation') {
    if (f.mediationLinkUrl) {
      notices.push(
        notice(business, 'mediation_business', {
          link: f.mediationLinkUrl,
          organisationName: f.organisationName,
          dueAt: f.consentDueAt,
          resultReportDue: f.resultReportDue,
        }),
      );
    }
    for (const admin of f.mediationAdmins) {
      notices.push(
        notice(staffRecipient(admin), 'mediation_requested', { organisationName: f.organisationName }, admin.id),
      );
    }
  }
  if (action === 'accept_mediation') {
    notices.push(notice(consumer, 'mediation_agreed', { organisationName: f.organisationName }));
  }
  const consentFailure = CONSENT_FAILURE[action];
  // Art 61: the mediation organisation, and its mediator once appointed, hear the business's answer.
  if (action === 'accept_mediation' || consentFailure) {
    for (const staff of [...f.mediationAdmins, ...(f.mediator ? [f.mediator] : [])]) {
      notices.push(
        notice(
          staffRecipient(staff),
          'mediation_consent_answered',
          { organisationName: f.organisationName, consentFailure },
          staff.id,
        ),
      );
    }
  }
  if (consentFailure) {
    notices.push(
      notice(consumer, 'mediation_not_agreed', {
        consentFailure,
        organisationName: f.organisationName,
        dueAt: f.consentDueAt,
        amountVnd: c.amountVnd,
        surveyLink: f.surveyLink,
      }),
    );
  } else if (isFinalStatus(c.status as CaseStatus)) {
    notices.push(
      notice(consumer, CLOSING_TEMPLATE[c.status as FinalStatus] ?? 'case_closed', {
        status: c.outcome ?? c.status,
        surveyLink: f.surveyLink,
        ...(c.status === 'transferred' && {
          authorityName: authority?.name,
          authorityKind: authority?.kind,
          reason: typeof input.reason === 'string' ? input.reason : undefined,
        }),
        ...(c.status === 'refused' && { refusalGround: String(input.ground) }),
      }),
    );
  }
  return notices;
}
