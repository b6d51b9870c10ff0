import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import { describeValue } from "./describeValue.ts";

/**
 * Reads a field that should hold text: a string as is, a number as its digits, nothing as "".
 * Anything else is left out with a problem at `path`.
 */
export function readTextField(value: unknown, path: string, problems: LoadProblem[]): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  problems.push({ path, reason: t("import.notText", { value: describeValue(value) }) });
  return "";
}

/** Reads a field that should hold an object; anything else is left out with a problem at `path`. */
export function readObjectField(
  value: unknown,
  path: string,
  problems: LoadProblem[],
): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  if (value !== undefined && value !== null) {
    problems.push({ path, reason: t("import.notObject", { value: describeValue(value) }) });
  }
  return {};
}
