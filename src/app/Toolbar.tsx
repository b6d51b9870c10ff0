import { type ReactNode, type RefObject, useMemo, useRef } from "react";
import { EVENT_TYPE_LABELS } from "../data/eventTypeLabels.ts";
import type { Dataset, Person, TimelineEvent } from "../data/schema.ts";
import type { EventType } from "../data/vocabulary.ts";
import { ExportMenu } from "../features/export/ExportMenu.tsx";
import { PersonFilter } from "../features/filters/PersonFilter.tsx";
import { SearchBox } from "../features/filters/SearchBox.tsx";
import { TypeChips } from "../features/filters/TypeChips.tsx";
import { createLabelMeasure } from "../features/timeline/measureLabel.ts";
import { useElementSize } from "../features/timeline/useElementSize.ts";
import type { ViewMode } from "../state/viewState.ts";
import { MoreMenu } from "./MoreMenu.tsx";
import { OpenFileButton } from "./OpenFileButton.tsx";
import { ThemeSelect } from "./ThemeSelect.tsx";
import { type ToolbarItem, toolbarOverflow } from "./toolbarOverflow.ts";
import type { ThemeChoice } from "./useTheme.ts";
import { ViewSwitch } from "./ViewSwitch.tsx";

interface ToolbarProps {
  query: string;
  searchRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  types: readonly EventType[] | null;
  typeCounts: Record<EventType, number>;
  presentTypes: readonly EventType[];
  onTypes: (types: EventType[] | null) => void;
  person: string | null;
  people: readonly Person[];
  personCounts: ReadonlyMap<string, number> | null;
  onPerson: (person: string | null) => void;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  dataset: Dataset;
  /** The events shown now, for export. */
  events: readonly TimelineEvent[];
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onOpenFile: (file: File) => void;
  opening: boolean;
}

type Part = "search" | "types" | "person" | "view" | "export" | "theme" | "open";

/** Left to right in the row. */
const ROW_ORDER: readonly Part[] = ["search", "types", "person", "view", "export", "theme", "open"];

/** The fonts the controls are drawn in; keep in step with styles.css. */
const UI_FONT = "16px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const CHIP_FONT = "13.6px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** Below this width the row speaks in fewer words. */
const COMPACT_BELOW = 640;
const GAP = 8;
/** Before the row is measured (and in jsdom): wide enough for every control. */
const UNMEASURED = { width: 1920, height: 0 };

/**
 * One row for search, type toggles, person, view, export, theme and Open file. Controls with no
 * room in the row move, least needed first, into a "More" menu at its end: never onto a new row.
 */
export function Toolbar(props: ToolbarProps) {
  const row = useRef<HTMLDivElement>(null);
  const available = useElementSize(row, UNMEASURED, false)?.width ?? UNMEASURED.width;
  const compact = available < COMPACT_BELOW;
  const text = useMemo(() => createLabelMeasure(UI_FONT, 8.5), []);
  const chipText = useMemo(() => createLabelMeasure(CHIP_FONT, 7.5), []);
  const { presentTypes, typeCounts } = props;

  // Each control's width in the row, from its words as drawn (padding and borders added).
  const items = useMemo(() => {
    const button = (label: string, pad = 34) => text(label) + pad;
    const chips =
      presentTypes.reduce(
        (sum, type) => sum + chipText(`${EVENT_TYPE_LABELS[type]} ${typeCounts[type]}`) + 40,
        0,
      ) +
      (presentTypes.length - 1) * 5.6;
    const compactChips =
      presentTypes.reduce((sum, type) => sum + chipText(String(typeCounts[type])) + 40, 0) +
      (presentTypes.length - 1) * 5.6;
    const viewPad = compact ? 22 : 34;
    const list = (typesWidth: number): ToolbarItem[] => [
      { id: "search", width: compact ? 88 : 210, required: true },
      { id: "view", width: button("Timeline", viewPad) + button("List", viewPad), required: true },
      { id: "types", width: typesWidth },
      { id: "export", width: button("Export ▾", 26) },
      { id: "person", width: text("Person") + 6 + 200 },
      { id: "open", width: button("Open file…") },
      { id: "theme", width: text("Theme") + 6 + 96 },
    ];
    return { full: list(chips), compactChips: list(compactChips) };
  }, [text, chipText, presentTypes, typeCounts, compact]);
  const moreWidth = text("More ▾") + 26;
  // The type toggles stay in the row as shapes and counts before they move into the menu.
  const full = toolbarOverflow(available, items.full, moreWidth, GAP);
  const shapesOnly = !full.inline.has("types");
  const fit = shapesOnly ? toolbarOverflow(available, items.compactChips, moreWidth, GAP) : full;

  const part = (id: Part): ReactNode => {
    switch (id) {
      case "search":
        return (
          <SearchBox
            key={id}
            query={props.query}
            inputRef={props.searchRef}
            onQuery={props.onQuery}
            compact={compact}
          />
        );
      case "types":
        return (
          <TypeChips
            key={id}
            types={props.types}
            typeCounts={typeCounts}
            presentTypes={presentTypes}
            onTypes={props.onTypes}
            compact={shapesOnly && fit.inline.has("types")}
          />
        );
      case "person":
        return (
          <PersonFilter
            key={id}
            person={props.person}
            people={props.people}
            personCounts={props.personCounts}
            onPerson={props.onPerson}
          />
        );
      case "view":
        return <ViewSwitch key={id} value={props.view} onChange={props.onView} />;
      case "export":
        return <ExportMenu key={id} dataset={props.dataset} events={props.events} />;
      case "theme":
        return <ThemeSelect key={id} value={props.theme} onChange={props.onTheme} />;
      case "open":
        return <OpenFileButton key={id} onFile={props.onOpenFile} busy={props.opening} />;
    }
  };

  return (
    <div ref={row} className={`toolbar${compact ? " toolbar--compact" : ""}`}>
      {ROW_ORDER.filter((id) => fit.inline.has(id)).map(part)}
      {fit.menu.length > 0 && (
        <MoreMenu>
          {ROW_ORDER.filter((id) => fit.menu.includes(id)).map((id) => (
            <div key={id} className={`more-menu__item more-menu__item--${id}`}>
              {part(id)}
            </div>
          ))}
        </MoreMenu>
      )}
    </div>
  );
}
