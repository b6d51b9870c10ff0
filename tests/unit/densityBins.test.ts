import { describe, expect, it } from "vitest";
import { densityBins } from "../../src/timeline/densityBins.ts";

describe("densityBins(instants, period, n) counts events per slice", () => {
  it.each<[string, number[], number, number[]]>([
    ["spread", [0, 5, 9, 99], 4, [3, 0, 0, 1]],
    ["outside the period is not counted", [-1, 100, 50], 2, [0, 1]],
    ["undated (NaN) is not counted", [Number.NaN, 10], 1, [1]],
    ["no bins", [10], 0, []],
    ["none", [], 2, [0, 0]],
  ])("%s", (_, instants, n, bins) => {
    expect(densityBins(instants, { start: 0, end: 100 }, n)).toEqual(bins);
    expect(densityBins(Float64Array.from(instants), { start: 0, end: 100 }, n)).toEqual(bins);
  });
  it.each<[string, number[], { start: number; end: number }, number[]]>([
    ["a period that starts late", [1000, 1050, 1099, 1100], { start: 1000, end: 1100 }, [1, 2]],
    ["an empty period gives zeros", [4, 5, 6], { start: 5, end: 5 }, [0, 0]],
    ["a period that ends before it starts gives zeros", [50], { start: 100, end: 0 }, [0, 0]],
  ])("%s", (_, instants, period, bins) => {
    expect(densityBins(instants, period, 2)).toEqual(bins);
  });
});
