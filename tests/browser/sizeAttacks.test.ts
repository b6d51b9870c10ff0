import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import {
  DEEP_EXCERPT,
  invalidEvents,
  longArticle,
  TEN_MB_TEXT,
  timelineJsWithHeadline,
  withTitle,
} from "../fixtures/sizeAttacks.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** The longest main-thread task a size attack may cause. */
const MAX_TASK_MS = 200;

/** Records every long task (over 50 ms) of the page, from before its first script. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
`;

/** The longest task so far, once the page has had a moment to finish what it started. */
async function longestTask(page: Page, attack: string): Promise<number> {
  await page.waitForTimeout(500);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
  );
  console.log(`${attack}: longest main-thread task ${Math.round(longest)} ms`);
  return longest;
}

/** A page that serves `files` (path → body) beside the app and records its long tasks. */
async function pageServing(
  open: () => ReturnType<ReturnType<typeof sharedBrowser>["newPage"]>,
  files: Record<string, { body: string; type: string }>,
) {
  const watched = await open();
  await watched.page.addInitScript(RECORD_LONG_TASKS);
  for (const [path, { body, type }] of Object.entries(files)) {
    await watched.page.route(`**/${path}`, (route) => route.fulfill({ body, contentType: type }));
  }
  return watched;
}

const json = (body: string) => ({ body, type: "application/json" });

describe("size attacks: no main-thread task over 200 ms", () => {
  const browser = sharedBrowser();

  it("opens a dataset with one 10 MB event title: the label and the card are cut, the details say Show more", async () => {
    const { page, problems } = await pageServing(browser.newPage, {
      "title.json": json(JSON.stringify(withTitle(dataset, TEN_MB_TEXT))),
    });
    await page.goto(`${inject("baseUrl")}?data=title.json&event=${dataset.events[0]?.id}`);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const details = page.getByRole("region", { name: /^Board meets again Board meets again/ });
    await details.getByRole("button", { name: "Show more" }).waitFor();
    expect(await longestTask(page, "one 10 MB event title")).toBeLessThan(MAX_TASK_MS);
    // Nothing on the page holds the whole title.
    const longestText = await page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(longestText).toBeLessThan(100_000);
    expect(problems).toEqual([]);
  });

  it("opens 300,000 invalid events in a 3.3 MB file and lists the first with a count of the rest", async () => {
    const file = invalidEvents(300_000);
    expect(file.length).toBeGreaterThan(3_000_000);
    const { page, problems } = await pageServing(browser.newPage, {
      "invalid.json": json(file),
    });
    await page.goto(`${inject("baseUrl")}?data=invalid.json&view=list`);
    const summary = page.getByText(/problems in this file/);
    await summary.waitFor();
    expect(await summary.textContent()).toContain("(300,000 items left out)");
    await summary.click();
    expect(await page.getByRole("list", { name: "Problems" }).textContent()).toContain(
      "and 299,990 more like these: events that do not fit the schema, left out",
    );
    expect(await longestTask(page, "300,000 invalid events")).toBeLessThan(MAX_TASK_MS);
    expect(problems).toEqual([]);
  });

  it("opens a TimelineJS file with a 10 MB headline", async () => {
    const { page, problems } = await pageServing(browser.newPage, {
      "headline.json": json(timelineJsWithHeadline(TEN_MB_TEXT)),
    });
    await page.goto(`${inject("baseUrl")}?data=headline.json`);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    expect(await longestTask(page, "a 10 MB TimelineJS headline")).toBeLessThan(MAX_TASK_MS);
    expect(problems).toEqual([]);
  });

  it("opens the reader on an article of 200,000 paragraphs, the excerpt in view", async () => {
    const { article, dataset: long } = longArticle(200_000);
    const { page, problems } = await pageServing(browser.newPage, {
      "long.json": json(JSON.stringify(long)),
      "articles/long.txt": { body: article, type: "text/plain" },
    });
    await page.goto(`${inject("baseUrl")}?data=long.json&event=deep-event`);
    await page.getByRole("button", { name: "Show in article: excerpt 1" }).click();
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    expect(await chosen.textContent()).toBe(DEEP_EXCERPT);
    // Centred in the reader, in the window.
    await page.waitForFunction(() => {
      const box = document.querySelector(".reader mark.is-chosen")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await longestTask(page, "an article of 200,000 paragraphs")).toBeLessThan(MAX_TASK_MS);
    // The rest is a click away.
    await page.getByRole("button", { name: "Show 200 earlier paragraphs" }).click();
    await page.getByText("(99,700 before these)").waitFor();
    expect(problems).toEqual([]);
  });
});
