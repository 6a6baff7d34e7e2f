import {
  isSmallCell,
  type PublicFigureSource,
  publicCount,
  SUPPRESSED_COUNT,
  suppressBreakdown,
  suppressedCells,
  suppressTotals,
} from '@app/domain';

const row = (key: string, received: number, resolved = 0, money = 0): PublicFigureSource & { key: string } => ({
  key,
  received,
  resolved,
  supportedShare: received === 0 ? null : 1,
  resolvedSuccessShare: resolved === 0 ? null : 0.5,
  moneyRecoveredVnd: money,
  medianDaysToClosure: received === 0 ? null : 7,
});

describe('small cells are suppressed, < 5 (public statistics, PDPL 91/2025)', () => {
  it.each([
    [0, 0],
    [1, SUPPRESSED_COUNT],
    [4, SUPPRESSED_COUNT],
    [5, 5],
    [120, 120],
  ])('the count %p is published as %p', (count, published) => {
    expect(publicCount(count)).toBe(published);
    expect(isSmallCell(count)).toBe(published === SUPPRESSED_COUNT);
  });

  it('a count can be suppressed on purpose (secondary suppression)', () => {
    expect(publicCount(37, true)).toBe(SUPPRESSED_COUNT);
  });
});

describe(`${suppressedCells.name}: secondary suppression — when exactly one cell is suppressed, the next smallest is too`, () => {
  it('suppresses the smallest other non-zero cell when exactly one is small (total minus the others would reveal it)', () => {
    expect(suppressedCells([3, 40, 12, 0, 25])).toEqual([true, false, true, false, false]);
  });

  it('takes the first on a tie, and never a zero cell as the complement', () => {
    expect(suppressedCells([0, 9, 2, 9])).toEqual([false, true, true, false]);
  });

  it('adds nothing when two or more cells are small already, or none is', () => {
    expect(suppressedCells([1, 2, 50])).toEqual([true, true, false]);
    expect(suppressedCells([5, 6, 0])).toEqual([false, false, false]);
    expect(suppressedCells([])).toEqual([]);
  });

  it('leaves a lone small cell alone when there is no other non-zero cell (the total is then small too)', () => {
    expect(suppressedCells([0, 3, 0])).toEqual([false, true, false]);
  });
});

describe(suppressBreakdown.name, () => {
  it('withholds shares, money and median of a small group and of its complement, keeping key and label', () => {
    const published = suppressBreakdown([
      { ...row('food', 2, 1, 500_000), label: 'Thực phẩm' },
      { ...row('ecommerce', 30, 20, 9_000_000), label: 'Thương mại điện tử' },
      { ...row('telecom', 8, 6, 700_000), label: 'Viễn thông' },
    ]);
    expect(published).toEqual([
      {
        key: 'food',
        label: 'Thực phẩm',
        received: SUPPRESSED_COUNT,
        resolved: SUPPRESSED_COUNT,
        supportedShare: null,
        resolvedSuccessShare: null,
        moneyRecoveredVnd: null,
        medianDaysToClosure: null,
        suppressed: true,
      },
      {
        key: 'ecommerce',
        label: 'Thương mại điện tử',
        received: 30,
        resolved: 20,
        supportedShare: 1,
        resolvedSuccessShare: 0.5,
        moneyRecoveredVnd: 9_000_000,
        medianDaysToClosure: 7,
        suppressed: false,
      },
      {
        key: 'telecom',
        label: 'Viễn thông',
        // The complement of food's received count (8 < 30); its resolved count 6 is the complement of food's 1.
        received: SUPPRESSED_COUNT,
        resolved: SUPPRESSED_COUNT,
        supportedShare: null,
        resolvedSuccessShare: null,
        moneyRecoveredVnd: null,
        medianDaysToClosure: null,
        suppressed: true,
      },
    ]);
  });

  it('suppresses the resolved column on its own: a small resolved count in a large group keeps the shares', () => {
    const [a, b, c] = suppressBreakdown([row('a', 20, 3), row('b', 20, 10), row('c', 20, 12)]);
    expect([a.resolved, b.resolved, c.resolved]).toEqual([SUPPRESSED_COUNT, SUPPRESSED_COUNT, 12]);
    expect([a.suppressed, b.suppressed, c.suppressed]).toEqual([false, false, false]);
    expect(a.resolvedSuccessShare).toBe(0.5);
  });

  it('publishes zero as zero: an empty group reveals no one', () => {
    const [empty] = suppressBreakdown([row('empty', 0), row('x', 10), row('y', 10)]);
    expect(empty).toMatchObject({ received: 0, resolved: 0, suppressed: false, moneyRecoveredVnd: 0 });
  });
});

describe(suppressTotals.name, () => {
  it('suppresses the totals themselves when fewer than 5 cases were received', () => {
    expect(suppressTotals(row('all', 3, 2, 100_000))).toEqual({
      received: SUPPRESSED_COUNT,
      resolved: SUPPRESSED_COUNT,
      supportedShare: null,
      resolvedSuccessShare: null,
      moneyRecoveredVnd: null,
      medianDaysToClosure: null,
      suppressed: true,
    });
    expect(suppressTotals(row('all', 12, 9, 100_000))).toMatchObject({ received: 12, resolved: 9, suppressed: false });
  });
});
