/** Where to cut a long text: at the last space before `limit`, or at `limit` if there is none. */
export function clampPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(" ", limit);
  return space > limit * 0.6 ? space : limit;
}

/** The longest name (of a person, a lane, an era) drawn in a list or a lane's heading. */
export const NAME_LIMIT = 120;

/** A text cut to `limit` characters with "…", for places with no room for "Show more" (names). */
export function shortText(text: string, limit = 300): string {
  const cut = clampPoint(text, limit);
  return cut === text.length ? text : `${text.slice(0, cut)}…`;
}
