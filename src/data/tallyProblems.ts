import type { LoadProblem } from "./loadProblem.ts";

/** How many problems a list stands for, and how many items they left out. */
export interface ProblemTally {
  /** Every problem, those counted in a "more like these" line included. */
  problems: number;
  /** Items left out, each once however many of its problems are listed. */
  leftOut: number;
}

// The item a problem's path is in: `events[3]` of `events[3].date.start`.
const ITEM = /^\w+\[\d+\]/;

/** Counts `problems` (see `ProblemTally`): a "more like these" line counts as the many it stands for. */
export function tallyProblems(problems: readonly LoadProblem[]): ProblemTally {
  let count = 0;
  let leftOut = 0;
  const items = new Set<string>();
  for (const problem of problems) {
    count += problem.more ?? 1;
    if (!problem.reason.endsWith("left out")) continue;
    const item = ITEM.exec(problem.path)?.[0];
    if (problem.more !== undefined) leftOut += problem.more;
    else if (item === undefined) leftOut++;
    else if (!items.has(item)) {
      items.add(item);
      leftOut++;
    }
  }
  return { problems: count, leftOut };
}
