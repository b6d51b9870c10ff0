import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { describeShare, shareLink } from "../../src/state/describeShare.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../src/state/viewState.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const data = indexDataset({ dataset, problems: [], format: "sourceline" });
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe("describeShare(state) says what the link opens", () => {
  it.each([
    [
      "the timeline",
      view({}),
      "The timeline “The OpenAI safety-team exodus”.",
      ["Filters: none (all events)."],
    ],
    [
      "an event's details, with a search",
      view({ event: "leike-resigns", query: "leike" }),
      "The details of “Jan Leike resigns”.",
      ["Filters: search “leike”."],
    ],
    [
      "the article at an excerpt",
      view({ event: "leike-resigns", reader: 0 }),
      "The article at excerpt 1 of “Jan Leike resigns”.",
      ["Filters: none (all events)."],
    ],
    [
      "an event missing from the dataset: the timeline",
      view({ event: "foo" }),
      "The timeline “The OpenAI safety-team exodus”.",
      ["Filters: none (all events)."],
    ],
    [
      "the list, filtered by type and person",
      view({ view: "list", types: ["departure"], person: "jan-leike" }),
      "The timeline “The OpenAI safety-team exodus”.",
      ["Filters: types Departure; person Jan Leike.", "Shown as a list."],
    ],
    [
      "the list, filtered by group",
      view({ view: "list", groups: ["Satellites", ""] }),
      "The timeline “The OpenAI safety-team exodus”.",
      ["Filters: groups Satellites, No group.", "Shown as a list."],
    ],
    [
      "a window of the timeline, by calendar day",
      view({ window: { start: Date.UTC(2024, 4, 13), end: Date.UTC(2024, 4, 17) } }),
      "The timeline “The OpenAI safety-team exodus”.",
      ["Filters: none (all events).", "Timeline from 13 May 2024 to 16 May 2024."],
    ],
  ])("%s", (_, state, opens, details) => {
    expect(describeShare(state, data)).toEqual({ opens, details });
  });
});

describe("shareLink(page, state) is the page's address with the view's query", () => {
  it.each([
    ["https://example.org/story/?q=old#x", view({}), "https://example.org/story/"],
    [
      "https://example.org/story/?embed=1",
      view({ embed: true, data: "https://data.example/t.json", event: "e1" }),
      "https://example.org/story/?data=https%3A%2F%2Fdata.example%2Ft.json&event=e1",
    ],
    [
      "file:///home/me/sourceline.html",
      view({ event: "e1", query: "a b" }),
      "file:///home/me/sourceline.html?event=e1&q=a+b",
    ],
  ])("%s", (page, state, link) => {
    expect(shareLink(page, state)).toBe(link);
  });
});
