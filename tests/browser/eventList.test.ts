import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

describe("the built app in Chromium", () => {
  const browser = sharedBrowser();

  it("lists every event in the dataset, in order, with no console error or failed request", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?view=list`);
    await page.getByRole("heading", { level: 1, name: dataset.title }).waitFor();
    const titles = await page
      .getByRole("article")
      .getByRole("heading", { level: 3 })
      .allTextContents();
    expect(titles).toEqual(dataset.events.map((e) => e.title));
    const quotes = await page.getByRole("blockquote").count();
    expect(quotes).toBe(dataset.events.reduce((n, e) => n + e.excerpts.length, 0));
    expect(problems).toEqual([]);
  });
});
