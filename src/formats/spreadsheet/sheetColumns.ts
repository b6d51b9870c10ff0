/** A header cell as matched: case, spacing and underscores do not count ("end_year" is "End Year"). */
const fold = (name: string) =>
  name
    .trim()
    .replace(/[\s_]+/g, " ")
    .toLowerCase();

/** The columns a sheet has, found by name whatever their order. */
export interface SheetColumns<K extends string> {
  /** The column's position, or -1 when the sheet has no such column. */
  index(key: K): number;
  /** The column's name as the sheet writes it (or as expected, when it has none). */
  name(key: K): string;
}

/**
 * Finds `wanted` columns (key → expected name) in a header row; the first of two columns of one
 * name is the one read.
 */
export function sheetColumns<K extends string>(
  header: readonly string[],
  wanted: Readonly<Record<K, string>>,
): SheetColumns<K> {
  const folded = header.map(fold);
  const positions = new Map<K, number>();
  for (const key of Object.keys(wanted) as K[]) {
    positions.set(key, folded.indexOf(fold(wanted[key])));
  }
  return {
    index: (key) => positions.get(key) ?? -1,
    name: (key) => header[positions.get(key) ?? -1] ?? wanted[key],
  };
}
