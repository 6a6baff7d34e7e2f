import fc from 'fast-check';
import { ratePer10k } from '@app/domain';

/** The rate by exact integer arithmetic: round(count × 100,000 / population) half up, in tenths. */
function exactTenths(count: number, population: number): number {
  const numerator = BigInt(count) * 100_000n;
  const p = BigInt(population);
  const tenths = (numerator * 2n + p) / (2n * p);
  return Number(tenths) / 10;
}

describe(ratePer10k.name, () => {
  it('is count × 10,000 / population, to one decimal', () => {
    expect(ratePer10k(3, 20_000)).toBe(1.5);
    expect(ratePer10k(12, 34_567)).toBe(3.5); // 3.4715… → 3.5
    expect(ratePer10k(1, 7)).toBe(1428.6); // 1428.571…
    expect(ratePer10k(0, 50_000)).toBe(0);
  });

  it('rounds a value exactly halfway up', () => {
    expect(ratePer10k(1, 80_000)).toBe(0.1); // 0.125 → 0.1 (not halfway: 1.25 tenths)
    expect(ratePer10k(1, 40_000)).toBe(0.3); // 0.25 → 0.3
    expect(ratePer10k(3, 40_000)).toBe(0.8); // 0.75 → 0.8
    expect(ratePer10k(7, 200_000)).toBe(0.4); // 0.35 → 0.4
  });

  it('is null without a population', () => {
    expect(ratePer10k(5, null)).toBeNull();
    expect(ratePer10k(5, undefined)).toBeNull();
  });

  it('refuses a population that is not a positive whole number, and a negative count', () => {
    expect(() => ratePer10k(1, 0)).toThrow(RangeError);
    expect(() => ratePer10k(1, -5)).toThrow(RangeError);
    expect(() => ratePer10k(1, 10.5)).toThrow(RangeError);
    expect(() => ratePer10k(-1, 100)).toThrow(RangeError);
  });

  it('equals the exact rational rounding for any count and population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (count, population) => {
          expect(ratePer10k(count, population)).toBe(exactTenths(count, population));
        },
      ),
    );
  });
});
