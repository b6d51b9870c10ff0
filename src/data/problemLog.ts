import { formatCount } from "../i18n/formatCount.ts";
import { t } from "../i18n/i18n.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { SECTION_ITEM } from "./sectionItem.ts";

/** How many problems of one section the rules list one by one; the rest are counted. */
export const LISTED_PER_SECTION = 1000;

type Section = keyof typeof SECTION_ITEM;

/** The section a problem's path is in: `events` of `events[3].date`; null outside one. */
const sectionOf = (path: string): Section | null => {
  const bracket = path.indexOf("[");
  const name = bracket === -1 ? path : path.slice(0, bracket);
  return Object.hasOwn(SECTION_ITEM, name) ? (name as Section) : null;
};

/** The line standing for `count` more items of `section` left out: "and 2 more like these: events left out". */
function moreLeftOut(section: Section, count: number): string {
  return t("data.moreLeftOut", { count: formatCount(count), section, n: count });
}

/**
 * The problems of a check, listed up to `LISTED_PER_SECTION` for each section and past that only
 * counted, so a file of a million broken items is checked without keeping a million messages;
 * `lines()` ends each section's list with "and N more like these". An array, so the rules push
 * to it as to any list of problems.
 */
export class ProblemLog extends Array<LoadProblem> {
  // Slices and maps of it are plain lists.
  static override get [Symbol.species]() {
    return Array;
  }

  private readonly listed = new Map<Section, number>();
  private readonly unlisted = new Map<
    Section,
    { leftOut: number; other: number; warnings: number }
  >();

  override push(...problems: LoadProblem[]): number {
    for (const problem of problems) {
      const section = sectionOf(problem.path);
      const count = section === null ? 0 : (this.listed.get(section) ?? 0);
      if (section === null || count < LISTED_PER_SECTION) {
        if (section !== null) this.listed.set(section, count + 1);
        super.push(problem);
        continue;
      }
      const tally = this.unlisted.get(section) ?? { leftOut: 0, other: 0, warnings: 0 };
      if (problem.warning) tally.warnings++;
      else if (problem.leftOut) tally.leftOut++;
      else tally.other++;
      this.unlisted.set(section, tally);
    }
    return this.length;
  }

  /** Every problem listed, then for each section the ones only counted, as plain lines. */
  lines(): LoadProblem[] {
    const out: LoadProblem[] = [...this];
    for (const [section, { leftOut, other, warnings }] of this.unlisted) {
      if (leftOut > 0) {
        out.push({
          path: section,
          reason: moreLeftOut(section, leftOut),
          more: leftOut,
          leftOut: true,
        });
      }
      if (other > 0) {
        out.push({
          path: section,
          reason: t("data.moreInSection", { count: formatCount(other), section }),
          more: other,
        });
      }
      if (warnings > 0) {
        out.push({
          path: section,
          reason: t("data.moreWarningsInSection", { count: formatCount(warnings), section }),
          warning: true,
          more: warnings,
        });
      }
    }
    return out;
  }
}
