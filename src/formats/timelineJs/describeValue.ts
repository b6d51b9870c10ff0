/** How deep a quoted value is written before its inside is shown as "…". */
const MAX_DEPTH = 4;
/** How much of a value a problem message quotes. */
const MAX_CHARS = 60;

/**
 * JSON of `value` written only as far as a message needs: at most `MAX_DEPTH` levels and about
 * `budget` characters, so a huge or deeply nested value costs nothing and never overflows.
 */
function preview(value: unknown, depth: number, budget: number): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > budget ? `${text.slice(0, budget)}…` : text;
  }
  const array = Array.isArray(value);
  const [open, close] = array ? ["[", "]"] : ["{", "}"];
  const entries: [string, unknown][] = array
    ? (value as unknown[]).map((v, i) => [String(i), v])
    : Object.entries(value);
  if (entries.length === 0) return `${open}${close}`;
  if (depth >= MAX_DEPTH) return `${open}…${close}`;
  let out = open;
  for (const [key, item] of entries) {
    if (out.length > budget) return `${out}…${close}`;
    if (out.length > 1) out += ",";
    if (!array) out += `${JSON.stringify(key)}:`;
    out += preview(item, depth + 1, budget - out.length);
  }
  return `${out}${close}`;
}

/** A value as a problem message quotes it: JSON, cut to 60 characters, safe at any depth. */
export function describeValue(value: unknown): string {
  const text = preview(value, 0, MAX_CHARS);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
