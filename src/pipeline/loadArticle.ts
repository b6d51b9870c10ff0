import { createHash } from "node:crypto";
import { fail, ok, type Result } from "../lib/result.ts";
import { type ParsedArticle, parseArticle } from "./parseArticle.ts";

/** An article file's bytes decoded and parsed, with its digest and its length in string indices. */
export interface LoadedArticle extends ParsedArticle {
  text: string;
  sha256: string;
  length: number;
}

/** Decodes an article as strict UTF-8, parses the corpus format and digests its bytes. */
export function loadArticle(bytes: Uint8Array): Result<LoadedArticle> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail("is not valid UTF-8");
  }
  const parsed = parseArticle(text);
  if (!parsed.ok) return parsed;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return ok({ ...parsed.data, text, sha256, length: text.length });
}
