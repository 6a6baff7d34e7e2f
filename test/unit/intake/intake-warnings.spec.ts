import {
  consumerWarnings,
  intakeWarnings,
  isBeyondLimitationPeriod,
  isSummaryProcedureEligible,
  STAFF_ONLY_WARNINGS,
  SUMMARY_PROCEDURE_LIMIT_VND,
} from '@app/domain/intake';

describe(intakeWarnings.name, () => {
  const today = '2026-05-11';

  describe(isBeyondLimitationPeriod.name, () => {
    it('Civil Code Arts 429, 588: a purchase more than 3 years ago may be time-barred', () => {
      expect(isBeyondLimitationPeriod('2023-05-10', today)).toBe(true);
      expect(isBeyondLimitationPeriod('2020-01-01', today)).toBe(true);
    });

    it('Civil Code Arts 429, 588 with Art 147: exactly 3 years ago is still within the period', () => {
      expect(isBeyondLimitationPeriod('2023-05-11', today)).toBe(false);
      expect(isBeyondLimitationPeriod('2026-05-11', today)).toBe(false);
    });

    it('Civil Code Arts 429, 588: on 29 February the period is measured from 28 February three years before', () => {
      expect(isBeyondLimitationPeriod('2025-02-27', '2028-02-29')).toBe(true);
      expect(isBeyondLimitationPeriod('2025-02-28', '2028-02-29')).toBe(false);
    });
  });

  describe(isSummaryProcedureEligible.name, () => {
    it('Law 19 Art 70.2: transactions under 100,000,000 VND qualify for the summary procedure', () => {
      expect(isSummaryProcedureEligible(0)).toBe(true);
      expect(isSummaryProcedureEligible(SUMMARY_PROCEDURE_LIMIT_VND - 1)).toBe(true);
    });

    it('Law 19 Art 70.2: 100,000,000 VND and more do not', () => {
      expect(isSummaryProcedureEligible(SUMMARY_PROCEDURE_LIMIT_VND)).toBe(false);
      expect(isSummaryProcedureEligible(2_500_000_000)).toBe(false);
    });
  });

  it('Civil Code Arts 429, 588 and Law 19 Art 70.2: lists every warning that applies, in a fixed order', () => {
    const facts = { purchaseDate: '2022-01-15', amountVnd: 350_000, possibleDuplicate: true };
    expect(intakeWarnings(facts, today)).toEqual([
      'limitation_period',
      'summary_procedure_eligible',
      'possible_duplicate',
    ]);
  });

  it('warns about nothing it does not know (no date, no amount)', () => {
    expect(intakeWarnings({ purchaseDate: null, amountVnd: null, possibleDuplicate: false }, today)).toEqual([]);
    expect(intakeWarnings({ purchaseDate: today, amountVnd: 150_000_000, possibleDuplicate: false }, today)).toEqual(
      [],
    );
  });
});

describe(consumerWarnings.name, () => {
  it('Civil Code Arts 429, 588 and Law 19 Art 70.2 warnings are shown to the consumer; a possible duplicate only to staff', () => {
    expect(consumerWarnings(['limitation_period', 'summary_procedure_eligible', 'possible_duplicate'])).toEqual([
      'limitation_period',
      'summary_procedure_eligible',
    ]);
    expect(STAFF_ONLY_WARNINGS).toEqual(['possible_duplicate']);
  });
});
