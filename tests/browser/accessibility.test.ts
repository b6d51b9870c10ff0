import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./openBrowser.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  [
    "the timeline as first drawn (down the screen on a phone)",
    "",
    (page) => page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor(),
  ],
  [
    "the toolbar's More menu, open",
    "",
    async (page) => {
      await page.locator(".more-menu > summary").click();
      await page.locator(".more-menu__panel").waitFor();
    },
  ],
  [
    "the timeline with the details panel open",
    "?view=timeline&event=pachocki-named-chief-scientist",
    (page) => page.locator(".details").waitFor(),
  ],
  [
    "the source reader",
    "?event=pachocki-named-chief-scientist&reader=1",
    (page) => page.locator(".reader mark.is-chosen").waitFor(),
  ],
  ["the list view", "?view=list", (page) => page.getByRole("article").first().waitFor()],
  [
    // The preview server answers a missing file with the page itself: not a timeline.
    "the error page, its technical details open",
    "?data=no-such-timeline.json",
    async (page) => {
      await page.getByRole("alert").getByText("Technical details").click();
      await page.locator(".error-state__technical[open]").waitFor();
    },
  ],
  [
    "the export menu warning what iCalendar cannot carry",
    "",
    async (page) => {
      await page.locator("html[data-ready] .timeline-chart").waitFor();
      const exportMenu = page.locator(".export-menu > summary");
      // Down a phone, Export is in the toolbar's More menu.
      if (!(await exportMenu.isVisible())) await page.locator(".more-menu > summary").click();
      await exportMenu.click();
      await page.getByRole("button", { name: "iCalendar (.ics)" }).click();
      await page.locator(".export-menu__warning").waitFor();
    },
  ],
  [
    "a search with no results",
    "?q=zebra",
    (page) => page.getByText("No events match these filters.").waitFor(),
  ],
];

describe("axe (4.14 or later, label-content-name-mismatch among its rules) finds no WCAG 2.1 A or AA violation", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases = VIEWS.flatMap(([name, search, ready]) =>
    (["light", "dark"] as const).flatMap((scheme) =>
      [
        [1280, 800],
        [390, 844],
      ].map(
        ([width, height]) =>
          [`${name}, ${scheme}, ${width}×${height}`, search, ready, scheme, width, height] as const,
      ),
    ),
  );

  it.each(cases)("%s", async (_, search, ready, scheme, width, height) => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: width as number, height: height as number });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto(`${inject("baseUrl")}${search}`);
    await ready(page);
    await page.waitForTimeout(150);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    // The rule that asks that a control's visible words be a part of its name runs here.
    expect(
      [...results.passes, ...results.inapplicable, ...results.incomplete].map((r) => r.id),
    ).toContain("label-content-name-mismatch");
    const violations = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join("; ")}`,
    );
    console.log(
      `axe ${_}: ${results.passes.length} rules passed, ${results.violations.length} violations, ${results.incomplete.length} to review`,
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
