import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  datasetSchema,
  type Source,
  type TimelineEvent,
} from "../../src/data/datasetSchema.ts";
import {
  buildClaimLedger,
  excerptPosition,
  type LedgerEntry,
  ledgerTally,
} from "../../src/reader/claimLedger.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const TEXT = "Alpha said one thing. Beta said another. Gamma was named. Delta left.";
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return {
    source: "paper",
    exact: words,
    prefix: "",
    suffix: "",
    start,
    end: start + words.length,
  };
};
const SOURCES = new Map<string, Source>([
  [
    "wire",
    {
      id: "wire",
      kind: "reference",
      publisher: "Wire",
      title: "W",
      url: null,
      published: "2024-05-14",
    },
  ],
  [
    "post",
    {
      id: "post",
      kind: "reference",
      publisher: "Post",
      title: "P",
      url: null,
      published: "2024-05-15",
    },
  ],
]);
const dated = (id: string, extra: Partial<TimelineEvent>) => {
  const event = syntheticEvent(id, "2024-05-14", extra);
  return { ...event, date: { ...event.date, references: ["wire", "post", "wire"] } };
};

describe("buildClaimLedger(events, source, text, sources)", () => {
  it.each<[string, TimelineEvent, Partial<LedgerEntry>[]]>([
    [
      "a claim whose event has a date and reports that fix it is dated, with the date and the publishers once each",
      dated("a", { excerpts: [at("Alpha said one thing.")] }),
      [{ status: "dated", detail: "14 May 2024, reported by Wire, Post." }],
    ],
    [
      "a wrong note gives the correction as its detail",
      dated("a", {
        excerpts: [at("Alpha said one thing.")],
        note: { kind: "wrong", text: "Alpha said nothing." },
      }),
      [{ status: "wrong", detail: "Alpha said nothing." }],
    ],
    [
      "a note naming one excerpt leaves the others dated",
      dated("a", {
        excerpts: [at("Alpha said one thing."), at("Beta said another.")],
        note: { kind: "vague", text: "Which thing?", excerpts: [0] },
      }),
      [
        { key: "a#0", status: "vague", detail: "Which thing?" },
        { key: "a#1", status: "dated" },
      ],
    ],
    [
      "a plain-string note reads as unverified",
      dated("a", { excerpts: [at("Gamma was named.")], note: "Nobody else says so." }),
      [{ status: "unverified", detail: "Nobody else says so." }],
    ],
    [
      "a dated claim with no report fixing the date is unverified",
      syntheticEvent("a", "2024-05", { excerpts: [at("Delta left.")] }),
      [{ status: "unverified", detail: "No report fixes its date." }],
    ],
    [
      "an undated claim is unverified",
      syntheticEvent("a", null, { excerpts: [at("Delta left.")] }),
      [{ status: "unverified", detail: "Its date is unknown and no report fixes it." }],
    ],
    [
      "excerpts of another source are left out",
      dated("a", { excerpts: [{ ...at("Delta left."), source: "other" }] }),
      [],
    ],
    [
      "an excerpt whose words are not at its offsets is listed but not found",
      dated("a", { excerpts: [{ ...at("Delta left."), exact: "Delta stayed." }] }),
      [{ found: false }],
    ],
  ])("%s", (_, event, expected) => {
    const ledger = buildClaimLedger([event], "paper", TEXT, SOURCES);
    expect(ledger.entries).toHaveLength(expected.length);
    expect(ledger.entries).toMatchObject(expected);
  });

  it("lists the claims of every event in article order, whatever the events' order", () => {
    const events = [
      dated("late", { excerpts: [at("Delta left."), at("Beta said another.")] }),
      dated("early", { excerpts: [at("Alpha said one thing.")] }),
    ];
    const ledger = buildClaimLedger(events, "paper", TEXT, SOURCES);
    expect(ledger.entries.map((e) => e.key)).toEqual(["early#0", "late#1", "late#0"]);
    expect(ledger.entries.map((e) => e.found)).toEqual([true, true, true]);
  });

  it("finds nothing before the text is loaded, but still lists every claim", () => {
    const ledger = buildClaimLedger(
      [dated("a", { excerpts: [at("Alpha said one thing.")] })],
      "paper",
      null,
      SOURCES,
    );
    expect(ledger.entries.map((e) => [e.key, e.found])).toEqual([["a#0", false]]);
  });
});

describe("the bundled story's ledger", () => {
  const dataset: Dataset = datasetSchema.parse(
    JSON.parse(readFileSync(new URL("../../public/data/timeline.json", import.meta.url), "utf8")),
  );
  const article = dataset.sources.find((s) => s.kind === "article");
  const text = readFileSync(
    new URL(
      `../../public/data/${article?.kind === "article" ? article.text.path : ""}`,
      import.meta.url,
    ),
    "utf8",
  );
  const ledger = buildClaimLedger(
    dataset.events,
    article?.id ?? "",
    text,
    new Map(dataset.sources.map((s) => [s.id, s])),
  );

  it("has its 20 claims in article order, all found, the two corrections among them", () => {
    expect(ledger.entries).toHaveLength(20);
    const starts = ledger.entries.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(ledger.entries.every((e) => e.found)).toBe(true);
    expect(ledger.entries.filter((e) => e.status === "wrong").map((e) => e.key)).toEqual([
      "pachocki-named-chief-scientist#1",
      "benzinga-xai-speculation#0",
    ]);
    expect(ledgerTally(ledger)).toBe(
      "20 claims: 2 corrections, 1 vague, 3 not verified, 14 dated and referenced",
    );
  });
});

describe("excerptPosition(entries, chosen)", () => {
  const entry = (key: string, found = true) => ({ key, found }) as LedgerEntry;
  const entries = [entry("a#0"), entry("b#0", false), entry("c#0"), entry("d#0")];
  it.each([
    [
      "the first counts from 1 and has no previous",
      "a#0",
      { position: 1, count: 3, previous: null, next: "c#0" },
    ],
    [
      "a middle one skips the claims not highlighted",
      "c#0",
      { position: 2, count: 3, previous: "a#0", next: "d#0" },
    ],
    ["the last has no next", "d#0", { position: 3, count: 3, previous: "c#0", next: null }],
    [
      "one not highlighted is at 0, and next goes to the first",
      "b#0",
      { position: 0, count: 3, previous: null, next: "a#0" },
    ],
  ])("%s", (_, chosen, expected) => {
    expect(excerptPosition(entries, chosen)).toEqual(expected);
  });
});

describe("ledgerTally(ledger)", () => {
  it.each([
    [[], "0 claims"],
    [["wrong"], "1 claim: 1 correction"],
    [["dated", "vague", "dated"], "3 claims: 1 vague, 2 dated and referenced"],
  ] as const)("%j → %s", (statuses, expected) => {
    const counts = { wrong: 0, disputed: 0, vague: 0, unverified: 0, dated: 0 };
    for (const s of statuses) counts[s] += 1;
    const entries = statuses.map((status) => ({ status }) as LedgerEntry);
    expect(ledgerTally({ entries, counts })).toBe(expected);
  });
});
