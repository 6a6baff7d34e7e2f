import type { FieldViolation } from './domain-error';
import { readInput } from './input';

/**
 * How a negotiation ended, as the business reports it (Law 19 Art 57.5): an agreement, none, or
 * the consumer taking the dispute to mediation.
 */
export const REPORTED_RESULTS = ['agreement', 'no_agreement', 'mediation'] as const;
export type ReportedResult = (typeof REPORTED_RESULTS)[number];

/** The business's report of the negotiation's result to the body that forwarded the request. */
export interface NegotiationResultReport {
  readonly result: ReportedResult;
  readonly summary: string;
  /** Money agreed for the consumer, in whole VND; only with an agreement. */
  readonly amountVnd?: number;
  readonly reportedAt: Date;
}

export type ResultReportDecision =
  | { readonly ok: true; readonly report: NegotiationResultReport }
  | { readonly ok: false; readonly details: readonly FieldViolation[] };

/**
 * Art 57.5: the business reports the result within 5 working days after negotiation ends, whatever
 * it was. The report names the result and sums it up; money is agreed only in an agreement.
 */
export function readResultReport(input: unknown, now: Date): ResultReportDecision {
  const r = readInput(input);
  const result = r.oneOf('result', REPORTED_RESULTS, 'art_57_5_result_required');
  const summary = r.text('summary', 'art_57_5_summary_required');
  const amountVnd = r.amountVnd('amountVnd');
  if (amountVnd !== undefined && amountVnd > 0 && result !== 'agreement') {
    r.fail('amountVnd', 'amount_only_with_agreement');
  }
  if (r.violations.length > 0) return { ok: false, details: r.violations };
  return {
    ok: true,
    report: { result, summary, ...(amountVnd !== undefined ? { amountVnd } : {}), reportedAt: now },
  };
}
