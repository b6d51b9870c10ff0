import { t } from "../i18n/i18n.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { tallyProblems } from "./tallyProblems.ts";

/**
 * The panel's summary: its problems and its warnings, each counted apart, and the items left
 * out: "2 problems and 3 warnings in this file (1 item left out)", "3 warnings in this file".
 */
export function problemsSummary(problems: readonly LoadProblem[]): string {
  const { problems: count, warnings, leftOut } = tallyProblems(problems);
  const faults = count > warnings ? t("data.problemCount", { count: count - warnings }) : null;
  const warned = warnings > 0 ? t("data.warningCount", { count: warnings }) : null;
  const counts =
    faults !== null && warned !== null
      ? t("data.problemsAndWarnings", { problems: faults, warnings: warned })
      : (faults ?? warned ?? "");
  return leftOut > 0
    ? t("data.inFileLeftOut", { counts, count: leftOut })
    : t("data.inFile", { counts });
}
