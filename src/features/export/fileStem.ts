/** A file name from a title: "The OpenAI safety-team exodus" → "the-openai-safety-team-exodus". */
export function fileStem(title: string): string {
  // The stem keeps 60 characters: a longer title is not read to the end.
  const slug = title
    .slice(0, 600)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "timeline";
}
