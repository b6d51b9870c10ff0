import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { generateDataset } from "../bench/generateDataset.ts";
import { labelCollisions, readChart } from "./chartGeometry.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const dated = dataset.events.filter((e) => e.date.start !== null || e.date.end !== null);
const generated = JSON.stringify(generateDataset(1000, 7));

const settle = (page: Page) => page.waitForTimeout(450);

describe("the story at first glance, in Chromium", () => {
  const browser = sharedBrowser();

  it.each([
    [1024, 768],
    [1280, 800],
    [1440, 900],
    [1920, 1080],
  ])(
    "at %i×%i every dated title is drawn in full, and no label overlaps a label, a name or a mark",
    async (width, height) => {
      const { page, problems } = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(inject("baseUrl"));
      await page.locator("html[data-ready] .timeline-chart").waitFor();
      await settle(page);
      const chart = await readChart(page);
      const full = chart.marks.filter(
        (m) => m.label?.text === dated.find((e) => e.id === m.id)?.title,
      );
      console.log(
        `${width}×${height}: ${full.length} of ${dated.length} titles in full on the chart`,
      );
      expect(chart.marks.map((m) => [m.id, m.label?.text])).toEqual(
        expect.arrayContaining(dated.map((e) => [e.id, e.title])),
      );
      expect(full).toHaveLength(dated.length);
      for (const mark of chart.marks) expect(mark.name).toContain(mark.label?.text);
      expect(labelCollisions(chart)).toEqual([]);
      // The chart begins in the top third, and every lane is on screen.
      expect(chart.chart.y0).toBeLessThan(height / 3);
      expect(chart.chart.y1).toBeLessThanOrEqual(height);
      expect(chart.chart.x1 - chart.chart.x0).toBeGreaterThan(width - 80);
      expect(problems).toEqual([]);
    },
  );

  it("keeps labels apart on a generated 1,000-event timeline, as drawn and after zooming in twice", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.route("**/generated-1000.json", (route) =>
      route.fulfill({ body: generated, contentType: "application/json" }),
    );
    await page.goto(`${inject("baseUrl")}?data=generated-1000.json`);
    await page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();
    await settle(page);
    for (const step of ["default view", "zoomed in once", "zoomed in twice"]) {
      if (step !== "default view") {
        await page.getByRole("button", { name: "Zoom in", exact: true }).click();
        await settle(page);
      }
      const chart = await readChart(page);
      const labelled = chart.marks.filter((m) => m.label !== null).length;
      console.log(
        `1,000 events, ${step}: ${chart.marks.length} marks, ${labelled} labels, ${chart.clusters.length} clusters`,
      );
      expect(labelled).toBeGreaterThan(0);
      expect(labelCollisions(chart), step).toEqual([]);
      for (const mark of chart.marks) {
        const text = mark.label?.text;
        if (text) expect(mark.name, step).toContain(text);
      }
    }
    expect(problems).toEqual([]);
  });

  it("runs down a 390 px phone: the later an event, the lower its mark, every title beside it", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart--vertical").waitFor();
    await settle(page);
    const chart = await readChart(page);
    // Every dated event is drawn: as its own mark, or counted in a cluster where marks would start
    // on top of each other (the last days before the article, 17 and 18 May 2024, merge here).
    const drawn = dated.filter((e) => chart.marks.some((m) => m.id === e.id));
    const clustered = await page
      .getByRole("button", { name: /^\d+ events, .* Zoom in to see them$/ })
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute("aria-label")?.split(" ")[0])));
    expect(clustered.length).toBeLessThanOrEqual(1);
    expect(chart.marks.length).toBe(drawn.length);
    expect(drawn.length + clustered.reduce((n, c) => n + c, 0)).toBe(dated.length);
    // Where each event begins on the page: a point's centre, a bar's top (its end's, when only
    // the end is known, as the bar fades up from it).
    const day = (iso: string) => Date.parse(`${iso}T00:00Z`);
    const rows = drawn.map((event) => {
      const mark = chart.marks.find((m) => m.id === event.id);
      if (!mark) throw new Error(`${event.id} is not drawn`);
      const { start, end, precision } = event.date;
      const when = start === null ? day(end as string) : day(start);
      const y =
        precision === "day"
          ? (mark.shape.y0 + mark.shape.y1) / 2
          : start === null
            ? mark.shape.y1
            : mark.shape.y0;
      return { id: event.id, when, y };
    });
    rows.sort((a, b) => a.when - b.when);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]] as [(typeof rows)[0], (typeof rows)[0]];
      if (b.when > a.when) expect(b.y, `${b.id} below ${a.id}`).toBeGreaterThan(a.y);
    }
    for (const event of drawn) {
      const mark = chart.marks.find((m) => m.id === event.id);
      expect(mark?.label?.text.replace(/\s+/g, " ").trim()).toBe(event.title);
    }
    expect(labelCollisions(chart)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(problems).toEqual([]);
  });
});
