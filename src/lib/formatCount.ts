/**
 * A whole number as English prose writes it: "1,234,567". Done by hand, not with
 * `toLocaleString("en")`, whose first call sets up the engine's number formatting and so
 * delays the first draw.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === "" ? group : `${group},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}
