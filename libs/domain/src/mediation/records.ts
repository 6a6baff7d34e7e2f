import { toLocalDate } from '../calendar/vn-time';
import { MEDIATION_NEXT_STEPS, type MediationNextStep, type MediationRecord } from '../cases/case-state';

/** The statutory records a case can produce as a document. */
export const RECORD_KINDS = ['mediation-success', 'mediation-failure', 'negotiation'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: unknown): value is RecordKind {
  return RECORD_KINDS.some((kind) => kind === value);
}

/** Mediation records are confidential to the mediator, their organisation and the parties (Art 62.2). */
export function isConfidentialRecord(kind: RecordKind): boolean {
  return kind !== 'negotiation';
}

/** How a negotiation ended (Art 60 "result"). */
export const NEGOTIATION_RESULTS = ['accepted', 'rejected', 'settled'] as const;
export type NegotiationResult = (typeof NEGOTIATION_RESULTS)[number];

/** Unsuccessful mediation has no statutory form: parties, date, reason, next step (domain.md §2.4). */
export interface FailureRecord {
  readonly parties: readonly string[];
  readonly date: Date;
  readonly reason: string;
  readonly nextStep: MediationNextStep;
}

/** Art 60: the parties, time and place, content (the complaint and the proposal), result. */
export interface NegotiationRecord {
  readonly parties: readonly string[];
  readonly time: Date;
  readonly place: string;
  readonly content: { readonly complaint: string; readonly proposal: string };
  readonly result: NegotiationResult;
}

/** A record as stored: any field may be missing or malformed. Dates as `Date` (see toCaseState). */
export type StoredRecord<T> = { readonly [K in keyof T]?: unknown };

type Check = (value: unknown) => boolean;

const text: Check = (v) => typeof v === 'string' && v.trim() !== '';
const present: Check = (v) => typeof v === 'string';
const date: Check = (v) => v instanceof Date && !Number.isNaN(v.getTime());
const bothParties: Check = (v) => Array.isArray(v) && v.filter(text).length >= 2;
const oneOf =
  (allowed: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v);

/** The field paths (dotted) whose value fails its check, in the order of the table. */
function problems(checks: Readonly<Record<string, Check>>, data: unknown): string[] {
  const at = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as never)[key] : undefined), data);
  return Object.entries(checks)
    .filter(([path, check]) => !check(at(path)))
    .map(([path]) => path);
}

// Art 65.2, in its order: mediator and organisation; parties; time and place; subject; each party's
// views; the result and how it is carried out; the deadline for performing it; other terms (may be
// empty, but must have been recorded).
const ART_65_2: Readonly<Record<keyof MediationRecord, Check>> = {
  mediator: text,
  organisation: text,
  parties: bothParties,
  time: date,
  place: text,
  subject: text,
  consumerViews: text,
  businessViews: text,
  result: text,
  implementation: text,
  performanceDeadline: date,
  otherTerms: present,
};

const FAILURE: Readonly<Record<keyof FailureRecord, Check>> = {
  parties: bothParties,
  date,
  reason: text,
  nextStep: oneOf(MEDIATION_NEXT_STEPS),
};

const ART_60: Readonly<Record<string, Check>> = {
  parties: bothParties,
  time: date,
  place: text,
  'content.complaint': text,
  'content.proposal': text,
  result: oneOf(NEGOTIATION_RESULTS),
};

/** Law 19 Art 65.2: what a successful-mediation record still lacks (empty when complete). */
export function successRecordProblems(data: StoredRecord<MediationRecord> | null | undefined): string[] {
  return problems(ART_65_2, data ?? {});
}

/** Unsuccessful mediation: what the record still lacks of parties, date, reason and next step. */
export function failureRecordProblems(data: StoredRecord<FailureRecord> | null | undefined): string[] {
  return problems(FAILURE, data ?? {});
}

/** Law 19 Art 60: what a negotiation record still lacks (empty when complete). */
export function negotiationRecordProblems(data: StoredRecord<NegotiationRecord> | null | undefined): string[] {
  return problems(ART_60, data ?? {});
}

/**
 * Law 19 Art 65.2: the deadline for performing the agreement falls after the day the record was
 * drawn up (both read as days in Asia/Ho_Chi_Minh).
 */
export function performanceAfterRecord(record: Pick<MediationRecord, 'time' | 'performanceDeadline'>): boolean {
  return toLocalDate(record.performanceDeadline) > toLocalDate(record.time);
}
