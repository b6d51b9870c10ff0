import type { Media } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { describeValue } from "./describeValue.ts";
import { htmlToPlainText } from "./htmlToPlainText.ts";
import { readObjectField, readTextField } from "./readTextField.ts";

/**
 * Reads a slide's `media` as attribution: an http(s) URL (any other is left out with a problem),
 * caption and credit as plain text. Undefined when nothing of it is left.
 */
export function readTimelineJsMedia(
  value: unknown,
  path: string,
  problems: LoadProblem[],
): Media | undefined {
  const media = readObjectField(value, path, problems);
  const rawUrl = readTextField(media.url, `${path}.url`, problems).trim();
  const url = safeHref(rawUrl);
  if (rawUrl !== "" && url === null) {
    problems.push({
      path: `${path}.url`,
      reason: `media URL ${describeValue(rawUrl)} is not http(s); left out`,
    });
  }
  const caption = htmlToPlainText(readTextField(media.caption, `${path}.caption`, problems));
  const credit = htmlToPlainText(readTextField(media.credit, `${path}.credit`, problems));
  if (url === null && caption === "" && credit === "") return undefined;
  return { url, caption: caption || null, credit: credit || null };
}
