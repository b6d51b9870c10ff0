import type { LoadProblem } from "./loadProblem.ts";
import { moreLikeThese } from "./moreLikeThese.ts";
import { moreLeftOut, sectionOf } from "./problemLog.ts";
import { SECTION_ITEM } from "./sectionItem.ts";
import { type Section, sectionLeftOut, withOutcome } from "./sectionLeftOut.ts";

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
// one of its references ("reference left out"). Importers and the command line write English.
const LEFT_OUT = /(?:\b(?:event|source|person|era|events|sources|people|eras)|^) left out$/;

const SECTIONS = Object.keys(SECTION_ITEM) as Section[];

function leavesItemOut({ path, reason, warning }: LoadProblem, said: readonly string[]): boolean {
  if (warning) return false;
  if (LEFT_OUT.test(reason)) return true;
  // The checks write in the reader's language: "…; evento omitido".
  if (said.some((end) => reason.endsWith(end))) return true;
  return reason.endsWith("; left out") && path === ITEM.exec(path)?.[0];
}

/** True when a "more like these" line stands for items left out, in whichever language. */
function moreLeftOutLine({ path, reason, more = 0 }: LoadProblem): boolean {
  if (reason.endsWith("left out")) return true;
  const section = sectionOf(path);
  return (
    section !== null &&
    (reason === moreLeftOut(section, more) || reason === moreLikeThese(section, more).reason)
  );
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
  const said = SECTIONS.map((section) => withOutcome("", sectionLeftOut(section)));
  for (const problem of problems) {
    count += problem.more ?? 1;
    if (problem.warning) warnings += problem.more ?? 1;
    if (problem.more !== undefined) {
      if (!problem.warning && moreLeftOutLine(problem)) leftOut += problem.more;
      continue;
    }
    if (!leavesItemOut(problem, said)) continue;
    const item = ITEM.exec(problem.path)?.[0];
    if (item === undefined) leftOut++;
    else if (!items.has(item)) {
      items.add(item);
      leftOut++;
    }
  }
  return { problems: count, warnings, leftOut };
}
