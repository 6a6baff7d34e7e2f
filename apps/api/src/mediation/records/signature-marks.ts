import {
  isIsoDate,
  isRecordKind,
  isSigningParty,
  type RecordKind,
  type RecordSignature,
  type SigningParty,
} from '@app/domain';
import type { CaseEntity } from '@app/persistence';
import type { RecordDocument } from './record-pdf';

// The marks live in the case's lifecycle JSON. Mediation records' marks are confidential like the
// records themselves (Art 62.2: the case view hides the key outside the mediation circle).
export const MEDIATION_SIGNATURES_KEY = 'mediationRecordSignatures';
const KEY: Readonly<Record<RecordKind, string>> = {
  'mediation-success': MEDIATION_SIGNATURES_KEY,
  'mediation-failure': MEDIATION_SIGNATURES_KEY,
  negotiation: 'negotiationRecordSignatures',
};

const instant = (value: unknown): Date | null => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

function parse(entry: unknown): RecordSignature | null {
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as Record<string, unknown>;
  const recordAt = instant(e.recordAt);
  const markedAt = instant(e.markedAt);
  if (!isRecordKind(e.kind) || !isSigningParty(e.party) || !isIsoDate(e.signedOn)) return null;
  if (!recordAt || !markedAt || typeof e.scanFileId !== 'string' || typeof e.markedById !== 'string') return null;
  return {
    kind: e.kind,
    party: e.party,
    signedOn: e.signedOn,
    recordAt,
    scanFileId: e.scanFileId,
    markedAt,
    markedById: e.markedById,
  };
}

/** Every signature marked on records of this kind's family, oldest first (`currentSignatures` picks those that stand). */
export function markedSignatures(c: Pick<CaseEntity, 'lifecycle'>, kind: RecordKind): RecordSignature[] {
  const raw = (c.lifecycle ?? {})[KEY[kind]];
  return Array.isArray(raw) ? raw.flatMap((entry) => parse(entry) ?? []) : [];
}

/** The case's lifecycle JSON with one more signature marked. */
export function withSignature(c: Pick<CaseEntity, 'lifecycle'>, signature: RecordSignature): Record<string, unknown> {
  const key = KEY[signature.kind];
  const earlier = Array.isArray(c.lifecycle?.[key]) ? (c.lifecycle[key] as unknown[]) : [];
  return JSON.parse(JSON.stringify({ ...c.lifecycle, [key]: [...earlier, signature] })) as Record<string, unknown>;
}

/** The record as printed, each signatory's block saying whether and when they signed (Arts 60, 65.3). */
export function signedDocument(document: RecordDocument, signatures: readonly RecordSignature[]): RecordDocument {
  const on = new Map<SigningParty, string>(signatures.map((s) => [s.party, s.signedOn]));
  return {
    ...document,
    signatures: document.signatures.map((block) => {
      const signedOn = block.party && on.get(block.party);
      // "2026-11-20" → "20/11/2026", as every date of the record is printed.
      return signedOn ? { ...block, signed: `Đã ký ngày ${signedOn.split('-').reverse().join('/')}` } : block;
    }),
  };
}
