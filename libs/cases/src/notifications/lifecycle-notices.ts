import { type CaseAction, type CaseStatus, isFinalStatus } from '@app/domain';
import type { CaseEntity, CasePartyEntity, UserEntity } from '@app/persistence';
import type { NotificationRequest, Recipient } from './notification-request';
import type { TemplateData, TemplateName } from './templates';

/** What a lifecycle change tells, and to whom. */
export interface ChangeFacts {
  c: CaseEntity;
  action: CaseAction;
  input: Record<string, unknown>;
  parties: readonly CasePartyEntity[];
  /** The admins of the mediation organisation, when mediation is requested. */
  mediationAdmins: readonly UserEntity[];
  organisationName?: string;
  businessLinkUrl?: string;
  /** The business's link for the mediation (sessions, records). */
  mediationLinkUrl?: string;
  surveyLink: string;
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
        notice(business, 'mediation_business', { link: f.mediationLinkUrl, organisationName: f.organisationName }),
      );
    }
    for (const admin of f.mediationAdmins) {
      notices.push(
        notice(staffRecipient(admin), 'mediation_requested', { organisationName: f.organisationName }, admin.id),
      );
    }
  }
  if (isFinalStatus(c.status as CaseStatus)) {
    notices.push(notice(consumer, 'case_closed', { status: c.outcome ?? c.status, surveyLink: f.surveyLink }));
  }
  return notices;
}
