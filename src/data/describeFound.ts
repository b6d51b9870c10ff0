/** What a JSON value is, in a few words, for "found …" in an error message. */
export function describeFound(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    return value.length === 0 ? "an empty list" : `a list of ${value.length} items`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "an empty object";
    const shown = keys.slice(0, 5).map((k) => `"${k.slice(0, 40)}"`);
    const more = keys.length > 5 ? ` and ${keys.length - 5} more` : "";
    return `an object with the fields ${shown.join(", ")}${more}`;
  }
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${text}"`;
  }
  return `the ${typeof value} ${String(value)}`;
}
