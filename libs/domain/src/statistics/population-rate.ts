/**
 * Complaints per 10,000 inhabitants, the department's commune table (issue 11): count × 10,000 /
 * population to one decimal, half up; null when the population is not known.
 *
 * The quotient of two integers is correctly rounded by IEEE division, so a value exactly halfway
 * (x.x5) comes out exactly and Math.round takes it up: no drift from floating point.
 */
export function ratePer10k(count: number, population: number | null | undefined): number | null {
  if (population === null || population === undefined) return null;
  if (!Number.isSafeInteger(population) || population <= 0) {
    throw new RangeError(`population must be a positive whole number, not ${population}`);
  }
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  return Math.round((count * 100_000) / population) / 10;
}
