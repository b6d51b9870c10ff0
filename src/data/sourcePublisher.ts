import type { Source } from "./datasetSchema.ts";

/**
 * Who published a source, as a reader sees it: its publisher, or where it names none (the checks
 * list that as a warning) the host of its address ("techcrunch.com"); "" when it has neither,
 * and the caller leaves the publisher out.
 */
export function sourcePublisher(source: Pick<Source, "publisher" | "url">): string {
  if (source.publisher !== "") return source.publisher;
  if (source.url !== null && URL.canParse(source.url)) {
    return new URL(source.url).hostname.replace(/^www\./, "");
  }
  return "";
}
