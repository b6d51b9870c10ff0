import type { LoadProblem } from "../../data/loadProblem.ts";
import { describeInvisible, hasVisibleCharacter } from "../../lib/hasVisibleCharacter.ts";
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
  if (hasVisibleCharacter(headline)) return headline;
  if (headline !== "") {
    problems.push({
      path,
      reason: `headline has no visible character (only ${describeInvisible(headline)}); titled “${fallback}”`,
    });
  }
  return fallback;
}
