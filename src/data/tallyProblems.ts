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

// What is left out: a whole item ("event left out", or "left out" said of the item itself), not
// one of its references ("reference left out").
const LEFT_OUT = /(?:\b(?:event|source|person|era|events|sources|people|eras)|^) left out$/;

function leavesItemOut({ path, reason, warning }: LoadProblem): boolean {
  if (warning) return false;
  if (LEFT_OUT.test(reason)) return true;
  return reason.endsWith("; left out") && path === ITEM.exec(path)?.[0];
}

/**
 * Counts `problems` (see `ProblemTally`): a "more like these" line counts as the many it stands
 * for. Only a whole item left out counts as one: a part of it (a reference, its media) does not.
 */
export function tallyProblems(problems: readonly LoadProblem[]): ProblemTally {
  let count = 0;
  let warnings = 0;
  let leftOut = 0;
  const items = new Set<string>();
  for (const problem of problems) {
    count += problem.more ?? 1;
    if (problem.warning) warnings += problem.more ?? 1;
    if (problem.more !== undefined) {
      if (!problem.warning && problem.reason.endsWith("left out")) leftOut += problem.more;
      continue;
    }
    if (!leavesItemOut(problem)) continue;
    const item = ITEM.exec(problem.path)?.[0];
    if (item === undefined) leftOut++;
    else if (!items.has(item)) {
      items.add(item);
      leftOut++;
    }
  }
  return { problems: count, warnings, leftOut };
}
