import { describe, expect, it } from "vitest";
import { isDrawn } from "../../src/timeline/isDrawn.ts";
import type { LaneLayout, MarkLayout } from "../../src/timeline/modelTypes.ts";
import type { TimelineModel } from "../../src/timeline/timelineModel.ts";

type Box = Pick<MarkLayout, "x0" | "x1" | "y0" | "y1">;

/** A 300 × 200 chart of two lanes: `id` drawn at `box` in the second, another mark in the first. */
function chartWith(id: string, box: Box): TimelineModel {
  const lane = (marks: Array<Box & { id: string }>) => ({ marks }) as unknown as LaneLayout;
  return {
    width: 300,
    height: 200,
    lanes: [lane([{ id: "other", x0: 10, x1: 20, y0: 10, y1: 20 }]), lane([{ id, ...box }])],
  } as unknown as TimelineModel;
}

describe("isDrawn(model, id): whether an event is a mark of its own inside the chart", () => {
  it.each<[string, Box, boolean]>([
    ["inside", { x0: 100, x1: 110, y0: 50, y1: 60 }, true],
    ["its right edge on the chart's left edge", { x0: -10, x1: 0, y0: 50, y1: 60 }, true],
    ["its left edge on the chart's right edge", { x0: 300, x1: 310, y0: 50, y1: 60 }, true],
    ["its bottom on the chart's top", { x0: 100, x1: 110, y0: -10, y1: 0 }, true],
    ["its top on the chart's bottom", { x0: 100, x1: 110, y0: 200, y1: 210 }, true],
    ["left of the chart", { x0: -20, x1: -1, y0: 50, y1: 60 }, false],
    ["right of the chart", { x0: 301, x1: 320, y0: 50, y1: 60 }, false],
    ["above the chart", { x0: 100, x1: 110, y0: -20, y1: -1 }, false],
    ["below the chart", { x0: 100, x1: 110, y0: 201, y1: 220 }, false],
  ])("%s", (_, box, drawn) => {
    expect(isDrawn(chartWith("e", box), "e")).toBe(drawn);
  });

  it("an event without a mark (in a cluster, or filtered out) is not drawn", () => {
    expect(isDrawn(chartWith("e", { x0: 100, x1: 110, y0: 50, y1: 60 }), "f")).toBe(false);
  });
});
