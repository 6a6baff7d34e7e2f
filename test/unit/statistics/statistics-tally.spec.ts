import fc from 'fast-check';
import {
  addTallies,
  durationFigures,
  emptyTally,
  figuresOfTally,
  histogramPercentile,
  joinRanges,
  monthDays,
  splitPeriod,
  type StatisticsTally,
} from '@app/domain';

/** percentile_cont as PostgreSQL defines it, over the values themselves. */
function percentileCont(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

function histogramOf(values: number[]): Record<string, number> {
  const histogram: Record<string, number> = {};
  for (const v of values) histogram[v] = (histogram[v] ?? 0) + 1;
  return histogram;
}

const tallyOf = (days: number[], clocks: Record<string, [number, number]> = {}): StatisticsTally => ({
  ...emptyTally(),
  received: days.length,
  durations: { closure: histogramOf(days) },
  clocks,
});

// Issue 11 "Scale and correctness": medians and 90th percentiles (Plan 126/KH-UBND reporting; working
// days on the Law 19/2023 Art 6 calendar) read from the rollups' histograms must equal those of the
// cases themselves, and months must add up to the period.
describe('statistics tallies (issue 11 rollups)', () => {
  it('a histogram gives the percentile_cont of its values, for any values and fraction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, fraction) => {
          const expected = percentileCont(values, fraction);
          const actual = histogramPercentile(histogramOf(values), fraction);
          if (expected === null) expect(actual).toBeNull();
          else expect(actual).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it('interpolates between ranks as SQL does: median of 1, 2, 4, 10 is 3; p90 is 8.2', () => {
    expect(durationFigures(histogramOf([10, 1, 4, 2]))).toEqual({ cases: 4, median: 3, p90: 8.2 });
    expect(durationFigures({})).toEqual({ cases: 0, median: null, p90: null });
  });

  it('the tallies of two months added give the figures of their cases together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }),
        (a, b) => {
          const together = figuresOfTally(addTallies(tallyOf(a), tallyOf(b)));
          const direct = figuresOfTally(tallyOf([...a, ...b]));
          expect(together).toEqual(direct);
        },
      ),
    );
  });

  it('adds clocks by kind and counts the business response clocks (Law 19 Art 31.2, Art 57.2)', () => {
    const sum = addTallies(
      tallyOf([], { business_acknowledgement: [3, 1], triage: [2, 0] }),
      tallyOf([], { business_acknowledgement: [1, 1], business_negotiation: [0, 2] }),
    );
    const figures = figuresOfTally(sum);
    expect(figures.businessTimelyResponse).toEqual({ met: 4, breached: 4, rate: 0.5 });
    expect(figures.clocksBreachedByKind).toEqual({ business_acknowledgement: 2, business_negotiation: 2 });
  });

  it('splits a period into the months it covers whole and the days at its ends', () => {
    expect(splitPeriod('2025-01-01', '2025-12-31')).toEqual({
      wholeMonths: [
        '2025-01',
        '2025-02',
        '2025-03',
        '2025-04',
        '2025-05',
        '2025-06',
        '2025-07',
        '2025-08',
        '2025-09',
        '2025-10',
        '2025-11',
        '2025-12',
      ],
      partial: [],
    });
    // The reporting period of Plan 126/KH-UBND: 15 Nov to 14 Nov.
    expect(splitPeriod('2025-11-15', '2026-11-14')).toEqual({
      wholeMonths: [
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
      ],
      partial: [
        ['2025-11-15', '2025-11-30'],
        ['2026-11-01', '2026-11-14'],
      ],
    });
    expect(splitPeriod('2024-02-10', '2024-02-20')).toEqual({
      wholeMonths: [],
      partial: [['2024-02-10', '2024-02-20']],
    });
    expect(monthDays('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('joins adjacent day ranges', () => {
    expect(
      joinRanges([
        ['2026-03-01', '2026-03-31'],
        ['2025-11-15', '2025-11-30'],
        ['2026-04-01', '2026-04-30'],
        ['2026-06-01', '2026-06-30'],
      ]),
    ).toEqual([
      ['2025-11-15', '2025-11-30'],
      ['2026-03-01', '2026-04-30'],
      ['2026-06-01', '2026-06-30'],
    ]);
  });
});
