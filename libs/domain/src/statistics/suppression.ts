/**
 * Statistical disclosure control for the public figures (issue 11 "Public"; PDPL 91/2025 — publishing
 * personal data needs consent, domain.md §6): no published figure may single out a small group of
 * consumers.
 *
 * - Primary: a count cell under 5 (and above 0) is shown as "< 5"; 0 is shown as 0.
 * - Derived figures (shares, money, median duration) of a group whose received count is suppressed
 *   are withheld: null, and the group is marked `suppressed`.
 * - Secondary (complementary): when exactly one cell of a breakdown's column is suppressed, it could
 *   be recovered as the total minus the others, so the next smallest non-zero cell is suppressed too.
 */
export const SMALL_CELL_THRESHOLD = 5;
export const SUPPRESSED_COUNT = '< 5' as const;

/** A published count: the number, or "< 5". */
export type PublicCount = number | typeof SUPPRESSED_COUNT;

/** A count above 0 and under 5: too small to publish. */
export function isSmallCell(count: number): boolean {
  return count > 0 && count < SMALL_CELL_THRESHOLD;
}

/** The count as published: "< 5" when suppressed (by default when it is a small cell). */
export function publicCount(count: number, suppressed = isSmallCell(count)): PublicCount {
  return suppressed ? SUPPRESSED_COUNT : count;
}

/**
 * Which cells of one column (the rows of a breakdown) to suppress: the small ones, and when exactly
 * one is small, also the smallest other non-zero cell (the first in order on a tie).
 */
export function suppressedCells(counts: readonly number[]): boolean[] {
  const suppressed = counts.map(isSmallCell);
  if (suppressed.filter(Boolean).length !== 1) return suppressed;
  let complement = -1;
  counts.forEach((count, index) => {
    if (!suppressed[index] && count > 0 && (complement < 0 || count < counts[complement])) complement = index;
  });
  if (complement >= 0) suppressed[complement] = true;
  return suppressed;
}

/** The figures of one group before suppression. */
export interface PublicFigureSource {
  readonly received: number;
  readonly resolved: number;
  readonly supportedShare: number | null;
  readonly resolvedSuccessShare: number | null;
  readonly moneyRecoveredVnd: number;
  readonly medianDaysToClosure: number | null;
}

/** The figures of one group as published. */
export interface PublicFigures {
  readonly received: PublicCount;
  readonly resolved: PublicCount;
  readonly supportedShare: number | null;
  readonly resolvedSuccessShare: number | null;
  readonly moneyRecoveredVnd: number | null;
  readonly medianDaysToClosure: number | null;
  /** True when the group is too small: its shares, money and median are withheld (null). */
  readonly suppressed: boolean;
}

function publish(source: PublicFigureSource, receivedSuppressed: boolean, resolvedSuppressed: boolean): PublicFigures {
  return {
    received: publicCount(source.received, receivedSuppressed),
    resolved: publicCount(source.resolved, resolvedSuppressed),
    supportedShare: receivedSuppressed ? null : source.supportedShare,
    resolvedSuccessShare: receivedSuppressed ? null : source.resolvedSuccessShare,
    moneyRecoveredVnd: receivedSuppressed ? null : source.moneyRecoveredVnd,
    medianDaysToClosure: receivedSuppressed ? null : source.medianDaysToClosure,
    suppressed: receivedSuppressed,
  };
}

/** The totals as published: the primary rule only (they are not one of several cells). */
export function suppressTotals(totals: PublicFigureSource): PublicFigures {
  return publish(totals, isSmallCell(totals.received), isSmallCell(totals.resolved));
}

/**
 * The rows of one breakdown as published, in the same order, each keeping its other fields (key,
 * label): primary and secondary suppression on the received and resolved columns; a row whose
 * received count is suppressed has its derived figures withheld.
 */
export function suppressBreakdown<R extends PublicFigureSource>(
  rows: readonly R[],
): (Omit<R, keyof PublicFigureSource> & PublicFigures)[] {
  const received = suppressedCells(rows.map((row) => row.received));
  const resolved = suppressedCells(rows.map((row) => row.resolved));
  return rows.map((row, index) => {
    const {
      received: _received,
      resolved: _resolved,
      supportedShare: _supported,
      resolvedSuccessShare: _success,
      moneyRecoveredVnd: _money,
      medianDaysToClosure: _median,
      ...rest
    } = row;
    return { ...rest, ...publish(row, received[index], resolved[index]) };
  });
}
