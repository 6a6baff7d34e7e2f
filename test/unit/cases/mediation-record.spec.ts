import { decide } from '@app/domain/cases';
import { ART_65_2_RECORD, MEDIATOR, T0, act, expectError, expectOk, stateIn } from './case-fixtures';

// In mediation with both parties' consent (Art 61), so that only the record is in question.
const mediating = stateIn('mediation', {
  mediation: { organisationId: 'hoi-bvqlntd', requestedAt: T0, consumerConsentAt: T0, businessConsentAt: T0 },
});
const success = (record: Record<string, unknown>) => ({ result: 'success', record });

describe(decide.name, () => {
  describe('record_mediation_result: the performance deadline (Art 65.2)', () => {
    it('Art 65.2: a performance deadline on the day of the record, or before it, is a 422', () => {
      for (const performanceDeadline of ['2026-03-20', '2026-03-10']) {
        const d = act(
          mediating,
          'record_mediation_result',
          MEDIATOR,
          success({ ...ART_65_2_RECORD, performanceDeadline }),
        );
        expectError(d, 'rule_violated', 'record.performanceDeadline', 'art_65_2_performance_after_record');
      }
    });

    it('Art 65.2: a performance deadline the day after the record resolves the case', () => {
      const record = { ...ART_65_2_RECORD, performanceDeadline: '2026-03-21' };
      expect(expectOk(act(mediating, 'record_mediation_result', MEDIATOR, success(record))).to).toBe('resolved');
    });

    it('Art 65.2: a record time that is not a date answers only that, not a comparison', () => {
      const d = act(mediating, 'record_mediation_result', MEDIATOR, success({ ...ART_65_2_RECORD, time: 'soon' }));
      if (d.ok) throw new Error('expected a refusal');
      expect(d.error.details).toEqual([{ field: 'record.time', rule: 'art_65_2_required' }]);
    });
  });
});
