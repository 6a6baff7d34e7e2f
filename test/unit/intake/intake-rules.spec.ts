import { intakePriority, intakeViolations, isNotInFuture, isTaxCode } from '@app/domain/intake';

describe(intakeViolations.name, () => {
  it('the consumer must be reachable: email or phone', () => {
    expect(intakeViolations({}, false)).toEqual([{ field: 'consumer.email', rule: 'emailOrPhone' }]);
    expect(intakeViolations({ email: '  ', phone: null }, false)).toHaveLength(1);
    expect(intakeViolations({ phone: '0912345678' }, false)).toEqual([]);
    expect(intakeViolations({ email: 'lan@example.vn' }, false)).toEqual([]);
  });

  it('Law 19 Art 8 / PDPL 91/2025: vulnerable groups are sensitive data, accepted only with explicit consent', () => {
    const consumer = { email: 'lan@example.vn', vulnerableGroups: ['ethnic_minority'], ethnicLanguage: 'Tày' };
    expect(intakeViolations(consumer, false)).toEqual([
      { field: 'consumer.vulnerableGroups', rule: 'sensitiveDataConsent' },
      { field: 'consumer.ethnicLanguage', rule: 'sensitiveDataConsent' },
    ]);
    expect(intakeViolations(consumer, true)).toEqual([]);
    expect(intakeViolations({ email: 'lan@example.vn', vulnerableGroups: [] }, false)).toEqual([]);
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
