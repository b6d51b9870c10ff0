import { Highlighted } from "../../components/Highlighted.tsx";
import { TypeIcon } from "../../components/TypeIcon.tsx";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";

/** The tray shows this many; the rest are a click away in the list, keeping the page light. */
const TRAY_LIMIT = 12;

interface UndatedTrayProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onFocusEvent: (id: string) => void;
  onShowAll: () => void;
}

/** Events with no known date, beside the axis: shown, never dropped. */
export function UndatedTray({
  events,
  selectedId,
  onSelect,
  onFocusEvent,
  onShowAll,
}: UndatedTrayProps) {
  const t = useT();
  if (events.length === 0) return null;
  const shown = events.slice(0, TRAY_LIMIT);
  if (selectedId && !shown.some((e) => e.id === selectedId)) {
    const selected = events.find((e) => e.id === selectedId);
    if (selected) shown.push(selected);
  }
  return (
    <aside className="undated" aria-labelledby="undated-title">
      <h3 id="undated-title" className="undated__title">
        {t("timeline.undated")}{" "}
        <span className="undated__count">
          {t("timeline.undatedCount", { count: events.length })}
        </span>
      </h3>
      <ul className="undated__list">
        {shown.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="undated__item"
              data-event-id={event.id}
              data-type={event.type}
              aria-pressed={event.id === selectedId}
              aria-label={t("timeline.undatedName", { title: shortText(event.title) })}
              onClick={() => onSelect(event.id)}
              onFocus={() => onFocusEvent(event.id)}
            >
              <TypeIcon type={event.type} />
              <span dir="auto">
                <Highlighted text={shortText(event.title, 120)} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {events.length > shown.length && (
        <button type="button" className="link-button" onClick={onShowAll}>
          {t("timeline.undatedAll", { count: events.length })}
        </button>
      )}
    </aside>
  );
}
