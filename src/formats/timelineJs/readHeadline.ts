import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import { invisibleFault } from "../../lib/hasVisibleCharacter.ts";
import { htmlToPlainText } from "./htmlToPlainText.ts";
import { readTextField } from "./readTextField.ts";

/**
 * A headline (HTML) as plain text to title an event, era or timeline; `fallback` when it is
 * missing, empty, or shows nothing (only zero-width or bidi characters), which is a problem.
 */
export function readHeadline(
  value: unknown,
  path: string,
  fallback: string,
  problems: LoadProblem[],
): string {
  const headline = htmlToPlainText(readTextField(value, path, problems));
  const fault = invisibleFault(headline);
  if (fault === null) return headline;
  if (headline !== "")
    problems.push({ path, reason: t("import.headlineInvisible", { fault, fallback }) });
  return fallback;
}
