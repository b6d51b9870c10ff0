import { NO_GROUP } from "../data/eventGroup.ts";
import { t } from "../i18n/i18n.ts";
import { shortText } from "../lib/shortText.ts";

/** A link's group filter as the open timeline can apply it, and what of it could not be. */
export interface CheckedGroupFilter {
  /** The groups shown (`ViewState.groups`), only those the timeline has; null = all. */
  groups: string[] | null;
  /** What the link named that the timeline lacks, and what is shown instead; null when nothing. */
  notice: string | null;
}

/**
 * Keeps the groups of a link's filter that the timeline has (`known`, see `listGroups`): a link
 * made for another timeline, or one whose groups were renamed, still opens. When it names none
 * of them, every group is shown; either way a notice names what was set aside.
 */
export function checkGroupFilter(
  groups: string[] | null,
  known: readonly string[],
): CheckedGroupFilter {
  if (groups === null) return { groups, notice: null };
  const kept = groups.filter((group) => known.includes(group));
  const unknown = groups.filter((group) => !known.includes(group));
  if (unknown.length === 0) return { groups, notice: null };
  const names = shortText(unknown.map(groupLabel).join(t("state.listSeparator")), 80);
  if (kept.length === 0) return { groups: null, notice: t("state.groupsUnknown", { names }) };
  return { groups: kept, notice: t("state.groupsSomeUnknown", { names }) };
}

/** A group's name as the toggles and sentences show it: "No group" for the events without one. */
export function groupLabel(group: string): string {
  return group === NO_GROUP ? t("state.noGroup") : group;
}
