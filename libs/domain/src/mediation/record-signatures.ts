import { type IsoDate, toLocalDate } from '../calendar';
import type { FieldViolation } from '../cases/domain-error';
import type { RecordKind } from './records';

/** Who may be marked as having signed a record. */
export const SIGNING_PARTIES = ['consumer', 'business', 'mediator'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];

export function isSigningParty(value: unknown): value is SigningParty {
  return SIGNING_PARTIES.some((party) => party === value);
}

/**
 * Who signs each record. Law 19 Art 65.3: a successful-mediation record is signed or fingerprinted
 * by the parties and signed by the mediator (the organisation seals it if it has a seal); an
 * unsuccessful one (no statutory form) is signed alike. Art 60: the parties sign the negotiation
 * record.
 */
export const RECORD_SIGNATORIES: Readonly<Record<RecordKind, readonly SigningParty[]>> = {
  'mediation-success': ['consumer', 'business', 'mediator'],
  'mediation-failure': ['consumer', 'business', 'mediator'],
  negotiation: ['consumer', 'business'],
};

/** A party's signature on a record, as staff marked it, with the signed scan kept like evidence. */
export interface RecordSignature {
  readonly kind: RecordKind;
  readonly party: SigningParty;
  readonly signedOn: IsoDate;
  /** The date of the record signed: a record drawn up again (after a reopening) is signed again. */
  readonly recordAt: Date;
  readonly scanFileId: string;
  readonly markedAt: Date;
  readonly markedById: string;
}

/**
 * Why `party` cannot be marked as having signed the record of `kind` drawn up at `recordAt`, on
 * `signedOn` (empty: they can): they do not sign it (Arts 60, 65.3), the day is still to come, or
 * it is before the record existed.
 */
export function signatureRefusals(
  kind: RecordKind,
  party: SigningParty,
  signedOn: IsoDate,
  recordAt: Date,
  now: Date,
): FieldViolation[] {
  const refusals: FieldViolation[] = [];
  if (!RECORD_SIGNATORIES[kind].includes(party)) refusals.push({ field: 'party', rule: 'not_a_signatory' });
  if (signedOn > toLocalDate(now)) refusals.push({ field: 'signedOn', rule: 'notInFuture' });
  else if (signedOn < toLocalDate(recordAt)) refusals.push({ field: 'signedOn', rule: 'signed_before_record' });
  return refusals;
}

/**
 * The signatures that stand for the record of `kind` drawn up at `recordAt`: one per signatory, the
 * last marked, in the order the record lists its signatories. Marks for an earlier record of the
 * same kind do not count.
 */
export function currentSignatures(
  marked: readonly RecordSignature[],
  kind: RecordKind,
  recordAt: Date,
): RecordSignature[] {
  return RECORD_SIGNATORIES[kind].flatMap((party) => {
    const mine = marked.filter(
      (s) => s.kind === kind && s.party === party && s.recordAt.getTime() === recordAt.getTime(),
    );
    return mine.length > 0 ? [mine[mine.length - 1]] : [];
  });
}
