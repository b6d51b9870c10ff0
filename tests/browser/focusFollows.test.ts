import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import type { WatchedPage } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const timeOrder = [...dataset.events].sort(compareEvents).map((e) => e.id);

const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
const waitForFocus = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, {
    timeout: 3000,
  });

describe("focus that follows, in Chromium", () => {
  const browser = sharedBrowser();
  let watched: WatchedPage;

  async function load(search = "", width = 1280, height = 800) {
    watched = await browser.newPage();
    await watched.page.setViewportSize({ width, height });
    await watched.page.goto(`${inject("baseUrl")}${search}`);
    await watched.page
      .locator("html[data-ready] .timeline-chart [data-event-id]")
      .first()
      .waitFor();
    return watched.page;
  }

  it("skips to the timeline from the first Tab: one Tab and Enter reach a mark", async () => {
    const page = await load();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the timeline" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await waitForFocus(page, ".timeline__chart [data-event-id]");
    // The address keeps its view: no #main in it.
    expect(new URL(page.url()).hash).toBe("");
    expect(watched.problems).toEqual([]);
  });

  it("moves focus into the details on Enter, and Esc from the reader, then the details, ends on the mark", async () => {
    const page = await load();
    const id = "benzinga-reports-exodus";
    await page.locator(`.timeline-chart [data-event-id="${id}"]`).focus();
    await page.keyboard.press("Enter");
    await waitForFocus(page, "#details-title");
    const heading = await page.locator("#details-title").boundingBox();
    expect(heading?.y).toBeGreaterThanOrEqual(0);
    expect((heading?.y ?? 0) + (heading?.height ?? 0)).toBeLessThanOrEqual(800);

    await page.locator('[data-show-excerpt="0"]').focus();
    await page.keyboard.press("Enter");
    await page.locator(".reader mark.is-chosen").waitFor();
    await waitForFocus(page, ".reader mark.is-chosen a");
    await page.keyboard.press("Escape");
    await page.locator(".reader").waitFor({ state: "detached" });
    await waitForFocus(page, '[data-show-excerpt="0"]');
    await page.keyboard.press("Escape");
    await page.locator(".details").waitFor({ state: "detached" });
    expect(await focusedId(page)).toBe(id);
    expect(watched.problems).toEqual([]);
  });

  it("returns focus to the mark clicked when the details close", async () => {
    const page = await load();
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).click();
    await waitForFocus(page, "#details-title");
    await page.getByRole("button", { name: "Close details" }).click();
    await page.locator(".details").waitFor({ state: "detached" });
    expect(await focusedId(page)).toBe("leike-resigns");
    expect(watched.problems).toEqual([]);
  });

  it("shows the timeline's keys on request", async () => {
    const page = await load();
    const help = page.locator("#timeline-help");
    expect(await help.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    const keys = page.getByRole("button", { name: "Keys" });
    await keys.click();
    expect(await keys.getAttribute("aria-expanded")).toBe("true");
    expect(await help.isVisible()).toBe(true);
    expect((await help.boundingBox())?.width).toBeGreaterThan(200);
    expect(await help.textContent()).toMatch(/arrow keys/);
    expect(watched.problems).toEqual([]);
  });

  it("reads the marks in time order, in groups named by their lanes, each named with its precision, excerpts and note", async () => {
    const page = await load();
    const read = await page.evaluate(() =>
      [...document.querySelectorAll(".timeline-chart .lane__marks")].flatMap((group) =>
        [...group.querySelectorAll("[data-event-id]")].map((mark) => ({
          id: mark.getAttribute("data-event-id") ?? "",
          lane: group.getAttribute("aria-label"),
          name: mark.getAttribute("aria-label") ?? "",
        })),
      ),
    );
    const drawn = new Set(read.map((m) => m.id));
    expect(read.map((m) => m.id)).toEqual(timeOrder.filter((id) => drawn.has(id)));
    // The case: Sutskever (14 May) is heard before Leike (15 May).
    expect(read.findIndex((m) => m.id === "sutskever-announces-departure")).toBeLessThan(
      read.findIndex((m) => m.id === "leike-resigns"),
    );
    const byId = new Map(read.map((m) => [m.id, m]));
    expect(byId.get("leike-resigns")?.lane).toBe("Departure lane");
    expect(byId.get("pachocki-named-chief-scientist")?.name).toBe(
      "Jakub Pachocki is named chief scientist, 14 May 2024, Appointment, 2 excerpts, has a correction",
    );
    expect(byId.get("kokotajlo-resigns")?.name).toMatch(/, known to the month: April 2024, /);
    expect(byId.get("leike-resigns")?.name).toMatch(/, 1 excerpt$/);
    expect(watched.problems).toEqual([]);
  });

  it("gives every mark and the overview's handles a hit area of at least 24 × 24 px at 390 px wide", async () => {
    const page = await load("", 390, 844);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll(".timeline-chart .mark__hit, .overview__hit")].map((el) => {
        const box = el.getBoundingClientRect();
        return {
          id: el.closest("[data-event-id]")?.getAttribute("data-event-id") ?? "handle",
          w: box.width,
          h: box.height,
        };
      }),
    );
    // Every dated event has its mark, except those a cluster counts (down a phone, the last days
    // before the article, 17 and 18 May 2024, may merge).
    const clustered = await page
      .locator(".timeline-chart .cluster")
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute("aria-label")?.split(" ")[0])));
    const dated = dataset.events.filter((e) => e.date.edtf !== null).length;
    expect(boxes.filter((b) => b.id !== "handle")).toHaveLength(
      dated - clustered.reduce((n, c) => n + c, 0),
    );
    expect(boxes.filter((b) => b.id === "handle")).toHaveLength(2);
    for (const box of boxes) {
      expect(box.w, box.id).toBeGreaterThanOrEqual(24);
      expect(box.h, box.id).toBeGreaterThanOrEqual(24);
    }
    expect(watched.problems).toEqual([]);
  });
});
