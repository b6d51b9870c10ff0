import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { eventNote } from "../../src/data/eventNote.ts";
import { noteKindLabel } from "../../src/data/noteKindLabels.ts";
import { NOTE_KINDS } from "../../src/data/vocabulary.ts";
import { dateCertainty } from "../../src/dates/dateCertainty.ts";
import { labelCollisions, readChart } from "./chartGeometry.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const noted = dataset.events.filter((e) => eventNote(e) !== null);
const sorted = (ids: string[]) => [...ids].sort();

const drawnIds = (page: Page) =>
  page
    .locator(".timeline-chart [data-event-id]")
    .evaluateAll((marks) => marks.map((m) => m.getAttribute("data-event-id") ?? ""));

/** Opens the toolbar's More menu when a control has moved into it. */
async function reveal(page: Page, name: string) {
  const control = page.getByRole("combobox", { name });
  if (!(await control.isVisible())) await page.locator(".more-menu > summary").click();
  return control;
}

describe("corrections and uncertain dates, in Chromium", () => {
  const browser = sharedBrowser();

  it.each([
    [1280, 800],
    [390, 844],
  ])(
    "at %i×%i the corrections filter shows exactly the events with a note, each badged by its kind",
    async (width, height) => {
      expect(noted).toHaveLength(4);
      const { page, problems } = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(inject("baseUrl"));
      await page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();
      let toggle = page.getByRole("button", { name: "Corrections (4)" });
      if (!(await toggle.isVisible())) {
        await page.locator(".more-menu > summary").click();
        toggle = page.getByRole("button", { name: "Corrections (4)" });
      }
      await toggle.click();
      await expect.poll(() => page.url()).toContain("corrections=1");
      await page.waitForTimeout(400);
      expect(sorted(await drawnIds(page))).toEqual(sorted(noted.map((e) => e.id)));
      // Each mark's badge names its note's kind in words, and no label collides with it.
      const badges = await page
        .locator(".timeline-chart [data-event-id]")
        .evaluateAll((marks) =>
          marks.map((m) => [
            m.getAttribute("data-event-id"),
            document.querySelector(
              `.mark__badge[data-badge-for="${m.getAttribute("data-event-id")}"]`,
            )?.textContent ?? null,
          ]),
        );
      expect(sorted(badges.map((b) => b.join(":")))).toEqual(
        sorted(noted.map((e) => `${e.id}:${noteKindLabel(eventNote(e)?.kind ?? "wrong")}`)),
      );
      expect(labelCollisions(await readChart(page))).toEqual([]);
      // The list shows the same four.
      await page.goto(`${inject("baseUrl")}?view=list&corrections=1`);
      await page.getByRole("article").first().waitFor();
      const listed = await page
        .getByRole("article")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-event-id") ?? ""));
      expect(sorted(listed)).toEqual(sorted(noted.map((e) => e.id)));
      expect(problems).toEqual([]);
    },
  );

  it.each(["day", "month", "range", "open", "unknown"] as const)(
    "the date-certainty facet '%s' shows exactly the events so dated",
    async (certainty) => {
      const expected = dataset.events.filter((e) => dateCertainty(e.date) === certainty);
      const { page, problems } = await browser.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${inject("baseUrl")}?view=list`);
      await page.getByRole("article").first().waitFor();
      const dates = await reveal(page, "Dates");
      await dates.selectOption(certainty);
      await expect.poll(() => page.url()).toContain(`dates=${certainty}`);
      const listed = await page
        .getByRole("article")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-event-id") ?? ""));
      expect(sorted(listed)).toEqual(sorted(expected.map((e) => e.id)));
      expect(problems).toEqual([]);
    },
  );

  it("opens the legend on a phone, within the screen, and closes it with Escape", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const summary = page.locator(".chart-legend > summary");
    await summary.click();
    const panel = page.locator(".chart-legend__panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    const box = await panel.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    for (const label of NOTE_KINDS.map(noteKindLabel))
      await expect
        .poll(() =>
          panel.locator(".chart-legend__note-badge").filter({ hasText: label }).isVisible(),
        )
        .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
