import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

// TimelineJS3's own template for its cosmological scale: 13.8 billion years ago to 3500 BCE.
const COSMO = readFileSync("tests/fixtures/timelinejs3/templateCosmo.json", "utf8");
const HEADLINES = (JSON.parse(COSMO) as { events: { text: { headline: string } }[] }).events.map(
  (event) => event.text.headline,
);

/** The axis's labels, ticks and context, as drawn. */
const axisText = async (page: Page) =>
  (await page.locator(".timeline-chart .time-axis text").allTextContents()).join(" | ");

/** Events drawn on the chart: each mark, and each event a cluster merges. */
async function eventsDrawn(page: Page): Promise<number> {
  const marks = await page
    .locator(".timeline-chart .lanes [data-event-id], .timeline-chart g[data-event-id]")
    .count();
  const merged = await page.locator(".timeline-chart .cluster__count").allTextContents();
  return marks + merged.reduce((n, count) => n + Number(count), 0);
}

describe("TimelineJS3's cosmological template (cosmo.json) opens by ?data=", () => {
  const browser = sharedBrowser();

  async function open(search: string) {
    const watched = await browser.newPage();
    await watched.page.emulateMedia({ reducedMotion: "reduce" });
    await watched.page.route("**/cosmo.json", (route) =>
      route.fulfill({ body: COSMO, contentType: "application/json" }),
    );
    await watched.page.goto(`${inject("baseUrl")}?data=cosmo.json${search}`);
    return watched;
  }

  it("draws all seven events on an axis that reads in billions of years ago, with no minus sign", async () => {
    const { page, problems } = await open("");
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    expect(await eventsDrawn(page)).toBe(HEADLINES.length);
    const axis = await axisText(page);
    expect(axis).toContain("billion years ago");
    expect(axis).not.toMatch(/NaN|undefined|(^|\s)[-−]\d/);
    expect(await page.getByText(/left out/).count()).toBe(0);
    // The window is told in years, as the axis tells them, not in days of 14 billion years ago.
    expect(await page.locator(".zoom-toolbar__caption").textContent()).toMatch(
      /^Showing 14\.\d billion years ago – in \d+ million years/,
    );
    // Zoomed in towards the Big Bang and back, the axis still names its years.
    for (const label of ["Zoom in", "Zoom in", "Zoom in", "Zoom out", "Fit"]) {
      await page.getByRole("button", { name: label, exact: true }).click();
      await page.waitForTimeout(150);
      const text = await axisText(page);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/NaN|undefined|(^|\s)[-−]\d/);
    }
    expect(problems).toEqual([]);
  });

  it("down a phone, writes each axis label inside the chart, on two lines where it is long", async () => {
    const { page, problems } = await open("");
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator("html[data-ready] .timeline-chart .time-axis--vertical").waitFor();
    await page.waitForTimeout(300);
    const chart = await page.locator(".timeline-chart").boundingBox();
    const ticks = page.locator(".timeline-chart .time-axis--vertical text");
    expect(await ticks.count()).toBeGreaterThan(1);
    for (const tick of await ticks.all()) {
      const box = await tick.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(chart?.x ?? Number.NaN);
    }
    const lines = await page
      .locator(".timeline-chart .time-axis--vertical tspan")
      .allTextContents();
    expect(lines).toContain("years ago");
    expect(lines.join(" ")).not.toMatch(/NaN|undefined|(^|\s)[-−]\d/);
    expect(problems).toEqual([]);
  });

  it("lists every event at its date, written as people write years BCE", async () => {
    const { page, problems } = await open("&view=list");
    await page.locator("html[data-ready]").waitFor();
    await page.getByRole("article").first().waitFor();
    const titles = await page
      .getByRole("article")
      .getByRole("heading", { level: 3 })
      .allTextContents();
    expect([...titles].sort()).toEqual([...HEADLINES].sort());
    const text = (await page.locator("main").textContent()) ?? "";
    for (const date of ["13,800,000,000 BCE", "4,600,000,000 BCE", "315,000 BCE", "3500 BCE"]) {
      expect(text).toContain(date);
    }
    expect(text).not.toMatch(/NaN|undefined|-13800000000/);
    expect(problems).toEqual([]);
  });

  it("keeps a window 13.8 billion years ago in its link", async () => {
    const { page, problems } = await open("&from=-13800000000-01-01&to=-13700000000-01-01");
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    expect(await page.getByText(/time window .* was not understood/).count()).toBe(0);
    const axis = await axisText(page);
    expect(axis).toMatch(/13\.\d+ billion years ago/);
    expect(axis).not.toMatch(/NaN|undefined|(^|\s)[-−]\d/);
    expect(problems).toEqual([]);
  });
});
