import type { TextDirection } from "../lib/logicalArrow.ts";

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: `<bdi>` for text that is only text. */
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A message's values, each text isolated in a right-to-left language: an English name in an
 * Arabic sentence keeps its own order and leaves the sentence's alone, as `<bdi>` would (a
 * message is text, so it cannot hold the element). Numbers and dates, which the message formats
 * itself, and every value in a left-to-right language are left as they are.
 */
export function isolateValues<V extends Record<string, string | number | Date>>(
  values: V | undefined,
  direction: TextDirection,
): V | undefined {
  if (values === undefined || direction === "ltr") return values;
  const out: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(values))
    out[name] = typeof value === "string" && value !== "" ? `${FSI}${value}${PDI}` : value;
  return out as V;
}
