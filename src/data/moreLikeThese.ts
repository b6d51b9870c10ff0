import { formatCount } from "../i18n/formatCount.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { SECTION_ITEM } from "./sectionItem.ts";

/**
 * The one line standing for `count` more items of `section` that do not fit the schema, left out
 * without each being described: "and 299,990 more like these: events that do not fit the
 * schema, left out".
 */
export function moreLikeThese(section: keyof typeof SECTION_ITEM, count: number): LoadProblem {
  const items = count === 1 ? SECTION_ITEM[section] : section;
  return {
    path: section,
    reason: `and ${formatCount(count)} more like these: ${items} that ${count === 1 ? "does" : "do"} not fit the schema, left out`,
    more: count,
  };
}
