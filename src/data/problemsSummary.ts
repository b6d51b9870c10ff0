import { formatCount } from "../i18n/formatCount.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { tallyProblems } from "./tallyProblems.ts";

const counted = (n: number, one: string, many: string) =>
  n === 1 ? `1 ${one}` : `${formatCount(n)} ${many}`;

/**
 * The panel's summary: its problems and its warnings, each counted apart, and the items left
 * out: "2 problems and 3 warnings in this file (1 item left out)", "3 warnings in this file".
 */
export function problemsSummary(problems: readonly LoadProblem[]): string {
  const { problems: count, warnings, leftOut } = tallyProblems(problems);
  const parts = [
    count > warnings ? counted(count - warnings, "problem", "problems") : null,
    warnings > 0 ? counted(warnings, "warning", "warnings") : null,
  ].filter((part) => part !== null);
  const left = leftOut > 0 ? ` (${counted(leftOut, "item", "items")} left out)` : "";
  return `${parts.join(" and ")} in this file${left}`;
}
