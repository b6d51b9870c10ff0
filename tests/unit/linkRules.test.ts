import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { repairLinks } from "../../src/data/repairLinks.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** The lists of runs of an event's media, each of which may hold links. */
const MEDIA_RUNS = ["text", "captionRuns", "creditRuns"] as const;
type MediaRuns = (typeof MEDIA_RUNS)[number];
const isMediaRuns = (place: string): place is MediaRuns => MEDIA_RUNS.includes(place as MediaRuns);

/** Where a bad link in each list of media runs is listed, and what is left of it. */
const UNLINKED_RUNS = MEDIA_RUNS.map((place): [string, string, string, undefined] => [
  place,
  `events[0].media.${place}[1].href`,
  "its text is shown without a link",
  undefined,
]);

/**
 * Puts `url` at one of the places a dataset holds a link: source 0, or event 0's media, body,
 * or one of its media's lists of runs (a quote's words, its caption, its credit).
 */
function withLink(place: string, url: string): Dataset {
  const copy = structuredClone(published);
  const event = copy.events[0] as Dataset["events"][number];
  if (place === "source") (copy.sources[0] as { url: string | null }).url = url;
  if (place === "media") event.media = { url, caption: null, credit: null };
  if (place === "body") event.body = [{ text: "see " }, { text: "this", href: url }];
  if (isMediaRuns(place)) {
    const runs = [{ text: "see " }, { text: "this", href: url }];
    event.media = {
      url: null,
      caption: "see this",
      credit: "see this",
      kind: "quote",
      [place]: runs,
    };
    if (place === "text") event.media.label = "Quote";
  }
  return copy;
}

/** The link at that place once loaded: undefined for a body run whose link was taken out. */
function linkAt(place: string, dataset: Record<string, unknown>) {
  const { sources, events } = dataset as unknown as Dataset;
  if (place === "source") return sources[0]?.url;
  if (place === "media") return events[0]?.media?.url;
  if (isMediaRuns(place)) return events[0]?.media?.[place]?.[1]?.href;
  return events[0]?.body?.[1]?.href;
}

describe("a link that is not http(s) is taken out, in the same words before and after the schema", () => {
  it.each([
    ["source", "sources[0].url", "shown without a link", null],
    ["media", "events[0].media.url", "shown without a link", null],
    ["body", "events[0].body[1].href", "its text is shown without a link", undefined],
    ...UNLINKED_RUNS,
  ])("a %s link", (place, path, outcome, left) => {
    // Raw JSON (before the schema) may hold any scheme; a checked dataset only one the schema's
    // pattern lets through that the browser still cannot read.
    const raw: LoadProblem[] = [];
    const repaired = repairLinks(withLink(place, "javascript:alert(1)"), raw);
    const checked = checkInvariants(withLink(place, "http://%zz/"));
    expect(raw.map((p) => [p.path, p.reason])).toEqual([
      [path, `"javascript:alert(1)" is not an http(s) link; ${outcome}`],
    ]);
    expect(checked.problems.map((p) => [p.path, p.reason])).toEqual([
      [path, `"http://%zz/" is not an http(s) link; ${outcome}`],
    ]);
    expect(linkAt(place, repaired)).toBe(left);
    expect(linkAt(place, checked.dataset)).toBe(left);
    expect(checked.dataset.events).toHaveLength(published.events.length);
  });

  it.each([
    ["source", "https://example.com/a"],
    ["media", "http://example.com/a.png"],
    ["body", "https://example.com/a?b=c#d"],
    ...MEDIA_RUNS.map((place): [string, string] => [place, "https://example.com/m"]),
  ])("a web link in a %s stays", (place, url) => {
    const problems: LoadProblem[] = [];
    expect(linkAt(place, repairLinks(withLink(place, url), problems))).toBe(url);
    const checked = checkInvariants(withLink(place, url));
    expect([...problems, ...checked.problems]).toEqual([]);
    expect(linkAt(place, checked.dataset)).toBe(url);
  });
});

describe("a link with a user name or password is taken out, never quoting them", () => {
  it.each([
    ["source", "sources[0].url", "shown without a link", null],
    ["media", "events[0].media.url", "shown without a link", null],
    ["body", "events[0].body[1].href", "its text is shown without a link", undefined],
    ...UNLINKED_RUNS,
  ])("a %s link", (place, path, outcome, left) => {
    const raw: LoadProblem[] = [];
    const repaired = repairLinks(withLink(place, "https://user:secret@news.example/a"), raw);
    const checked = checkInvariants(withLink(place, "https://user:secret@news.example/a"));
    const expected = [
      [path, `"https://***@news.example/a" holds a user name or password; ${outcome}`],
    ];
    expect(raw.map((p) => [p.path, p.reason])).toEqual(expected);
    expect(checked.problems.map((p) => [p.path, p.reason])).toEqual(expected);
    expect(linkAt(place, repaired)).toBe(left);
    expect(linkAt(place, checked.dataset)).toBe(left);
  });

  it("keeps a link with an @ in its path or query", () => {
    const url = "https://news.example/@someone/post?by=a@b";
    const checked = checkInvariants(withLink("source", url));
    expect(checked.problems).toEqual([]);
    expect(linkAt("source", checked.dataset)).toBe(url);
  });
});
