import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { markCentre } from "./markCentre.ts";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

// As in accessibility.test.ts.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

const chartDrawn = (page: Page) =>
  page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();

/** How far the page reaches past the window sideways (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** An element's box, which must be drawn. */
async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return { left: box.x, right: box.x + box.width, centre: box.x + box.width / 2 };
}

/** The toolbar's shown controls, in the order of the page, each as its left and right edges. */
const toolbarControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".toolbar > *")]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 2 && r.height > 2)
      .map((r) => ({ left: r.left, right: r.right })),
  );

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("; ")}`,
  );
}

describe("in Arabic the page is mirrored, stays on the screen and passes axe", () => {
  const browser = sharedBrowser();

  async function open(search: string, width: number, height: number) {
    const watched = await browser.newPage();
    await watched.page.setViewportSize({ width, height });
    await watched.page.emulateMedia({ reducedMotion: "reduce" });
    await watched.page.goto(`${inject("baseUrl")}?lang=ar${search}`);
    return watched;
  }

  it.each(SIZES)("the timeline at %i×%i: rtl, the toolbar from the right edge", async (w, h) => {
    const { page, problems } = await open("", w, h);
    await chartDrawn(page);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    const controls = await toolbarControls(page);
    expect(controls.length).toBeGreaterThan(1);
    const toolbar = await boxOf(page, ".toolbar");
    const first = controls[0] as { left: number; right: number };
    const last = controls[controls.length - 1] as { left: number; right: number };
    // The first control stands at the right, inside the row's padding; the last at the left.
    expect(toolbar.right - first.right).toBeLessThan(24);
    expect(first.left).toBeGreaterThan(last.right - 1);
    expect(last.left - toolbar.left).toBeLessThan(24);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(SIZES)("at %i×%i a menu opens inward, on the screen", async (w, h) => {
    const { page, problems } = await open("", w, h);
    await chartDrawn(page);
    const share = await revealControl(page, page.locator(".share-menu > summary"));
    await share.click();
    await page.locator(".share-menu__panel").waitFor();
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    for (const panel of [".share-menu__panel", ".more-menu[open] > .more-menu__panel"]) {
      if ((await page.locator(panel).count()) === 0) continue;
      const box = await boxOf(page, panel);
      expect(box.left, panel).toBeGreaterThanOrEqual(-0.5);
      expect(box.right, panel).toBeLessThanOrEqual(viewport + 0.5);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(SIZES)("at %i×%i the More menu opens on the screen", async (w, h) => {
    const { page, problems } = await open("", w, h);
    await chartDrawn(page);
    const more = page.locator(".more-menu > summary");
    if (!(await more.isVisible())) return; // Wide enough for the whole row: no More menu.
    await more.click();
    await page.locator(".more-menu__panel").waitFor();
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    const box = await boxOf(page, ".more-menu__panel");
    expect(box.left).toBeGreaterThanOrEqual(-0.5);
    expect(box.right).toBeLessThanOrEqual(viewport + 0.5);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("at 1280×800 the details stand on the left of the timeline", async () => {
    const { page, problems } = await open(
      "&view=timeline&event=pachocki-named-chief-scientist",
      1280,
      800,
    );
    await page.locator(".details").waitFor();
    const panel = await boxOf(page, ".workspace__panel");
    const main = await boxOf(page, ".workspace__main");
    expect(panel.right).toBeLessThan(main.left);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(SIZES)("at %i×%i the list and an event's details stay on the screen", async (w, h) => {
    const { page, problems } = await open("&view=list&event=leike-resigns", w, h);
    await page.locator(".details").waitFor();
    // Previous is the first of the pair: at the right, as the page reads.
    const previous = await boxOf(page, ".details__nav button:first-child");
    const next = await boxOf(page, ".details__nav button:last-child");
    expect(previous.centre).toBeGreaterThan(next.centre);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(SIZES)("at %i×%i the source reader stays on the screen", async (w, h) => {
    const { page, problems } = await open("&event=leike-resigns&reader=0", w, h);
    await page.locator(".reader mark.is-chosen").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("the chart's time still runs left to right: an earlier event's mark is left of a later one's", async () => {
    const { page, problems } = await open("", 1280, 800);
    await chartDrawn(page);
    const earlier = await markCentre(page, "board-attempts-to-dismiss-altman");
    const later = await markCentre(page, "leike-resigns");
    expect(earlier.x).toBeLessThan(later.x);
    // The axis's labels too: the ticks' x grows with time, as in English.
    const ticks = await page.evaluate(() =>
      [...document.querySelectorAll(".timeline-chart .time-axis__tick")].map(
        (t) => t.getBoundingClientRect().left,
      ),
    );
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    expect(problems).toEqual([]);
  });
});

describe("in Hebrew a phone's page stays on the screen and passes axe", () => {
  const browser = sharedBrowser();

  it("at 390×844, with the More menu open too", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${inject("baseUrl")}?lang=he`);
    await chartDrawn(page);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("he");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator(".more-menu > summary").click();
    await page.locator(".more-menu__panel").waitFor();
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    const box = await boxOf(page, ".more-menu__panel");
    expect(box.left).toBeGreaterThanOrEqual(-0.5);
    expect(box.right).toBeLessThanOrEqual(viewport + 0.5);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
