import {
  Fragment,
  type ReactNode,
  type RefObject,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useMediaQuery } from "../components/useMediaQuery.ts";
import type { Dataset, Person, TimelineEvent } from "../data/datasetSchema.ts";
import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import type { EventType } from "../data/vocabulary.ts";
import type { DateCertainty } from "../dates/dateCertainty.ts";
import { ExportMenu } from "../features/export/ExportMenu.tsx";
import { CertaintyFilter } from "../features/filters/CertaintyFilter.tsx";
import { CorrectionsToggle } from "../features/filters/CorrectionsToggle.tsx";
import { GROUP_CHIP_LIMIT, GroupChips } from "../features/filters/GroupChips.tsx";
import { PersonFilter } from "../features/filters/PersonFilter.tsx";
import { SearchBox } from "../features/filters/SearchBox.tsx";
import { TypeChips } from "../features/filters/TypeChips.tsx";
import { createLabelMeasure } from "../features/timeline/createLabelMeasure.ts";
import { useElementSize } from "../features/timeline/useElementSize.ts";
import { useT } from "../i18n/useT.ts";
import { shortText } from "../lib/shortText.ts";
import { groupLabel } from "../state/checkGroupFilter.ts";
import type { ViewMode } from "../state/viewState.ts";
import { LanguageSelect } from "./LanguageSelect.tsx";
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
  /** The groups shown (null: all), and the timeline's groups: none, and no group toggles show. */
  groups: readonly string[] | null;
  groupCounts: ReadonlyMap<string, number>;
  presentGroups: readonly string[];
  onGroups: (groups: string[] | null) => void;
  person: string | null;
  people: readonly Person[];
  personCounts: ReadonlyMap<string, number> | null;
  onPerson: (person: string | null) => void;
  certainty: readonly DateCertainty[] | null;
  certaintyCounts: Record<DateCertainty, number>;
  onCertainty: (certainty: DateCertainty[] | null) => void;
  corrections: boolean;
  correctionCount: number;
  onCorrections: (on: boolean) => void;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  dataset: Dataset;
  /** The events shown now, for export. */
  events: readonly TimelineEvent[];
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onOpenFile: (file: File) => void;
  opening: boolean;
  /** The Share control (link to the current view). */
  share: ReactNode;
}

type Part =
  | "search"
  | "types"
  | "groups"
  | "corrections"
  | "certainty"
  | "person"
  | "view"
  | "share"
  | "export"
  | "theme"
  | "language"
  | "open";

/** Left to right in the row. */
const ROW_ORDER: readonly Part[] = [
  "search",
  "types",
  "groups",
  "corrections",
  "certainty",
  "person",
  "view",
  "share",
  "export",
  "theme",
  "language",
  "open",
];

/** The font the controls are drawn in; keep in step with styles.css (sizes in rem). */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** Space between controls, and the row's padding on each side, in rem. */
const GAP = 0.5;
const PADDING = 1;
/** Before the row is measured (and in jsdom): wide enough for every control. */
const UNMEASURED = { width: 1920, height: 0 };

/** The root font size in pixels: the reader's chosen text size. */
function remPx(): number {
  if (typeof document === "undefined") return 16;
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * One row for search, type toggles, group toggles (for a timeline with groups), corrections, date certainty, person, view, share, export,
 * theme and Open file. Controls with no room in the row move, least needed first, into a "More"
 * menu at its end: never onto a new row.
 * Each control's width is worked out from its words in the reader's text size; should the row
 * still overflow as drawn, one more control moves, until it does not.
 */
export function Toolbar(props: ToolbarProps) {
  const t = useT();
  const row = useRef<HTMLDivElement>(null);
  // The reader's text size, read once drawn (a render at build time, and its hydration, assume 16).
  const [rem, setRem] = useState(16);
  useLayoutEffect(() => setRem(remPx()), []);
  const outer = useElementSize(row, UNMEASURED, false)?.width ?? UNMEASURED.width;
  const available = outer - 2 * PADDING * rem;
  // The row speaks in fewer words where the timeline runs down the screen.
  const compact = useMediaQuery("(max-width: 639px)");
  const text = useMemo(() => createLabelMeasure(`${rem}px ${FONT}`, rem * 0.55), [rem]);
  const chipText = useMemo(() => createLabelMeasure(`${rem * 0.85}px ${FONT}`, rem * 0.47), [rem]);
  const { presentTypes, typeCounts, presentGroups, groupCounts } = props;
  // A timeline without groups has no group toggles, and one naming nobody no person filter: not
  // in the row, not in the menu.
  const hasPeople = props.people.length > 0 || props.person !== null;
  const order = ROW_ORDER.filter(
    (id) => (id !== "groups" || presentGroups.length > 0) && (id !== "person" || hasPeople),
  );

  // Each control's width in the row, from its words as drawn (padding and borders added).
  const items = useMemo(() => {
    const em = rem / 16;
    const button = (label: string, pad = 34) => text(label) + pad * em;
    const chipsWidth = (label: (type: EventType) => string) =>
      presentTypes.reduce((sum, type) => sum + chipText(label(type)) + 40 * em, 0) +
      (presentTypes.length - 1) * 5.6 * em;
    const groupsWidth =
      presentGroups.reduce(
        (sum, group) =>
          sum +
          chipText(
            `${shortText(groupLabel(group), GROUP_CHIP_LIMIT)} ${groupCounts.get(group) ?? 0}`,
          ) +
          26 * em,
        0,
      ) +
      (presentGroups.length - 1) * 5.6 * em;
    const viewPad = compact ? 22 : 34;
    const list = (typesWidth: number): ToolbarItem[] => [
      { id: "search", width: (compact ? 72 : 210) * em, required: true },
      // The view stays in the row but where even it and the search leave no room (large text
      // on a narrow phone).
      {
        id: "view",
        width: button(t("app.viewTimeline"), viewPad) + button(t("app.viewList"), viewPad),
      },
      { id: "types", width: typesWidth },
      ...(presentGroups.length > 0 ? [{ id: "groups", width: groupsWidth }] : []),
      { id: "corrections", width: button(`Corrections (${props.correctionCount})`) },
      { id: "share", width: button(`${t("export.share")} ▾`, 26) },
      { id: "export", width: button(`${t("export.export")} ▾`, 26) },
      // A timeline naming nobody (an imported one) has no one to choose: no person filter.
      ...(hasPeople ? [{ id: "person" as const, width: text("Person") + 206 * em }] : []),
      { id: "certainty", width: text("Dates") + text("Any certainty") + 48 * em },
      { id: "open", width: button(t("app.openFile")) },
      { id: "theme", width: text(t("app.theme")) + 102 * em },
      { id: "language", width: text(t("app.language")) + 190 * em },
    ];
    return {
      full: list(chipsWidth((type) => `${eventTypeLabel(type)} ${typeCounts[type]}`)),
      shapes: list(chipsWidth((type) => String(typeCounts[type]))),
      more: text(`${t("app.more")} ▾`) + 26 * em,
    };
  }, [
    text,
    chipText,
    presentTypes,
    typeCounts,
    presentGroups,
    groupCounts,
    compact,
    rem,
    props.correctionCount,
    hasPeople,
    t,
  ]);
  const gap = GAP * rem;
  // The type toggles keep their names unless, as shapes and counts, they leave more in the row.
  const named = toolbarOverflow(available, items.full, items.more, gap);
  const asShapes = toolbarOverflow(available, items.shapes, items.more, gap);
  const shapesOnly = asShapes.menu.length < named.menu.length;
  const estimated = shapesOnly ? asShapes : named;

  // Moved as the row turns out to overflow when drawn, for this width: counted from the least
  // needed control still in the row.
  const [overflow, setOverflow] = useState({ width: outer, moved: 0 });
  const moved = overflow.width === outer ? overflow.moved : 0;
  const movable = items.full.filter((item) => !item.required && estimated.inline.has(item.id));
  const pushed = new Set(movable.slice(movable.length - moved).map((item) => item.id));
  const inline = (id: Part) => estimated.inline.has(id) && !pushed.has(id);
  const menu = order.filter((id) => !inline(id));
  useLayoutEffect(() => {
    const element = row.current;
    if (!element || element.scrollWidth <= element.clientWidth + 1) return;
    if (moved < movable.length) setOverflow({ width: outer, moved: moved + 1 });
  });

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
            compact={shapesOnly && inline("types")}
          />
        );
      case "groups":
        return (
          <GroupChips
            key={id}
            groups={props.groups}
            groupCounts={groupCounts}
            presentGroups={presentGroups}
            onGroups={props.onGroups}
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
      case "corrections":
        return (
          <CorrectionsToggle
            key={id}
            on={props.corrections}
            count={props.correctionCount}
            onChange={props.onCorrections}
          />
        );
      case "certainty":
        return (
          <CertaintyFilter
            key={id}
            certainty={props.certainty}
            counts={props.certaintyCounts}
            onCertainty={props.onCertainty}
          />
        );
      case "view":
        return <ViewSwitch key={id} value={props.view} onChange={props.onView} />;
      case "share":
        return <Fragment key={id}>{props.share}</Fragment>;
      case "export":
        return <ExportMenu key={id} dataset={props.dataset} events={props.events} />;
      case "theme":
        return <ThemeSelect key={id} value={props.theme} onChange={props.onTheme} />;
      case "language":
        return <LanguageSelect key={id} />;
      case "open":
        return <OpenFileButton key={id} onFile={props.onOpenFile} busy={props.opening} />;
    }
  };

  return (
    <div ref={row} className={`toolbar${compact ? " toolbar--compact" : ""}`}>
      {order.filter(inline).map(part)}
      {menu.length > 0 && (
        <MoreMenu>
          {menu.map((id) => (
            <div key={id} className={`more-menu__item more-menu__item--${id}`}>
              {part(id)}
            </div>
          ))}
        </MoreMenu>
      )}
    </div>
  );
}
