import {
  DEFAULT_RETENTION_POLICY,
  parseRetentionPolicy,
  reopenRefusedAfterErasure,
  RETENTION_BASIS,
  RETENTION_KINDS,
  retentionCutoff,
  whatIsDue,
} from '@app/domain';

const now = new Date('2031-06-01T00:00:00Z');
const closedCase = (closedAt: string, more: Partial<Parameters<typeof whatIsDue>[0]> = {}) => ({
  closed: true,
  closedAt: new Date(closedAt),
  erasureRequestedAt: null,
  personalDataErasedAt: null,
  evidenceFiles: 2,
  ...more,
});

// Law 91/2025/QH15 Art 3 (storage limitation): each kind of personal data is kept only as long as its purpose needs.
describe(whatIsDue.name, () => {
  const sut = (facts: Parameters<typeof whatIsDue>[0]) => whatIsDue(facts, DEFAULT_RETENTION_POLICY, now);

  it('Law 91/2025 Art 3: a case closed more than 5 years ago is anonymised, its evidence deleted', () => {
    expect(sut(closedCase('2026-05-31T23:59:59Z'))).toEqual({ erase: 'retention', deleteEvidence: true });
  });

  it('a case closed less than 5 years ago keeps its personal data; evidence goes after 3 years', () => {
    expect(sut(closedCase('2026-06-01T00:00:01Z'))).toEqual({ erase: null, deleteEvidence: true });
    expect(sut(closedCase('2028-06-01T00:00:01Z'))).toEqual({ erase: null, deleteEvidence: false });
  });

  it('Law 91/2025 Art 4: an accepted erasure request erases a closed case at once', () => {
    const facts = closedCase('2031-05-31T00:00:00Z', { erasureRequestedAt: new Date('2031-05-30T00:00:00Z') });
    expect(sut(facts)).toEqual({ erase: 'request', deleteEvidence: true });
  });

  it('Law 19/2023 Art 55.2: an open case file is in use — nothing is erased, even on request', () => {
    const open = { ...closedCase('2020-01-01T00:00:00Z'), closed: false, erasureRequestedAt: new Date() };
    expect(sut(open)).toEqual({ erase: null, deleteEvidence: false });
  });

  it('never twice: an erased case with no files left has nothing due', () => {
    const erased = closedCase('2020-01-01T00:00:00Z', { personalDataErasedAt: now, evidenceFiles: 0 });
    expect(sut(erased)).toEqual({ erase: null, deleteEvidence: false });
  });
});

describe(parseRetentionPolicy.name, () => {
  it('without overrides, the defaults; each kind names its legal basis (Law 91/2025 Art 3)', () => {
    expect(parseRetentionPolicy(undefined)).toEqual(DEFAULT_RETENTION_POLICY);
    for (const kind of RETENTION_KINDS) expect(RETENTION_BASIS[kind].basis).toMatch(/Law 91\/2025\/QH15 Arts? 3/);
  });

  it('overrides in years or days', () => {
    const policy = parseRetentionPolicy('case_personal_data=10y, notification_contents=30d');
    expect(policy.case_personal_data).toEqual({ amount: 10, unit: 'years' });
    expect(policy.notification_contents).toEqual({ amount: 30, unit: 'days' });
    expect(policy.evidence_files).toEqual(DEFAULT_RETENTION_POLICY.evidence_files);
  });

  it('refuses unknown kinds, units and zero periods', () => {
    expect(() => parseRetentionPolicy('cases=5y')).toThrow(/not one of/);
    expect(() => parseRetentionPolicy('evidence_files=5m')).toThrow(/kind=<number>y/);
    expect(() => parseRetentionPolicy('evidence_files=0y')).toThrow(/at least 1/);
  });
});

describe(retentionCutoff.name, () => {
  it('counts years and days back from now', () => {
    expect(retentionCutoff(DEFAULT_RETENTION_POLICY, 'case_personal_data', now).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    );
    expect(retentionCutoff(DEFAULT_RETENTION_POLICY, 'notification_contents', now).toISOString()).toBe(
      '2031-03-03T00:00:00.000Z',
    );
  });
});

describe(reopenRefusedAfterErasure.name, () => {
  it('an erased case cannot be reopened', () => {
    expect(reopenRefusedAfterErasure(new Date())).toBe(true);
    expect(reopenRefusedAfterErasure(null)).toBe(false);
  });
});
