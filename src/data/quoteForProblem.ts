import { redactCredentials } from "../lib/redactCredentials.ts";

/**
 * A value as a problem message quotes it: in JSON quotes, clipped to 80 characters, with any
 * address's user name and password hidden.
 */
export function quoteForProblem(value: string): string {
  const shown = redactCredentials(value);
  return JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
}
