import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ["the timeline", "", (page) => page.locator("html[data-ready] .timeline-chart").waitFor()],
  ["the list", "?view=list", (page) => page.getByRole("article").first().waitFor()],
  [
    "the details",
    "?event=pachocki-named-chief-scientist",
    (page) => page.locator(".details").waitFor(),
  ],
  [
    "the article",
    "?event=pachocki-named-chief-scientist&reader=1",
    (page) => page.locator(".reader mark.is-chosen").waitFor(),
  ],
  [
    "the More menu, open",
    "",
    async (page) => {
      await page.locator(".more-menu > summary").click();
      await page.locator(".more-menu__panel").waitFor();
    },
  ],
];

describe("reflow: from 320 px wide nothing scrolls sideways (WCAG 2.1 SC 1.4.10)", () => {
  const browser = sharedBrowser();

  it.each(
    [320, 360, 390, 430].flatMap((width) =>
      VIEWS.map(([name, search, ready]) => [width, name, search, ready] as const),
    ),
  )("at %i px, %s is no wider than the screen", async (width, _, search, ready) => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${inject("baseUrl")}${search}`);
    await ready(page);
    await page.waitForTimeout(200);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
      // Anything that reaches past the right edge (a control cut off is not scrolling, but lost).
      past: [...document.querySelectorAll("body *")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.width > 0 &&
            r.right > window.innerWidth + 0.5 &&
            getComputedStyle(el).visibility !== "hidden"
          );
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`)
        .slice(0, 5),
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    expect(widths.past).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the toolbar stays one row, within the screen, at every width and text size", () => {
  const browser = sharedBrowser();

  it.each([16, 20, 24])(
    "with %ipx text, from 320 to 1920 px wide",
    async (fontSize) => {
      const { page, problems } = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.enable");
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: fontSize } });
      const failures: string[] = [];
      for (let width = 320; width <= 1920; width += 40) {
        await page.setViewportSize({ width, height: 900 });
        if (width === 320) {
          await page.goto(inject("baseUrl"));
          await page.locator("html[data-ready] .timeline-chart").waitFor();
        }
        await page.waitForTimeout(120);
        const row = await page.evaluate(() => {
          const toolbar = document.querySelector(".toolbar");
          // The controls drawn (not the hidden file input or a screen reader's hint).
          const parts = toolbar
            ? [...toolbar.children]
                .map((el) => el.getBoundingClientRect())
                .filter((r) => r.width > 2 && r.height > 2)
            : [];
          const lowestTop = Math.max(...parts.map((r) => r.top));
          const highestBottom = Math.min(...parts.map((r) => r.bottom));
          return {
            document: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            right: Math.max(...parts.map((r) => r.right)),
            // One row: every control overlaps every other vertically.
            oneRow: lowestTop < highestBottom,
          };
        });
        if (row.document > row.viewport) failures.push(`${width}px: page ${row.document} wide`);
        if (row.right > row.viewport) failures.push(`${width}px: a control ends at ${row.right}`);
        if (!row.oneRow) failures.push(`${width}px: the toolbar is more than one row`);
      }
      expect(failures).toEqual([]);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
