/**
 * `npm run bench:search`: the search's work for one keystroke over 10,000 generated events (the
 * match, the filter mask, "did you mean" and the marks in the first list page's titles and
 * summaries), for a typed word and for a pasted 5,000-word query, median of 15 keystrokes each.
 * Prints one line per query; a keystroke should cost at most 150 ms whatever the query.
 */
import type { Person } from "../../src/data/datasetSchema.ts";
import { didYouMean } from "../../src/search/didYouMean.ts";
import { filterMask } from "../../src/search/filterMask.ts";
import { highlightRanges } from "../../src/search/highlightRanges.ts";
import { matchQuery, refinesQuery } from "../../src/search/matchQuery.ts";
import { buildSearchIndex } from "../../src/search/searchIndex.ts";
import { searchVocabulary } from "../../src/search/searchVocabulary.ts";
import { generateDataset } from "./generateDataset.ts";

const EVENTS = 10_000;
const KEYSTROKES = 15;
/** The events the list draws at first, each title and summary marked. */
const LIST_PAGE = 200;

const dataset = generateDataset(EVENTS, 42);
const people = new Map<string, Person>(dataset.people.map((p) => [p.id, p]));
const index = buildSearchIndex(dataset.events, people);
const vocabulary = searchVocabulary(dataset.events, people);
const words = "board safety team report policy statement chief resigns".split(" ");
/** 5,000 words no event holds, and 5,000 of the events' own words (the costlier to mark). */
const pasted = Array.from({ length: 5000 }, (_, i) => `${words[i % words.length]}${i}`).join(" ");
const pastedOwn = Array.from({ length: 5000 }, (_, i) => words[i % 3]).join(" ");

/** One keystroke: `query` typed after `previous`, everything the views recompute for it. */
function keystroke(query: string, previous: string, before: Uint8Array | null): number {
  const started = performance.now();
  const within = refinesQuery(query, previous) ? before : null;
  const matched = matchQuery(index, query, within);
  const mask = filterMask(dataset.events, { types: null, person: null, query }, matched);
  if (mask.shown === 0) didYouMean(query, vocabulary, (w) => index.some((t) => t.includes(w)));
  let shown = 0;
  for (let i = 0; i < dataset.events.length && shown < LIST_PAGE; i++) {
    if (mask.keep !== null && mask.keep[i] !== 1) continue;
    const event = dataset.events[i];
    if (!event) continue;
    highlightRanges(event.title, query);
    highlightRanges(event.summary, query);
    shown++;
  }
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

for (const [name, base] of [
  ['a typed word ("board")', "board"],
  ["a pasted 5,000-word query found nowhere", pasted],
  ["a pasted 5,000-word query of the events' own words", `${pastedOwn} `],
] as const) {
  const times: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    const previous = `${base}${"x".repeat(k)}`;
    const before = matchQuery(index, previous);
    times.push(keystroke(`${previous}x`, previous, before));
  }
  console.log(
    `Search, ${EVENTS.toLocaleString("en")} events, ${name}: ${median(times).toFixed(1)} ms per keystroke (median of ${KEYSTROKES}; target ≤ 150 ms)`,
  );
}
