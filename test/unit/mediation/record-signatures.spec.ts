import {
  currentSignatures,
  performanceAfterRecord,
  RECORD_SIGNATORIES,
  type RecordSignature,
  signatureRefusals,
} from '@app/domain/mediation';

// The record drawn up at 09:00 on Friday 20 November 2026 in Hà Nội.
const RECORD_AT = new Date('2026-11-20T02:00:00Z');
const NOW = new Date('2026-11-25T03:00:00Z');

const mark = (patch: Partial<RecordSignature>): RecordSignature => ({
  kind: 'mediation-success',
  party: 'consumer',
  signedOn: '2026-11-20',
  recordAt: RECORD_AT,
  scanFileId: 'scan-1',
  markedAt: NOW,
  markedById: 'mediator-1',
  ...patch,
});

describe(signatureRefusals.name, () => {
  it('Law 19 Art 65.3: the parties and the mediator sign a successful-mediation record', () => {
    expect(RECORD_SIGNATORIES['mediation-success']).toEqual(['consumer', 'business', 'mediator']);
    for (const party of ['consumer', 'business', 'mediator'] as const) {
      expect(signatureRefusals('mediation-success', party, '2026-11-20', RECORD_AT, NOW)).toEqual([]);
    }
  });

  it('Law 19 Art 60: the parties sign the negotiation record, no mediator', () => {
    expect(signatureRefusals('negotiation', 'business', '2026-11-21', RECORD_AT, NOW)).toEqual([]);
    expect(signatureRefusals('negotiation', 'mediator', '2026-11-21', RECORD_AT, NOW)).toEqual([
      { field: 'party', rule: 'not_a_signatory' },
    ]);
  });

  it('Law 19 Art 65.3: signed on a day not before the record’s (Hà Nội days) and not in the future', () => {
    expect(signatureRefusals('mediation-success', 'consumer', '2026-11-19', RECORD_AT, NOW)).toEqual([
      { field: 'signedOn', rule: 'signed_before_record' },
    ]);
    expect(signatureRefusals('mediation-success', 'consumer', '2026-11-26', RECORD_AT, NOW)).toEqual([
      { field: 'signedOn', rule: 'notInFuture' },
    ]);
    // 01:00 on 21 November in Hà Nội is still 20 November in UTC: today, not the future.
    const earlyMorning = new Date('2026-11-20T18:00:00Z');
    expect(signatureRefusals('mediation-failure', 'mediator', '2026-11-21', RECORD_AT, earlyMorning)).toEqual([]);
  });
});

describe(currentSignatures.name, () => {
  it('Law 19 Art 65.3: one signature per signatory, the last marked, in the record’s order', () => {
    const marks = [
      mark({ party: 'mediator', scanFileId: 'm' }),
      mark({ party: 'consumer', scanFileId: 'c-old' }),
      mark({ party: 'consumer', scanFileId: 'c-new', signedOn: '2026-11-21' }),
    ];
    expect(currentSignatures(marks, 'mediation-success', RECORD_AT).map((s) => [s.party, s.scanFileId])).toEqual([
      ['consumer', 'c-new'],
      ['mediator', 'm'],
    ]);
  });

  it('marks of an earlier record, or of another kind, do not count for this one', () => {
    const marks = [
      mark({ recordAt: new Date('2026-10-01T02:00:00Z') }),
      mark({ kind: 'mediation-failure', party: 'business' }),
    ];
    expect(currentSignatures(marks, 'mediation-success', RECORD_AT)).toEqual([]);
  });
});

describe(performanceAfterRecord.name, () => {
  it('Law 19 Art 65.2: the performance deadline falls on a day after the record (days in Hà Nội)', () => {
    expect(performanceAfterRecord({ time: RECORD_AT, performanceDeadline: new Date('2026-11-21') })).toBe(true);
    expect(performanceAfterRecord({ time: RECORD_AT, performanceDeadline: new Date('2026-11-20') })).toBe(false);
    expect(performanceAfterRecord({ time: RECORD_AT, performanceDeadline: new Date('2026-11-01') })).toBe(false);
    // Recorded at 23:30 on 20 November in Hà Nội (16:30 UTC): the 21st is the next day.
    const late = new Date('2026-11-20T16:30:00Z');
    expect(performanceAfterRecord({ time: late, performanceDeadline: new Date('2026-11-21') })).toBe(true);
  });
});
