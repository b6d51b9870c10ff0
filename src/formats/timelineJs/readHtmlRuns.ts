import type { TextRun } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import { describeValue } from "./describeValue.ts";
import { htmlToTextRuns } from "./htmlToTextRuns.ts";

/**
 * HTML text as runs, its http(s) links kept; each other link stays as text and is a problem at
 * `path`.
 */
export function readHtmlRuns(html: string, path: string, problems: LoadProblem[]): TextRun[] {
  const { runs, unsafeLinks } = htmlToTextRuns(html);
  for (const link of unsafeLinks) {
    problems.push({ path, reason: t("import.linkNotWeb", { link: describeValue(link) }) });
  }
  return runs;
}
