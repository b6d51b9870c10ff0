import { t } from "../i18n/i18n.ts";

/** The parts of a schema issue a message needs (zod's issues have this shape). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** Writes an issue path as a JSON path: `events[3].date.start`, or `(top level)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? t("data.topLevel") : out;
}

/** One line per issue, `path: message`, at most `limit` of them with a count of the rest. */
export function describeIssues(issues: readonly SchemaIssue[], limit = 10): string[] {
  const lines = issues.slice(0, limit).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  if (issues.length > limit)
    lines.push(t("data.moreIssues", { count: String(issues.length - limit) }));
  return lines;
}
