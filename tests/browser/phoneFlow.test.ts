import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { WatchedPage } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

/** Whether an element lies wholly inside the screen. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });
const waitForFocus = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, {
    timeout: 3000,
  });

/** Whether the list of stacked marks, and the choice that has focus, are wholly on the screen. */
const chooserInSight = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector(".mark-chooser")?.getBoundingClientRect();
    const focused = document.activeElement?.getBoundingClientRect();
    const within = (r: DOMRect | undefined) =>
      !!r && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    return { list: within(list), focused: within(focused) };
  });

describe("a reader on a phone (390 × 844, touch), in Chromium", () => {
  const browser = sharedBrowser({ phone: true });
  let watched: WatchedPage;

  async function load(search = "") {
    watched = await browser.newPage();
    await watched.page.goto(`${inject("baseUrl")}${search}`);
    await watched.page
      .locator("html[data-ready] .timeline-chart [data-event-id], html[data-ready] .event-card")
      .first()
      .waitFor();
    return watched.page;
  }

  it("taps a list card: the details cover the screen, heading in sight and focused; Back returns to the card", async () => {
    const page = await load("?view=list");
    const card = '[data-event-id="leike-resigns"] .event-card__open';
    await page.locator(card).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await page.locator(card).tap();
    await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    await waitForFocus(page, "#details-title");
    expect(await inViewport(page, "#details-title")).toBe(true);
    expect(await page.locator(".workspace__panel").boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: 390,
      height: 844,
    });
    // The page under the sheet can be neither tabbed to nor read.
    expect(await page.locator("#main").evaluate((el) => el.closest("[inert]") !== null)).toBe(true);

    await page.goBack();
    await page.locator(".details").waitFor({ state: "detached" });
    await waitForFocus(page, card);
    expect(await inViewport(page, card)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(watched.problems).toEqual([]);
  });

  it("taps a mark's title: the details open in sight; Esc returns to the mark", async () => {
    const page = await load();
    await page.locator('[data-event-id="altman-ousting-fails"] .mark__label').tap();
    await page.getByRole("region", { name: /The ousting fails/ }).waitFor();
    await waitForFocus(page, "#details-title");
    expect(await inViewport(page, "#details-title")).toBe(true);
    await page.keyboard.press("Escape");
    await page.locator(".details").waitFor({ state: "detached" });
    await waitForFocus(page, '[data-event-id="altman-ousting-fails"]');
    expect(watched.problems).toEqual([]);
  });

  it("opens the article in sight too, over the whole screen", async () => {
    const page = await load("?event=benzinga-reports-exodus");
    await page.locator('[data-show-excerpt="0"]').tap();
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    await page.waitForTimeout(600);
    expect(await inViewport(page, ".reader mark.is-chosen")).toBe(true);
    expect(await page.locator(".workspace__panel").boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: 390,
      height: 844,
    });
    expect(watched.problems).toEqual([]);
  });

  it("gives every mark and handle a 44 px hit area, and a tap on stacked marks lists them to choose from", async () => {
    const page = await load();
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll(".timeline-chart .mark__hit, .overview__hit")].map((el) => {
        const box = el.getBoundingClientRect();
        return Math.min(box.width, box.height);
      }),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);

    // Jakub Pachocki's appointment and Ilya Sutskever's departure share 14 May 2024.
    const point = await page.evaluate(() => {
      const box = (id: string) =>
        document.querySelector(`[data-event-id="${id}"] .mark__shape`)?.getBoundingClientRect();
      const a = box("pachocki-named-chief-scientist");
      const b = box("sutskever-announces-departure");
      if (!a || !b) return null;
      return {
        x: (a.left + a.right + b.left + b.right) / 4,
        y: (a.top + a.bottom + b.top + b.bottom) / 4,
      };
    });
    if (!point) throw new Error("the two marks of 14 May are not drawn");
    await page.touchscreen.tap(point.x, point.y);
    const chooser = page.getByRole("dialog", { name: /events here/ });
    await chooser.waitFor();
    const names = await chooser.getByRole("button").allTextContents();
    expect(names.some((n) => n.startsWith("Jakub Pachocki is named chief scientist"))).toBe(true);
    expect(names.some((n) => n.startsWith("Ilya Sutskever"))).toBe(true);
    // The whole list is on the screen, and so is the choice that has focus.
    const inSight = await chooserInSight(page);
    expect(inSight).toEqual({ list: true, focused: true });
    // Low on the screen too: the stack of 17 May, or the cluster it is merged into (the list
    // opens above the finger, or docks).
    await page.keyboard.press("Escape");
    const low = await page.evaluate(() => {
      const mark = document.querySelector(
        '[data-event-id="vox-reports-loss-of-trust"] .mark__shape',
      );
      const clusters = [...document.querySelectorAll(".timeline-chart .cluster__body")];
      const r = (mark ?? clusters.at(-1))?.getBoundingClientRect();
      return r ? { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 } : null;
    });
    if (!low) throw new Error("the Vox report is not drawn, alone or in a cluster");
    await page.touchscreen.tap(low.x, low.y);
    await chooser.waitFor();
    const lowInSight = await chooserInSight(page);
    expect(lowInSight).toEqual({ list: true, focused: true });
    await page.keyboard.press("Escape");
    await page.touchscreen.tap(point.x, point.y);
    await chooser.waitFor();
    await chooser.getByRole("button", { name: /^Ilya Sutskever/ }).tap();
    await page.getByRole("region", { name: /Sutskever/ }).waitFor();
    await waitForFocus(page, "#details-title");
    expect(await chooser.count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });
});
