import { parseDocument } from "yaml";
import type { z } from "zod/mini";
import { formatIssuePath } from "../data/describeIssues.ts";
import type { Checked, PipelineError } from "./pipelineError.ts";

/** A corpus file's path (as shown in messages) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** Names the annotation a path points into: `event "x" (events[2].title)` when it has an id. */
function describeWhere(raw: unknown, path: readonly PropertyKey[]): string {
  const jsonPath = formatIssuePath(path);
  const [list, index] = path;
  if ((list === "events" || list === "citations") && typeof index === "number") {
    const item = (raw as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown>;
    const id = list === "events" ? item?.id : item?.event;
    if (typeof id === "string") {
      return `${list === "events" ? "event" : "citation of event"} "${id}" (${jsonPath})`;
    }
  }
  return jsonPath;
}

/** Parses a YAML file and checks it against a schema; every problem names the file and path. */
export function parseDataFile<S extends z.ZodMiniType>(
  file: TextFile,
  schema: S,
): Checked<z.output<S>> {
  let raw: unknown;
  try {
    // Warnings (an ambiguous alias, say) are errors too: a curated file should say one thing.
    const doc = parseDocument(file.text, {
      prettyErrors: true,
      uniqueKeys: true,
      logLevel: "silent",
    });
    const [problem] = [...doc.errors, ...doc.warnings];
    if (problem) throw problem;
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, errors: [{ file: file.path, message: `is not valid YAML: ${message}` }] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: PipelineError[] = result.error.issues.map((issue) => ({
    file: file.path,
    where: describeWhere(raw, issue.path),
    message: issue.message,
  }));
  return { ok: false, errors };
}
