import { hasVisibleCharacter } from "../lib/hasVisibleCharacter.ts";
import { isRecord } from "../lib/isRecord.ts";
import type { LoadProblem, ProblemItem } from "./loadProblem.ts";

// A title of zero-width or bidi characters names nothing: the item is named by its id.
const text = (value: unknown): string | undefined =>
  typeof value === "string" && hasVisibleCharacter(value) ? value.trim() : undefined;

/**
 * The title (or a person's name) and id of an item as the file gives them, however broken the
 * rest of it is; undefined when it has neither to be named by.
 */
export function problemItem(value: unknown): ProblemItem | undefined {
  if (!isRecord(value)) return undefined;
  const title = text(value.title) ?? text(value.name);
  const id = text(value.id);
  if (title === undefined && id === undefined) return undefined;
  return { ...(title === undefined ? {} : { title }), ...(id === undefined ? {} : { id }) };
}

/** The same problems, each naming `item` (when there is one to name). */
export function withItem<P extends { item?: ProblemItem }>(
  problems: readonly P[],
  item: ProblemItem | undefined,
): P[] {
  return item === undefined ? [...problems] : problems.map((p) => ({ ...p, item }));
}

/** A problem at `path` in `raw`, naming it by its title and id when it has them. */
export function problemIn(raw: unknown, path: string, reason: string): LoadProblem {
  const item = problemItem(raw);
  return item === undefined ? { path, reason } : { path, reason, item };
}
