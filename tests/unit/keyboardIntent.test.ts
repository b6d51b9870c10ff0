import { describe, expect, it } from "vitest";
import { keyboardIntent, moveActive } from "../../src/state/keyboardIntent.ts";

describe("keyboardIntent(key, scope)", () => {
  it.each([
    ["ArrowLeft", "timeline", "previous"],
    ["ArrowRight", "timeline", "next"],
    ["ArrowUp", "timeline", "previous"],
    ["ArrowDown", "timeline", "next"],
    ["Home", "timeline", "first"],
    ["End", "timeline", "last"],
    ["Enter", "timeline", "open"],
    [" ", "timeline", "open"],
    ["+", "timeline", "zoomIn"],
    ["=", "timeline", "zoomIn"],
    ["-", "timeline", "zoomOut"],
    ["_", "timeline", "zoomOut"],
    ["0", "timeline", "fit"],
    ["Escape", "global", "close"],
    ["/", "global", "focusSearch"],
    ["Escape", "timeline", null],
    ["ArrowLeft", "global", null],
    ["a", "timeline", null],
    ["toString", "timeline", null],
  ] as const)("%j in %s → %s", (key, scope, intent) => {
    expect(keyboardIntent({ key }, scope)).toBe(intent);
  });

  it.each(["ctrlKey", "metaKey", "altKey"] as const)(
    "leaves keys with %s to the browser",
    (modifier) => {
      expect(keyboardIntent({ key: "+", [modifier]: true }, "timeline")).toBeNull();
    },
  );
});

describe("moveActive(ids, current, move) walks time order and stops at the ends", () => {
  const ids = ["a", "b", "c"];
  it.each([
    [null, "next", "a"],
    [null, "first", "a"],
    [null, "previous", "c"],
    [null, "last", "c"],
    ["a", "next", "b"],
    ["b", "previous", "a"],
    ["a", "previous", "a"],
    ["c", "next", "c"],
    ["b", "first", "a"],
    ["b", "last", "c"],
    ["gone", "next", "a"],
  ] as const)("from %j, %s → %j", (current, move, expected) => {
    expect(moveActive(ids, current, move)).toBe(expected);
  });
  it("has nowhere to go in an empty list", () => {
    expect(moveActive([], null, "next")).toBeNull();
  });
});
