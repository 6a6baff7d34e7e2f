import { reopenWindow, withdrawal } from './closure-rules';
import { acceptance, advice, infoProvided, infoRequest, refusal, transfer } from './intake-rules';
import { mediationRequest, mediationResult } from './mediation-rules';
import { acceptProposal, businessResponse, forwarding, rejectProposal, settlement } from './negotiation-rules';
import type { CaseRule } from './rule-types';

/** Registry of the pure rules the transition table names by key. */
export const CASE_RULES = {
  acceptance,
  infoRequest,
  infoProvided,
  refusal,
  transfer,
  advice,
  forwarding,
  businessResponse,
  acceptProposal,
  rejectProposal,
  settlement,
  mediationRequest,
  mediationResult,
  withdrawal,
  reopenWindow,
} as const satisfies Readonly<Record<string, CaseRule>>;

export type RuleName = keyof typeof CASE_RULES;
