/**
 * Cuts text to at most `max` characters (code points), at a word boundary when one is near, and
 * marks the cut with "…".
 */
export function clampText(text: string, max: number): string {
  // Only the first `max` code points can be kept, and they lie within `2 * max` code units.
  const chars = Array.from(text.length > 2 * max ? text.slice(0, 2 * max) : text);
  if (chars.length <= max && text.length <= 2 * max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  const head = space >= cut.length * 0.7 ? cut.slice(0, space) : cut;
  return `${head.trimEnd()}…`;
}
