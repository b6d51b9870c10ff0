/**
 * A file's name as a title: the last part of its path or address, decoded, without its
 * extension ("https://example.org/data/election-night.json" → "election-night"); "" for none.
 */
export function fileTitle(name: string): string {
  const path = URL.canParse(name) ? new URL(name).pathname : name;
  const last = path.split(/[\\/]/).findLast((part) => part.trim() !== "") ?? "";
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A stray "%" is part of the name.
  }
  return decoded.replace(/(?<=.)\.[A-Za-z0-9]{1,5}$/, "").trim();
}
