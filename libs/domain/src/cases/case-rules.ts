import { barring } from './art-54-2-bar';
import { reopenWindow, withdrawal } from './closure-rules';
import { acceptance, advice, infoProvided, infoRequest, refusal, transfer } from './intake-rules';
import {
  mediationConsent,
  mediationConsentLapsed,
  mediationDeclined,
  mediationInfoRequest,
  mediationRequest,
  mediationResult,
} from './mediation-rules';
import { acceptProposal, businessResponse, forwarding, rejectProposal, settlement } from './negotiation-rules';
import { negotiationRequest, negotiationRequestLifted } from './negotiation-request-rules';
import type { CaseRule } from './rule-types';

/** Registry of the pure rules the transition table names by key. */
export const CASE_RULES = {
  acceptance,
  infoRequest,
  infoProvided,
  refusal,
  transfer,
  barring,
  advice,
  forwarding,
  businessResponse,
  acceptProposal,
  rejectProposal,
  settlement,
  negotiationRequest,
  negotiationRequestLifted,
  mediationRequest,
  mediationInfoRequest,
  mediationConsent,
  mediationDeclined,
  mediationConsentLapsed,
  mediationResult,
  withdrawal,
  reopenWindow,
} as const satisfies Readonly<Record<string, CaseRule>>;

export type RuleName = keyof typeof CASE_RULES;
