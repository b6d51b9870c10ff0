/**
 * Turns text into an id of lower-case words joined by hyphens ("Event 1!" → "event-1",
 * "Café" → "cafe"); "" when nothing of it is a Latin letter or a digit.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
