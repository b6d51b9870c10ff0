import { shortText } from "../lib/shortText.ts";
import type { LoadProblem, ProblemItem } from "./loadProblem.ts";

/** Longest title quoted in a problem: enough to recognise the item. */
const TITLE_LIMIT = 80;

/** An item as a reader knows it: `“Jan Leike resigns” (leike-resigns)`, or its title or id alone. */
export function itemName(item: ProblemItem): string {
  const title = item.title === undefined ? null : `“${shortText(item.title, TITLE_LIMIT)}”`;
  const id =
    item.id === undefined
      ? null
      : title === null
        ? shortText(item.id, TITLE_LIMIT)
        : `(${shortText(item.id, TITLE_LIMIT)})`;
  return [title, id].filter((part) => part !== null).join(" ");
}

/**
 * Where a problem is, as a reader finds it: the item's title and id beside the JSON path,
 * `“Jan Leike resigns” (leike-resigns) · events[8].start_date.day`, or the path alone.
 */
export function problemPlace(problem: LoadProblem): string {
  return problem.item ? `${itemName(problem.item)} · ${problem.path}` : problem.path;
}

/** A problem on one line: where it is, then why. */
export function formatProblem(problem: LoadProblem): string {
  return `${problemPlace(problem)}: ${problem.reason}`;
}
