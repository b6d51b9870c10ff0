import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { markCentre } from "./markCentre.ts";
import type { WatchedPage } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const caption = (page: Page) => page.locator(".zoom-toolbar__caption").textContent();
const settle = (page: Page) => page.waitForTimeout(450);

/** Two fingers on the chart, from `from` px apart to `to` px apart, about its centre. */
async function pinch(page: Page, from: number, to: number) {
  const box = await page.locator(".timeline__chart").boundingBox();
  if (!box) throw new Error("no chart");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 2 });
  const fingers = (gap: number) => [
    { x, y: y - gap / 2, id: 1 },
    { x, y: y + gap / 2, id: 2 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(from) });
  for (let step = 1; step <= 8; step++) {
    const gap = from + ((to - from) * step) / 8;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(gap) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

describe("the timeline down a phone, in Chromium at 390 × 844", () => {
  const browser = sharedBrowser();
  let watched: WatchedPage;

  async function load(search = "") {
    watched = await browser.newPage();
    await watched.page.setViewportSize({ width: 390, height: 844 });
    await watched.page.goto(`${inject("baseUrl")}${search}`);
    await watched.page
      .locator("html[data-ready] .timeline-chart--vertical [data-event-id]")
      .first()
      .waitFor();
    return watched.page;
  }

  it("scrolls through time when dragged up, and with the Later and Earlier buttons", async () => {
    const page = await load("?from=2023-11-01T00:00Z&to=2024-01-01T00:00Z");
    const before = await markCentre(page, "altman-ousting-fails");
    await page.mouse.move(before.x + 30, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 30, before.y - 60, { steps: 6 });
    await page.mouse.move(before.x + 30, before.y - 120, { steps: 6 });
    await page.mouse.up();
    const after = await markCentre(page, "altman-ousting-fails");
    expect(after.y - before.y).toBeCloseTo(-120, -1);
    expect(after.x).toBeCloseTo(before.x, 0);

    const dragged = await caption(page);
    await page.getByRole("button", { name: "Later" }).click();
    await settle(page);
    const later = await caption(page);
    expect(later).not.toBe(dragged);
    await page.getByRole("button", { name: "Earlier" }).click();
    await settle(page);
    expect(await caption(page)).toBe(dragged);
    expect(watched.problems).toEqual([]);
  });

  it("zooms in when pinched open, and out when pinched shut", async () => {
    const page = await load();
    const fitted = await caption(page);
    const span = () => {
      const params = new URL(page.url()).searchParams;
      const from = Date.parse(params.get("from") ?? "");
      const to = Date.parse(params.get("to") ?? "");
      return to - from;
    };
    await pinch(page, 80, 240);
    await settle(page);
    expect(await caption(page)).not.toBe(fitted);
    const zoomed = span();
    // Fingers three times as far apart: about a third of the time in view.
    const whole = Date.parse("2024-06-09") - Date.parse("2023-10-23");
    expect(zoomed).toBeLessThan(whole * 0.5);
    await pinch(page, 240, 120);
    await settle(page);
    expect(span()).toBeGreaterThan(zoomed * 1.5);
    await page.getByRole("button", { name: "Fit" }).click();
    await settle(page);
    expect(await caption(page)).toBe(fitted);
    expect(watched.problems).toEqual([]);
  });

  it("moves through events with the arrow keys, as on a desktop, and opens one in a sheet", async () => {
    const page = await load();
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-event-id") === "exit-agreements-reported",
    );
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-event-id") === "leike-resigns",
    );
    await page.keyboard.press("+");
    await settle(page);
    expect(await caption(page)).not.toMatch(/^23 Oct 2023/);

    const before = await markCentre(page, "leike-resigns");
    await page.locator('[data-event-id="leike-resigns"] .mark__label').click();
    const sheet = page.locator(".workspace__panel");
    await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    // Over the whole screen, its heading in sight and focused.
    // The screen's width, less the gutter kept for a desktop scrollbar (none on a phone).
    const screen = await page.evaluate(
      () => document.documentElement.getBoundingClientRect().width,
    );
    expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: screen, height: 844 });
    await page.waitForFunction(() => document.activeElement?.id === "details-title");
    await page.getByRole("button", { name: "Close details" }).click();
    await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor({ state: "detached" });
    // Back where it was: the same mark in the same place, focused.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(
      "leike-resigns",
    );
    expect(await markCentre(page, "leike-resigns")).toEqual(before);
    expect(watched.problems).toEqual([]);
  });
});
