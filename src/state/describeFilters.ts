import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import type { IndexedDataset } from "../data/indexDataset.ts";
import { DATE_CERTAINTY_LABELS } from "../dates/dateCertainty.ts";
import { NAME_LIMIT, shortText } from "../lib/shortText.ts";
import type { EventFilters } from "../search/eventFilters.ts";
import { groupLabel } from "./checkGroupFilter.ts";

/** The active filters in one sentence, for print: "Filters: types …; person …; groups …; search “…”." */
export function describeFilters(filters: EventFilters, data: IndexedDataset): string {
  const parts: string[] = [];
  if (filters.types !== null) {
    parts.push(
      filters.types.length === 0
        ? "no types"
        : `types ${filters.types.map((t) => eventTypeLabel(t)).join(", ")}`,
    );
  }
  if (filters.person !== null)
    parts.push(`person ${data.people.get(filters.person)?.name ?? filters.person}`);
  if (filters.groups != null) {
    const names = filters.groups.map((g) => shortText(groupLabel(g), NAME_LIMIT));
    parts.push(names.length === 0 ? "no groups" : `groups ${names.join(", ")}`);
  }
  if (filters.certainty != null) {
    const labels = filters.certainty.map((c) => DATE_CERTAINTY_LABELS[c].toLowerCase());
    parts.push(`dates ${labels.length === 0 ? "none" : labels.join(", ")}`);
  }
  if (filters.corrections) parts.push("only events with a correction or caveat");
  if (filters.query.trim() !== "") parts.push(`search “${filters.query.trim()}”`);
  return parts.length === 0 ? "Filters: none (all events)." : `Filters: ${parts.join("; ")}.`;
}
