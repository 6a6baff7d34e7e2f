import {
  type ComplaintIdentity,
  type IntakeWarning,
  intakePriority,
  normalizePhone,
  recordableGroups,
  type VulnerableGroup,
} from '@app/domain';
import { type CaseEntity, type CasePartyEntity, groupColumns } from '@app/persistence';
import type { ComplaintIntakeDto } from '../dto/complaint-intake.dto';
import type { IntakeSource } from './intake-source';

type NewCase = Omit<
  CaseEntity,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'sector' | 'commune' | 'handlingOrg' | 'assignee'
>;
type NewParty = Omit<CasePartyEntity, 'id' | 'case'>;

export interface IntakeFacts {
  now: Date;
  trackingCode: string;
  accessKeyHash: string;
  /** The Idempotency-Key's scoped digest and the request body's digest (idempotency.ts); null without a key. */
  idempotency: { digest: string; body: string } | null;
  handlingOrgId: string;
  possibleDuplicateOf: string | null;
  source: IntakeSource;
  /** Kept on the case for staff and the consumer (Civil Code Arts 429, 588; Law 19 Art 70.2). */
  warnings: IntakeWarning[];
}

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
const phoneOf = (phone: string | undefined): string | null => (phone ? normalizePhone(phone) : null);

/** Who complains about whom, as the duplicate rule compares complaints. */
export function identityOf(body: ComplaintIntakeDto, now: Date): ComplaintIdentity {
  return {
    submittedAt: now,
    consumer: { email: orNull(body.consumer.email), phone: phoneOf(body.consumer.phone) },
    business: { name: body.business.name, taxCode: orNull(body.business.taxCode) },
  };
}

/** The Art 8 groups kept for the consumer: sensitive ones only with consent (the intake rules refuse them otherwise). */
function groupsOf({ consumer, consents }: ComplaintIntakeDto): VulnerableGroup[] {
  return recordableGroups(consumer.vulnerableGroups ?? [], consents.sensitiveData === true);
}

export function caseRow(body: ComplaintIntakeDto, facts: IntakeFacts): NewCase {
  const { purchase, consents, businessContacted: contact } = body;
  const groups = groupsOf(body);
  return {
    trackingCode: facts.trackingCode,
    idempotencyKey: facts.idempotency?.digest ?? null,
    idempotencyBodyHash: facts.idempotency?.body ?? null,
    status: 'submitted',
    resumeStatus: null,
    channel: facts.source.channel,
    sectorCode: purchase.sectorCode,
    communeCode: body.consumer.communeCode,
    handlingOrgId: facts.handlingOrgId,
    assigneeId: null,
    barred: facts.source.barReason !== undefined,
    // The rest of the domain's CaseState (case-state.mapper.ts).
    lifecycle: { warnings: facts.warnings, ...(facts.source.barReason && { barReason: facts.source.barReason }) },
    accessKeyHash: facts.accessKeyHash,
    mediationOrgId: null,
    mediatorId: null,
    possibleDuplicateOf: facts.possibleDuplicateOf,
    dataConsentAt: facts.now,
    dataConsentVersion: consents.textVersion,
    publicationConsent: consents.publication === true,
    businessContactedAt: contact?.contacted ? orNull(contact.date) : null,
    businessContactAnswer: contact?.contacted ? orNull(contact.answer) : null,
    rating: null,
    ratingComment: null,
    createdById: facts.source.staff?.userId ?? null,
    overdueSince: null,
    attentionReason: null,
    attentionSince: null,
    erasureRequestedAt: null,
    personalDataErasedAt: null,
    ...intakePriority(groups),
    product: purchase.product,
    purchaseDate: orNull(purchase.purchaseDate),
    purchaseChannel: purchase.channel,
    amountVnd: orNull(purchase.amountVnd),
    description: body.description,
    desiredResolutions: body.desiredResolutions,
    outcome: null,
    amountRecoveredVnd: null,
    language: body.consumer.language ?? 'vi',
    submittedAt: facts.source.receivedAt ?? facts.now,
    consultationAt: null,
    negotiationAt: null,
    mediationAt: null,
    closedAt: null,
    nextDueAt: null,
  };
}

const NO_PARTY_DETAILS = {
  email: null,
  phone: null,
  address: null,
  taxCode: null,
  website: null,
  communeCode: null,
  language: null,
  vulnerableGroups: null,
  sensitiveGroups: null,
  hasSensitiveGroup: false,
  ethnicLanguage: null,
  sensitiveConsentAt: null,
  contactShared: false,
  shopId: null,
  orderId: null,
} as const;

/** The consumer, the business and, for a purchase on a platform, the platform as co-respondent. */
export function partyRows(caseId: string, body: ComplaintIntakeDto, now: Date): NewParty[] {
  const { consumer, business, consents } = body;
  // Sensitive personal data is kept only with explicit consent (the intake rules refuse it otherwise).
  const sensitive = consents.sensitiveData === true;
  const groups = groupsOf(body);
  const rows: NewParty[] = [
    {
      ...NO_PARTY_DETAILS,
      caseId,
      role: 'consumer',
      name: consumer.fullName,
      email: orNull(consumer.email),
      phone: phoneOf(consumer.phone),
      address: orNull(consumer.address),
      communeCode: consumer.communeCode,
      language: consumer.language ?? 'vi',
      // Sensitive groups encrypted, the others plain (party-groups.ts).
      ...groupColumns(groups),
      ethnicLanguage: sensitive ? orNull(consumer.ethnicLanguage) : null,
      sensitiveConsentAt: sensitive ? now : null,
      contactShared: consents.shareContactWithBusiness === true,
    },
    {
      ...NO_PARTY_DETAILS,
      caseId,
      role: 'business',
      name: business.name,
      email: orNull(business.email),
      phone: phoneOf(business.phone),
      address: orNull(business.address),
      taxCode: orNull(business.taxCode),
      website: orNull(business.website),
      shopId: orNull(business.shopId),
      orderId: orNull(business.orderId),
    },
  ];
  if (business.platformName) rows.push({ ...NO_PARTY_DETAILS, caseId, role: 'platform', name: business.platformName });
  return rows;
}
