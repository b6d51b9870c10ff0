import { EVENT_TYPE_LABELS } from "../data/eventTypeLabels.ts";
import type { IndexedDataset } from "../data/indexDataset.ts";
import { DATE_CERTAINTY_LABELS } from "../dates/dateCertainty.ts";
import type { EventFilters } from "../search/eventFilters.ts";

/** The active filters in one sentence, for print: "Filters: types …; person …; search “…”." */
export function describeFilters(filters: EventFilters, data: IndexedDataset): string {
  const parts: string[] = [];
  if (filters.types !== null) {
    parts.push(
      filters.types.length === 0
        ? "no types"
        : `types ${filters.types.map((t) => EVENT_TYPE_LABELS[t]).join(", ")}`,
    );
  }
  if (filters.person !== null)
    parts.push(`person ${data.people.get(filters.person)?.name ?? filters.person}`);
  if (filters.certainty != null) {
    const labels = filters.certainty.map((c) => DATE_CERTAINTY_LABELS[c].toLowerCase());
    parts.push(`dates ${labels.length === 0 ? "none" : labels.join(", ")}`);
  }
  if (filters.corrections) parts.push("only events with a correction or caveat");
  if (filters.query.trim() !== "") parts.push(`search “${filters.query.trim()}”`);
  return parts.length === 0 ? "Filters: none (all events)." : `Filters: ${parts.join("; ")}.`;
}
