import { formatCount } from "../i18n/formatCount.ts";
import { t } from "../i18n/i18n.ts";
import type { LoadProblem } from "./loadProblem.ts";
import type { SECTION_ITEM } from "./sectionItem.ts";

/**
 * The one line standing for `count` more items of `section` that do not fit the schema, left out
 * without each being described: "and 299,990 more like these: events that do not fit the
 * schema, left out".
 */
export function moreLikeThese(section: keyof typeof SECTION_ITEM, count: number): LoadProblem {
  return {
    path: section,
    reason: t("data.moreUnfit", { count: formatCount(count), section, n: count }),
    more: count,
    leftOut: true,
  };
}
