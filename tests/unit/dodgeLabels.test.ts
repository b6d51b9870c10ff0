import { describe, expect, it } from "vitest";
import { type DodgeItem, dodgeLabels } from "../../src/timeline/dodgeLabels.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";

const items = (...pairs: [number, number][]): DodgeItem[] =>
  pairs.map(([ideal, size]) => ({ ideal, size }));

describe("dodgeLabels(items, min, max, gap) stacks labels near where they would be", () => {
  it.each<[string, DodgeItem[], number, number, number[]]>([
    ["apart: each where it would be", items([10, 20], [50, 20], [90, 20]), 0, 200, [10, 50, 90]],
    ["two that collide share the move", items([50, 20], [60, 20]), 0, 200, [40, 70]],
    [
      "three on one spot stack around it",
      items([50, 20], [50, 20], [50, 20]),
      0,
      200,
      [20, 50, 80],
    ],
    ["kept inside the top", items([-30, 20], [-20, 20]), 0, 200, [0, 30]],
    ["kept inside the bottom", items([190, 20], [195, 20]), 0, 200, [150, 180]],
    // Each would put the block's start at 40, 45 − 30 and 75 − 60: it goes to their mean.
    [
      "a block that meets the next merges with it",
      items([40, 20], [45, 20], [75, 20]),
      0,
      200,
      [70 / 3, 70 / 3 + 30, 70 / 3 + 60],
    ],
    // The pair stacks around 50 and meets the first: each would put the start at 11, 50 − 30, 50 − 60.
    [
      "a pair that grows into the label before moves all three",
      items([11, 20], [50, 20], [50, 20]),
      0,
      200,
      [7, 37, 67],
    ],
    ["exactly filling the room: all kept", items([0, 20], [30, 20]), 0, 50, [0, 30]],
  ])("%s", (_, list, min, max, starts) => {
    expect([...dodgeLabels(list, min, max, 10)]).toEqual(starts);
  });

  it("leaves labels out evenly when they cannot all fit, and the rest do not overlap", () => {
    const list = Array.from({ length: 20 }, (_, i) => ({ ideal: i * 5, size: 20 }));
    const starts = [...dodgeLabels(list, 0, 100, 5)];
    const kept = starts.flatMap((s, i) => (Number.isNaN(s) ? [] : [i]));
    expect(kept.length).toBe(4);
    // Spread through the list, not just its start.
    expect(kept.at(-1)).toBeGreaterThanOrEqual(14);
    for (let k = 1; k < kept.length; k++) {
      const prev = starts[kept[k - 1] as number] as number;
      expect(starts[kept[k] as number] as number).toBeGreaterThanOrEqual(prev + 25);
    }
  });

  it.each([
    ["no room", items([0, 10]), 5, 5],
    ["a label taller than the room", items([0, 50]), 0, 40],
    ["no room, even for a label of no size", items([5, 0]), 5, 5],
  ])("gives NaN for every label with %s", (_, list, min, max) => {
    expect([...dodgeLabels(list, min, max, 4)].every(Number.isNaN)).toBe(true);
  });

  it("finishes when the labels overflow the room only by a rounding error", () => {
    // 3 × 1.6 + 2 × 0.8 adds up to a hair over 6.4 in floating point.
    const starts = [...dodgeLabels(items([0, 1.6], [2.4, 1.6], [4.8, 1.6]), 0, 6.4, 0.8)];
    const kept = starts.filter((s) => !Number.isNaN(s));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(3);
  });

  it.each([1, 2, 3, 4, 5])(
    "seed %i: in order, inside the bounds, never overlapping, as many as fit",
    (seed) => {
      const rand = seededRandom(seed);
      const list = Array.from({ length: 60 }, () => ({
        ideal: rand() * 600 - 50,
        size: 17 * (1 + Math.floor(rand() * 3)),
      })).sort((a, b) => a.ideal - b.ideal);
      const gap = 5;
      const starts = dodgeLabels(list, 0, 600, gap);
      let end = Number.NEGATIVE_INFINITY;
      let used = 0;
      list.forEach((item, i) => {
        const start = starts[i] as number;
        if (Number.isNaN(start)) return;
        expect(start).toBeGreaterThanOrEqual(Math.max(0, end + gap) - 1e-9);
        end = start + item.size;
        expect(end).toBeLessThanOrEqual(600 + 1e-9);
        used += 1;
      });
      expect(used).toBeGreaterThan(0);
    },
  );
});
