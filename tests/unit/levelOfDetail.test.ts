import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/data/datasetSchema.ts";
import { LAYOUT } from "../../src/features/timeline/timelineOptions.ts";
import { eventSpan, spansExtent } from "../../src/timeline/eventSpan.ts";
import { type LayoutOptions, layoutLanes } from "../../src/timeline/layoutLanes.ts";
import { prepareSpans } from "../../src/timeline/prepareSpans.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS } from "../../src/timeline/types.ts";
import { windowAround, zoomBounds } from "../../src/timeline/zoomWindow.ts";
import { generateDataset } from "../bench/generateDataset.ts";

// The app's own sizes, with a fixed text measure.
const OPTIONS: LayoutOptions = { ...LAYOUT, measure: (text) => text.length * 7 };

describe("level of detail: however many events, the drawn marks stay bounded at any zoom", () => {
  const spans = generateDataset(100_000, 3).events.map(eventSpan);
  const prepared = prepareSpans(spans, EVENT_TYPES);
  const bounds = zoomBounds(spansExtent(spans) ?? { start: 0, end: DAY_MS });
  const centre = (bounds.min + bounds.max) / 2;
  const spansOfZoom = [3650, 1000, 365, 90, 30, 7, 1].map((days) => days * DAY_MS);

  it.each(
    spansOfZoom.flatMap((length) =>
      [390, 1280, 2560].map((width) => [length / DAY_MS, width] as const),
    ),
  )(
    "a window of %i days at %i px draws at most one mark per mark-width in each row",
    (days, width) => {
      const layout = layoutLanes(
        prepared,
        timeScale(windowAround(centre, days * DAY_MS, bounds), width),
        0,
        OPTIONS,
      );
      const perRow = width / (2 * OPTIONS.pointRadius + OPTIONS.gap) + 1;
      let drawn = 0;
      for (const lane of layout.lanes) {
        const marks = lane.marks.length + lane.clusters.length;
        expect(marks).toBeLessThanOrEqual(OPTIONS.maxRows * perRow);
        drawn += marks;
      }
      expect(drawn).toBeLessThanOrEqual(EVENT_TYPES.length * OPTIONS.maxRows * perRow);
      // Nothing in view is lost: every event is a mark or counted in a cluster.
      const counted = layout.lanes.reduce(
        (n, lane) => n + lane.marks.length + lane.clusters.reduce((k, c) => k + c.count, 0),
        0,
      );
      expect(counted).toBeGreaterThanOrEqual(drawn);
    },
  );
});
