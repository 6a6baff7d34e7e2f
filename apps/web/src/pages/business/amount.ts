/** "1.290.000", "1 290 000" or "1290000 đ" → 1290000; null when it is not a whole amount of đồng. */
export function parseAmount(input: string): number | null {
  const digits = input.replace(/[\s.,]/g, '').replace(/(đ|vnd|vnđ)$/i, '');
  if (!/^\d{1,13}$/.test(digits)) return null;
  return Number(digits);
}
