import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { shortText } from "../../components/ClampedText.tsx";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { Era, TimelineEvent } from "../../data/schema.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { formatInstantDay } from "../../dates/formatInstantDay.ts";
import { keyboardIntent, moveActive } from "../../state/keyboardIntent.ts";
import { computeAxis } from "../../timeline/computeAxis.ts";
import type { EventSpan } from "../../timeline/eventSpan.ts";
import type { EventIndex } from "../../timeline/indexEvents.ts";
import { eraWindow, layoutEras } from "../../timeline/layoutEras.ts";
import {
  type ClusterLayout,
  laneInstants,
  layoutPrepared,
  type MarkLayout,
  prepareSpans,
  prepareSubset,
  type TimelineLayout,
} from "../../timeline/layoutTimeline.ts";
import { DAY_MS, type TimeWindow } from "../../timeline/types.ts";
import {
  clampWindow,
  fitWindow,
  padWindow,
  sameWindow,
  windowAround,
  type ZoomBounds,
  zoomAround,
} from "../../timeline/zoomWindow.ts";
import { EraList } from "./EraList.tsx";
import { createLabelMeasure } from "./measureLabel.ts";
import { OverviewStrip } from "./OverviewStrip.tsx";
import { TimelineChart } from "./TimelineChart.tsx";
import { FALLBACK_WIDTH, LAYOUT } from "./timelineOptions.ts";
import { UndatedTray } from "./UndatedTray.tsx";
import { useAnimatedWindow } from "./useAnimatedWindow.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { useZoomGestures } from "./useZoomGestures.ts";
import { ZoomToolbar } from "./ZoomToolbar.tsx";

interface TimelineViewProps {
  /** The events to draw (filtered), in time order. */
  events: readonly TimelineEvent[];
  /** Every event in order, with its span, found by id: built once per dataset. */
  index: EventIndex;
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
}

const NO_ERAS: readonly Era[] = [];

function isDrawn(layout: TimelineLayout, id: string, width: number): boolean {
  return layout.lanes.some((lane) =>
    lane.marks.some((m) => m.id === id && m.x1 >= 0 && m.x0 <= width),
  );
}

function spanWindow(span: EventSpan): TimeWindow | null {
  const start = span.start ?? span.end;
  const end = span.end ?? span.start;
  return start === null || end === null ? null : { start, end };
}

/** The interactive timeline: zoom controls, chart, undated tray and overview strip. */
export function TimelineView(props: TimelineViewProps) {
  const { events, bounds, selectedId, onSelect, onWindowChange, announce } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  const measuredWidth = useElementWidth(chartRef, FALLBACK_WIDTH);
  // Zero until measured: layout then skips every mark, and nothing is drawn yet.
  const width = measuredWidth ?? 0;
  const measure = useMemo(() => createLabelMeasure(), []);
  const options = useMemo(() => ({ ...LAYOUT, measure }), [measure]);
  const { index } = props;
  const { spanById, eventById } = index;
  // The events' ids in order, for the keyboard: made at the first key press, not for the first draw.
  const eventIds = useMemo(() => {
    let ids: string[] | null = null;
    return () => {
      ids ??= events.map((e) => e.id);
      return ids;
    };
  }, [events]);

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
  useZoomGestures(chartRef, { windowRef, bounds, setWindow });

  // Every event's lanes are prepared once; a filter's or a search's only pick from them.
  const preparedAll = useMemo(
    () => prepareSpans(index.orderedSpans, options.typeOrder),
    [index, options],
  );
  // Which of every event `events` keeps, when it keeps some of them in order (a filter's result).
  const keep = useMemo(
    () => (events === index.ordered ? null : index.keepOf(events)),
    [events, index],
  );
  const prepared = useMemo(() => {
    if (events === index.ordered) return preparedAll;
    return keep
      ? prepareSubset(preparedAll, keep)
      : prepareSpans(index.spansOf(events), options.typeOrder);
  }, [events, index, keep, preparedAll, options]);
  // The list the lanes were prepared from (every event, unless `events` is not a part of it in
  // order): its events are found by position, not looked up by id, which the first draw of a
  // large dataset is spared.
  const preparedFrom = events === index.ordered || keep ? index.ordered : events;
  const undated = useMemo(
    () => prepared.undatedAt.map((i) => preparedFrom[i] as TimelineEvent),
    [prepared, preparedFrom],
  );
  // Where each dated event is centred, from the lanes' flat arrays (a bar's drawn start is its
  // centre too): the overview's density reads these, not every span.
  const instants = useMemo(() => laneInstants(prepared), [prepared]);
  const layout = useMemo(
    () => layoutPrepared(prepared, window, width, options),
    [prepared, window, width, options],
  );
  const axis = useMemo(() => computeAxis(window, width, measure), [window, width, measure]);
  const eras = props.eras ?? NO_ERAS;
  const eraBands = useMemo(() => layoutEras(eras, window, width), [eras, window, width]);

  const firstId = events[0]?.id ?? null;
  const [activeId, setActiveId] = useState<string | null>(selectedId ?? firstId);
  const focusPending = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);
  useEffect(() => {
    if (activeId !== null && activeId !== firstId && !eventIds().includes(activeId))
      setActiveId(firstId);
  }, [activeId, firstId, eventIds]);

  // Marks the first full frame after the drawn events change (first draw, filters, search), for
  // the benchmark: rAF runs before the paint, the timeout after it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it must run when the drawn events change.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = globalThis.setTimeout(
        () => performance.mark("timeline-drawn"),
        0,
      ) as unknown as number;
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [prepared]);

  // If the focused mark leaves the screen (zoom, pan), keep focus in the chart, not on the page.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current && document.activeElement === document.body) chartRef.current?.focus();
  });

  // Move focus to a mark once it is drawn (after a zoom to it, perhaps still animating).
  useEffect(() => {
    const id = focusPending.current;
    if (!id) return;
    const element = chartRef.current?.parentElement?.querySelector<HTMLElement | SVGElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (element) {
      element.focus({ preventScroll: false });
      focusPending.current = null;
    }
  });

  // Each mark's name is worked out once per dataset, not on every frame of a zoom.
  const markName = useMemo(() => {
    const names = new Map<string, string>();
    return (mark: MarkLayout) => {
      let name = names.get(mark.id);
      if (name === undefined) {
        const event = preparedFrom[mark.at];
        name = event
          ? `${shortText(event.title)}, ${formatEventDate(event.date.edtf)}, ${EVENT_TYPE_LABELS[event.type]}`
          : mark.id;
        names.set(mark.id, name);
      }
      return name;
    };
  }, [preparedFrom]);
  const clusterName = useCallback(
    (cluster: ClusterLayout) =>
      `${cluster.count} events, ${formatInstantDay(cluster.extent.start)} to ${formatInstantDay(cluster.extent.end - 1)}. Zoom in to see them`,
    [],
  );

  /** A window in which the event is drawn on its own, zooming in until it is; null if it already is. */
  const windowShowing = useCallback(
    (id: string): TimeWindow | null => {
      const span = spanById.get(id);
      const extent = span ? spanWindow(span) : null;
      if (!bounds || !span || !extent || isDrawn(layout, id, width)) return null;
      const centre = (extent.start + extent.end) / 2;
      let length = Math.max(window.end - window.start, (extent.end - extent.start) * 1.25);
      for (let i = 0; i < 30; i++) {
        const candidate = windowAround(centre, length, bounds);
        if (isDrawn(layoutPrepared(prepared, candidate, width, options), id, width))
          return candidate;
        if (length <= DAY_MS) return candidate;
        length = Math.max(DAY_MS, length / 2);
      }
      return windowAround(centre, DAY_MS, bounds);
    },
    [bounds, layout, options, prepared, spanById, width, window],
  );

  const goTo = useCallback(
    (id: string) => {
      setActiveId(id);
      focusPending.current = id;
      const next = windowShowing(id);
      if (next) setWindow(next, true);
      const ids = eventIds();
      const event = eventById.get(id);
      if (event)
        announce(
          `${shortText(event.title)}, ${formatEventDate(event.date.edtf)}. ${ids.indexOf(id) + 1} of ${ids.length}.`,
        );
    },
    [announce, eventById, eventIds, setWindow, windowShowing],
  );

  /** Zooms around the centre or (from the keyboard) the active event when on screen, so it stays put. */
  const zoomBy = useCallback(
    (factor: number, aroundActive = false) => {
      if (!bounds) return;
      const span = aroundActive && activeId ? spanById.get(activeId) : undefined;
      const extent = span ? spanWindow(span) : null;
      const onScreen = extent !== null && extent.end > window.start && extent.start < window.end;
      const anchor =
        onScreen && span?.at != null
          ? Math.min(Math.max(span.at, window.start), window.end)
          : (window.start + window.end) / 2;
      setWindow(zoomAround(window, factor, anchor, bounds), true);
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

  const activeDrawn =
    activeId !== null &&
    (isDrawn(layout, activeId, width) || undated.some((e) => e.id === activeId));
  const span = window.end - window.start;
  const caption = `Showing ${formatInstantDay(window.start)} – ${formatInstantDay(window.end - 1)}`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble here from the marks inside.
    <div
      className="timeline"
      onKeyDown={onKeyDown}
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node))
          hadFocus.current = false;
      }}
    >
      <h2 className="visually-hidden">Timeline</h2>
      <ZoomToolbar
        caption={caption}
        canZoomIn={bounds !== null && span > bounds.minSpan + 1}
        canZoomOut={bounds !== null && span < bounds.maxSpan - 1}
        onZoomIn={() => zoomBy(2)}
        onZoomOut={() => zoomBy(0.5)}
        onFit={() => setWindow(fit, true)}
      />
      <p id="timeline-help" className="visually-hidden">
        Use the left and right arrow keys to move between events in time order, Home and End for the
        first and last, Enter to open an event. Plus, minus and 0 zoom in, out and fit.
      </p>
      <div className="timeline__body">
        {/* biome-ignore lint/a11y/useSemanticElements: a chart is not a form; <fieldset> would mislead. */}
        <div
          ref={chartRef}
          className="timeline__chart"
          tabIndex={activeDrawn ? -1 : 0}
          role="group"
          aria-label={`Timeline of ${events.length} events`}
          aria-describedby="timeline-help"
        >
          {measuredWidth !== null && (
            <TimelineChart
              layout={layout}
              axis={axis}
              width={width}
              eras={eraBands}
              markName={markName}
              clusterName={clusterName}
              selectedId={selectedId}
              activeId={activeId}
              onSelect={(id) => {
                setActiveId(id);
                onSelect(id);
              }}
              onFocusMark={setActiveId}
              onCluster={onCluster}
            />
          )}
        </div>
        <UndatedTray
          events={undated}
          selectedId={selectedId}
          onSelect={onSelect}
          onFocusEvent={setActiveId}
          onShowAll={props.onShowList}
        />
      </div>
      {bounds && measuredWidth !== null && (
        <OverviewStrip
          instants={instants}
          bounds={bounds}
          window={window}
          width={width}
          eras={eras}
          onWindow={(w) => setWindow(w)}
        />
      )}
      {eras.length > 0 && bounds && (
        <EraList
          eras={eras}
          onEra={(era) => setWindow(clampWindow(padWindow(eraWindow(era)), bounds), true)}
        />
      )}
    </div>
  );
}

/**
 * The timeline, redrawn only when its own props change: not when the page around it re-renders
 * (a search index finishing in the background, an announcement, the people list filling in).
 */
export const MemoTimelineView = memo(TimelineView);
