import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import type { IndexedDataset } from "../data/indexDataset.ts";
import { dateCertaintyLabel } from "../dates/dateCertainty.ts";
import { t } from "../i18n/i18n.ts";
import { NAME_LIMIT, shortText } from "../lib/shortText.ts";
import type { EventFilters } from "../search/eventFilters.ts";
import { groupLabel } from "./checkGroupFilter.ts";

/** The active filters in one sentence, for print: "Filters: types …; person …; groups …; search “…”." */
export function describeFilters(filters: EventFilters, data: IndexedDataset): string {
  const list = (items: readonly string[]) => items.join(t("state.listSeparator"));
  const parts: string[] = [];
  if (filters.types !== null) {
    parts.push(
      filters.types.length === 0
        ? t("state.filterNoTypes")
        : t("state.filterTypes", {
            types: list(filters.types.map((type) => eventTypeLabel(type))),
          }),
    );
  }
  if (filters.person !== null)
    parts.push(
      t("state.filterPerson", { name: data.people.get(filters.person)?.name ?? filters.person }),
    );
  if (filters.groups != null) {
    const names = filters.groups.map((g) => shortText(groupLabel(g), NAME_LIMIT));
    parts.push(
      names.length === 0
        ? t("state.filterNoGroups")
        : t("state.filterGroups", { groups: list(names) }),
    );
  }
  if (filters.certainty != null) {
    const labels = filters.certainty.map((c) => dateCertaintyLabel(c).toLowerCase());
    parts.push(
      labels.length === 0
        ? t("state.filterNoDates")
        : t("state.filterDates", { dates: list(labels) }),
    );
  }
  if (filters.corrections) parts.push(t("state.filterCorrections"));
  if (filters.query.trim() !== "")
    parts.push(t("state.filterSearch", { query: filters.query.trim() }));
  return parts.length === 0
    ? t("state.filtersNone")
    : t("state.filters", { filters: parts.join(t("state.filterSeparator")) });
}
