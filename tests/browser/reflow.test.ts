import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./openBrowser.ts";

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ["the timeline", "", (page) => page.locator(".timeline-chart").waitFor()],
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
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

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
