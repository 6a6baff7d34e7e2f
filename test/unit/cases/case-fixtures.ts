import {
  type Actor,
  type CaseAction,
  type CaseErrorCode,
  type CaseState,
  type CaseStatus,
  type Decision,
  type DecisionOk,
  decide,
  initialCaseState,
} from '@app/domain/cases';

export const T0 = new Date('2026-03-02T02:00:00Z'); // 09:00 in Hà Nội
export const daysAfter = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

export const CONSUMER: Actor = { kind: 'consumer' };
export const BUSINESS: Actor = { kind: 'business' };
export const SYSTEM: Actor = { kind: 'system' };
export const OFFICER: Actor = { kind: 'staff', role: 'officer' };
export const SUPERVISOR: Actor = { kind: 'staff', role: 'officer', supervisor: true };
export const MEDIATOR: Actor = { kind: 'staff', role: 'mediator' };
export const MEDIATION_ADMIN: Actor = { kind: 'staff', role: 'mediation_admin' };
export const ASSOCIATION: Actor = { kind: 'staff', role: 'association' };
export const ANALYST: Actor = { kind: 'staff', role: 'analyst' };
export const ADMIN: Actor = { kind: 'staff', role: 'admin' };
export const ALL_ACTORS: readonly Actor[] = [
  CONSUMER,
  BUSINESS,
  SYSTEM,
  OFFICER,
  SUPERVISOR,
  MEDIATOR,
  MEDIATION_ADMIN,
  ASSOCIATION,
  ANALYST,
  ADMIN,
];

export const ART_65_2_RECORD = {
  mediator: 'Nguyễn Văn A',
  organisation: 'Hội BVQLNTD Thái Nguyên',
  parties: ['Trần Thị B', 'Công ty TNHH C'],
  time: '2026-03-20T02:00:00Z',
  place: 'Phường Phan Đình Phùng',
  subject: 'Refund for a faulty refrigerator',
  consumerViews: 'Wants a full refund',
  businessViews: 'Offers repair or partial refund',
  result: 'Business refunds 5,000,000 VND',
  implementation: 'Bank transfer to the consumer',
  performanceDeadline: '2026-03-31',
  otherTerms: '',
};

/** A valid input for every action (several for actions with variants). */
export const VALID_INPUTS: Readonly<Record<CaseAction, readonly unknown[]>> = {
  accept: [{ handlingUnitId: 'sct-tn', advisorId: 'u-1' }],
  request_info: [{ question: 'Please upload the invoice' }],
  provide_info: [{ answer: 'Invoice attached' }],
  refuse: [
    { ground: 'c', note: 'Business cannot be identified' },
    { ground: 'e', outcomeCode: 'duplicate' },
  ],
  // `authorityKind` is what the server looks up in the organisations table for `authorityId`.
  transfer: [{ authorityId: 'so-y-te', authorityKind: 'competent_authority', consumerNotified: true }],
  bar: [{ barReason: 'many_unknown_consumers', note: 'Same scheme, many buyers' }],
  resolve_by_advice: [{ adviceSummary: 'Explained the warranty rights' }],
  forward_to_business: [{ businessId: 'biz-1', basis: 'business_silent' }],
  business_respond: [
    { type: 'propose_remedy', description: 'Refund', amountVnd: 5_000_000 },
    { type: 'propose_remedy', description: 'Replace the item' },
    { type: 'refuse_with_reasons', reasons: 'Warranty expired' },
    { type: 'ask_question', question: 'Order number?' },
  ],
  accept_proposal: [{}],
  reject_proposal: [{ reason: 'Too little' }],
  settle: [{ outcomeCode: 'monetary_relief', amountRecoveredVnd: 2_000_000 }, { outcomeCode: 'explained' }],
  record_negotiation_request: [
    { requestedBy: 'business', confidential: true, paused: true, reason: 'Trade secrets; the manager is away' },
    { requestedBy: 'consumer', confidential: true, reason: 'Health data in the documents' },
  ],
  lift_negotiation_request: [{ paused: true, reason: 'The manager is back' }, { confidential: true }],
  request_mediation: [{ organisationId: 'hoi-bvqlntd', consumerConsent: true }],
  accept_mediation: [{ documentIds: ['consent-scan-1'] }],
  decline_mediation: [{ reason: 'We prefer court' }, {}],
  expire_mediation_request: [{}],
  record_mediation_result: [
    { result: 'success', record: ART_65_2_RECORD, amountRecoveredVnd: 5_000_000 },
    { result: 'failure', reason: 'Business did not attend', nextStep: 'court' },
  ],
  withdraw: [{ reason: 'Settled privately' }],
  reopen: [{ reason: 'Business did not pay as agreed' }],
};

export const valid = (action: CaseAction): unknown => VALID_INPUTS[action][0];

export function stateIn(status: CaseStatus, extra: Partial<CaseState> = {}): CaseState {
  return initialCaseState({ status, ...extra });
}

/** In mediation, requested by the consumer at T0; the business's consent given at T0 unless pending (Art 61). */
export function inMediation(consent: 'given' | 'pending' = 'given', extra: Partial<CaseState> = {}): CaseState {
  const businessConsentAt = consent === 'given' ? T0 : null;
  const mediation = { organisationId: 'hoi-bvqlntd', requestedAt: T0, consumerConsentAt: T0, businessConsentAt };
  return stateIn('mediation', { mediation, ...extra });
}

export function expectOk(decision: Decision): DecisionOk {
  if (!decision.ok) throw new Error(`expected ok, got ${decision.error.code}: ${decision.error.message}`);
  return decision;
}

export function expectError(decision: Decision, code: CaseErrorCode, field?: string, rule?: string): void {
  if (decision.ok) throw new Error(`expected ${code}, but the decision moved to ${decision.to}`);
  expect(decision.error.code).toBe(code);
  if (field !== undefined) {
    expect(decision.error.details).toContainEqual(
      rule === undefined ? expect.objectContaining({ field }) : { field, rule },
    );
  }
}

/** decide() with a valid input, at T0 unless told otherwise. */
export function act(
  state: CaseState,
  action: CaseAction,
  actor: Actor,
  input: unknown = valid(action),
  now = T0,
): Decision {
  return decide(state, action, input, actor, now);
}
