import { describe, expect, it } from "vitest";
import { parseViewState, serializeViewState } from "../../src/state/urlState.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../src/state/viewState.ts";

const at = (iso: string) => Date.parse(iso);

describe("parseViewState(search) reads the view from the address", () => {
  it.each<[string, Partial<ViewState>]>([
    ["", {}],
    ["?event=leike-resigns", { event: "leike-resigns" }],
    ["?event=leike-resigns&reader=1", { event: "leike-resigns", reader: 1 }],
    ["?reader=1", {}],
    ["?event=a&reader=-1", { event: "a" }],
    ["?event=a&reader=1.5", { event: "a" }],
    ["?q=Z%C3%BCrich+leike", { query: "Zürich leike" }],
    ["?types=report,departure", { types: ["departure", "report"] }],
    ["?types=report,bogus,report", { types: ["report"] }],
    ["?types=", { types: [] }],
    ["?person=jan-leike", { person: "jan-leike" }],
    ["?view=list", { view: "list" }],
    ["?view=grid", {}],
    [
      "?from=2024-05-01T06:30Z&to=2024-05-20T00:00Z",
      { window: { start: at("2024-05-01T06:30Z"), end: at("2024-05-20T00:00Z") } },
    ],
    [
      "?from=2024-05-01&to=2024-05-02",
      { window: { start: at("2024-05-01T00:00Z"), end: at("2024-05-02T00:00Z") } },
    ],
    [
      "?from=2024-05-01T06:30:15.250Z&to=2024-05-02T00:00:00Z",
      { window: { start: at("2024-05-01T06:30:15.250Z"), end: at("2024-05-02T00:00Z") } },
    ],
    ["?from=2024-05-02&to=2024-05-01", {}],
    ["?from=2024-05-01", {}],
    ["?from=2024-02-30&to=2024-03-02", {}],
    ["?from=yesterday&to=today", {}],
    ["?embed=1", { embed: true }],
    ["?dates=open,day", { certainty: ["day", "open"] }],
    ["?dates=month,someday", { certainty: ["month"] }],
    ["?dates=", { certainty: [] }],
    ["?corrections=1", { corrections: true }],
    ["?corrections=yes", {}],
    ["?embed=0&childId=sourceline", {}],
  ])("%j", (search, expected) => {
    expect(parseViewState(search)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });
});

describe("serializeViewState(state) writes only what differs from the default, in a fixed order", () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, ""],
    [{ event: "leike-resigns" }, "?event=leike-resigns"],
    [{ reader: 2 }, ""],
    [
      { view: "list", event: "e", reader: 0, query: "a b", types: ["board"], person: "p" },
      "?view=list&event=e&reader=0&q=a+b&types=board&person=p",
    ],
    [{ types: [] }, "?types="],
    [{ embed: true, event: "e" }, "?embed=1&event=e"],
    [
      { corrections: true, certainty: ["open", "day"], person: "p" },
      "?person=p&dates=day%2Copen&corrections=1",
    ],
    [
      { window: { start: at("2024-05-01T06:30:40Z"), end: at("2024-05-02T00:00:01Z") } },
      "?from=2024-05-01T06%3A30Z&to=2024-05-02T00%3A01Z",
    ],
  ])("%j → %s", (patch, search) => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, ...patch })).toBe(search);
  });

  it.each<Partial<ViewState>>([
    { event: "kokotajlo-speaks-out", reader: 1 },
    { view: "timeline", query: "trust", types: ["statement", "report"], person: "jan-leike" },
    { window: { start: at("2023-11-01T00:00Z"), end: at("2024-06-01T12:34Z") } },
    { types: [] },
    { embed: true, view: "list" },
    { certainty: ["range", "unknown"], corrections: true },
    { certainty: [] },
  ])("round-trips %j", (patch) => {
    const state = { ...DEFAULT_VIEW_STATE, ...patch };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe("the window in the address never depends on the local time zone", () => {
  it.each(["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])("in %s", (zone) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    expect(parseViewState("?from=2024-05-01&to=2024-05-01T23:59Z").window).toEqual({
      start: Date.UTC(2024, 4, 1),
      end: Date.UTC(2024, 4, 1, 23, 59),
    });
    expect(
      serializeViewState({
        ...DEFAULT_VIEW_STATE,
        window: { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 2) },
      }),
    ).toBe("?from=2024-05-01T00%3A00Z&to=2024-05-02T00%3A00Z");
    process.env.TZ = previous;
  });
});
