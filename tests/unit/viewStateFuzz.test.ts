import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, ID_PATTERN } from "../../src/data/vocabulary.ts";
import { DATE_CERTAINTIES } from "../../src/dates/dateCertainty.ts";
import { parseViewState, readViewState } from "../../src/state/parseViewState.ts";
import { serializeViewState } from "../../src/state/serializeViewState.ts";
import { DEFAULT_VIEW_STATE, VIEW_MODES, type ViewState } from "../../src/state/viewState.ts";

/** Every property runs with this seed, so a failure replays exactly. */
const SEED = 20261205;
const RUNS = 3000;

/** Every parameter the address holds, and names that probe for prototype keys. */
const NAMES = [
  "view",
  "event",
  "reader",
  "q",
  "types",
  "person",
  "dates",
  "corrections",
  "group",
  "ungrouped",
  "from",
  "to",
  "embed",
  "data",
  "__proto__",
  "constructor",
];

const HOSTILE = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  " ",
  ",",
  ",,",
  "1",
  "0",
  "-1",
  "1e3",
  "NaN",
  "Infinity",
  "9".repeat(30),
  "null",
  "undefined",
  "true",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "https://user:secret@evil.example/x.json",
  "\u0000",
  "\u202e",
  "\ud800",
  "2024-05-01",
  "2024-05-01T06:30Z",
  "0000-01-01",
  "9999-12-31T23:59:59.999+14:00",
  "2024-02-30",
  "timeline",
  "list",
  "jan-leike",
  "leike-resigns",
];

/** A value for one parameter: known words, near misses, lists of them, hostile text, anything. */
const value = fc.oneof(
  fc.constantFrom(...HOSTILE, ...EVENT_TYPES, ...DATE_CERTAINTIES, ...VIEW_MODES),
  fc
    .array(fc.constantFrom(...HOSTILE, ...EVENT_TYPES, ...DATE_CERTAINTIES), { maxLength: 6 })
    .map((names) => names.join(",")),
  fc.string({ maxLength: 40, unit: "grapheme" }),
  fc.string({ maxLength: 20, unit: "binary" }),
);

/** A query string built properly (every value encoded). */
const encoded = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 10 })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

/** A query string as a hand-edited or hostile link may hold it: raw, with stray %, & and +. */
const raw = fc
  .array(
    fc.tuple(
      fc.constantFrom(...NAMES),
      fc.oneof(value, fc.constantFrom("%", "%zz", "%E0%A4", "%00", "a+b", "a&b=c", "=", "#x")),
    ),
    { maxLength: 10 },
  )
  .map((pairs) => `?${pairs.map(([name, v]) => `${name}=${v}`).join("&")}`);

const search = fc.oneof(encoded, raw, fc.string({ maxLength: 60 }));

/** The names of `list` that are in `known`, each once, in `known`'s order. */
const inOrder = (list: readonly string[], known: readonly string[]) =>
  list.length === new Set(list).size &&
  list.every((name) => known.includes(name)) &&
  list.every((name, i) => i === 0 || known.indexOf(name) > known.indexOf(list[i - 1] as string));

/** Why a parsed state is not default-or-valid, or null. */
function invalidField(state: ViewState): string | null {
  if (Object.getPrototypeOf(state) !== Object.prototype) return "prototype";
  if (Object.keys(state).sort().join() !== Object.keys(DEFAULT_VIEW_STATE).sort().join())
    return "keys";
  if (state.data !== null && (typeof state.data !== "string" || state.data.trim() === ""))
    return "data";
  if (state.view !== null && !VIEW_MODES.includes(state.view)) return "view";
  if (state.event !== null && !ID_PATTERN.test(state.event)) return "event";
  if (state.reader !== null && (state.event === null || !Number.isSafeInteger(state.reader)))
    return "reader";
  if (state.reader !== null && state.reader < 0) return "reader";
  if (typeof state.query !== "string") return "query";
  if (state.types !== null && !inOrder(state.types, EVENT_TYPES)) return "types";
  if (state.person !== null && !ID_PATTERN.test(state.person)) return "person";
  if (state.certainty !== null && !inOrder(state.certainty, DATE_CERTAINTIES)) return "certainty";
  if (typeof state.corrections !== "boolean") return "corrections";
  if (typeof state.embed !== "boolean") return "embed";
  const w = state.window;
  if (w !== null && !(Number.isFinite(w.start) && Number.isFinite(w.end) && w.start < w.end))
    return "window";
  return null;
}

describe("every URL parameter under fuzzing (fast-check)", () => {
  it("parseViewState never throws, and every field is its default or valid", () => {
    fc.assert(
      fc.property(search, (s) => {
        const read = readViewState(s);
        expect(invalidField(read.state)).toBeNull();
        expect(read.notices.every((n) => typeof n === "string" && n.length < 400)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("serialize(parse(x)) is a fixed point: read again, it writes itself, with no notice", () => {
    fc.assert(
      fc.property(search, (s) => {
        const once = serializeViewState(parseViewState(s));
        const read = readViewState(once);
        expect(serializeViewState(read.state)).toBe(once);
        expect(read.notices).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a hostile parameter pollutes no prototype", () => {
    fc.assert(
      fc.property(search, (s) => {
        parseViewState(s);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(Object.keys(Array.prototype)).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Any state a reader can reach: every field default or valid, windows to the minute. */
const MINUTE = 60_000;
const YEAR_0 = Date.UTC(2000, 0, 1) - 2000 * 365.2425 * 86_400_000;
const LAST_MINUTE = Date.UTC(9999, 11, 31, 23, 59) / MINUTE;
const state: fc.Arbitrary<ViewState> = fc.record({
  data: fc.option(fc.webUrl()),
  event: fc.option(fc.stringMatching(ID_PATTERN)),
  reader: fc.option(fc.nat()),
  types: fc.option(fc.subarray([...EVENT_TYPES])),
  person: fc.option(fc.stringMatching(ID_PATTERN)),
  certainty: fc.option(fc.subarray([...DATE_CERTAINTIES])),
  corrections: fc.boolean(),
  // Group names as a timeline has them (trimmed, not empty), then the ungrouped toggle's key.
  groups: fc.option(
    fc
      .tuple(
        fc.uniqueArray(
          fc
            .string({ maxLength: 12 })
            .map((name) => name.trim())
            .filter((name) => name !== ""),
          { maxLength: 4 },
        ),
        fc.boolean(),
      )
      .map(([named, ungrouped]) => (ungrouped ? [...named, ""] : named)),
  ),
  query: fc.string({ maxLength: 30 }),
  // Links write years 0 to 9999 (four digits).
  window: fc.option(
    fc
      .tuple(
        fc.integer({ min: Math.ceil(YEAR_0 / MINUTE) + 1, max: LAST_MINUTE - 1 }),
        fc.integer({ min: 1, max: 10_000_000 }),
      )
      .map(([start, span]) => ({
        start: start * MINUTE,
        end: Math.min(start + span, LAST_MINUTE) * MINUTE,
      })),
  ),
  view: fc.option(fc.constantFrom(...VIEW_MODES)),
  embed: fc.boolean(),
});

describe("a state the reader reaches survives its link", () => {
  it("parse(serialize(state)) gives the state back", () => {
    fc.assert(
      fc.property(state, (s) => {
        const expected = { ...s, reader: s.event === null ? null : s.reader };
        expect(parseViewState(serializeViewState(s))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
