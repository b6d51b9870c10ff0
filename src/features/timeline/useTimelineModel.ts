import { useCallback, useMemo } from "react";
import type { Era, TimelineEvent } from "../../data/datasetSchema.ts";
import { useActiveLocale } from "../../i18n/useActiveLocale.ts";
import type { Orientation } from "../../timeline/modelTypes.ts";
import type { PlacedEvents } from "../../timeline/placeEvents.ts";
import {
  laneInstants,
  prepareSpans,
  prepareSubset,
  prepareTrack,
} from "../../timeline/prepareSpans.ts";
import { type TimelineModel, timelineModel } from "../../timeline/timelineModel.ts";
import type { MeasureText, TimeWindow } from "../../timeline/types.ts";
import { createLabelMeasure } from "./createLabelMeasure.ts";
import { FRAME, LAYOUT, TRACK, TRACK_LABEL_FONT } from "./timelineOptions.ts";

interface ModelSource {
  /** Which of the index's events to draw (`keep[k]` for `index.ordered[k]`); null for all. */
  keep: Uint8Array | null;
  index: PlacedEvents;
  orientation: Orientation;
  window: TimeWindow;
  width: number;
  height: number;
  eras: readonly Era[];
  measure: MeasureText;
}

/**
 * The timeline's model for this frame, from lanes prepared once per dataset (a filter's or a
 * search's mask only picks from them), and what the rest of the view needs from the same
 * preparation: the undated events, the instants for the overview, and the list the marks' places
 * refer to.
 */
export function useTimelineModel({
  keep,
  index,
  orientation,
  window,
  width,
  height,
  eras,
  measure,
}: ModelSource) {
  const trackMeasure = useMemo(() => createLabelMeasure(TRACK_LABEL_FONT), []);
  const options = useMemo(
    () => ({ lanes: { ...LAYOUT, measure }, trackOptions: { ...TRACK, measure: trackMeasure } }),
    [measure, trackMeasure],
  );
  const preparedAll = useMemo(() => prepareSpans(index.orderedSpans, LAYOUT.typeOrder), [index]);
  const prepared = useMemo(
    () => (keep === null ? preparedAll : prepareSubset(preparedAll, keep)),
    [keep, preparedAll],
  );
  // The marks' places refer to every event in time order: found by position, not looked up by id.
  const preparedFrom = index.ordered;
  const undated = useMemo(
    () => prepared.undatedAt.map((i) => preparedFrom[i] as TimelineEvent),
    [prepared, preparedFrom],
  );
  // Where each dated event is centred, from the lanes' flat arrays: the overview's density.
  const instants = useMemo(() => laneInstants(prepared), [prepared]);
  const vertical = orientation === "vertical";
  const track = useMemo(() => (vertical ? prepareTrack(prepared) : null), [vertical, prepared]);
  // Across the chart the height follows the lanes; only down a phone is it given.
  const givenHeight = vertical ? height : 0;
  // Lane names and note badges are drawn in the interface language: a new one lays them out again.
  const locale = useActiveLocale();
  /** The model of any window at this size: the frame's, or one tried before zooming to an event. */
  // biome-ignore lint/correctness/useExhaustiveDependencies: `locale` changes the words measured.
  const layoutAt = useCallback(
    (w: TimeWindow): TimelineModel =>
      timelineModel({
        orientation,
        prepared,
        track,
        window: w,
        width,
        height: givenHeight,
        eras,
        measure,
        lanes: options.lanes,
        trackOptions: options.trackOptions,
        frame: FRAME,
      }),
    [orientation, prepared, track, width, givenHeight, eras, measure, options, locale],
  );
  const model = useMemo(() => layoutAt(window), [layoutAt, window]);
  return { model, layoutAt, prepared, preparedFrom, undated, instants };
}
