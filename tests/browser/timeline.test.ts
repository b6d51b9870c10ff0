import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { markCentre } from "./markCentre.ts";
import type { WatchedPage } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const timeOrder = [...dataset.events].sort(compareEvents).map((e) => e.id);

const caption = (page: Page) => page.locator(".zoom-toolbar__caption").textContent();
const settle = (page: Page) => page.waitForTimeout(400);

describe("the interactive timeline in Chromium", () => {
  const browser = sharedBrowser();
  let watched: WatchedPage;

  async function load(search = "") {
    watched = await browser.newPage();
    await watched.page.goto(`${inject("baseUrl")}${search}`);
    await watched.page.locator("html[data-ready] .timeline-chart").waitFor();
    return watched.page;
  }

  it("zooms with the wheel around the pointer", async () => {
    const page = await load();
    const before = await caption(page);
    const anchor = await markCentre(page, "board-attempts-to-dismiss-altman");
    const other = await markCentre(page, "altman-ousting-fails");
    // A wheel event's clientX is a whole pixel: point at one, or the mark's fraction of a pixel
    // off the pointer grows with the zoom (by over 3 px here) though the time under it holds.
    await page.mouse.move(Math.round(anchor.x), Math.round(anchor.y));
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await settle(page);
    const anchorAfter = await markCentre(page, "board-attempts-to-dismiss-altman");
    const otherAfter = await markCentre(page, "altman-ousting-fails");
    expect(await caption(page)).not.toBe(before);
    expect(Math.abs(anchorAfter.x - anchor.x)).toBeLessThan(3);
    // Four days apart: zoomed in, they spread apart.
    expect(otherAfter.x - anchorAfter.x).toBeGreaterThan((other.x - anchor.x) * 3);
    expect(watched.problems).toEqual([]);
  });

  it("pans when dragged", async () => {
    const page = await load("?from=2023-11-01T00:00Z&to=2024-01-01T00:00Z");
    const before = await markCentre(page, "altman-ousting-fails");
    await page.mouse.move(before.x + 40, before.y + 60);
    await page.mouse.down();
    await page.mouse.move(before.x - 60, before.y + 60, { steps: 8 });
    await page.mouse.move(before.x - 160, before.y + 60, { steps: 8 });
    await page.mouse.up();
    const after = await markCentre(page, "altman-ousting-fails");
    expect(after.x - before.x).toBeCloseTo(-200, -1);
    expect(watched.problems).toEqual([]);
  });

  it("lets the keyboard alone reach every event in time order and open its details", async () => {
    const page = await load();
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() =>
        document.activeElement?.closest(".timeline__chart")
          ? (document.activeElement.getAttribute("data-event-id") ?? "chart")
          : null,
      );
    }
    expect(focused).not.toBeNull();
    await page.keyboard.press("Home");
    const visited: string[] = [];
    for (let i = 0; i < timeOrder.length; i++) {
      if (i > 0) await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        (id) => document.activeElement?.getAttribute("data-event-id") === id,
        timeOrder[i],
        { timeout: 3000 },
      );
      visited.push(
        (await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))) ?? "",
      );
    }
    expect(visited).toEqual(timeOrder);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const second = dataset.events.find((e) => e.id === timeOrder[1]);
    await page.getByRole("region", { name: second?.title }).waitFor();
    // Focus follows into the details, on their heading, and Esc brings it back to the mark.
    await page.waitForFunction(() => document.activeElement?.id === "details-title");
    await page.keyboard.press("Escape");
    await page.getByRole("region", { name: second?.title }).waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(
      timeOrder[1],
    );
    expect(watched.problems).toEqual([]);
  });

  it("scrolls the highlighted quote into view with Show in article", async () => {
    const page = await load("?event=musk-recalls-page-rift");
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.getByRole("button", { name: "Show in article: excerpt 2" }).click();
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    await settle(page);
    expect(await chosen.textContent()).toContain(
      "broke his friendship with Alphabet Inc. co-founder Larry Page",
    );
    const inView = await chosen.evaluate((el) => {
      const box = el.getBoundingClientRect();
      let parent = el.parentElement;
      while (parent && getComputedStyle(parent).overflowY !== "auto") parent = parent.parentElement;
      const frame = parent?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
      return box.top >= Math.max(0, frame.top) && box.bottom <= Math.min(innerHeight, frame.bottom);
    });
    expect(inView).toBe(true);
    expect(watched.problems).toEqual([]);
  });

  it("reopens the same view from a copied address", async () => {
    const page = await load();
    await page.getByRole("searchbox", { name: "Search events" }).fill("leike");
    await page.getByRole("button", { name: /^Report/ }).click();
    const anchor = await markCentre(page, "leike-resigns");
    await page.mouse.move(anchor.x, anchor.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).click();
    await settle(page);
    const url = page.url();
    const view = async (p: Page) => ({
      caption: await caption(p),
      search: await p.getByRole("searchbox", { name: "Search events" }).inputValue(),
      details: await p.locator(".details__title").textContent(),
      marks: await p
        .locator(".timeline-chart [data-event-id]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id"))),
    });
    const original = await view(page);
    const copy = await load(new URL(url).search);
    expect(await view(copy)).toEqual(original);
    expect(original.details).toBe("Jan Leike resigns");
    expect(watched.problems).toEqual([]);
  });

  it("steps back and forward through selections", async () => {
    const page = await load();
    await page.getByRole("button", { name: /^OpenAI's board removes Sam Altman as CEO, / }).click();
    await page
      .getByRole("button", { name: /^The ousting fails and Altman returns as CEO, / })
      .click();
    await page
      .getByRole("region", { name: "The ousting fails and Altman returns as CEO" })
      .waitFor();
    await page.goBack();
    await page.getByRole("region", { name: "OpenAI's board removes Sam Altman as CEO" }).waitFor();
    await page.goBack();
    await page.locator(".details").waitFor({ state: "detached" });
    await page.goForward();
    await page.getByRole("region", { name: "OpenAI's board removes Sam Altman as CEO" }).waitFor();
    expect(new URL(page.url()).searchParams.get("event")).toBe("board-attempts-to-dismiss-altman");
    expect(watched.problems).toEqual([]);
  });

  it("moves and resizes the visible window with the overview brush", async () => {
    const page = await load("?from=2024-01-01T00:00Z&to=2024-02-01T00:00Z");
    const before = await caption(page);
    await page.locator(".overview").scrollIntoViewIfNeeded();
    const brush = await page.locator(".overview__brush").boundingBox();
    if (!brush) throw new Error("no brush");
    await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
    await page.mouse.down();
    await page.mouse.move(brush.x + brush.width / 2 + 120, brush.y + brush.height / 2, {
      steps: 6,
    });
    await page.mouse.up();
    const moved = await caption(page);
    expect(moved).not.toBe(before);
    const end = page.getByRole("slider", { name: "End of the visible window" });
    const valueBefore = Number(await end.getAttribute("aria-valuenow"));
    await end.focus();
    await page.keyboard.press("ArrowLeft");
    expect(Number(await end.getAttribute("aria-valuenow"))).toBeLessThan(valueBefore);
    expect(watched.problems).toEqual([]);
  });

  it("zooms with + and −, fits with 0, and focuses the search with /", async () => {
    const page = await load();
    const fitted = await caption(page);
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).focus();
    await page.keyboard.press("+");
    await settle(page);
    const zoomed = await caption(page);
    expect(zoomed).not.toBe(fitted);
    await page.keyboard.press("-");
    await settle(page);
    await page.keyboard.press("0");
    await settle(page);
    expect(await caption(page)).toBe(fitted);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    expect(watched.problems).toEqual([]);
  });

  it("shows the timeline first on a narrow screen, running down it, with the list one step away", async () => {
    watched = await browser.newPage();
    const { page } = watched;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart--vertical").waitFor();
    expect(await page.getByRole("button", { name: "Timeline" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.getByRole("button", { name: "List" }).click();
    await page.getByRole("article").first().waitFor();
    expect(watched.problems).toEqual([]);
  });
});
