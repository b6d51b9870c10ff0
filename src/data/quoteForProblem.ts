/** A value as a problem message quotes it: in JSON quotes, clipped to 80 characters. */
export function quoteForProblem(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
