import { describe, expect, it } from "vitest";
import { readViewState } from "../../src/state/parseViewState.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../src/state/viewState.ts";

describe("readViewState(search): a hostile or unknown value falls back to its default", () => {
  it.each<[string, Partial<ViewState>, RegExp[]]>([
    // Filters that name nothing known show everything, and say so.
    [
      "?types=evil,__proto__",
      {},
      [
        /filter by type \(“evil, __proto__”\) was not understood, so events of every type are shown/,
      ],
    ],
    ["?types=constructor", {}, [/filter by type/]],
    [
      "?types=report,evil",
      { types: ["report"] },
      [/filter by type names “evil”, which Sourceline does not know; left out/],
    ],
    ["?types=", { types: [] }, []],
    ["?types=,", { types: [] }, []],
    [
      "?dates=__proto__",
      {},
      [
        /filter by date certainty \(“__proto__”\) was not understood, so events of every certainty are shown/,
      ],
    ],
    ["?dates=day,toString", { certainty: ["day"] }, [/date certainty names “toString”/]],
    [
      "?person=__proto__",
      {},
      [/filter by person \(“__proto__”\) was not understood, so events naming anyone are shown/],
    ],
    ["?person=%3Cscript%3E", {}, [/filter by person \(“<script>”\)/]],
    ["?person=", {}, []],
    [
      "?event=..%2F..%2Fetc",
      {},
      [/event “\.\.\/\.\.\/etc” is not an event's id, so no event is opened/],
    ],
    ["?event=a&reader=__proto__", { event: "a" }, []],
    ["?event=", {}, []],
    [
      "?from=2024-05-01",
      {},
      [
        /time window \(from “2024-05-01” to “”\) was not understood, so the whole timeline is shown/,
      ],
    ],
    ["?from=constructor&to=2024-05-01", {}, [/time window/]],
    ["?from=2024-05-02&to=2024-05-01", {}, [/time window/]],
    ["?view=__proto__", {}, []],
    ["?embed=true", {}, []],
    ["?corrections=__proto__", {}, []],
    ["?data=%20%20", {}, []],
    ["?q=__proto__", { query: "__proto__" }, []],
    [
      "?types=evil&dates=nope&person=No&from=x&to=y",
      {},
      [/by type/, /date certainty/, /person/, /time window/],
    ],
  ])("%s", (search, expected, notices) => {
    const read = readViewState(search);
    expect(read.state).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
    expect(read.notices).toHaveLength(notices.length);
    for (const notice of notices) expect(read.notices.some((n) => notice.test(n))).toBe(true);
  });

  it("clips a long value in a notice", () => {
    const [notice] = readViewState(`?person=${"X".repeat(10_000)}`).notices;
    expect(notice?.length).toBeLessThan(200);
  });

  it("pollutes no prototype", () => {
    readViewState("?types=__proto__&__proto__=x&constructor=y&dates=prototype");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("x");
  });
});
