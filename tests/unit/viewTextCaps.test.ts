import { describe, expect, it } from "vitest";
import { itemName } from "../../src/data/formatProblem.ts";
import { createLabelMeasure } from "../../src/features/timeline/createLabelMeasure.ts";
import { NAME_LIMIT, shortText } from "../../src/lib/shortText.ts";
import { highlightRanges } from "../../src/search/highlightRanges.ts";
import { SEARCH_TEXT_LIMIT, searchText } from "../../src/search/searchIndex.ts";
import { fitLabel, MEASURE_LIMIT } from "../../src/timeline/fitLabel.ts";
import { layoutEras } from "../../src/timeline/layoutEras.ts";
import { laneName } from "../../src/timeline/layoutLanes.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS } from "../../src/timeline/types.ts";
import { wrapText } from "../../src/timeline/wrapText.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

/** Ten million characters of words, as a hostile title has. */
const HUGE = "Board meets again ".repeat(560_000).slice(0, 10_000_000);

/** A measure that records the longest text it was asked about. */
function spy() {
  const seen = { longest: 0 };
  const measure = (text: string) => {
    seen.longest = Math.max(seen.longest, text.length);
    return text.length * 7;
  };
  return { seen, measure };
}

describe("a 10 MB string is cut before it is measured, wrapped, drawn or searched", () => {
  it.each<[string, (measure: (t: string) => number) => unknown, number]>([
    [
      "fitLabel measures at most MEASURE_LIMIT characters",
      (m) => fitLabel(HUGE, 300, m, 40),
      MEASURE_LIMIT + 1,
    ],
    ["fitLabel with room for everything", (m) => fitLabel(HUGE, 1e9, m, 40), MEASURE_LIMIT + 1],
    [
      "wrapText measures at most MEASURE_LIMIT characters",
      (m) => wrapText(HUGE, 200, m),
      MEASURE_LIMIT + 1,
    ],
    [
      "wrapText of one 10 MB word",
      (m) => wrapText("x".repeat(10_000_000), 200, m),
      MEASURE_LIMIT + 1,
    ],
  ])("%s", (_, run, bound) => {
    const { seen, measure } = spy();
    run(measure);
    expect(seen.longest).toBeLessThanOrEqual(bound);
  });

  it("fitLabel says a cut title is cut, even when its start fits", () => {
    expect(fitLabel(HUGE, 1e9, (t) => t.length, 40)).toMatchObject({ truncated: true });
  });

  it.each([
    ["exactly MEASURE_LIMIT characters is read whole", MEASURE_LIMIT, false],
    ["one character more is cut", MEASURE_LIMIT + 1, true],
  ])("a title of %s", (_, length, cut) => {
    const title = "ab "
      .repeat(length)
      .slice(0, length - 1)
      .concat("z");
    const measure = (t: string) => t.length;
    expect(fitLabel(title, 1e9, measure, 40)?.truncated).toBe(cut);
    expect(wrapText(title, 1e9, measure).join(" ").endsWith("…")).toBe(cut);
  });

  it("wrapText ends a cut text with an ellipsis", () => {
    const lines = wrapText(HUGE, 1e9, (t) => t.length);
    expect(lines.join(" ").length).toBeLessThanOrEqual(MEASURE_LIMIT + 1);
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
  });

  it.each<[string, () => string, number]>([
    [
      "a lane named by a 10 MB group",
      () => laneName({ group: HUGE, type: "other", spans: [] }),
      NAME_LIMIT + 10,
    ],
    [
      "an era's title",
      () =>
        layoutEras(
          [{ id: "e", title: HUGE, start: "2024-01-01", end: "2024-02-01" }],
          timeScale({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1) + 60 * DAY_MS }, 600),
        )[0]?.title ?? "",
      300 + 1,
    ],
    [
      "a problem's item, by title and id",
      () => itemName({ title: HUGE, id: "a".repeat(1e6) }),
      200,
    ],
    ["a name in a list", () => shortText(HUGE, NAME_LIMIT), NAME_LIMIT + 1],
    [
      "an event's search text",
      () =>
        searchText(syntheticEvent("e", "2024-05-01", { title: HUGE, summary: HUGE }), new Map()),
      2 * SEARCH_TEXT_LIMIT + 100,
    ],
  ])("%s is cut", (_, text, bound) => {
    expect(text().length).toBeLessThanOrEqual(bound);
  });

  it("marks search matches only where the search reads", () => {
    const ranges = highlightRanges(`${"a ".repeat(SEARCH_TEXT_LIMIT)}needle`, "needle");
    expect(ranges).toEqual([]);
    expect(highlightRanges("a needle", "needle")).toEqual([{ start: 2, end: 8 }]);
  });

  it("the label measure does not measure (nor keep) a text past MEASURE_LIMIT", () => {
    const measure = createLabelMeasure(undefined, 7);
    expect(measure(HUGE)).toBe(HUGE.length * 7);
    expect(measure("abc")).toBe(21);
  });
});
