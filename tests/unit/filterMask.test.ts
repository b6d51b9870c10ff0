import { describe, expect, it } from "vitest";
import type { Person, Source, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { countFacets } from "../../src/search/countFacets.ts";
import { countPeople } from "../../src/search/countPeople.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { filterMask, keptEvents } from "../../src/search/filterMask.ts";
import { hasActiveFilters } from "../../src/search/hasActiveFilters.ts";
import { matchQuery, refinesQuery } from "../../src/search/matchQuery.ts";
import { buildSearchIndex, type SearchIndex } from "../../src/search/searchIndex.ts";

function event(
  id: string,
  type: TimelineEvent["type"],
  people: string[],
  title: string,
  exact = "words",
): TimelineEvent {
  return {
    id,
    type,
    title,
    summary: `Summary of item-${id}`,
    people,
    excerpts: [{ source: "s", exact, prefix: "", suffix: "", start: 0, end: exact.length }],
    date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
  };
}

const people = new Map<string, Person>([
  ["jan-leike", { id: "jan-leike", name: "Jan Leike", description: "d" }],
  ["zoe", { id: "zoe", name: "Zoë Müller", description: "d" }],
]);
const events = [
  event("a", "departure", ["jan-leike"], "Jan Leike resigns", "In May, Jan Leike resigned."),
  event("b", "statement", ["jan-leike", "zoe"], "A statement", "\u201CTrust collapsing\u201D"),
  event("c", "departure", ["zoe"], "Another departure"),
  event("d", "report", [], "A report on trust"),
];
const index = buildSearchIndex(events, people);
const none: EventFilters = { types: null, person: null, query: "" };
const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id);

/** The search's matches as positions (null: no search, every event). */
function matchPositions(
  index: SearchIndex,
  query: string,
  within: number[] | null = null,
): number[] | null {
  const mask = within && new Uint8Array(index.length);
  for (const p of within ?? []) if (mask) mask[p] = 1;
  const matched = matchQuery(index, query, mask);
  return matched && [...matched.keys()].filter((p) => matched[p] === 1);
}

/** The mask of `events` under `filters`, the search included, as the app makes it. */
const maskOf = (events: readonly TimelineEvent[], filters: EventFilters, index: SearchIndex) =>
  filterMask(events, filters, matchQuery(index, filters.query, null, events.length));

/** The events the filters and the search leave, in order. */
const filterEvents = (
  events: readonly TimelineEvent[],
  filters: EventFilters,
  index: SearchIndex,
) => keptEvents(events, maskOf(events, filters, index).keep);

describe("filterMask(events, filters, matched) keeps what passes every filter", () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ["no filter", {}, ["a", "b", "c", "d"]],
    ["one type", { types: ["departure"] }, ["a", "c"]],
    ["no type", { types: [] }, []],
    ["a person", { person: "zoe" }, ["b", "c"]],
    ["a title word", { query: "resigns" }, ["a"]],
    ["a part of a word", { query: "resig" }, ["a"]],
    ["an excerpt, any case", { query: "TRUST collapsing" }, ["b"]],
    ["a person's name without accents", { query: "zoe muller" }, ["b", "c"]],
    ["accents in the query", { query: "Zoë" }, ["b", "c"]],
    ["a summary", { query: "item-d" }, ["d"]],
    ["every word must match", { query: "trust report" }, ["d"]],
    ["filters combine", { types: ["departure"], person: "zoe" }, ["c"]],
    ["nothing matches", { query: "xyzzy" }, []],
    ["white space only is no query", { query: "   " }, ["a", "b", "c", "d"]],
  ])("%s", (_, patch, expected) => {
    expect(ids(filterEvents(events, { ...none, ...patch }, index))).toEqual(expected);
  });
});

describe("counts for the filter controls", () => {
  it("counts by type under the other filters, ignoring the type filter", () => {
    const counts = maskOf(
      events,
      { types: ["report"], person: "zoe", query: "" },
      index,
    ).typeCounts;
    expect(counts).toEqual({
      departure: 1,
      board: 0,
      appointment: 0,
      statement: 1,
      report: 0,
      policy: 0,
      other: 0,
    });
  });
  it("counts by person under the other filters, ignoring the person filter", () => {
    const counts = countPeople(events, { types: ["departure"], person: "zoe", query: "" }, null);
    expect([...counts]).toEqual([
      ["jan-leike", 1],
      ["zoe", 1],
    ]);
  });
  it.each<[Partial<EventFilters>, boolean]>([
    [{}, false],
    [{ query: "  " }, false],
    [{ query: "x" }, true],
    [{ types: [] }, true],
    [{ person: "zoe" }, true],
  ])("hasActiveFilters(%j) is %s", (patch, active) => {
    expect(hasActiveFilters({ ...none, ...patch })).toBe(active);
  });
});

describe("filterMask's counts agree with what each filter alone would show", () => {
  it.each<Partial<EventFilters>>([
    {},
    { types: ["departure"] },
    { person: "zoe" },
    { query: "trust" },
    { types: ["statement", "report"], person: "jan-leike", query: "a" },
    { types: [] },
  ])("%j", (patch) => {
    const filters = { ...none, ...patch };
    const mask = maskOf(events, filters, index);
    expect(mask.shown).toBe(filterEvents(events, filters, index).length);
    const untyped = filterEvents(events, { ...filters, types: null }, index);
    for (const type of Object.keys(mask.typeCounts) as TimelineEvent["type"][])
      expect(mask.typeCounts[type]).toBe(untyped.filter((e) => e.type === type).length);
    const matched = matchQuery(index, filters.query);
    const anyone = filterEvents(events, { ...filters, person: null }, index);
    for (const [person, count] of countPeople(events, filters, matched))
      expect(count).toBe(anyone.filter((e) => e.people.includes(person)).length);
  });
});

describe("refinesQuery(query, previous)", () => {
  it.each([
    ["board", "boar", true],
    ["board sam", "board", true],
    ["sam board", "boar", true],
    ["Résigns", "resig", true],
    ["board", "", true],
    ["boar", "board", false],
    ["board", "sam", false],
    ["", "board", false],
    ["bo ard", "board", false],
  ])("%j after %j: %s", (query, previous, expected) => {
    expect(refinesQuery(query, previous)).toBe(expected);
  });
});

describe("matchQuery(index, query, within)", () => {
  const matched = (query: string, among: number[] | null = null) =>
    matchPositions(index, query, among)?.map((p) => events[p]?.id) ?? null;

  it.each<[string, string[] | null]>([
    ["", null],
    ["   ", null],
    ["trust", ["b", "d"]],
    ["TRUST report", ["d"]],
    ["leike", ["a", "b"]],
    ["nothing-like-this", []],
  ])("%j finds %j (null: every event)", (query, expected) => {
    expect(matched(query)).toEqual(expected);
  });

  it("looks only at the positions it is given, in their order", () => {
    expect(matched("trust", [3])).toEqual(["d"]);
    expect(matched("leike", [1, 2, 3])).toEqual(["b"]);
    expect(matched("leike", [])).toEqual([]);
  });

  it("finds nothing for positions the index does not reach yet", () => {
    expect(matchPositions(index.slice(0, 2), "trust")).toEqual([1]);
  });

  it("narrowing the earlier matches finds what searching everything finds", () => {
    for (const [query, previous] of [
      ["trust report", "trust"],
      ["jan leike", "jan"],
      ["zoë", "zo"],
    ] as const) {
      expect(refinesQuery(query, previous)).toBe(true);
      const narrowed = matchPositions(index, query, matchPositions(index, previous));
      expect(narrowed).toEqual(matchPositions(index, query));
    }
  });
});

describe("buildSearchIndex(events, people): what a search looks in", () => {
  it("holds each event's title, summary, note, excerpts, people's names and date basis, folded", () => {
    const noted = { ...events[1], note: "A NOTE" } as TimelineEvent;
    const [text] = buildSearchIndex([noted], people);
    expect(text).toBe(
      'a statement summary of item-b a note "trust collapsing" jan leike zoe muller b',
    );
  });

  const techCrunch: Source = {
    id: "tc",
    kind: "reference",
    publisher: "TechCrunch",
    title: "Ilya Sutskever leaves",
    url: "https://techcrunch.com/x",
    published: "2024-05-14",
  };
  const dated = (id: string, basis: string, references: string[], note?: TimelineEvent["note"]) => {
    const base = event(id, "report", [], `Event ${id}`);
    return { ...base, date: { ...base.date, basis, references }, ...(note ? { note } : {}) };
  };
  const sourced = [
    dated("p", "Reported by TechCrunch the same day.", []),
    dated("q", "From the report below.", ["tc"]),
    dated("r", "No report.", [], {
      kind: "wrong",
      text: "The quote was Altman's, not Sutskever's",
    }),
    dated("s", "No report.", ["missing"]),
  ];
  const sourcedIndex = buildSearchIndex(sourced, people, new Map([["tc", techCrunch]]));
  it.each<[string, string[]]>([
    ["techcrunch", ["p", "q"]],
    ["TechCrunch", ["p", "q"]],
    ["sutskever leaves", ["q"]],
    ["same day", ["p"]],
    ["altman's", ["r"]],
    ["missing", []],
  ])(
    "finds %j in the date basis, the references' publisher and title, and the note",
    (query, expected) => {
      expect(ids(filterEvents(sourced, { ...none, query }, sourcedIndex))).toEqual(expected);
    },
  );

  it("without the sources, still finds the basis but no reference", () => {
    const bare = buildSearchIndex(sourced, people);
    expect(ids(filterEvents(sourced, { ...none, query: "techcrunch" }, bare))).toEqual(["p"]);
  });

  it("finds words however the text is spaced", () => {
    const spaced = event("s", "report", [], "Board\n\n  vote", "the\tboard  met");
    const spacedIndex = buildSearchIndex([spaced], people);
    for (const query of ["board vote", "BOARD   met", "the board"]) {
      expect(matchPositions(spacedIndex, query)).toEqual([0]);
    }
    expect(matchPositions(spacedIndex, "board-vote")).toEqual([]);
  });
});

describe("filterMask(events, filters, matched) when nothing is filtered out", () => {
  it("keeps no mask, so the views draw every event without a pass to pick them", () => {
    expect(maskOf(events, none, index).keep).toBeNull();
    expect(keptEvents(events, null)).toBe(events);
    expect(maskOf(events, { ...none, query: "trust" }, index).keep).not.toBeNull();
  });
});

describe("the date-certainty and corrections facets", () => {
  const on = (
    id: string,
    type: TimelineEvent["type"],
    date: Partial<TimelineEvent["date"]>,
    note?: TimelineEvent["note"],
  ): TimelineEvent => {
    const base = event(id, type, [], `Event ${id}`);
    return { ...base, date: { ...base.date, ...date }, ...(note ? { note } : {}) };
  };
  const day = {
    edtf: "2024-05-14",
    start: "2024-05-14",
    end: "2024-05-14",
    precision: "day",
  } as const;
  const month = {
    edtf: "2024-04",
    start: "2024-04-01",
    end: "2024-04-30",
    precision: "month",
  } as const;
  const open = {
    edtf: "../2024-05-18",
    start: null,
    end: "2024-05-18",
    precision: "range",
  } as const;
  const faceted = [
    on("d1", "departure", day, { kind: "wrong", text: "Wrong" }),
    on("d2", "departure", day),
    on("m1", "report", month),
    on("o1", "report", open, "An old plain-string note"),
    on("u1", "statement", {}, { kind: "vague", text: "Vague" }),
  ];
  const facetIndex = buildSearchIndex(faceted, people);

  it.each<[string, Partial<EventFilters>, string[]]>([
    ["corrections: only events with a note of any kind", { corrections: true }, ["d1", "o1", "u1"]],
    ["one certainty", { certainty: ["day"] }, ["d1", "d2"]],
    ["two certainties", { certainty: ["month", "open"] }, ["m1", "o1"]],
    ["no certainty", { certainty: [] }, []],
    ["certainty null is every event", { certainty: null }, ["d1", "d2", "m1", "o1", "u1"]],
    ["facets combine with types", { corrections: true, types: ["report"] }, ["o1"]],
    [
      "facets combine with each other",
      { corrections: true, certainty: ["day", "unknown"] },
      ["d1", "u1"],
    ],
  ])("%s", (_, patch, expected) => {
    const filters = { ...none, ...patch };
    expect(ids(filterEvents(faceted, filters, facetIndex))).toEqual(expected);
  });

  it("counts each facet under the other filters but not its own", () => {
    expect(countFacets(faceted, none)).toEqual({
      certainty: { day: 2, month: 1, range: 0, open: 1, unknown: 1 },
      corrections: 3,
    });
    // With corrections on, the certainties count only noted events; the corrections count
    // ignores its own toggle but honours the certainty chosen.
    expect(countFacets(faceted, { ...none, corrections: true, certainty: ["day"] })).toEqual({
      certainty: { day: 1, month: 0, range: 0, open: 1, unknown: 1 },
      corrections: 1,
    });
    expect(countFacets(faceted, { ...none, types: ["report"] }).corrections).toBe(1);
  });

  it("type counts honour the facets", () => {
    const { typeCounts } = maskOf(faceted, { ...none, corrections: true }, facetIndex);
    expect([typeCounts.departure, typeCounts.report, typeCounts.statement]).toEqual([1, 1, 1]);
  });

  it.each<[Partial<EventFilters>, boolean]>([
    [{ corrections: true }, true],
    [{ corrections: false }, false],
    [{ certainty: ["day"] }, true],
    [{ certainty: ["day", "month", "range", "open", "unknown"] }, false],
    [{ certainty: null }, false],
  ])("hasActiveFilters(%j) is %s", (patch, expected) => {
    expect(hasActiveFilters({ ...none, ...patch })).toBe(expected);
  });
});
