import type { TextRun } from "../../data/datasetSchema.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { escapeHtml } from "./escapeHtml.ts";

/** Escapes text for HTML and keeps its line breaks as `<br>`. */
export const escapeLines = (text: string) => escapeHtml(text).replaceAll("\n", "<br>");

/** Text runs as TimelineJS HTML: every string escaped, links kept only when http or https. */
export function textRunsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const href = safeHref(run.href);
      const text = escapeLines(run.text);
      return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    })
    .join("");
}
