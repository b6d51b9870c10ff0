import type { TextRun } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { describeValue } from "./describeValue.ts";
import { htmlToTextRuns } from "./htmlToTextRuns.ts";

/**
 * HTML text as runs, its http(s) links kept; each other link stays as text and is a problem at
 * `path`.
 */
export function readHtmlRuns(html: string, path: string, problems: LoadProblem[]): TextRun[] {
  const { runs, unsafeLinks } = htmlToTextRuns(html);
  for (const link of unsafeLinks) {
    problems.push({ path, reason: `link ${describeValue(link)} is not http(s); kept as text` });
  }
  return runs;
}
