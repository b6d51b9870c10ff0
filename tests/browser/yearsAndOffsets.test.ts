import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Dataset, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** A copy of the published event at `i` with another id and title, on the day given. */
function eventOn(i: number, id: string, title: string, day: string): TimelineEvent {
  const event = structuredClone(published.events[i]) as TimelineEvent;
  return {
    ...event,
    id,
    title,
    excerpts: [],
    date: { ...event.date, edtf: day, start: day, end: day, precision: "day" },
  };
}

/**
 * The published timeline with an event in year 275000 (drawn) and one in year 100000000000 (not).
 * The second was year 999999 while the timeline drew only the years a JavaScript Date holds; it
 * draws eleven-digit years since issue 21, so the year left out moved past them.
 */
function farYears(): Dataset {
  const d = structuredClone(published);
  d.events.push(
    eventOn(1, "distant", "A distant event", "275000-06-01"),
    eventOn(1, "far-future", "Too far to draw", "100000000000-01-01"),
  );
  return d;
}

/** A TimelineJS file of the same: 2024, year 275000 and year 100000000000. */
const farYearsTimelineJs = {
  title: { text: { headline: "Far years" } },
  events: [
    { start_date: { year: 2024, month: 5, day: 14 }, unique_id: "now", text: { headline: "Now" } },
    { start_date: { year: 275000 }, unique_id: "distant", text: { headline: "A distant event" } },
    {
      start_date: { year: 100_000_000_000 },
      unique_id: "far-future",
      text: { headline: "Too far" },
    },
  ],
};

const HEADER = "Sat, 18 May 2024 04:52:21 GMT\n\n";
const EMOJI_ARTICLE = `${HEADER}Ann smiled 😀 and left the company on Tuesday.\n`;

/** The published timeline with an article holding an emoji, quoted whole and cut in two. */
function splitCharacter(): Dataset {
  const d = structuredClone(published);
  const text = EMOJI_ARTICLE;
  d.sources.push({
    id: "emoji-article",
    kind: "article",
    publisher: "Emoji News",
    title: "Ann smiles",
    url: "https://example.com/ann",
    published: "2024-05-18",
    text: {
      path: "articles/emoji.txt",
      sha256: createHash("sha256").update(text).digest("hex"),
      length: text.length,
    },
  });
  const quote = (start: number, end: number) => ({
    source: "emoji-article",
    exact: text.slice(start, end),
    prefix: "",
    suffix: "",
    start,
    end,
  });
  const smile = text.indexOf("😀");
  const event = eventOn(1, "ann-smiles", "Ann smiles and leaves", "2024-05-14");
  // The quote "smiled \uD83D" ends between the two halves of the emoji.
  event.excerpts = [
    quote(text.indexOf("Ann"), smile + 2),
    quote(text.indexOf("smiled"), smile + 1),
  ];
  d.events.push(event);
  return d;
}

/** What the page holds in words: its text, and what the timeline's SVG writes. */
const pageText = async (page: Page) =>
  `${await page.locator("body").textContent()} ${await page.locator(".timeline-chart").allTextContents()}`;
const caption = (page: Page) => page.locator(".zoom-toolbar__caption").textContent();
const settle = (page: Page) => page.waitForTimeout(150);

describe("years at the ends of the range and offsets inside a character", () => {
  const browser = sharedBrowser();

  async function open(name: string, json: unknown, search = "") {
    const watched = await browser.newPage();
    // No animation between windows: each press lands at once.
    await watched.page.emulateMedia({ reducedMotion: "reduce" });
    await watched.page.route(`**/${name}`, (route) => route.fulfill({ json }));
    await watched.page.route("**/articles/emoji.txt", (route) =>
      route.fulfill({ body: EMOJI_ARTICLE, contentType: "text/plain; charset=utf-8" }),
    );
    await watched.page.goto(`${inject("baseUrl")}?data=${name}${search}`);
    return watched;
  }

  async function problemsListed(page: Page): Promise<string> {
    await page.getByText(/^\d+ problems? in this file/).click();
    return (await page.getByRole("list", { name: "Problems" }).textContent()) ?? "";
  }

  it.each([
    [
      "a Sourceline dataset with year 100000000000 and year 275000",
      "far.json",
      farYears(),
      "“Too far to draw” (far-future) · events[15].date.start: 100000000000-01-01: year 100000000000 is outside the years a timeline can draw (-99999999999 to 99999999999); event left out",
    ],
    [
      "a TimelineJS file with year 100000000000 and year 275000",
      "far-timelinejs.json",
      farYearsTimelineJs,
      "“Too far” (far-future) · events[2].start_date.year: year 100000000000 is outside the years a timeline can draw (-99999999999 to 99999999999); event left out",
    ],
  ])(
    "%s: lists the one, draws the other, and writes no NaN however it is zoomed",
    async (_, name, json, problem) => {
      const { page, problems } = await open(name, json);
      await page.locator("html[data-ready] .timeline-chart").waitFor();
      expect(await problemsListed(page)).toContain(problem);
      const distant = page.locator('.timeline-chart [data-event-id="distant"]');
      await distant.waitFor();
      const seen: string[] = [(await caption(page)) ?? ""];
      const press = async (label: string, times: number) => {
        for (let i = 0; i < times; i++) {
          const button = page.getByRole("button", { name: label, exact: true });
          if (await button.isDisabled()) break;
          await button.click();
          await settle(page);
          seen.push((await caption(page)) ?? "");
          expect(await pageText(page)).not.toMatch(/NaN|undefined/);
        }
      };
      await press("Zoom in", 6);
      await press("Later", 4);
      await press("Zoom out", 8);
      await press("Earlier", 4);
      await press("Zoom in", 20);
      await press("Fit", 1);
      expect(
        seen.every((text) => /^Showing \d+ \w+ [\d,]+( BCE)? – \d+ \w+ [\d,]+( BCE)?$/.test(text)),
        seen.join("\n"),
      ).toBe(true);
      // Fitted again: the distant event and today's are drawn, the lanes are not empty.
      await distant.waitFor();
      expect(await page.locator(".timeline-chart [data-event-id]").count()).toBeGreaterThan(1);
      expect(problems).toEqual([]);
    },
  );

  it("lists an excerpt that splits a character, and the reader shows the article without a crash", async () => {
    const { page, problems } = await open(
      "split.json",
      splitCharacter(),
      "&event=ann-smiles&reader=0",
    );
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    expect(await chosen.textContent()).toBe("Ann smiled 😀");
    const original = page.getByRole("link", { name: /Read the original at Emoji News/ });
    expect(await original.getAttribute("href")).toBe(
      "https://example.com/ann#:~:text=Ann%20smiled%20%F0%9F%98%80",
    );
    expect(await problemsListed(page)).toContain(
      "“Ann smiles and leaves” (ann-smiles) · events[14].excerpts[1]: ends at 43, inside a character (its quote ends with U+D83D, half of a surrogate pair); excerpt left out",
    );
    expect(await pageText(page)).not.toMatch(/NaN|undefined|URI malformed/);
    expect(problems).toEqual([]);
  });

  it("opens a link to the excerpt that was left out without a crash", async () => {
    const { page, problems } = await open(
      "split.json",
      splitCharacter(),
      "&event=ann-smiles&reader=1",
    );
    await page.locator("html[data-ready]").waitFor();
    await page.getByRole("heading", { name: "Ann smiles and leaves" }).first().waitFor();
    await settle(page);
    expect(await pageText(page)).not.toMatch(/NaN|undefined|URI malformed|went wrong/i);
    expect(problems).toEqual([]);
  });
});
