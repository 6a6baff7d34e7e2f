import { ConfigError, loadConfig } from '@app/config';
import { annualReportingPeriod, PLAN_126_PERIOD_START, reportingPeriodStartProblem } from '@app/domain';

describe(annualReportingPeriod.name, () => {
  it('Plan 126/KH-UBND (units report before 15 November): 15 Nov of the previous year to 14 Nov of the year', () => {
    expect(PLAN_126_PERIOD_START).toEqual({ day: 15, month: 11 });
    expect(annualReportingPeriod(2026)).toEqual({ from: '2025-11-15', to: '2026-11-14' });
    expect(annualReportingPeriod(2025)).toEqual({ from: '2024-11-15', to: '2025-11-14' });
  });

  it('Plan 126/KH-UBND policy moved by configuration: Decree 55 Art 16 (Mẫu 06) style 15 Dec – 14 Dec', () => {
    expect(annualReportingPeriod(2026, { day: 15, month: 12 })).toEqual({ from: '2025-12-15', to: '2026-12-14' });
  });

  it('a start on 1 January gives the calendar year, not the one before', () => {
    expect(annualReportingPeriod(2026, { day: 1, month: 1 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('a start on 1 March ends on the last day of February, 29 in a leap year', () => {
    expect(annualReportingPeriod(2028, { day: 1, month: 3 })).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(annualReportingPeriod(2027, { day: 1, month: 3 })).toEqual({ from: '2026-03-01', to: '2027-02-28' });
  });

  it('refuses a start that is not a day of every year (31 Apr, 29 Feb, month 13)', () => {
    expect(reportingPeriodStartProblem({ day: 31, month: 4 })).toBe('day must be a whole number from 1 to 30');
    expect(reportingPeriodStartProblem({ day: 29, month: 2 })).toBe('day must be a whole number from 1 to 28');
    expect(reportingPeriodStartProblem({ day: 1, month: 13 })).toBe('month must be a whole number from 1 to 12');
    expect(() => annualReportingPeriod(2026, { day: 29, month: 2 })).toThrow(RangeError);
  });
});

describe('REPORT_START_DAY and REPORT_START_MONTH', () => {
  it('default to the Plan 126 start', () => {
    expect(loadConfig({}).reportPeriodStart).toEqual({ day: 15, month: 11 });
  });

  it('take a configured start', () => {
    expect(loadConfig({ REPORT_START_DAY: '1', REPORT_START_MONTH: '1' }).reportPeriodStart).toEqual({
      day: 1,
      month: 1,
    });
  });

  it('stop start-up on a day the month does not have', () => {
    let problems: string[] = [];
    try {
      loadConfig({ REPORT_START_DAY: '31', REPORT_START_MONTH: '11' });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual(['REPORT_START_DAY, REPORT_START_MONTH: day must be a whole number from 1 to 30']);
  });

  it('stop start-up on a value that is not a day or month', () => {
    expect(() => loadConfig({ REPORT_START_MONTH: '0' })).toThrow(/REPORT_START_MONTH/);
    expect(() => loadConfig({ REPORT_START_DAY: 'x' })).toThrow(/REPORT_START_DAY/);
  });
});
