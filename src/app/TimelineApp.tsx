import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { HighlightQuery } from "../components/Highlighted.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { lazyWithPreload } from "../components/lazyWithPreload.ts";
import { preloadLoadErrorText } from "../components/useLoadErrorText.ts";
import { useMediaQuery } from "../components/useMediaQuery.ts";
import { ViewErrorBoundary } from "../components/ViewErrorBoundary.tsx";
import type { EventType } from "../data/datasetSchema.ts";
import type { IndexedDataset } from "../data/indexDataset.ts";
import { listGroups } from "../data/listGroups.ts";
import { useArticleProblems } from "../data/useArticleProblems.ts";
import { EVENT_TYPES } from "../data/vocabulary.ts";
import { formatInstantDay } from "../dates/formatInstantDay.ts";
import { MissingEventNotice } from "../features/details/MissingEventNotice.tsx";
import { EventList } from "../features/eventList/EventList.tsx";
import { preloadMenuPanels } from "../features/export/preloadMenuPanels.ts";
import { ShareMenu } from "../features/export/ShareMenu.tsx";
import { LinkNotice } from "../features/filters/LinkNotice.tsx";
import { NoResults } from "../features/filters/NoResults.tsx";
import { MemoTimelineView as TimelineView } from "../features/timeline/TimelineView.tsx";
import { formatCount } from "../i18n/formatCount.ts";
import { useT } from "../i18n/useT.ts";
import { shortText } from "../lib/shortText.ts";
import { countFacets } from "../search/countFacets.ts";
import { countGroups } from "../search/countGroups.ts";
import { countPeople } from "../search/countPeople.ts";
import type { EventFilters } from "../search/eventFilters.ts";
import { keptEvents } from "../search/filterMask.ts";
import { isSearchCapped, MAX_SEARCH_WORDS } from "../search/foldForSearch.ts";
import { hasActiveFilters } from "../search/hasActiveFilters.ts";
import type { SearchIndex } from "../search/searchIndex.ts";
import { useDidYouMean } from "../search/useDidYouMean.ts";
import { useEventMask } from "../search/useEventMask.ts";
import { useSearchIndex } from "../search/useSearchIndex.ts";
import { checkGroupFilter } from "../state/checkGroupFilter.ts";
import { describeFilters } from "../state/describeFilters.ts";
import { keyboardIntent } from "../state/keyboardIntent.ts";
import { readViewState } from "../state/parseViewState.ts";
import { serializeViewState } from "../state/serializeViewState.ts";
import { useViewState } from "../state/useViewState.ts";
import type { ViewMode } from "../state/viewState.ts";
import { holdsNone } from "../timeline/holdsNone.ts";
import { eraWindow } from "../timeline/layoutEras.ts";
import { placeEvents } from "../timeline/placeEvents.ts";
import type { TimeWindow } from "../timeline/types.ts";
import { zoomBounds } from "../timeline/zoomWindow.ts";
import { inertOutside } from "./focusSoon.ts";
import { Toolbar } from "./Toolbar.tsx";
import { useFocusFollows } from "./useFocusFollows.ts";
import { usePrinting } from "./usePrinting.ts";
import { useSettledValue } from "./useSettledValue.ts";
import { useTheme } from "./useTheme.ts";

// What the first view does not show loads when first opened (a few kilobytes, in milliseconds).
const DetailsPanel = lazyWithPreload(() =>
  import("../features/details/DetailsPanel.tsx").then((m) => m.DetailsPanel),
);
const ProblemsPanel = lazyWithPreload(() =>
  import("../features/problems/ProblemsPanel.tsx").then((m) => m.ProblemsPanel),
);
const SourceReader = lazyWithPreload(() =>
  import("../features/reader/SourceReader.tsx").then((m) => m.SourceReader),
);

/** Loads every view the first one leaves out, ahead of need (at the reader's first gesture). */
export function preloadViews(): Promise<unknown> {
  return Promise.all([
    ...[DetailsPanel, ProblemsPanel, SourceReader].map((v) => v.preload()),
    preloadMenuPanels(),
    preloadLoadErrorText(),
  ]);
}

const BY_NAME = new Intl.Collator("en");
const NO_INDEX: SearchIndex = [];
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** How long the filters must stay the same before the people are counted again. */
const COUNT_AFTER_MS = 150;

/** Up to this many events, the print list is always in the page (printing needs no event). */
const PRINT_LIST_ALWAYS = 200;

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The loaded timeline: filters, the timeline or list view, details and the source reader. */
export function TimelineApp({
  data,
  datasetUrl,
  onOpenFile,
  opening,
  embedded = false,
}: {
  data: IndexedDataset;
  /** Where the dataset came from, to find its articles; null for a file opened from the device. */
  datasetUrl: string | null;
  /** Opens a timeline file from the device in place of this one. */
  onOpenFile: (file: File) => void;
  /** True while a file is being opened. */
  opening: boolean;
  /** Shown inside another site's page: no toolbar. */
  embedded?: boolean;
}) {
  const t = useT();
  const [state, update, readState] = useViewState(embedded ? "replace" : "push");
  // The timeline's groups: a toggle each (none, and no toggles show).
  const presentGroups = useMemo(() => listGroups(data.ordered), [data]);
  // A link's groups that this timeline lacks are set aside (see `checkGroupFilter`).
  const groupFilter = useMemo(
    () => checkGroupFilter(state.groups, presentGroups),
    [state.groups, presentGroups],
  );
  // What the opening link asked for and was not understood (it fell back to the default), said
  // again in a newly chosen language.
  const [openingLink] = useState(() => ({
    search: typeof window === "undefined" ? null : window.location.search,
    groups: state.groups,
  }));
  const [linkNoticesShown, setLinkNoticesShown] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `t` is a new language, so new words.
  const linkNotices = useMemo(() => {
    if (openingLink.search === null || !linkNoticesShown) return [];
    const { notices } = readViewState(openingLink.search);
    const groups = checkGroupFilter(openingLink.groups, presentGroups).notice;
    return groups === null ? notices : [...notices, groups];
  }, [openingLink, linkNoticesShown, presentGroups, t]);
  // The address keeps only what is applied, so a link shared from here names no lacking group.
  const [openingGroups] = useState(groupFilter);
  useEffect(() => {
    if (openingGroups.notice !== null) update({ groups: openingGroups.groups }, "replace");
  }, [openingGroups, update]);
  const [theme, setTheme] = useTheme();
  // Below 640 px the timeline runs down the screen; it is the first view on every screen.
  const narrow = useMediaQuery("(max-width: 639px)");
  // A finger needs larger targets than a mouse (44 px, not 24).
  const touch = useMediaQuery("(pointer: coarse)");
  const view: ViewMode = state.view ?? "timeline";
  const searchRef = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const printing = usePrinting();

  const placed = useMemo(() => placeEvents(data), [data]);
  // An article found changed when it arrives is listed with the dataset's own problems.
  const problems = useArticleProblems(data, datasetUrl);
  const { ordered, eventById, types } = data;
  const { extent } = placed;
  const index = useSearchIndex(ordered, data.people, state.query.trim() !== "", data.sources);
  // The first event opened shows at once: the views it needs load as soon as the reader points
  // at or tabs into the timeline or the list, not before (a reader who only looks loads nothing).
  const warmed = useRef(false);
  const warmViews = useCallback(() => {
    if (warmed.current) return;
    warmed.current = true;
    preloadViews().catch(() => {
      warmed.current = false; // opening one, or the next gesture, tries again
    });
  }, []);
  const eras = data.dataset.eras;
  const bounds = useMemo(() => {
    // Eras count too: an era before the first event can still be shown.
    const all = (eras ?? []).reduce<TimeWindow | null>((acc, era) => {
      const w = eraWindow(era);
      return acc ? { start: Math.min(acc.start, w.start), end: Math.max(acc.end, w.end) } : w;
    }, extent);
    return all ? zoomBounds(all) : null;
  }, [extent, eras]);
  // A link's window that holds none of the timeline is replaced by the whole timeline; say so once.
  const [askedWindow] = useState(() => state.window);
  const [windowNoticeShown, setWindowNoticeShown] = useState(true);
  const notices =
    windowNoticeShown && askedWindow && bounds && holdsNone(askedWindow, bounds)
      ? [
          ...linkNotices,
          t("app.windowNotice", {
            start: formatInstantDay(askedWindow.start),
            end: formatInstantDay(askedWindow.end),
          }),
        ]
      : linkNotices;
  // Typing stays responsive on big datasets: the views follow the latest query when they can.
  const query = useDeferredValue(state.query);
  const filters: EventFilters = useMemo(
    () => ({
      types: state.types,
      person: state.person,
      query,
      certainty: state.certainty,
      corrections: state.corrections,
      groups: groupFilter.groups,
    }),
    [state.types, state.person, query, state.certainty, state.corrections, groupFilter.groups],
  );
  // Without a query the index is not consulted; keeping it out of the dependencies means the
  // index finishing in the background does not refilter (and redraw) everything.
  const searchIndex = filters.query.trim() === "" ? NO_INDEX : index;
  const { matched, mask } = useEventMask(ordered, data.typeCounts, filters, searchIndex);
  const { typeCounts } = mask;
  // The shown events as a list, for what steps through them (the details' previous and next,
  // the list view, exports); the timeline reads the mask itself.
  const filtered = useMemo(() => keptEvents(ordered, mask.keep), [ordered, mask]);
  // Each person's count shows only in the people list, which fills in after the timeline is
  // drawn: counted then too, and again once the filters have stopped changing (not on every
  // keystroke of a search). Meanwhile the list names people without counts, never stale ones.
  const counting = useMemo(() => ({ matched, filters }), [matched, filters]);
  const counted = useSettledValue(counting, COUNT_AFTER_MS);
  const personCounts = useMemo(
    () => counted && countPeople(ordered, counted.filters, counted.matched),
    [ordered, counted],
  );
  const suggestion = useDidYouMean(ordered, data.people, query, index, mask.shown === 0);
  // The facets' counts: one pass over the searched events, cheap beside the search itself.
  const facetCounts = useMemo(
    () => countFacets(ordered, filters, matched),
    [ordered, filters, matched],
  );
  // Counted only for a timeline with groups: the first view of one without makes no extra pass.
  const groupCounts = useMemo(
    () => (presentGroups.length > 0 ? countGroups(ordered, filters, matched) : NO_COUNTS),
    [presentGroups, ordered, filters, matched],
  );
  const presentTypes = useMemo(() => EVENT_TYPES.filter((type) => types.has(type)), [types]);
  const people = useMemo(
    () => [...data.people.values()].sort((a, b) => BY_NAME.compare(a.name, b.name)),
    [data],
  );

  const selected = state.event === null ? null : (eventById.get(state.event) ?? null);
  const position = selected ? filtered.indexOf(selected) : -1;
  const excerpt = selected && state.reader !== null ? selected.excerpts[state.reader] : undefined;
  const readerSource = excerpt ? data.sources.get(excerpt.source) : undefined;

  const select = useCallback(
    (id: string) => {
      update({ event: id, reader: null }, "push");
      const event = ordered.find((e) => e.id === id);
      if (event) setAnnouncement(t("app.announceDetails", { title: shortText(event.title) }));
    },
    [ordered, update, t],
  );
  // Inside another site's page the details open in the page (no sheet): brought into view.
  const panelRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const { remember } = useFocusFollows(state, panelRef, mainRef);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new event or excerpt brings it in.
  useEffect(() => {
    if (embedded && narrow && state.event !== null)
      panelRef.current?.scrollIntoView({ block: "nearest" });
  }, [embedded, narrow, state.event, state.reader]);
  const showInArticle = useCallback(
    (id: string, excerptIndex: number) => update({ event: id, reader: excerptIndex }, "push"),
    [update],
  );
  const showList = useCallback(() => update({ view: "list" }, "replace"), [update]);
  const closeDetails = useCallback(() => update({ event: null, reader: null }, "push"), [update]);
  const closeReader = useCallback(() => update({ reader: null }, "push"), [update]);
  const clearFilters = useCallback(
    () =>
      update(
        {
          types: null,
          person: null,
          query: "",
          certainty: null,
          corrections: false,
          groups: null,
        },
        "replace",
      ),
    [update],
  );
  // The timeline keeps its own window; the address follows without re-rendering the page.
  const onWindowChange = useCallback(
    (w: TimeWindow | null) => update({ window: w }, "silent"),
    [update],
  );

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const intent = keyboardIntent(e, "global");
      if (intent === "focusSearch" && !isEditable(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (intent === "close" && !isEditable(e.target)) {
        if (state.reader !== null) closeReader();
        else if (state.event !== null) closeDetails();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [state.reader, state.event, closeReader, closeDetails]);

  const active = hasActiveFilters(filters);
  const clearButton = useMemo(
    () => (
      <button type="button" className="link-button" onClick={clearFilters}>
        {t("app.clearFilters")}
      </button>
    ),
    [clearFilters, t],
  );
  // Made once per change of counts: the timeline is not redrawn with the page around it.
  const shownCount = active
    ? t("app.eventsShown", { shown: formatCount(mask.shown), total: ordered.length })
    : t("app.eventCount", { total: ordered.length });
  // A pasted page of words is searched for its first words only: say so, or a match would puzzle.
  const wordsNote = isSearchCapped(filters.query)
    ? ` · ${t("app.searchCapped", { count: MAX_SEARCH_WORDS })}`
    : "";
  const status = useMemo(
    () => (
      <>
        {shownCount}
        {wordsNote}
        {active && <> · {clearButton}</>}
      </>
    ),
    [active, shownCount, wordsNote, clearButton],
  );
  const filterSummary = describeFilters(filters, data);
  const panel =
    readerSource?.kind === "article" && selected && state.reader !== null ? (
      <SourceReader
        source={readerSource}
        datasetUrl={datasetUrl}
        events={ordered}
        sources={data.sources}
        chosen={{ eventId: selected.id, index: state.reader }}
        onSelectExcerpt={(eventId, i) => update({ event: eventId, reader: i }, "push")}
        onOpenEvent={select}
        excerptHref={(eventId, i) =>
          serializeViewState({ ...state, event: eventId, reader: i }) || "?"
        }
        onBack={closeReader}
        onClose={closeReader}
      />
    ) : selected ? (
      <DetailsPanel
        event={selected}
        data={data}
        previous={position > 0 ? (filtered[position - 1] ?? null) : null}
        next={position >= 0 ? (filtered[position + 1] ?? null) : null}
        activePerson={state.person}
        onClose={closeDetails}
        onSelect={select}
        onPerson={(person) => update({ person }, "replace")}
        onShowInArticle={(i) => {
          remember();
          update({ reader: i }, "push");
        }}
      />
    ) : null;

  // On a phone the panel covers the screen: the page under it is inert until it closes (a
  // frame inside another site's page has no room for a sheet; its panel stays in the page).
  const sheet = narrow && !embedded && panel !== null;
  const shareMenu = <ShareMenu data={data} readState={readState} local={datasetUrl === null} />;
  useLayoutEffect(() => {
    if (sheet && panelRef.current) return inertOutside(panelRef.current);
  }, [sheet]);

  return (
    <>
      {!embedded && (
        <Toolbar
          query={state.query}
          searchRef={searchRef}
          onQuery={(query) => update({ query }, "replace")}
          types={filters.types}
          typeCounts={typeCounts}
          presentTypes={presentTypes}
          onTypes={(types: EventType[] | null) => update({ types }, "replace")}
          groups={groupFilter.groups}
          groupCounts={groupCounts}
          presentGroups={presentGroups}
          onGroups={(groups) => update({ groups }, "replace")}
          person={filters.person}
          people={people}
          personCounts={counted === counting ? personCounts : null}
          onPerson={(person) => update({ person }, "replace")}
          certainty={filters.certainty ?? null}
          certaintyCounts={facetCounts.certainty}
          onCertainty={(certainty) => update({ certainty }, "replace")}
          corrections={state.corrections}
          correctionCount={facetCounts.corrections}
          onCorrections={(corrections) => update({ corrections }, "replace")}
          view={view}
          onView={(v) => update({ view: v }, "replace")}
          dataset={data.dataset}
          events={filtered}
          theme={theme}
          onTheme={setTheme}
          onOpenFile={onOpenFile}
          opening={opening}
          share={shareMenu}
        />
      )}
      {/* The search's matches are marked wherever the views show text. */}
      <HighlightQuery value={query}>
        <div
          className={`workspace${embedded ? " workspace--embed" : ""}${panel ? " has-panel" : ""}`}
        >
          <main
            id="main"
            ref={mainRef}
            className="workspace__main"
            tabIndex={-1}
            onPointerOver={warmViews}
            onFocus={warmViews}
          >
            {state.event !== null && !selected && (
              <MissingEventNotice
                id={state.event}
                datasetTitle={data.dataset.title}
                onDismiss={() => update({ event: null, reader: null }, "replace")}
              />
            )}
            {notices.length > 0 && (
              <LinkNotice
                notices={notices}
                onDismiss={() => {
                  setLinkNoticesShown(false);
                  setWindowNoticeShown(false);
                }}
              />
            )}
            {problems.length > 0 && (
              <Suspense fallback={null}>
                <ProblemsPanel problems={problems} />
              </Suspense>
            )}
            <p className="print-only print-filters">{filterSummary}</p>
            <div className={`result-count${view === "timeline" ? " visually-hidden" : ""}`}>
              <p aria-live="polite">
                {active
                  ? t("app.eventsMatch", { shown: formatCount(mask.shown), total: ordered.length })
                  : shownCount}
                {wordsNote}
              </p>
              {active && view === "list" && clearButton}
            </div>
            <ViewErrorBoundary
              name={view === "timeline" ? t("app.viewNameTimeline") : t("app.viewNameList")}
            >
              {ordered.length === 0 ? (
                <p className="empty-state">{t("app.noEvents")}</p>
              ) : mask.shown === 0 ? (
                <NoResults
                  onClear={clearFilters}
                  reason={
                    state.corrections && facetCounts.corrections === 0
                      ? t("app.noCorrections")
                      : undefined
                  }
                  suggestion={suggestion}
                  onSuggestion={(q) => {
                    update({ query: q }, "replace");
                    searchRef.current?.focus();
                  }}
                />
              ) : view === "timeline" ? (
                <>
                  <TimelineView
                    index={placed}
                    mask={mask}
                    bounds={bounds}
                    window={state.window}
                    selectedId={state.event}
                    onSelect={select}
                    onWindowChange={onWindowChange}
                    announce={setAnnouncement}
                    onShowList={showList}
                    eras={eras}
                    orientation={narrow ? "vertical" : "horizontal"}
                    status={status}
                    embedded={embedded}
                    touch={touch}
                    filtered={active}
                  />
                  {/* Printing gives the shown events as a list (so does a page read without
                  script); on screen the list is one click away. A long list is only built when
                  printing starts, to keep the page light. */}
                  {(printing || mask.shown <= PRINT_LIST_ALWAYS) && (
                    <div className="print-only">
                      <p className="no-js-only no-js-note">{t("app.noScriptNote")}</p>
                      <EventList
                        events={ordered}
                        keep={mask.keep}
                        data={data}
                        pageSize={Number.POSITIVE_INFINITY}
                      />
                    </div>
                  )}
                </>
              ) : (
                <EventList
                  events={ordered}
                  keep={mask.keep}
                  data={data}
                  selectedId={state.event}
                  onSelect={select}
                  onShowInArticle={showInArticle}
                  pageSize={printing ? Number.POSITIVE_INFINITY : 200}
                />
              )}
            </ViewErrorBoundary>
          </main>
          {panel && (
            <aside
              ref={panelRef}
              className={`workspace__panel${sheet ? " is-sheet" : ""}`}
              tabIndex={-1}
              aria-label={readerSource ? t("app.panelArticle") : t("app.panelDetails")}
            >
              {/* The sheet covers the toolbar (and the page under it is inert): the event's link is
                shared from here. */}
              {sheet && <div className="sheet-share">{shareMenu}</div>}
              <ViewErrorBoundary
                name={readerSource ? t("app.viewNameArticle") : t("app.viewNameDetails")}
              >
                <Suspense fallback={<LoadingState label={t("app.loadingPanel")} />}>
                  {panel}
                </Suspense>
              </ViewErrorBoundary>
            </aside>
          )}
        </div>
      </HighlightQuery>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}
