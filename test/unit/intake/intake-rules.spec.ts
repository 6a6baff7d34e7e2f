import {
  intakePriority,
  intakeViolations,
  isNotInFuture,
  isSensitiveGroup,
  isTaxCode,
  recordableGroups,
  VULNERABLE_GROUP_TABLE,
  VULNERABLE_GROUPS,
} from '@app/domain/intake';

describe(intakeViolations.name, () => {
  it('the consumer must be reachable: email or phone', () => {
    expect(intakeViolations({}, false)).toEqual([{ field: 'consumer.email', rule: 'emailOrPhone' }]);
    expect(intakeViolations({ email: '  ', phone: null }, false)).toHaveLength(1);
    expect(intakeViolations({ phone: '0912345678' }, false)).toEqual([]);
    expect(intakeViolations({ email: 'lan@example.vn' }, false)).toEqual([]);
  });

  it('Law 19 Art 8 / PDPL 91/2025: groups revealing ethnicity or health are sensitive data, accepted only with explicit consent', () => {
    const consumer = { email: 'lan@example.vn', vulnerableGroups: ['ethnic_minority'], ethnicLanguage: 'Tày' };
    expect(intakeViolations(consumer, false)).toEqual([
      { field: 'consumer.vulnerableGroups', rule: 'sensitiveDataConsent' },
      { field: 'consumer.ethnicLanguage', rule: 'sensitiveDataConsent' },
    ]);
    expect(intakeViolations(consumer, true)).toEqual([]);
    expect(intakeViolations({ email: 'lan@example.vn', vulnerableGroups: [] }, false)).toEqual([]);
    for (const group of ['disability', 'serious_illness', 'pregnant_or_young_child']) {
      expect(intakeViolations({ email: 'lan@example.vn', vulnerableGroups: ['elderly', group] }, false)).toEqual([
        { field: 'consumer.vulnerableGroups', rule: 'sensitiveDataConsent' },
      ]);
    }
  });

  it('Law 19 Art 8 / PDPL 91/2025: elderly, children, remote areas and poor households need no sensitive-data consent', () => {
    const consumer = { phone: '0912345678', vulnerableGroups: ['elderly', 'child', 'remote_area', 'poor_household'] };
    expect(intakeViolations(consumer, false)).toEqual([]);
  });
});

describe('VULNERABLE_GROUP_TABLE', () => {
  it('Law 19 Art 8 / PDPL 91/2025: only ethnicity and health are sensitive, each group flagged once', () => {
    expect(VULNERABLE_GROUP_TABLE.map((g) => g.group)).toEqual(VULNERABLE_GROUPS);
    expect(VULNERABLE_GROUPS.filter(isSensitiveGroup)).toEqual([
      'disability',
      'ethnic_minority',
      'pregnant_or_young_child',
      'serious_illness',
    ]);
    expect(isSensitiveGroup('not_a_group')).toBe(true);
  });
});

describe(recordableGroups.name, () => {
  it('Law 19 Art 8 / PDPL 91/2025: sensitive groups are kept only with consent, the others always', () => {
    expect(recordableGroups(['elderly', 'ethnic_minority', 'poor_household'], false)).toEqual([
      'elderly',
      'poor_household',
    ]);
    expect(recordableGroups(['elderly', 'ethnic_minority'], true)).toEqual(['elderly', 'ethnic_minority']);
  });

  it('Law 19 Art 8.2.đ: an elderly consumer without sensitive-data consent still gets priority', () => {
    expect(intakePriority(recordableGroups(['elderly'], false))).toEqual({ vulnerable: true, priority: 1 });
    expect(intakePriority(recordableGroups(['serious_illness'], false))).toEqual({ vulnerable: false, priority: 0 });
  });
});

describe(intakePriority.name, () => {
  it('Law 19 Art 8.2.đ: a vulnerable consumer’s complaint gets priority 1', () => {
    expect(intakePriority(['elderly'])).toEqual({ vulnerable: true, priority: 1 });
    expect(intakePriority([])).toEqual({ vulnerable: false, priority: 0 });
  });
});

describe(isTaxCode.name, () => {
  it('accepts 10 digits, or 10 digits and a 3-digit branch suffix', () => {
    expect(isTaxCode('4600123456')).toBe(true);
    expect(isTaxCode('4600123456-001')).toBe(true);
  });

  it.each(['460012345', '46001234567', '4600123456-01', '4600123456001', 'MST4600123456', ''])('refuses %p', (v) => {
    expect(isTaxCode(v)).toBe(false);
  });
});

describe(isNotInFuture.name, () => {
  it('today and earlier are fine, tomorrow is not', () => {
    expect(isNotInFuture('2026-05-11', '2026-05-11')).toBe(true);
    expect(isNotInFuture('2025-12-31', '2026-05-11')).toBe(true);
    expect(isNotInFuture('2026-05-12', '2026-05-11')).toBe(false);
  });
});
