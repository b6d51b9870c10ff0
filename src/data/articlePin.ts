/**
 * How an article's text stands against the SHA-256 the dataset pins it to: the same bytes,
 * changed since its excerpts were checked, or not checked (this page cannot compute a digest).
 */
export type ArticlePin = "verified" | "changed" | "unchecked";

/** Compares the digest of the text that arrived (null: none computed) with the pinned one. */
export function articlePin(digest: string | null, sha256: string): ArticlePin {
  if (digest === null) return "unchecked";
  return digest === sha256 ? "verified" : "changed";
}
