import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useFirstView } from "../../components/useFirstView.ts";
import type { Era } from "../../data/datasetSchema.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";
import { type EventMask, keptEvents } from "../../search/filterMask.ts";
import { keyboardIntent, moveActive } from "../../state/keyboardIntent.ts";
import { spanWindow } from "../../timeline/eventSpan.ts";
import { formatWindow } from "../../timeline/formatWindow.ts";
import { holds, MIN_HIT, stackedAt, TOUCH_HIT } from "../../timeline/hitArea.ts";
import { isDrawn } from "../../timeline/isDrawn.ts";
import { eraWindow } from "../../timeline/layoutEras.ts";
import type { ClusterLayout, Orientation } from "../../timeline/modelTypes.ts";
import type { PlacedEvents } from "../../timeline/placeEvents.ts";
import { resultsWindow } from "../../timeline/resultsWindow.ts";
import { DAY_MS, type TimeWindow } from "../../timeline/types.ts";
import { windowShowing } from "../../timeline/windowShowing.ts";
import {
  clampWindow,
  fitWindow,
  padWindow,
  panBy,
  sameWindow,
  type ZoomBounds,
  zoomAnchor,
  zoomAround,
} from "../../timeline/zoomWindow.ts";
import { ChartLegend } from "./ChartLegend.tsx";
import { createLabelMeasure } from "./createLabelMeasure.ts";
import { EraList } from "./EraList.tsx";
import { MarkChooser } from "./MarkChooser.tsx";
import { OverviewStrip } from "./OverviewStrip.tsx";
import { TimelineChart } from "./TimelineChart.tsx";
import { FALLBACK_HEIGHT, FALLBACK_WIDTH, FIRST_VIEW_SIZE, LABEL_FONT } from "./timelineOptions.ts";
import { UndatedTray } from "./UndatedTray.tsx";
import { useAnimatedWindow } from "./useAnimatedWindow.ts";
import { useDrawnMark } from "./useDrawnMark.ts";
import { useElementSize } from "./useElementSize.ts";
import { useMarkNames } from "./useMarkNames.ts";
import { useScreenHeight } from "./useScreenHeight.ts";
import { useTimelineModel } from "./useTimelineModel.ts";
import { useZoomGestures } from "./useZoomGestures.ts";
import { ZoomToolbar } from "./ZoomToolbar.tsx";

interface TimelineViewProps {
  /** Every event in order, with its span, found by id: placed once per dataset. */
  index: PlacedEvents;
  /** Which of `index.ordered` the filters and the search leave (`keep` null: every one). */
  mask: Pick<EventMask, "keep" | "shown">;
  /** Zoom bounds, from every dated event so filtering never moves the frame; null if none. */
  bounds: ZoomBounds | null;
  /** The window from the URL; null fits every event. */
  window: TimeWindow | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onWindowChange: (window: TimeWindow | null) => void;
  announce: (message: string) => void;
  /** Switches to the list view (where every undated event is). */
  onShowList: () => void;
  /** Named background periods. */
  eras?: readonly Era[];
  /** Which way time runs: across the chart, or down it (phones). */
  orientation?: Orientation;
  /** How many events are shown (and a way to clear the filters), beside the visible window. */
  status?: ReactNode;
  /**
   * Inside another site's page, whose frame is as tall as this page: the chart keeps a fixed
   * height (sized to the screen, it would grow the frame, which would grow it again), and the
   * details open in the page rather than in a sheet.
   */
  embedded?: boolean;
  /** A finger, not a mouse, points here: marks and handles take 44 px hit areas, not 24. */
  touch?: boolean;
  /** A search or filter is active: "Fit to results" zooms to the events it leaves. */
  filtered?: boolean;
}

const NO_ERAS: readonly Era[] = [];

const FALLBACK_SIZE = { width: FALLBACK_WIDTH, height: FALLBACK_HEIGHT };

/** Where a press was, for the list of events under it: below the finger, or above it. */
const pressedAt = (e: MouseEvent, root: DOMRect) => ({
  x: e.clientX - root.left,
  y: e.clientY - root.top,
  // In the lower half of the screen the list opens above the finger: in sight either way.
  above: e.clientY > globalThis.innerHeight / 2,
});

/** The shortest the chart gets down a phone (22rem). */
const MIN_PHONE_HEIGHT = 352;

/** The interactive timeline: zoom controls, chart, undated tray and overview strip. */
export function TimelineView(props: TimelineViewProps) {
  const { bounds, selectedId, onSelect, onWindowChange, announce } = props;
  const t = useT();
  const orientation = props.orientation ?? "horizontal";
  const vertical = orientation === "vertical";
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  // The first view rendered at build time is drawn at an assumed size and text widths, which its
  // hydration repeats; the real ones are measured once hydrated.
  const firstView = useFirstView();
  const measured = useElementSize(
    chartRef,
    FALLBACK_SIZE,
    vertical,
    firstView ? FIRST_VIEW_SIZE : null,
  );
  const [exactText, setExactText] = useState(!firstView);
  useEffect(() => setExactText(true), []);
  // Down a phone the chart reaches the bottom of the first screen, and no further.
  const embedded = props.embedded ?? false;
  const screenHeight = useScreenHeight(chartRef, vertical && !embedded, MIN_PHONE_HEIGHT);
  // Zero until measured: layout then skips every mark, and nothing is drawn yet.
  const width = measured?.width ?? 0;
  const measure = useMemo(() => createLabelMeasure(LABEL_FONT, undefined, !exactText), [exactText]);
  const { index } = props;
  const { spanById, eventById } = index;
  const { keep, shown: shownCount } = props.mask;
  // The shown events' ids in order, for the keyboard: made at the first key press, not for the
  // first draw.
  const eventIds = useMemo(() => {
    let ids: string[] | null = null;
    return () => {
      ids ??= keptEvents(index.ordered, keep).map((e) => e.id);
      return ids;
    };
  }, [index, keep]);

  const fit = useMemo(() => (bounds ? fitWindow(bounds) : { start: 0, end: DAY_MS }), [bounds]);
  const target = useMemo(
    () => (props.window && bounds ? clampWindow(props.window, bounds) : fit),
    [props.window, bounds, fit],
  );
  const settle = useCallback(
    (w: TimeWindow) => onWindowChange(sameWindow(w, fit) ? null : w),
    [onWindowChange, fit],
  );
  const { window, windowRef, setWindow } = useAnimatedWindow(target, settle);

  const eras = props.eras ?? NO_ERAS;
  const { model, layoutAt, prepared, preparedFrom, undated, instants } = useTimelineModel({
    keep,
    index,
    orientation,
    window,
    width,
    height: measured?.height ?? 0,
    eras,
    measure,
  });
  useZoomGestures(chartRef, {
    windowRef,
    bounds,
    setWindow,
    orientation,
    plot: { origin: model.origin, length: model.scale.length },
  });

  const firstId = useMemo(() => {
    const k = keep === null ? 0 : keep.indexOf(1);
    return index.ordered[k]?.id ?? null;
  }, [index, keep]);
  const [activeId, setActiveId] = useState<string | null>(selectedId ?? firstId);
  const focusPending = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);
  useEffect(() => {
    if (activeId !== null && activeId !== firstId && !eventIds().includes(activeId))
      setActiveId(firstId);
  }, [activeId, firstId, eventIds]);

  // The benchmark's mark: the first frame after the drawn events change.
  useDrawnMark(prepared);

  // If the focused mark leaves the screen (zoom, pan), keep focus in the chart, not on the page.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current && document.activeElement === document.body) {
      // The active mark if it is drawn (a mark moved into another lane's run is drawn anew).
      const active =
        activeId === null
          ? null
          : chartRef.current?.querySelector<SVGElement>(
              `[data-event-id="${CSS.escape(activeId)}"]`,
            );
      (active ?? chartRef.current)?.focus({ preventScroll: true });
    }
  });

  // Move focus to a mark once it is drawn (after a zoom to it, perhaps still animating).
  useEffect(() => {
    const id = focusPending.current;
    if (!id) return;
    // The mark, or the undated event's button below the chart.
    const element = rootRef.current?.querySelector<HTMLElement | SVGElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (element) {
      element.focus({ preventScroll: false });
      focusPending.current = null;
    }
  });

  const { markName, clusterName } = useMarkNames(preparedFrom);

  /** A window in which the event is drawn on its own; null if it already is (or has no date). */
  const windowFor = useCallback(
    (id: string): TimeWindow | null => {
      const span = spanById.get(id);
      const extent = span ? spanWindow(span) : null;
      if (!bounds || !extent || isDrawn(model, id)) return null;
      return windowShowing(extent, window, bounds, (w) => isDrawn(layoutAt(w), id));
    },
    [bounds, model, layoutAt, spanById, window],
  );

  const goTo = useCallback(
    (id: string) => {
      setActiveId(id);
      focusPending.current = id;
      const next = windowFor(id);
      if (next) setWindow(next, true);
      const ids = eventIds();
      const event = eventById.get(id);
      if (event)
        announce(
          t("timeline.announceEvent", {
            title: shortText(event.title),
            date: formatEventDate(event.date.edtf),
            position: ids.indexOf(id) + 1,
            total: ids.length,
          }),
        );
    },
    [announce, eventById, eventIds, setWindow, windowFor, t],
  );

  /** Zooms around the centre or (from the keyboard) the active event when on screen, so it stays put. */
  const zoomBy = useCallback(
    (factor: number, aroundActive = false) => {
      if (!bounds) return;
      const span = aroundActive && activeId ? spanById.get(activeId) : undefined;
      const active = span ? { extent: spanWindow(span), at: span.at } : null;
      setWindow(zoomAround(window, factor, zoomAnchor(active, window), bounds), true);
    },
    [activeId, bounds, setWindow, spanById, window],
  );
  const onCluster = useCallback(
    (cluster: ClusterLayout) => {
      if (!bounds) return;
      const pad = Math.max((cluster.extent.end - cluster.extent.start) * 0.15, DAY_MS / 2);
      setWindow(
        clampWindow({ start: cluster.extent.start - pad, end: cluster.extent.end + pad }, bounds),
        true,
      );
    },
    [bounds, setWindow],
  );

  const hit = props.touch ? TOUCH_HIT : MIN_HIT;
  const [choice, setChoice] = useState<{
    ids: string[];
    /** The mark pressed, to focus again on close; null for a cluster. */
    from: string | null;
    at: { x: number; y: number; above: boolean };
    /** The cluster pressed, which the list offers to zoom to. */
    cluster?: ClusterLayout;
  } | null>(null);

  /** A click or tap on a mark: where marks stack under it, a list to choose from; else it opens. */
  const onPress = useCallback(
    (id: string, e: MouseEvent) => {
      const open = () => {
        setActiveId(id);
        onSelect(id);
      };
      const svg = (e.currentTarget as SVGGraphicsElement).ownerSVGElement;
      // Without geometry (a page not laid out, as in jsdom) a press opens the mark it is on.
      const matrix = typeof svg?.getScreenCTM === "function" ? svg.getScreenCTM()?.inverse() : null;
      const root = rootRef.current?.getBoundingClientRect();
      if (!matrix || !root) return open();
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
      const marks = model.lanes.flatMap((lane) => lane.marks);
      const pressed = marks.find((m) => m.id === id);
      // The words of a title belong to one mark alone; so, for a mouse, does a drawn shape.
      const onLabel = pressed?.label ? holds(pressed.label, p.x, p.y) : false;
      const native = e.nativeEvent as Partial<PointerEvent>;
      const mouse = (native.pointerType ?? "mouse") === "mouse";
      const onShape = marks.filter((m) => holds(m, p.x, p.y)).length === 1;
      const here = stackedAt(marks, p.x, p.y, hit, vertical ? "y" : "x");
      if (onLabel || here.length < 2 || (mouse && onShape)) return open();
      here.sort((a, b) => a.at - b.at);
      setChoice({
        ids: here.map((m) => m.id),
        from: id,
        at: pressedAt(e, root),
      });
    },
    [model, hit, onSelect, vertical],
  );
  /** A click or tap on a cluster: the events it merges, to choose one or zoom to them all. */
  const onClusterPress = useCallback(
    (cluster: ClusterLayout, lane: string, e: MouseEvent) => {
      const root = rootRef.current?.getBoundingClientRect();
      const drawn = new Set(model.lanes.flatMap((l) => l.marks.map((m) => m.id)));
      const ids = index.orderedSpans
        .filter(
          (span, k) =>
            (keep === null || keep[k] === 1) &&
            span.at !== null &&
            !drawn.has(span.id) &&
            (lane === "" || span.lane === lane) &&
            span.at >= cluster.extent.start &&
            span.at <= cluster.extent.end,
        )
        .map((span) => span.id);
      if (!root || ids.length === 0) return onCluster(cluster);
      setChoice({ ids, from: null, at: pressedAt(e, root), cluster });
    },
    [index, keep, model, onCluster],
  );
  const closeChoice = useCallback(() => {
    // Focus goes back to the mark that was pressed (for a cluster, the chart).
    if (choice?.from) focusPending.current = choice.from;
    else chartRef.current?.focus({ preventScroll: true });
    setChoice(null);
  }, [choice]);
  const zoomToChoice = useCallback(() => {
    if (choice?.cluster) onCluster(choice.cluster);
    chartRef.current?.focus({ preventScroll: true });
    setChoice(null);
  }, [choice, onCluster]);
  const chooseFrom = useCallback(
    (id: string) => {
      setChoice(null);
      setActiveId(id);
      onSelect(id);
    },
    [onSelect],
  );
  const [keysShown, setKeysShown] = useState(false);

  const onKeyDown = (e: KeyboardEvent) => {
    const intent = keyboardIntent(e, "timeline");
    if (!intent) return;
    switch (intent) {
      case "previous":
      case "next":
      case "first":
      case "last": {
        const next = moveActive(eventIds(), activeId, intent);
        if (next) goTo(next);
        break;
      }
      case "open":
        if (activeId) onSelect(activeId);
        break;
      case "zoomIn":
        zoomBy(2, true);
        break;
      case "zoomOut":
        zoomBy(0.5, true);
        break;
      case "fit":
        setWindow(fit, true);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** Moves the window by a share of its length: earlier (negative) or later. */
  const panByShare = useCallback(
    (share: number) => {
      if (bounds) setWindow(panBy(window, (window.end - window.start) * share, bounds), true);
    },
    [bounds, setWindow, window],
  );

  // The events the filters leave, fitted into view; only offered while a filter is active.
  const fitResults = useMemo(() => {
    if (!props.filtered || !bounds) return undefined;
    const spans =
      keep === null ? index.orderedSpans : index.orderedSpans.filter((_, k) => keep[k] === 1);
    const target = resultsWindow(spans, bounds);
    return target ? () => setWindow(target, true) : undefined;
  }, [props.filtered, bounds, index, keep, setWindow]);

  const activeDrawn =
    activeId !== null && (isDrawn(model, activeId) || undated.some((e) => e.id === activeId));
  const span = window.end - window.start;
  // All of time in view: a drag down a phone scrolls the page, as there is nothing to scroll to.
  const whole = bounds !== null && span >= bounds.maxSpan - 1;
  // Down a phone the words are fewer and the months short, so the window and the count share a line.
  const shown = formatWindow(window, vertical);
  const caption = vertical ? shown : t("timeline.showing", { window: shown });

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble here from the marks inside.
    <div
      ref={rootRef}
      className={embedded ? "timeline timeline--embedded" : "timeline"}
      onKeyDown={onKeyDown}
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node))
          hadFocus.current = false;
      }}
    >
      <h2 className="visually-hidden">{t("timeline.heading")}</h2>
      <ZoomToolbar
        caption={caption}
        status={props.status}
        orientation={orientation}
        canZoomIn={bounds !== null && span > bounds.minSpan + 1}
        canZoomOut={bounds !== null && span < bounds.maxSpan - 1}
        canPanEarlier={bounds !== null && window.start > bounds.min + 1}
        canPanLater={bounds !== null && window.end < bounds.max - 1}
        onZoomIn={() => zoomBy(2)}
        onZoomOut={() => zoomBy(0.5)}
        onFit={() => setWindow(fit, true)}
        onFitResults={fitResults}
        onPan={(direction) => panByShare(direction * 0.5)}
        keysShown={keysShown}
        onKeys={() => setKeysShown((shown) => !shown)}
        legend={<ChartLegend />}
      />
      <p id="timeline-help" className={keysShown ? "timeline__help" : "visually-hidden"}>
        {t("timeline.keysHelp")}
      </p>
      <div className={`timeline__body timeline__body--${orientation}`}>
        {/* biome-ignore lint/a11y/useSemanticElements: a chart is not a form; <fieldset> would mislead. */}
        <div
          ref={chartRef}
          className={`timeline__chart${whole ? " is-whole" : ""}`}
          style={screenHeight === null ? undefined : { height: screenHeight }}
          tabIndex={activeDrawn ? -1 : 0}
          role="group"
          aria-label={t("timeline.chartGroup", { count: shownCount })}
          aria-describedby="timeline-help"
        >
          {measured !== null && (
            <TimelineChart
              model={model}
              fluid={!measured.measured}
              markName={markName}
              clusterName={clusterName}
              selectedId={selectedId}
              activeId={activeId}
              hit={hit}
              onSelect={(id) => {
                setActiveId(id);
                onSelect(id);
              }}
              onPress={onPress}
              onFocusMark={setActiveId}
              onCluster={onCluster}
              onClusterPress={onClusterPress}
            />
          )}
        </div>
      </div>
      {choice && (
        <MarkChooser
          events={choice.ids.flatMap((id) => eventById.get(id) ?? [])}
          at={choice.at}
          onChoose={chooseFrom}
          onClose={closeChoice}
          onZoom={choice.cluster ? zoomToChoice : undefined}
        />
      )}
      {bounds && measured !== null && (
        <OverviewStrip
          hit={hit}
          instants={instants}
          bounds={bounds}
          window={window}
          width={width}
          fluid={!measured.measured}
          eras={eras}
          onWindow={(w) => setWindow(w)}
        />
      )}
      <div className="timeline__footer">
        {eras.length > 0 && bounds && (
          <EraList
            eras={eras}
            onEra={(era) => setWindow(clampWindow(padWindow(eraWindow(era)), bounds), true)}
          />
        )}
        <UndatedTray
          events={undated}
          selectedId={selectedId}
          onSelect={onSelect}
          onFocusEvent={setActiveId}
          onShowAll={props.onShowList}
        />
      </div>
    </div>
  );
}

/**
 * The timeline, redrawn only when its own props change: not when the page around it re-renders
 * (a search index finishing in the background, an announcement, the people list filling in).
 */
export const MemoTimelineView = memo(TimelineView);
