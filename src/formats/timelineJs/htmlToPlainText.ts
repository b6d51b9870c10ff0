import type { TextRun } from "../../data/datasetSchema.ts";
import { htmlToTextRuns } from "./htmlToTextRuns.ts";

/** Joins text runs into one line of plain text: line breaks become spaces, ends trimmed. */
export function textRunsToLine(runs: readonly TextRun[]): string {
  const joined = runs.map((run) => run.text).join("");
  return (joined.includes("\n") ? joined.replace(/ *\n+ */g, " ") : joined).trim();
}

/** Reduces HTML to one line of plain text: tags stripped, entities decoded, line breaks as spaces, trimmed. */
export function htmlToPlainText(html: string): string {
  return textRunsToLine(htmlToTextRuns(html).runs);
}
