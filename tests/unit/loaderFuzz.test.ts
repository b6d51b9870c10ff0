import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { readDatasetFile } from "../../src/data/readDatasetFile.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { generateDataset } from "../bench/generateDataset.ts";
import {
  applyDatasetMutations,
  type DatasetMutation,
  datasetMutation,
} from "../fuzz/datasetMutation.ts";
import { type LoadOutcome, loadViolations, timedLoad } from "../fuzz/loadViolations.ts";
import { nestedArray } from "../fuzz/nestedArray.ts";
import { timelineJsInput } from "../fuzz/timelineJsInput.ts";

/** Every property runs with this seed, so a failure replays exactly. */
const SEED = 20261127;
const NAME = "fuzz.json";
/** The longest any single load may take. */
const MAX_MS = 2000;

const published: Dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));

/** A small synthetic dataset with only article sources and many excerpts, to hit the offsets. */
function syntheticDataset(): Dataset {
  const full = generateDataset(12, 7);
  const people = new Set(full.events.flatMap((e) => e.people));
  const sources = new Set(full.events.flatMap((e) => e.excerpts.map((x) => x.source)));
  return {
    ...full,
    people: full.people.filter((p) => people.has(p.id)),
    sources: full.sources
      .filter((s) => sources.has(s.id))
      .map((s) => (s.kind === "article" ? { ...s, text: { ...s.text, length: 95_000 } } : s)),
    eras: [{ id: "whole-decade", title: "The decade", start: "2015-01-01", end: "2024-12-31" }],
  };
}

const BASES = { published, synthetic: syntheticDataset() };

/** A base dataset and one to four structural mutations of it (mostly of the real one). */
interface MutatedDataset {
  base: keyof typeof BASES;
  mutations: DatasetMutation[];
}

const mutatedDataset: fc.Arbitrary<MutatedDataset> = fc.record({
  base: fc.constantFrom<keyof typeof BASES>("published", "published", "published", "synthetic"),
  mutations: fc.array(datasetMutation, { minLength: 1, maxLength: 4 }),
});

const inputOf = ({ base, mutations }: MutatedDataset) =>
  applyDatasetMutations(BASES[base], mutations);

/** JSON text of a value, to tell whether the loader changed its input (fast and prototype-blind). */
const jsonText = (value: unknown) => JSON.stringify(value) ?? "undefined";

/** How many inputs a property ran and how their loads ended, for its log line. */
interface Tally {
  runs: number;
  loaded: number;
  refused: number;
}

const count = (tally: Tally, outcome: LoadOutcome) => {
  tally.runs += 1;
  if (outcome.ok) tally.loaded += 1;
  else tally.refused += 1;
};

/** Asserts `check` on `numRuns` values with the fixed seed; logs how many ran and how long it took. */
async function fuzz<T>(
  what: string,
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  check: (value: T, tally: Tally) => Promise<void>,
): Promise<void> {
  const tally: Tally = { runs: 0, loaded: 0, refused: 0 };
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, (value) => check(value, tally)),
      { seed: SEED, numRuns },
    );
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${tally.runs} ${what} in ${seconds} s (${tally.loaded} loaded, ${tally.refused} refused)`,
    );
  }
}

/** Loads `input` with readDatasetJson and asserts the outcome is sound, in time, input untouched. */
async function checkJsonLoad(input: unknown, tally: Tally): Promise<LoadOutcome> {
  const before = jsonText(input);
  const { outcome, ms } = await timedLoad(() => readDatasetJson(input, NAME));
  count(tally, outcome);
  expect(loadViolations(input, outcome, NAME)).toEqual([]);
  expect(ms).toBeLessThan(MAX_MS);
  expect(jsonText(input) === before, "readDatasetJson changed its input").toBe(true);
  return outcome;
}

const encoder = new TextEncoder();

/** Texts at the edges of JSON and of the two formats. */
const TRICKY_TEXTS = [
  "",
  " \n\t",
  "\uFEFF{}",
  "null",
  "[]",
  "1e999",
  '"\\ud800"',
  '{"version":1}',
  '{"version":1.0,"title":"t","description":"d","sources":[],"people":[],"events":[]}',
  '{"events":[]}',
  '{"events":[],"scale":"cosmological"}',
  '{"__proto__":{"polluted":1},"events":[{"start_date":{"year":2020},"__proto__":{"polluted":2}}]}',
  '{"constructor":{"prototype":{"polluted":3}},"version":1}',
  `${"[".repeat(1000)}${"]".repeat(1000)}`,
  `{"events":[{"start_date":{"year":2020},"text":{"headline":${"[".repeat(500)}${"]".repeat(500)}}}]}`,
  '{"events":[{"start_date":{"year":2020}}],"events":"a repeated key"}',
];

/** How to make a file: its bytes, its text, a mutated dataset written out (maybe broken), a TimelineJS file. */
type FileRecipe =
  | { bytes: Uint8Array<ArrayBuffer> }
  | { text: string }
  | { dataset: MutatedDataset; how: "whole" | "cut" | "bom" | "trailing"; at: number }
  | { timelineJs: Record<string, unknown> };

const fileRecipe: fc.Arbitrary<FileRecipe> = fc.oneof(
  fc.record({ bytes: fc.uint8Array({ maxLength: 400 }) }),
  fc.record({
    text: fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.constantFrom(...TRICKY_TEXTS),
    ),
  }),
  fc.record({
    dataset: mutatedDataset,
    how: fc.constantFrom("whole" as const, "cut" as const, "bom" as const, "trailing" as const),
    at: fc.nat(),
  }),
  fc.record({ timelineJs: timelineJsInput }),
);

function fileBytes(recipe: FileRecipe): Uint8Array<ArrayBuffer> {
  if ("bytes" in recipe) return recipe.bytes;
  if ("text" in recipe) return encoder.encode(recipe.text);
  if ("timelineJs" in recipe) return encoder.encode(JSON.stringify(recipe.timelineJs));
  const text = JSON.stringify(inputOf(recipe.dataset)) ?? "";
  if (recipe.how === "cut") return encoder.encode(text.slice(0, recipe.at % (text.length + 1)));
  if (recipe.how === "bom") return encoder.encode(`\uFEFF${text}`);
  return encoder.encode(recipe.how === "trailing" ? `${text} ,` : text);
}

describe("the loader under fuzzing: a valid result or a precise error, never anything else", () => {
  it("1. structurally mutated datasets load soundly or are refused with a DatasetLoadError", async () => {
    await fuzz("mutated datasets", mutatedDataset, 5000, async (mutated, tally) => {
      const input = inputOf(mutated);
      const outcome = await checkJsonLoad(input, tally);
      // A file with a "version" field is never read as TimelineJS.
      if (outcome.ok && typeof input === "object" && input !== null && "version" in input) {
        expect(outcome.loaded.format).toBe("sourceline");
      }
    });
  }, 60_000);

  it("2. random TimelineJS3 files import soundly or are refused with a DatasetLoadError", async () => {
    await fuzz("TimelineJS files", timelineJsInput, 3000, async (input, tally) => {
      const outcome = await checkJsonLoad(input, tally);
      if (outcome.ok) expect(outcome.loaded.format).toBe("timelinejs");
    });
  }, 60_000);

  it("3. random bytes as a file load soundly or are refused with a DatasetLoadError", async () => {
    await fuzz("files of random bytes", fileRecipe, 3000, async (recipe, tally) => {
      const bytes = fileBytes(recipe);
      const { outcome, ms } = await timedLoad(() =>
        readDatasetFile(new File([bytes], "f.json", { type: "application/json" })),
      );
      count(tally, outcome);
      // What the file held (it loaded, so it parses), to account for every item of it.
      const json: unknown = outcome.ok ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
      expect(loadViolations(json, outcome, "f.json")).toEqual([]);
      expect(ms).toBeLessThan(MAX_MS);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }, 60_000);
});

/** The real dataset with its fourth event changed by `edit` (on a copy). */
function withFourthEvent(edit: (event: Record<string, unknown>) => void): Dataset {
  return {
    ...published,
    events: published.events.map((event, i) => {
      if (i !== 3) return event;
      const copy: Record<string, unknown> = structuredClone(event);
      edit(copy);
      return copy as unknown as typeof event;
    }),
  };
}

const DEEP = 100_000;
/** JSON text of an array nested DEEP levels. */
const deepText = `${"[".repeat(DEEP)}0${"]".repeat(DEEP)}`;

describe("4. the loader under deep nesting: 100,000 arrays deep inside an event end in time", () => {
  const deep = nestedArray(DEEP);

  it("a Sourceline event whose title is a 100,000-deep array is left out, and the rest load", async () => {
    const input = withFourthEvent((event) => {
      event.title = deep;
    });
    const { outcome, ms } = await timedLoad(() => readDatasetJson(input, NAME));
    expect(ms).toBeLessThan(MAX_MS);
    expect(loadViolations(input, outcome, NAME)).toEqual([]);
    expect(outcome.ok && outcome.loaded.dataset.events).toHaveLength(13);
    expect(outcome.ok && outcome.loaded.problems.map((p) => p.path)).toEqual(["events[3].title"]);
  });

  it.each([
    ["a Sourceline event's date", withFourthEvent((event) => (event.date = deep))],
    [
      "a TimelineJS slide's headline",
      { events: [{ start_date: { year: 2020 }, text: { headline: deep } }] },
    ],
    ["a TimelineJS slide's year", { events: [{ start_date: { year: deep } }] }],
  ])("%s as a 100,000-deep array: the load ends within 2 s", async (_, input) => {
    const { ms } = await timedLoad(() => readDatasetJson(input, NAME));
    expect(ms).toBeLessThan(MAX_MS);
  });

  it("a file with a 100,000-deep array in an event field: the load ends within 2 s", async () => {
    const text = `{"events":[{"start_date":{"year":2020},"group":${deepText}}]}`;
    const { ms } = await timedLoad(() => readDatasetFile(new File([text], "f.json")));
    expect(ms).toBeLessThan(MAX_MS);
  });
});

/**
 * Regressions: the bugs the properties and the deep-nesting tests found, fixed; each test states
 * the minimal input and what the loader does with it now.
 */
describe("loader regressions found by fuzzing", () => {
  it.each([
    [
      "sources[0].url",
      {
        ...published,
        sources: published.sources.map((s, i) => (i === 0 ? { ...s, url: "http://%zz/" } : s)),
      },
    ],
    [
      "events[3].media.url",
      withFourthEvent((event) => {
        event.media = { url: "http://[", caption: null, credit: null };
      }),
    ],
    [
      "events[3].body[0].href",
      withFourthEvent((event) => {
        event.body = [{ text: "the report", href: "http://a:99999/" }];
      }),
    ],
  ])(
    "a link at %s that looks like http(s) but is no URL is taken out and listed",
    async (_, input) => {
      const { outcome } = await timedLoad(() => readDatasetJson(input, NAME));
      // Expected: the link is taken out (or the item left out) and listed, as on the slow path.
      expect(loadViolations(input, outcome, NAME)).toEqual([]);
    },
  );

  // describeValue (formats/timelineJs) quotes a bad value with JSON.stringify, which overflows the
  // stack on deep nesting: a 12 KB file is enough, and JSON.parse reads it without trouble.
  const deep = nestedArray(6000);
  it.each([
    [
      "events[0].text.headline",
      { events: [{ start_date: { year: 2020 }, text: { headline: deep } }] },
    ],
    ["events[0].start_date.year", { events: [{ start_date: { year: deep } }] }],
    ["events[0]", { events: [deep] }],
    ["scale", { events: [{ start_date: { year: 2020 } }], scale: deep }],
  ])(
    "a TimelineJS file with a 6,000-deep array at %s loads or is refused with a DatasetLoadError",
    async (_, input) => {
      const { outcome } = await timedLoad(() => readDatasetJson(input, NAME));
      expect(loadViolations(input, outcome, NAME)).toEqual([]);
    },
  );

  it("a Sourceline file whose version is a 6,000-deep array is refused with a DatasetLoadError", async () => {
    // readSourceline writes the version into its message with JSON.stringify(raw.version).
    const text = `{"version":${"[".repeat(6000)}${"]".repeat(6000)},"title":"t","events":[]}`;
    const { outcome } = await timedLoad(() => readDatasetFile(new File([text], "f.json")));
    expect(loadViolations(JSON.parse(text), outcome, "f.json")).toEqual([]);
  });

  it("12,000 TimelineJS slides sharing one unique_id load within 2 s", async () => {
    // A 540 KB file, far below the 50 MB limit. claimUniqueId tries "a-2", "a-3", … from 2 for
    // every repeat, so n repeats cost n²/2 lookups (20,000 slides: about 16 s); eras with one
    // headline do the same.
    const input = {
      events: Array.from({ length: 12_000 }, () => ({
        start_date: { year: 2020 },
        unique_id: "a",
      })),
    };
    const { outcome, ms } = await timedLoad(() => readDatasetJson(input, NAME));
    expect(loadViolations(input, outcome, NAME)).toEqual([]);
    expect(ms).toBeLessThan(MAX_MS);
  }, 60_000);
});
