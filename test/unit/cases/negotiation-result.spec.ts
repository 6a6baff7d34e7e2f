import { LINK_USES, linkAllows, readResultReport } from '@app/domain/cases';
import { T0 } from './case-fixtures';

describe(readResultReport.name, () => {
  it.each(['agreement', 'no_agreement', 'mediation'] as const)(
    'Law 19 Art 57.5: the business reports the result whatever it was: %s',
    (result) => {
      expect(readResultReport({ result, summary: '  Hai bên đã trao đổi.  ' }, T0)).toEqual({
        ok: true,
        report: { result, summary: 'Hai bên đã trao đổi.', reportedAt: T0 },
      });
    },
  );

  it('Law 19 Art 57.5: an agreement may carry the money agreed for the consumer', () => {
    const sut = readResultReport({ result: 'agreement', summary: 'Hoàn tiền', amountVnd: 1_290_000 }, T0);
    expect(sut).toEqual({
      ok: true,
      report: { result: 'agreement', summary: 'Hoàn tiền', amountVnd: 1_290_000, reportedAt: T0 },
    });
  });

  it('Law 19 Art 57.5: the result and its summary are required; money only with an agreement', () => {
    expect(readResultReport({ result: 'settled' }, T0)).toEqual({
      ok: false,
      details: [
        { field: 'result', rule: 'art_57_5_result_required' },
        { field: 'summary', rule: 'art_57_5_summary_required' },
      ],
    });
    expect(readResultReport({ result: 'no_agreement', summary: 'Không thỏa thuận', amountVnd: 5 }, T0)).toEqual({
      ok: false,
      details: [{ field: 'amountVnd', rule: 'amount_only_with_agreement' }],
    });
  });
});

describe(linkAllows.name, () => {
  it('Law 19 Arts 57.5, 60: once negotiation ended, its link shows the case and its record and takes the result report', () => {
    expect(LINK_USES.result_report).toEqual(['view', 'result_report', 'records']);
    for (const use of ['respond', 'documents', 'sessions'] as const) {
      expect(linkAllows('result_report', use)).toBe(false);
    }
  });

  it('Law 19 Art 57.5: the report is not made through a link still negotiating, nor the mediation’s', () => {
    expect(linkAllows('negotiation', 'result_report')).toBe(false);
    expect(linkAllows('mediation', 'result_report')).toBe(false);
    expect(linkAllows('negotiation', 'respond')).toBe(true);
    expect(linkAllows('mediation', 'sessions')).toBe(true);
  });

  it('Law 19 Art 65: once the mediation ended with a record, its link only shows the case and the record', () => {
    expect(LINK_USES.mediation_record).toEqual(['view', 'records']);
    for (const use of ['respond', 'documents', 'sessions', 'result_report'] as const) {
      expect(linkAllows('mediation_record', use)).toBe(false);
    }
  });
});
