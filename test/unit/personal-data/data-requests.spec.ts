import { dataRequestDecisionRefusal, isOpenDataRequest, marksCaseForErasure, nextDataRequestDue } from '@app/domain';

// Law 91/2025/QH15 Art 4: the data subject's requests; Decree 356/2025: answered, then completed.
describe(dataRequestDecisionRefusal.name, () => {
  it('Law 91/2025 Art 4: a received request may be answered, completed or refused (with a reason)', () => {
    expect(dataRequestDecisionRefusal('received', 'answered', undefined)).toBeNull();
    expect(dataRequestDecisionRefusal('received', 'completed', undefined)).toBeNull();
    expect(dataRequestDecisionRefusal('received', 'refused', 'Hồ sơ đang được giải quyết')).toBeNull();
  });

  it('a refusal needs its reason: the data subject is told why', () => {
    expect(dataRequestDecisionRefusal('received', 'refused', undefined)).toBe('reason_required');
    expect(dataRequestDecisionRefusal('answered', 'refused', '   ')).toBe('reason_required');
  });

  it('an answered request is then completed or refused, never answered again', () => {
    expect(dataRequestDecisionRefusal('answered', 'completed', undefined)).toBeNull();
    expect(dataRequestDecisionRefusal('answered', 'answered', undefined)).toBe('request_closed');
  });

  it('a completed or refused request is closed', () => {
    for (const status of ['completed', 'refused'] as const) {
      expect(isOpenDataRequest(status)).toBe(false);
      expect(dataRequestDecisionRefusal(status, 'completed', 'x')).toBe('request_closed');
    }
  });
});

describe(nextDataRequestDue.name, () => {
  const completeDueAt = new Date('2026-12-15T17:00:00Z');
  it('Decree 356/2025: after the first answer the completion clock runs; once closed, none', () => {
    expect(nextDataRequestDue('answered', { completeDueAt })).toBe(completeDueAt);
    expect(nextDataRequestDue('completed', { completeDueAt })).toBeNull();
    expect(nextDataRequestDue('refused', { completeDueAt })).toBeNull();
  });
});

describe(marksCaseForErasure.name, () => {
  it('Law 91/2025 Art 4: only an accepted erasure request marks the case for erasure', () => {
    expect(marksCaseForErasure('erasure', 'completed')).toBe(true);
    expect(marksCaseForErasure('erasure', 'answered')).toBe(false);
    expect(marksCaseForErasure('erasure', 'refused')).toBe(false);
    expect(marksCaseForErasure('objection', 'completed')).toBe(false);
  });
});
