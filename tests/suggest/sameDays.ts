import { resolveEdtf } from "../../src/dates/edtf.ts";

/**
 * Whether two EDTF expressions cover the same calendar days: the same first and last day, an
 * open (`..`) or unknown (empty) end standing for "unbounded" on that side. Labellers write one
 * interval in several ways (`2019-04-01/2019-04-17` and `2019-04/2019-04-17`; `2019-04` and
 * `2019-04-01/2019-04-30`), so the eval compares days, not text. An expression that does not
 * parse agrees with nothing.
 */
export function sameDays(a: string, b: string): boolean {
  const left = resolveEdtf(a);
  const right = resolveEdtf(b);
  if (!left.ok || !right.ok) return false;
  return left.data.start === right.data.start && left.data.end === right.data.end;
}
