import type { LoadProblem } from "./loadProblem.ts";

/** How many problems a list stands for, how many of them are warnings, and the items left out. */
export interface ProblemTally {
  /** Every problem, warnings and those counted in a "more like these" line included. */
  problems: number;
  /** Of them, the warnings: problems that leave everything in (`LoadProblem.warning`). */
  warnings: number;
  /** Items left out, each once however many of its problems are listed. */
  leftOut: number;
}

// The item a problem's path is in: `events[3]` of `events[3].date.start`.
const ITEM = /^\w+\[\d+\]/;

/**
 * Counts `problems` (see `ProblemTally`): a "more like these" line counts as the many it stands
 * for. Items left out are those of the problems marked `leftOut` by whoever made them (never read
 * from a reason's wording, which is in the reader's language), each item once however many of
 * its problems are listed; one of no item's path (a sheet's row, a whole section) counts each time.
 */
export function tallyProblems(problems: readonly LoadProblem[]): ProblemTally {
  let count = 0;
  let warnings = 0;
  let leftOut = 0;
  const items = new Set<string>();
  for (const problem of problems) {
    const many = problem.more ?? 1;
    count += many;
    if (problem.warning) {
      warnings += many;
      continue;
    }
    if (!problem.leftOut) continue;
    const item = problem.more === undefined ? ITEM.exec(problem.path)?.[0] : undefined;
    if (item === undefined) leftOut += many;
    else if (!items.has(item)) {
      items.add(item);
      leftOut++;
    }
  }
  return { problems: count, warnings, leftOut };
}
