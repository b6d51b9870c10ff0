import type { Era } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { eraDays } from "../../dates/eraDays.ts";
import { t } from "../../i18n/i18n.ts";
import { slugify } from "../../lib/slugify.ts";
import { claimUniqueId, type IdRegistry } from "./claimUniqueId.ts";
import { describeValue } from "./describeValue.ts";
import { formatEdtfPoint } from "./formatEdtfPoint.ts";
import { readHeadline } from "./readHeadline.ts";
import { readObjectField } from "./readTextField.ts";
import { readTimelineJsSpan } from "./readTimelineJsSpan.ts";

/** One era read: the era (null when it was left out) and what was wrong with it. */
export interface TimelineJsEraImport {
  era: Era | null;
  problems: LoadProblem[];
}

/**
 * Reads one TimelineJS era, titled by its headline: from the first day of its start to where
 * TimelineJS3 ends it, as its end begins (`eraDays`), with its dates as written (`edtf`: `1800/1900`)
 * for the list to show at their precision. An era without both dates, or with an invalid one, is left out with a problem.
 * Claims the era's id in `takenIds`.
 */
export function importTimelineJsEra(
  value: unknown,
  index: number,
  takenIds: IdRegistry,
): TimelineJsEraImport {
  const path = `eras[${index}]`;
  const problems: LoadProblem[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const reason = t("import.notEraObject", { value: describeValue(value) });
    problems.push({ path, reason, leftOut: true });
    return { era: null, problems };
  }
  const record = value as Record<string, unknown>;
  const span = readTimelineJsSpan(record, path, true);
  if (!span.ok) {
    problems.push({
      ...span.problem,
      reason: t("import.eraLeftOut", { reason: span.problem.reason }),
      leftOut: true,
    });
    return { era: null, problems };
  }
  const text = readObjectField(record.text, `${path}.text`, problems);
  const fallback = `Era ${index + 1}`;
  const before = problems.length;
  const title = readHeadline(text.headline, `${path}.text.headline`, fallback, problems);
  // An era with no headline at all is kept under a made-up name: a reader is told so.
  if (title === fallback && problems.length === before) {
    problems.push({
      path: `${path}.text.headline`,
      reason: t("import.eraNoHeadline", { fallback }),
      warning: true,
    });
  }
  const id = claimUniqueId(slugify(title) || `era-${index + 1}`, takenIds);
  const { start, end } = span;
  const days = eraDays(start.point, end?.point ?? null, end?.hasTime);
  const edtf = formatEdtfPoint(start.point) + (end ? `/${formatEdtfPoint(end.point)}` : "");
  const era: Era = { id, title, ...days, edtf };
  return { era, problems };
}
