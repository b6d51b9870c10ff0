import { describe, expect, it } from "vitest";
import { densityBins } from "../../src/timeline/densityBins.ts";
import type { EventSpan } from "../../src/timeline/eventSpan.ts";

const at = (t: number | null): EventSpan => ({
  id: String(t),
  type: "report",
  lane: "report",
  title: "",
  kind: "point",
  start: t,
  end: t,
  at: t,
});

describe("densityBins(spans, period, n) counts events per slice", () => {
  it.each([
    ["spread", [at(0), at(5), at(9), at(99)], 4, [3, 0, 0, 1]],
    ["outside the period is not counted", [at(-1), at(100), at(50)], 2, [0, 1]],
    ["undated is not counted", [at(null), at(10)], 1, [1]],
    ["no bins", [at(10)], 0, []],
  ])("%s", (_, spans, n, bins) => {
    expect(densityBins(spans, { start: 0, end: 100 }, n)).toEqual(bins);
  });
  it("gives zeros for an empty period", () => {
    expect(densityBins([at(1)], { start: 5, end: 5 }, 3)).toEqual([0, 0, 0]);
  });
});
